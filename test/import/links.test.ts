// Links: endpoints by id or name, errors with suggestions, links-only imports, tool formats.
import { actor, REF } from '../factory.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/types.ts';
import { importFiles } from '../../src/import/index.ts';
import { expectEveryRowAccounted, file, issueKeys, run } from './helpers.ts';

const ACTORS = file(
  'acteurs.csv',
  [
    'Identifiant;Nom;Type',
    'M01;Mairie de Rochebrune;Collectivité',
    'C01;L’Hôpital  Saint-Éloi;Établissement de santé',
    'A01;GEM Le Phare;Association',
    'A02;Mission locale;Insertion',
  ].join('\n'),
);

describe('links', () => {
  it('resolves ids, names folded for case, accents, apostrophes and spaces', () => {
    const links = file(
      'liens.csv',
      [
        'Source;Cible;Nature du lien;Intensité;Dispositif;Orienté',
        'M01;C01;Convention;3;CLS;non',
        "mairie de rochebrune;L'HOPITAL SAINT ELOI;Cofinancement, Coordination;2,0;CLS, CLSM;oui",
        'gem le phare;m01;Orientation;;;',
        'Mission-locale;GEM  Le  Phare;;;;',
      ].join('\n'),
    );
    const r = run(ACTORS, links);
    expect(issueKeys(r)).toEqual([]);
    expect(
      r.links.map((l) => [l.source, l.target, l.types, l.strength, l.schemes, l.directed]),
    ).toEqual([
      ['M01', 'C01', ['Convention'], 3, ['CLS'], false],
      ['M01', 'C01', ['Cofinancement', 'Coordination'], 2, ['CLS', 'CLSM'], true],
      ['A01', 'M01', ['Orientation'], undefined, [], false],
      ['A02', 'A01', [], undefined, [], false],
    ]);
    expect(r.links[1]!.sources).toEqual([{ file: 'liens.csv', line: 3 }]);
    expect(r.files[1]).toMatchObject({ role: 'links', rows: 4, imported: 4 });
  });

  it('unknown endpoint: an error naming the column, with the closest name suggested', () => {
    const links = file(
      'liens.csv',
      [
        'De;Vers',
        'Mairie de Rochebrun;GEM Le Phare',
        'GEM Le Phare;Mision locale',
        'Zzzz;M01',
      ].join('\n'),
    );
    const r = run(ACTORS, links);
    expect(issueKeys(r)).toEqual([
      'liens.csv:2:De:error:unknown-endpoint',
      'liens.csv:3:Vers:error:unknown-endpoint',
      'liens.csv:4:De:error:unknown-endpoint',
    ]);
    expect(r.issues.find((i) => i.line === 2)!.message).toEqual({
      fr: 'Ligne 2, colonne « De » : aucun acteur ne s’appelle ou n’a pour identifiant « Mairie de Rochebrun » ; le lien n’a pas été importé. Vouliez-vous dire « Mairie de Rochebrune » ? Corrigez le nom ou ajoutez l’acteur au fichier des acteurs.',
      en: 'Line 2, column "De": no actor is named or has the id "Mairie de Rochebrun"; the link was not imported. Did you mean "Mairie de Rochebrune"? Correct the name or add the actor to the actors file.',
    });
    expect(r.issues.find((i) => i.line === 3)!.message.fr).toContain(
      'Vouliez-vous dire « Mission locale » ?',
    );
    expect(r.issues.find((i) => i.line === 4)!.message.fr).not.toContain('Vouliez-vous dire');
    expect(r.links).toEqual([]);
    expect(r.files[1]).toMatchObject({ rows: 3, imported: 0 });
  });

  it('self-link, missing endpoint, bad strength and bad direction', () => {
    const links = file(
      'liens.csv',
      [
        'Source;Cible;Intensité;Sens',
        'M01;Mairie de Rochebrune;;',
        ';C01;;',
        'M01;;;',
        'M01;C01;beaucoup;',
        'M01;A01;;peut-être',
      ].join('\n'),
    );
    const r = run(ACTORS, links);
    expect(issueKeys(r)).toEqual([
      'liens.csv:2:Cible:error:self-link',
      'liens.csv:3:Source:error:missing-endpoint',
      'liens.csv:4:Cible:error:missing-endpoint',
      'liens.csv:5:Intensité:warning:invalid-score',
      'liens.csv:6:Sens:warning:invalid-boolean',
    ]);
    expect(r.links.map((l) => [l.source, l.target, l.strength, l.directed])).toEqual([
      ['M01', 'C01', undefined, false],
      ['M01', 'A01', undefined, false],
    ]);
  });

  it('a name shared by two actors is ambiguous: use the id', () => {
    const actors = file('a.csv', 'ID;Nom\n1;Pharmacie\n2;Pharmacie\n');
    const r = run(actors, file('l.csv', 'Source;Cible\nPharmacie;1\n2;1\n'));
    expect(issueKeys(r)).toEqual(['l.csv:2:Source:error:ambiguous-endpoint']);
    expect(r.links.map((l) => [l.source, l.target])).toEqual([['2', '1']]);
  });

  it('parallel links stay separate (the model merges them)', () => {
    const r = run(
      ACTORS,
      file('l.csv', 'Source;Cible;Type\nM01;C01;Convention\nC01;M01;Convention\n'),
    );
    expect(r.links).toHaveLength(2);
  });

  it('links to actors merged from another file resolve by any of their names and ids', () => {
    const other = file('b.csv', 'ID;Nom;FINESS\nX9;CH Saint-Éloi;010001234\n');
    const first = file('a.csv', 'ID;Nom;FINESS\nC01;Hôpital Saint-Éloi;010001234\nM01;Mairie;\n');
    const r = run(first, other, file('l.csv', 'Source;Cible\nX9;Mairie\nCH Saint-Éloi;M01\n'));
    expect(r.actors.map((a) => a.id)).toEqual(['C01', 'M01']);
    expect(r.links.map((l) => [l.source, l.target])).toEqual([
      ['C01', 'M01'],
      ['C01', 'M01'],
    ]);
  });

  it('a links file evaluated against actors already in the workspace', () => {
    const known: Actor[] = [
      actor('k1', { name: 'ARS', type: 'ars', files: [] }),
      actor('k2', { name: 'CPAM', type: 'protection-sociale', files: [] }),
    ];
    const r = importFiles([file('l.csv', 'Source;Cible\nARS;CPAM\nARS;Préfecture\n')], REF, {
      knownActors: known,
    });
    expectEveryRowAccounted(r);
    expect(r.actors).toEqual([]);
    expect(r.links.map((l) => [l.source, l.target])).toEqual([['k1', 'k2']]);
    expect(issueKeys(r)).toEqual(['l.csv:3:Cible:error:unknown-endpoint']);
  });
});

describe('links-only imports (edge lists)', () => {
  it('creates actors from the names when no actors file was given, said once per file', () => {
    const r = run(
      file(
        'liens.csv',
        'From,To,Type\nARS,Mairie de Rochebrune,Convention\nMairie de Rochebrune,CCAS,\nmairie de rochebrune,ARS,\n',
      ),
    );
    expect(r.actors.map((a) => [a.id, a.name, a.type, a.sources])).toEqual([
      ['ars', 'ARS', 'ars', [{ file: 'liens.csv', line: 2 }]],
      [
        'mairie-de-rochebrune',
        'Mairie de Rochebrune',
        'collectivite',
        [{ file: 'liens.csv', line: 2 }],
      ],
      ['ccas', 'CCAS', 'collectivite', [{ file: 'liens.csv', line: 3 }]],
    ]);
    expect(r.links.map((l) => [l.source, l.target])).toEqual([
      ['ars', 'mairie-de-rochebrune'],
      ['mairie-de-rochebrune', 'ccas'],
      ['mairie-de-rochebrune', 'ars'],
    ]);
    expect(issueKeys(r, ['error', 'warning', 'info'])).toEqual([
      'liens.csv:::info:tool-export',
      'liens.csv:::info:actors-from-links',
    ]);
    expect(r.issues[1]!.message.fr).toContain('3 acteurs ont été créés');
  });

  it('does not create actors when an actors file was given, even a failing one', () => {
    const r = run(
      file('acteurs.csv', 'Téléphone\n0102\n'),
      file('liens.csv', 'Source;Cible\nA;B\n'),
    );
    expect(r.actors).toEqual([]);
    expect(issueKeys(r)).toEqual([
      'acteurs.csv:::error:no-name-column',
      'liens.csv:2:Source:error:unknown-endpoint',
      'liens.csv:2:Cible:error:unknown-endpoint',
    ]);
  });
});

describe('tool exports (fixtures)', () => {
  const fixture = (name: string) => ({
    name,
    bytes: new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url))),
  });

  it('Kumu elements and connections: Label/Type/Tags, From/To, | multi-values', () => {
    const r = run(fixture('kumu-elements.csv'), fixture('kumu-connections.csv'));
    expect(issueKeys(r)).toEqual([]);
    expect(r.actors.map((a) => [a.id, a.type, a.sectors, a.schemes, a.attributes])).toEqual([
      [
        'ars-nouvelle-aquitaine',
        'ars',
        ['prevention'],
        { CLS: [] },
        { Description: 'Délégation départementale' },
      ],
      ['mairie-de-rochebrune', 'collectivite', ['social', 'logement'], { CLS: [], CLSM: [] }, {}],
      ['unafam-17', 'association', ['sante-mentale'], { CLSM: [] }, { Tags: 'adhérents' }],
    ]);
    expect(
      r.links.map((l) => [l.source, l.target, l.types, l.directed, l.strength, l.schemes]),
    ).toEqual([
      ['ars-nouvelle-aquitaine', 'mairie-de-rochebrune', ['Convention'], true, 3, ['CLS']],
      ['mairie-de-rochebrune', 'unafam-17', ['Échange d’information'], false, undefined, []],
      ['unafam-17', 'ars-nouvelle-aquitaine', ['Coordination'], false, undefined, []],
      ['mairie-de-rochebrune', 'ars-nouvelle-aquitaine', ['Coordination'], false, undefined, []],
    ]);
    expect(r.files[1]).toMatchObject({ rows: 3, imported: 3 });
  });

  it('Onodo nodes and relations', () => {
    const r = run(fixture('onodo-nodes.csv'), fixture('onodo-relations.csv'));
    expect(issueKeys(r)).toEqual([]);
    expect(r.actors.map((a) => [a.name, a.type])).toEqual([
      ['CPAM de la Charente', 'protection-sociale'],
      ['Centre social Les Alizés', 'education'],
    ]);
    expect(r.links.map((l) => [l.source, l.target, l.types, l.attributes])).toEqual([
      ['cpam-de-la-charente', 'centre-social-les-alizes', ['Partenariat'], { Date: '2024' }],
    ]);
  });

  it('NodeXL edges alone (links-only)', () => {
    const r = run(fixture('nodexl-edges.csv'));
    expect(r.actors.map((a) => a.name)).toEqual(['CLSM Rochebrune', 'EPSM', 'GEM']);
    expect(r.links.map((l) => [l.source, l.target, l.attributes])).toEqual([
      ['clsm-rochebrune', 'epsm', { Color: 'Red', Width: '2' }],
      ['clsm-rochebrune', 'gem', { Width: '1' }],
    ]);
  });

  it('an Excel export in French locale: Windows-1252, ;, CRLF, title row', () => {
    const r = run(fixture('excel-fr-1252.csv'));
    expect(r.files[0]).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      rows: 3,
      imported: 3,
    });
    expect(r.actors.map((a) => [a.name, a.influence, a.finess, a.schemes])).toEqual([
      ['Établissement public de santé mentale', 4, '170780001', { CLSM: ['copil', 'pleniere'] }],
      ['Cœur d’Aunis – Maison des aidants', 2.5, undefined, { CLS: ['gt'] }],
      ['Collège Émile Zola', undefined, undefined, {}],
    ]);
    expect(r.actors[1]!.groups).toEqual({ CLS: ['Aidants'] });
    expect(issueKeys(r, ['info'])).toEqual(['excel-fr-1252.csv:::info:rows-before-header']);
  });
});
