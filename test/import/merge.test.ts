// Several actor files: same actor recognised, values unioned, conflicts and doubts reported.
import { actor as factoryActor, REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { indexReference } from '../../src/domain/reference.ts';
import type { Actor } from '../../src/domain/types.ts';
import { readActors } from '../../src/import/actors.ts';
import { ImportContext } from '../../src/import/context.ts';
import { openFile } from '../../src/import/file.ts';
import { mergeActorFiles } from '../../src/import/merge.ts';
import { Report } from '../../src/import/report.ts';
import { canonicalName, closeSpelling, findDoubtfulPairs } from '../../src/import/similar.ts';
import { file, issueKeys, run } from './helpers.ts';

describe('merging actor files', () => {
  const cls = file(
    'cls.csv',
    [
      'Nom;Type;Secteurs;CLS;FINESS;Commune;Contact',
      'Mairie de Rochebrune;Collectivité;Social;COPIL;;Rochebrune;accueil@rochebrune.fr',
      'Centre hospitalier de Rochebrune;Établissement de santé;Soins;COTECH;010001234;Rochebrune;',
      'CCAS de Rochebrune;Collectivité;Social;GT Précarité;;;',
    ].join('\r\n'),
  );
  const clsm = file(
    'clsm.csv',
    [
      'Structure,Catégorie,Secteur(s),CLSM,n° FINESS,Territoire,Contact',
      'MAIRIE DE ROCHEBRUNE,Collectivité,"Santé mentale, Social",Plénière,,Rochebrune Nord,elus@rochebrune.fr',
      'CH Rochebrune - pôle psychiatrie,Établissement de santé,Santé mentale,"COPIL, Plénière",010001234,,',
      'CCAS Rochebrune,Collectivité,Social,Plénière,,,',
      'UNAFAM,Association,Santé mentale,x,,,',
    ].join('\n'),
  );

  it('merges by folded name and by FINESS; keeps doubtful pairs apart', () => {
    const r = run(cls, clsm);
    expect(r.actors.map((a) => [a.id, a.name])).toEqual([
      ['mairie-de-rochebrune', 'Mairie de Rochebrune'],
      ['centre-hospitalier-de-rochebrune', 'Centre hospitalier de Rochebrune'],
      ['ccas-de-rochebrune', 'CCAS de Rochebrune'],
      ['ccas-rochebrune', 'CCAS Rochebrune'],
      ['unafam', 'UNAFAM'],
    ]);
    const [mairie, ch] = r.actors;
    expect(mairie).toMatchObject({
      type: 'collectivite',
      sectors: ['social', 'sante-mentale'],
      schemes: { CLS: ['copil'], CLSM: ['pleniere'] },
      territory: 'Rochebrune',
      files: ['cls.csv', 'clsm.csv'],
      sources: [
        { file: 'cls.csv', line: 2 },
        { file: 'clsm.csv', line: 2 },
      ],
      attributes: { Contact: 'accueil@rochebrune.fr' },
    });
    expect(ch).toMatchObject({
      finess: '010001234',
      schemes: { CLS: ['cotech'], CLSM: ['copil', 'pleniere'] },
      sectors: ['soins', 'sante-mentale'],
      files: ['cls.csv', 'clsm.csv'],
    });
    expect(r.files.map((f) => [f.rows, f.imported])).toEqual([
      [3, 3],
      [4, 4],
    ]);
    expect(issueKeys(r, ['warning', 'info']).filter((k) => !k.includes('unknown-column'))).toEqual([
      'clsm.csv:2::warning:merge-conflict',
      'clsm.csv:2::warning:merge-conflict',
      'clsm.csv:3::info:merged-actor',
    ]);
    const conflicts = r.issues.filter((i) => i.code === 'merge-conflict').map((i) => i.message.fr);
    expect(conflicts[0]).toContain(
      'son territoire diffère : « Rochebrune » est gardé, « Rochebrune Nord » ignoré',
    );
    expect(conflicts[1]).toContain('son attribut « Contact » diffère');
    expect(r.issues.find((i) => i.code === 'merged-actor')!.message.en).toContain(
      '"CH Rochebrune - pôle psychiatrie" was merged with "Centre hospitalier de Rochebrune" (cls.csv, line 3): same FINESS',
    );
    expect(r.doubtful).toEqual([
      {
        a: 'ccas-de-rochebrune',
        b: 'ccas-rochebrune',
        aName: 'CCAS de Rochebrune',
        bName: 'CCAS Rochebrune',
        reason: {
          fr: '« CCAS de Rochebrune » et « CCAS Rochebrune » ne diffèrent que par des mots courants',
          en: '"CCAS de Rochebrune" and "CCAS Rochebrune" differ only by common words',
        },
      },
    ]);
  });

  it('merges by the id column across files, renames a clashing id of a different actor', () => {
    const a = file(
      'a.csv',
      'ID;Nom;SIRET\nA1;Maison de santé du Lac;12345678900012\nA2;EHPAD Les Pins;\n',
    );
    const b = file(
      'b.csv',
      'ID;Nom;SIRET\nA1;MSP du Lac;\nA2;EHPAD Les Pins;\nA3;Pharmacie;98765432100010\nA4;Pharmacie;11111111100011\n',
    );
    const c = file('c.csv', 'ID;Nom;SIRET\nA3;Pharmacie du centre;98765432100099\n');
    const r = run(a, b, c);
    expect(r.actors.map((x) => [x.id, x.name, x.sources.length])).toEqual([
      ['A1', 'Maison de santé du Lac', 2],
      ['A2', 'EHPAD Les Pins', 2],
      ['A3', 'Pharmacie', 1],
      ['A4', 'Pharmacie', 1],
      ['A3-2', 'Pharmacie du centre', 1],
    ]);
    expect(issueKeys(r, ['warning', 'info']).filter((k) => !k.includes('types-guessed'))).toEqual([
      'b.csv:2::info:merged-actor',
      'c.csv:2::warning:renamed-id',
    ]);
    // Different SIRETs: different actors, neither merged nor doubtful, whatever their names.
    expect(r.doubtful).toEqual([]);
  });

  it('a SIRET written with spaces is the same SIRET, kept as written', () => {
    const r = run(
      file('a.csv', 'Nom;SIRET\nCentre social;123 456 789 00012\n'),
      file('b.csv', 'Nom;SIRET\nCentre socioculturel;12345678900012\n'),
    );
    expect(r.actors.map((a) => [a.name, a.siret])).toEqual([
      ['Centre social', '123 456 789 00012'],
    ]);
  });

  it('without links to read, merges the same and leaves the aliases out', () => {
    const read = (f: ReturnType<typeof file>) => {
      const report = new Report();
      const index = indexReference(REF);
      const opened = openFile(f, index, report).file!;
      return readActors(opened, new ImportContext(index, report));
    };
    const withAliases = mergeActorFiles([read(cls), read(clsm)], new Report());
    const without = mergeActorFiles([read(cls), read(clsm)], new Report(), false);
    expect(without.actors).toEqual(withAliases.actors);
    expect(withAliases.names.size).toBeGreaterThan(0);
    expect([without.ids.size, without.names.size]).toEqual([0, 0]);
  });
});

describe('doubtful pairs', () => {
  const actor = (id: string, name: string, extra: Partial<Actor> = {}): Actor =>
    factoryActor(id, { name, files: ['x.csv'], ...extra });

  it('canonical names', () => {
    expect(canonicalName('Mairie de Rochebrune')).toBe('commune rochebrune');
    expect(canonicalName('Ville de Rochebrune')).toBe('commune rochebrune');
    expect(canonicalName('CCAS de Rochebrune')).toBe('ccas rochebrune');
    expect(canonicalName("Centre communal d'action sociale de Rochebrune")).toBe('ccas rochebrune');
    expect(canonicalName('Centre hospitalier de Rochebrune')).toBe('ch rochebrune');
  });

  it('close spelling is judged on the words that differ', () => {
    expect(closeSpelling('association tournesols', 'association tournesol')).toBe(true);
    expect(closeSpelling('commune rochebrune', 'commune rochebrun')).toBe(true);
    expect(closeSpelling('college marennes', 'college marans')).toBe(false);
    expect(closeSpelling('college brubrune', 'college bruberne')).toBe(false);
    expect(closeSpelling('secteur a', 'secteur b')).toBe(false);
    expect(
      closeSpelling('centre hospitalier intercommunal', 'centre hospitalier intercomunal'),
    ).toBe(true);
    expect(
      closeSpelling('maison departementale solidarites', 'maison departementale solidarite nord'),
    ).toBe(false);
  });

  it('finds the doubtful pairs and only them', () => {
    const pairs = findDoubtfulPairs([
      actor('m', 'Mairie de Rochebrune'),
      actor('v', 'Ville de Rochebrune'),
      actor('c', 'CCAS de Rochebrune'),
      actor('c2', "Centre communal d'action sociale Rochebrune"),
      actor('ml', 'Mission locale'),
      actor('ml2', 'Mission locale du Pays de Rochebrune'),
      actor('pass', 'PASS du CH de Rochebrune'),
      actor('ch', 'Centre hospitalier de Rochebrune'),
      actor('t1', 'Association Les Tournesols'),
      actor('t2', 'Association Les Tournesol'),
      actor('col1', 'Collège Jean Moulin 1'),
      actor('col2', 'Collège Jean Moulin 2'),
      actor('p1', 'Pharmacie du Lac', { siret: '11111111100011' }),
      actor('p2', 'Pharmacie du Lac', { siret: '22222222200022' }),
      actor('f1', 'EHPAD A', { finess: '010000001' }),
      actor('f2', 'Résidence B', { finess: '010000001' }),
    ]);
    expect(pairs.map((p) => `${p.a}~${p.b}: ${p.reason.en}`).sort()).toEqual([
      'c~c2: "CCAS de Rochebrune" and "Centre communal d\'action sociale Rochebrune" differ only by common words',
      'f1~f2: same FINESS (010000001)',
      'ml~ml2: "Mission locale du Pays de Rochebrune" looks like a longer form of "Mission locale"',
      'm~v: "Mairie de Rochebrune" and "Ville de Rochebrune" differ only by common words',
      't1~t2: close spelling: "Association Les Tournesols" / "Association Les Tournesol"',
    ]);
  });

  it('a name inside too many others is too generic to pair', () => {
    const many = ['Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Ouest bis'].map((s, i) =>
      actor(`m${i}`, `Mairie ${s}`),
    );
    expect(
      findDoubtfulPairs([actor('m', 'Mairie'), ...many]).filter((p) => p.a === 'm' || p.b === 'm'),
    ).toEqual([]);
  });
});

describe('the words of unknown types across files', () => {
  it('keeps them while no file knows the type, and drops them when one does', () => {
    const a = file(
      'a.csv',
      'Nom;Type\r\nMaison des ados;Maison des adolescents\r\nPoint jeunes;\r\n',
    );
    const b = file(
      'b.csv',
      'Nom;Type\r\nMaison des ados;Association\r\nPoint jeunes;Point écoute\r\n',
    );
    const result = run(a, b);
    const byName = new Map(result.actors.map((x) => [x.name, x]));
    expect(byName.get('Maison des ados')?.type).toBe('association');
    expect(byName.get('Maison des ados')?.typeText).toBeUndefined();
    expect(byName.get('Point jeunes')?.type).toBe('autre');
    expect(byName.get('Point jeunes')?.typeText).toBe('Point écoute');
  });
});
