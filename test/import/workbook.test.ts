// Workbooks (.xlsx, .ods, .xls) are read sheet by sheet through the same path as CSV files.
import { utf8 } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { issueKeys, runInputs, workbook, type SheetSpec } from './helpers.ts';

const ACTORS: SheetSpec = {
  name: 'Acteurs',
  rows: [
    ['Inventaire des partenaires du CLS — mise à jour 2026'],
    [],
    ['Nom', 'Type', 'Code INSEE', 'Date d’entrée', 'Part', 'Budget'],
    [
      'Mairie de Rochebrune',
      'Collectivité',
      '01053',
      new Date(Date.UTC(2024, 0, 15)),
      0.1 + 0.2,
      1500,
    ],
    ['Centre hospitalier Saint-Éloi', 'Établissement de santé', '2A004', null, 0.5, null],
  ],
  formats: { D4: 'dd/mm/yyyy', E5: '0%' },
};
const LINKS: SheetSpec = {
  name: 'Liens',
  rows: [
    ['Source', 'Cible', 'Type'],
    ['Mairie de Rochebrune', 'Centre hospitalier Saint-Éloi', 'Convention'],
  ],
};

describe('a workbook', () => {
  it('gives one source per sheet, with the title rows above the header skipped', async () => {
    const bytes = workbook([ACTORS, LINKS]);
    const result = await runInputs({ name: 'classeur.xlsx', bytes });
    expect(
      result.files.map((f) => [
        f.name,
        f.workbook,
        f.sheet,
        f.role,
        f.headerLine,
        f.rows,
        f.imported,
      ]),
    ).toEqual([
      ['classeur.xlsx › Acteurs', 'classeur.xlsx', 'Acteurs', 'actors', 3, 2, 2],
      ['classeur.xlsx › Liens', 'classeur.xlsx', 'Liens', 'links', 1, 1, 1],
    ]);
    expect(result.actors).toHaveLength(2);
    expect(result.links).toHaveLength(1);
    expect(result.actors[0]!.files).toEqual(['classeur.xlsx › Acteurs']);
    expect(result.actors[0]!.sources).toEqual([{ file: 'classeur.xlsx › Acteurs', line: 4 }]);
    const header = result.issues.find((i) => i.code === 'rows-before-header');
    expect(header).toMatchObject({ file: 'classeur.xlsx › Acteurs' });
    expect(header!.message.fr).toContain('ligne 3');
    expect(header!.message.fr).toContain('les lignes 1 et 2 (titre, notes)');
    expect(header!.message.en).toContain('lines 1 and 2 (title, notes)');
  });

  it('keeps the cells as the spreadsheet shows them', async () => {
    const result = await runInputs({ name: 'classeur.xlsx', bytes: workbook([ACTORS]) });
    const [mairie, ch] = result.actors;
    expect(mairie!.attributes).toMatchObject({
      'Code INSEE': '01053',
      'Date d’entrée': '15/01/2024',
      Part: '0.3',
      Budget: '1500',
    });
    expect(ch!.attributes).toMatchObject({ 'Code INSEE': '2A004', Part: '50%' });
  });

  it('reads an .ods and an .xls the same way', async () => {
    for (const [name, type] of [
      ['classeur.ods', 'ods'],
      ['classeur.xls', 'xls'],
    ] as const) {
      const result = await runInputs({ name, bytes: workbook([ACTORS, LINKS], type) });
      expect(result.actors.map((a) => a.name)).toEqual([
        'Mairie de Rochebrune',
        'Centre hospitalier Saint-Éloi',
      ]);
      expect(result.links).toHaveLength(1);
      expect(result.actors[0]!.attributes['Code INSEE']).toBe('01053');
    }
  });

  it('reads a hidden sheet and says so; an empty sheet is an info', async () => {
    const bytes = workbook([ACTORS, { ...LINKS, hidden: true }, { name: 'Vide', rows: [] }]);
    const result = await runInputs({ name: 'classeur.xlsx', bytes });
    expect(result.links).toHaveLength(1);
    expect(issueKeys(result, ['info']).filter((k) => /hidden|empty/.test(k))).toEqual([
      'classeur.xlsx › Liens:::info:hidden-sheet',
      'classeur.xlsx › Vide:::info:empty-sheet',
    ]);
  });

  it('reports a sheet it cannot classify by its name, with its header and first rows', async () => {
    const bytes = workbook([
      ACTORS,
      {
        name: 'Notes',
        rows: [
          ['Date', 'Sujet'],
          ['12/03', 'Réunion'],
          ['14/03', 'Bilan'],
        ],
      },
    ]);
    const result = await runInputs({ name: 'classeur.xlsx', bytes });
    expect(result.actors).toHaveLength(2);
    const notes = result.files.find((f) => f.sheet === 'Notes')!;
    expect(notes).toMatchObject({
      role: null,
      headerLine: 1,
      headers: ['Date', 'Sujet'],
      sample: [
        ['12/03', 'Réunion'],
        ['14/03', 'Bilan'],
      ],
      rows: 2,
    });
    expect(issueKeys(result)).toEqual(['classeur.xlsx › Notes:::error:no-name-column']);
  });

  it('reports a damaged or protected workbook by its name; the other files still import', async () => {
    const good = { name: 'acteurs.csv', bytes: utf8('Nom\nMairie\n') };
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = await runInputs(
      { name: 'abîmé.xlsx', bytes: zip },
      { name: 'vieux.xls', bytes: ole },
      good,
    );
    expect(result.actors.map((a) => a.name)).toEqual(['Mairie']);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.file, i.code])).toEqual([
      ['abîmé.xlsx', 'workbook-unreadable'],
      ['vieux.xls', 'workbook-unreadable'],
    ]);
    expect(errors[0]!.message.fr).toContain('abîmé.xlsx');
    // A cut zip (no end record) is refused at once: SheetJS can loop on such bytes.
    const cut = Uint8Array.from([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0, 0xff, 0xfe, 0, 1, 2, 3,
    ]);
    const again = await runInputs({ name: 'classeur.csv', bytes: cut });
    expect(issueKeys(again)).toEqual(['classeur.csv:::error:workbook-unreadable']);
    expect(errors[0]!.message.en).toContain('abîmé.xlsx');
  });
});
