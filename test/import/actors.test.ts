// Actor rows: every field, every warning, and the report as CSV.
import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../src/import/index.ts';
import { file, issueKeys, run } from './helpers.ts';

describe('actor rows', () => {
  const text = [
    'Code;Nom;Type;Secteurs;Influence;Intérêt;Personne physique;SIRET;FINESS;RPPS;Dispositifs;CLSM;Tags;Rôle;Code INSEE;Téléphone',
    '01;Mairie de Rochebrune;Mairie;Social | Logement;5;4;non;21170300000012;;;CLS COPIL, ASV;Plénière;;Pilotage;01053;05 46 00 00 00',
    '02;Dr Martin;Médecin généraliste;Soins;2,0;3;oui;;;10003456789;CLS;;;;;',
    '03;Truc;Bidule;Astrologie, Soins;6;beaucoup;peut-être;1,23457E+13;10780001;123;PRE;GT;;;2A004;',
    '04;Centre hospitalier de Rochebrune;;Sécurité, prévention de la délinquance, justice;;;;;;;;;CLSM|Sport|urgent;;;',
    '05;Le Phare;;;;;;;;;;;;;;',
  ].join('\n');
  const r = run(file('acteurs.csv', text));
  const [mairie, martin, truc, ch, phare] = r.actors;

  it('reads every field', () => {
    expect(mairie).toEqual({
      id: '01',
      name: 'Mairie de Rochebrune',
      type: 'collectivite',
      sectors: ['social', 'logement'],
      schemes: { CLS: ['copil'], ASV: [], CLSM: ['pleniere'] },
      groups: {},
      role: 'Pilotage',
      influence: 5,
      interest: 4,
      person: false,
      siret: '21170300000012',
      attributes: { 'Code INSEE': '01053', Téléphone: '05 46 00 00 00' },
      files: ['acteurs.csv'],
      sources: [{ file: 'acteurs.csv', line: 2 }],
    });
    expect(martin).toMatchObject({
      type: 'professionnel',
      influence: 2,
      person: true,
      rpps: '10003456789',
      schemes: { CLS: [] },
    });
  });

  it('keeps unreadable values out, with a warning each, and the row in', () => {
    expect(truc).toMatchObject({
      type: 'autre',
      sectors: ['astrologie', 'soins'],
      siret: '1,23457E+13',
      finess: '10780001',
      rpps: '123',
      schemes: { CLSM: ['gt'] },
      attributes: { Type: 'Bidule', 'Code INSEE': '2A004' },
    });
    expect(truc!.influence).toBeUndefined();
    expect(truc!.interest).toBeUndefined();
    expect(truc!.person).toBeUndefined();
    expect(issueKeys(r)).toEqual([
      'acteurs.csv:4:Type:warning:unknown-type',
      'acteurs.csv:4:Secteurs:warning:unknown-sector',
      'acteurs.csv:4:Influence:warning:invalid-score',
      'acteurs.csv:4:Intérêt:warning:invalid-score',
      'acteurs.csv:4:Personne physique:warning:invalid-boolean',
      'acteurs.csv:4:SIRET:warning:suspicious-identifier',
      'acteurs.csv:4:FINESS:warning:suspicious-identifier',
      'acteurs.csv:4:RPPS:warning:suspicious-identifier',
      'acteurs.csv:4:Dispositifs:warning:unknown-scheme',
    ]);
    const message = (column: string) =>
      r.issues.find((i) => i.line === 4 && i.column === column)!.message;
    expect(message('Type').fr).toContain('type d’acteur « Bidule » inconnu');
    expect(message('Secteurs').en).toContain('unknown sector "Astrologie", kept as it is');
    expect(message('SIRET').fr).toContain('notation scientifique');
    expect(message('FINESS').fr).toContain('8 chiffres au lieu de 9 caractères');
    expect(message('FINESS').en).toContain('dropped a leading zero');
  });

  it('guesses a missing type from the name, once reported per file', () => {
    expect(ch!.type).toBe('etablissement-sante');
    expect(phare!.type).toBe('autre');
    expect(issueKeys(r, ['info']).filter((k) => k.includes('types-guessed'))).toEqual([
      'acteurs.csv:::info:types-guessed',
    ]);
    expect(r.issues.find((i) => i.code === 'types-guessed')!.message.fr).toMatch(
      /^2 acteurs sans type : 1 type déduit/,
    );
  });

  it('says only what happened to missing types: none guessed, or all', () => {
    const said = (csv: string) =>
      run(file('a.csv', csv)).issues.find((i) => i.code === 'types-guessed')!.message;
    const none = said('Nom\nTruc\nMachin\n');
    expect(none.fr).toBe(
      '2 acteurs sans type : aucun type n’a pu être déduit du nom ; classés « Autre ».',
    );
    expect(none.en).toContain('no type could be guessed');
    const all = said('Nom\nCentre hospitalier de Retz\n');
    expect(all.fr).toContain('1 acteur sans type : 1 type déduit du nom');
    expect(all.fr).not.toContain('les autres');
    expect(all.en).not.toContain('the others');
  });

  it('does not split a sector label that holds commas; Kumu tags give schemes and sectors', () => {
    expect(ch!.sectors).toEqual(['securite', 'sport']);
    expect(ch!.schemes).toEqual({ CLSM: [] });
    expect(ch!.attributes).toEqual({ Tags: 'urgent' });
  });

  it('reports each unknown column once, as info', () => {
    expect(issueKeys(r, ['info']).filter((k) => k.includes('unknown-column'))).toEqual([
      'acteurs.csv::Code INSEE:info:unknown-column',
      'acteurs.csv::Téléphone:info:unknown-column',
    ]);
  });
});

describe('reportToCsv', () => {
  it('writes a French-spreadsheet CSV: BOM, ;, CRLF, quoted cells, formulas neutralised', () => {
    const csv = reportToCsv([
      {
        file: 'acteurs.csv',
        line: 4,
        column: 'Type',
        severity: 'warning',
        code: 'unknown-type',
        message: { fr: 'Type « X; Y » inconnu', en: 'Unknown "X; Y" type' },
      },
      {
        file: '=cmd|calc.csv',
        severity: 'error',
        code: 'empty-file',
        message: { fr: '+33 vide', en: '@SUM(A1)\nnext' },
      },
      {
        file: 'b.csv',
        line: 2,
        column: '-x',
        severity: 'info',
        code: 'c',
        message: { fr: '\tTab', en: 'ok' },
      },
    ]);
    expect(csv).toBe(
      '\uFEFF' +
        [
          'fichier;ligne;colonne;gravité;message;message_en',
          'acteurs.csv;4;Type;avertissement;"Type « X; Y » inconnu";"Unknown ""X; Y"" type"',
          '"\'=cmd|calc.csv";;;erreur;\'+33 vide;"\'@SUM(A1)\nnext"',
          'b.csv;2;\'-x;information;"\'\tTab";ok',
        ].join('\r\n') +
        '\r\n',
    );
  });
});
