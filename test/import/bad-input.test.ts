// Each bad input gets its own clear issue; the other files are imported anyway.
import { utf8 } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/index.ts';
import { expectEveryRowAccounted, file, issueKeys, run } from './helpers.ts';

const GOOD = file('bon.csv', 'Nom;Type\nMairie de Rochebrune;Collectivité\n');

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  out[10] = 0;
  return out;
}

describe('files that cannot be imported', () => {
  it('an empty file: error naming the file, the other file imported', () => {
    const r = run({ name: 'vide.csv', bytes: new Uint8Array() }, GOOD);
    expect(issueKeys(r)).toEqual(['vide.csv:::error:empty-file']);
    expect(r.issues[0]!.message.fr).toMatch(/^vide\.csv : Le fichier est vide/);
    expect(r.issues[0]!.message.en).toMatch(/^vide\.csv: The file is empty/);
    expect(r.files.map((f) => [f.name, f.role, f.rows, f.imported])).toEqual([
      ['vide.csv', null, 0, 0],
      ['bon.csv', 'actors', 1, 1],
    ]);
    expect(r.actors.map((a) => a.id)).toEqual(['mairie-de-rochebrune']);
  });

  it('a file of blank lines and a BOM only is empty too', () => {
    const r = run({ name: 'blanc.csv', bytes: utf8('\uFEFF\r\n  \r\n') });
    expect(issueKeys(r)).toEqual(['blanc.csv:::error:empty-file']);
  });

  it('a header only: a warning, no rows, nothing lost', () => {
    const r = run(file('entete.csv', 'Nom;Type;CLS\r\n'));
    expect(issueKeys(r)).toEqual(['entete.csv:::warning:no-rows']);
    expect(r.files[0]).toMatchObject({ role: 'actors', rows: 0, imported: 0 });
    expect(r.actors).toEqual([]);
  });

  it('random bytes with NULs renamed .csv', () => {
    const r = run({ name: 'binaire.csv', bytes: randomBytes(4000, 7) }, GOOD);
    expect(issueKeys(r)).toEqual(['binaire.csv:::error:binary-file']);
    expect(r.issues[0]!.message.fr).toContain('n’est pas un fichier texte');
    expect(r.issues[0]!.message.en).toContain('not a text file');
    expect(r.actors).toHaveLength(1);
  });

  it('an Excel workbook (.xlsx zip signature) says to export it as CSV, in both languages', () => {
    const bytes = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      0x14,
      0,
      0x06,
      0,
      ...utf8('[Content_Types].xml'),
    ]);
    const r = run({ name: 'acteurs.csv', bytes }, GOOD);
    expect(issueKeys(r)).toEqual(['acteurs.csv:::error:spreadsheet-file']);
    const m = r.issues[0]!.message;
    expect(m.fr).toContain('classeur Excel (.xlsx)');
    expect(m.fr).toContain('CSV UTF-8');
    expect(m.en).toContain('Excel workbook (.xlsx)');
    expect(m.en).toContain('Save as');
  });

  it('an old .xls, an .ods and a PDF are named as such', () => {
    const ods = new Uint8Array(120);
    ods.set([0x50, 0x4b, 0x03, 0x04]);
    ods.set(utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 30);
    const r = run(
      { name: 'a.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) },
      { name: 'b.ods', bytes: ods },
      { name: 'c.pdf', bytes: utf8('%PDF-1.7\n') },
    );
    expect(issueKeys(r)).toEqual([
      'a.xls:::error:spreadsheet-file',
      'b.ods:::error:spreadsheet-file',
      'c.pdf:::error:binary-file',
    ]);
    expect(r.issues[0]!.message.fr).toContain('Excel 97-2003 (.xls)');
    expect(r.issues[1]!.message.fr).toContain('(.ods)');
    expect(r.issues[2]!.message.en).toContain('PDF');
  });

  it('no name column: a fatal error listing the headers found, in both languages', () => {
    const r = run(
      file('liste.csv', 'Téléphone;Adresse;Courriel\n0102030405;1 rue X;a@b.fr\n'),
      GOOD,
    );
    expect(issueKeys(r)).toEqual(['liste.csv:::error:no-name-column']);
    const m = r.issues[0]!.message;
    expect(m.fr).toContain('Colonnes trouvées : « Téléphone », « Adresse », « Courriel »');
    expect(m.en).toContain('Columns found: "Téléphone", "Adresse", "Courriel"');
    expect(r.files[0]).toMatchObject({ role: null, rows: 1, imported: 0 });
    expect(r.actors.map((a) => a.name)).toEqual(['Mairie de Rochebrune']);
  });

  it('a file forced to links without source and target columns', () => {
    const r = run(file('liens.csv', 'Nom;Type\nA;B\n', 'links'));
    expect(issueKeys(r)).toEqual(['liens.csv:::error:no-endpoint-columns']);
  });
});

describe('roles and defaults', () => {
  it('InputFile.role forces a file with source and target columns to be read as actors', () => {
    const r = run(file('a.csv', 'Nom;Source;Cible\nARS;Rapport 2023;x\n', 'actors'));
    expect(r.files[0]!.role).toBe('actors');
    expect(r.actors.map((a) => [a.name, a.attributes])).toEqual([
      ['ARS', { Source: 'Rapport 2023', Cible: 'x' }],
    ]);
  });

  it('uses the default reference lists when none is given', () => {
    const r = importFiles([file('a.csv', 'Nom;Type;CLS\nARS;ARS;COPIL\n')]);
    expectEveryRowAccounted(r);
    expect(r.actors.map((a) => [a.type, a.schemes])).toEqual([['ars', { CLS: ['copil'] }]]);
  });
});

describe('bad rows', () => {
  it('an unterminated quote: error on the line where it opened, the rest still read', () => {
    const text =
      'Nom;Secteurs;Remarques\nA;Social;ok\nB;Social;"pas fermé\nC;Logement;ok\nD;"Soins";"x\ny"\n';
    const r = run(file('a.csv', text));
    expect(issueKeys(r)).toEqual(['a.csv:3:Remarques:error:unterminated-quote']);
    expect(r.actors.map((a) => [a.name, a.sources[0]!.line])).toEqual([
      ['A', 2],
      ['C', 4],
      ['D', 5],
    ]);
    expect(r.actors[2]!.attributes['Remarques']).toBe('x\ny');
    expect(r.files[0]).toMatchObject({ rows: 4, imported: 3 });
  });

  it('a stray quote that would swallow lines up to a later quoted cell', () => {
    const text = 'Nom;Remarques\n"A;x\nB;y\nC;"z"\n';
    const r = run(file('a.csv', text));
    expect(issueKeys(r)).toEqual(['a.csv:2:Nom:error:unterminated-quote']);
    expect(r.actors.map((a) => [a.name, a.sources[0]!.line])).toEqual([
      ['B', 3],
      ['C', 4],
    ]);
  });

  it('a malformed quote inside one line: warning, the cell kept as read', () => {
    const r = run(file('a.csv', 'Nom;Remarques\n"A" bis;x\n'));
    expect(issueKeys(r)).toEqual(['a.csv:2:Nom:warning:malformed-quote']);
    expect(r.actors.map((a) => [a.name, a.attributes])).toEqual([['A bis', { Remarques: 'x' }]]);
  });

  it('rows with fewer or more cells than the header', () => {
    const text = [
      'Nom;Type;Secteurs',
      'A;Association',
      'B;Association;Social;en trop;;',
      'C;Association;Social;;',
      ';',
    ].join('\n');
    const r = run(file('a.csv', text));
    expect(issueKeys(r)).toEqual([
      'a.csv:2::warning:missing-fields',
      'a.csv:3::warning:extra-fields',
    ]);
    expect(r.issues.find((i) => i.code === 'extra-fields')!.message.fr).toContain('(colonne 4)');
    expect(r.actors.map((a) => [a.name, a.sectors, a.attributes])).toEqual([
      ['A', [], {}],
      ['B', ['social'], { 'colonne 4': 'en trop' }],
      ['C', ['social'], {}],
    ]);
  });

  it('a row without a name: error, not imported', () => {
    const r = run(file('a.csv', 'Nom;Type\nA;Association\n  ;Association\n'));
    expect(issueKeys(r)).toEqual(['a.csv:3:Nom:error:missing-name']);
    expect(r.files[0]).toMatchObject({ rows: 2, imported: 1 });
  });

  it('the same id on two rows of one file: kept apart when the names differ, else merged', () => {
    const text = 'ID;Nom\nA01;Mairie\nA02;CCAS\nA01;Mairie annexe\n\nA03;ccas\nA02;CCAS\n';
    const r = run(file('a.csv', text));
    expect(issueKeys(r)).toEqual(['a.csv:4::warning:renamed-id', 'a.csv:7::warning:merged-row']);
    expect(r.issues.find((i) => i.code === 'renamed-id')!.message.fr).toBe(
      'Ligne 4 : l’identifiant « A01 » est déjà celui de « Mairie » (a.csv, ligne 2), un autre acteur (identifiants officiels ou noms différents) ; celui-ci devient « A01-2 ». Les liens qui visent « A01 » vont au premier.',
    );
    expect(r.actors.map((a) => [a.id, a.name, a.sources.map((s) => s.line)])).toEqual([
      ['A01', 'Mairie', [2]],
      ['A02', 'CCAS', [3, 7]],
      ['A01-2', 'Mairie annexe', [4]],
      ['A03', 'ccas', [6]],
    ]);
    expect(r.files[0]).toMatchObject({ rows: 5, imported: 5 });
  });

  it('the same name twice without an id column and nothing else: one actor, both rows', () => {
    const r = run(
      file('a.csv', 'Nom;CLS\nMairie de Rochebrune;COPIL\nMAIRIE DE ROCHEBRUNE;GT Logement\n'),
    );
    expect(issueKeys(r)).toEqual(['a.csv:3::warning:merged-row']);
    expect(r.issues.find((i) => i.code === 'merged-row')!.message.fr).toContain(
      'le même nom que la ligne 2',
    );
    expect(r.actors).toHaveLength(1);
    expect(r.actors[0]).toMatchObject({
      id: 'mairie-de-rochebrune',
      schemes: { CLS: ['copil', 'gt'] },
      sources: [
        { file: 'a.csv', line: 2 },
        { file: 'a.csv', line: 3 },
      ],
    });
    expect(r.files[0]).toMatchObject({ rows: 2, imported: 2 });
  });

  it('title rows above the header are skipped with an info, line numbers kept', () => {
    const r = run(file('a.csv', 'Inventaire du CLS;;\n;;\nNom;Type;CLS\nARS;ARS;COPIL\n'));
    expect(issueKeys(r, ['info'])).toEqual(['a.csv:::info:rows-before-header']);
    expect(r.actors.map((a) => [a.type, a.sources[0]!.line])).toEqual([['ars', 4]]);
  });
});
