import { REF, utf8 } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import type { FileReport, InputFile } from '../../src/domain/types.ts';
import { importFiles } from '../../src/import/index.ts';
import { headerSignature, type SavedMapping } from '../../src/model/column-mapping.ts';
import {
  canChooseEncoding,
  canMapColumns,
  columnsOf,
  copyFiles,
  firstUnmapped,
  inputOf,
  reportHeaders,
  savedMappingsFor,
  startingFields,
  withColumns,
  withEncoding,
  withoutColumns,
} from '../../src/model/reimport.ts';

const NO_NAME =
  'Intitulé officiel;Ville;Secteurs\nMairie de Test;Testville;Social\nCCAS de Test;Testville;Social\n';
const ACTORS = 'Nom;Commune\nMairie de Test;Testville\n';

const files = (): InputFile[] => [
  { name: 'sans-nom.csv', bytes: utf8(NO_NAME) },
  { name: 'acteurs.csv', bytes: utf8(ACTORS) },
];

const sheet: FileReport = {
  name: 'classeur.xlsx › Acteurs',
  workbook: 'classeur.xlsx',
  sheet: 'Acteurs',
  role: 'actors',
  encoding: null,
  delimiter: null,
  rows: 2,
  imported: 2,
  columns: [
    { header: 'Nom', field: 'name' },
    { header: 'Tél', field: null },
  ],
};

describe('reading the files of an import again', () => {
  it('maps the columns of a file the import could not read, and then reads it', () => {
    const input = files();
    const first = importFiles(input, REF);
    const unread = firstUnmapped(input, first.files, new Set());
    expect(unread?.name).toBe('sans-nom.csv');
    expect(reportHeaders(unread!)).toEqual(['Intitulé officiel', 'Ville', 'Secteurs']);
    // The dialog starts from the guess of an actors file: only the names are missing.
    expect(startingFields(unread!, REF)).toEqual([null, 'territory', 'sectors']);
    const mapped = withColumns(
      input,
      unread!,
      [{ header: 'Intitulé officiel', field: 'name', manual: true }],
      'actors',
    );
    expect(columnsOf(mapped, unread!)).toHaveLength(1);
    expect(mapped[1]).toBe(input[1]);
    const again = importFiles(copyFiles(mapped), REF);
    expect(again.actors.map((a) => a.name).sort()).toEqual(['CCAS de Test', 'Mairie de Test']);
    expect(firstUnmapped(mapped, again.files, new Set())).toBeUndefined();
    // Back to the guess: the file is unread again.
    expect(withoutColumns(mapped, unread!)[0]).toEqual(input[0]);
  });

  it('does not offer again a file the user set aside', () => {
    const input = files();
    const report = importFiles(input, REF).files;
    expect(firstUnmapped(input, report, new Set(['sans-nom.csv']))).toBeUndefined();
  });

  it('keeps a sheet’s mapping in the workbook’s sheets, by the sheet’s source name', () => {
    const input: InputFile[] = [{ name: 'classeur.xlsx', bytes: new Uint8Array([0x50, 0x4b]) }];
    expect(inputOf(input, sheet)).toBe(input[0]);
    const columns = [{ header: 'Tél', field: 'ignore', manual: true }];
    const mapped = withColumns(input, sheet, columns, 'actors');
    expect(mapped[0]!.sheets).toEqual([
      { sheet: 'classeur.xlsx › Acteurs', columns, role: 'actors' },
    ]);
    expect(mapped[0]!.columns).toBeUndefined();
    expect(columnsOf(mapped, sheet)).toBe(columns);
    expect(withoutColumns(mapped, sheet)[0]).toEqual(input[0]);
    // A workbook has no encoding to choose.
    expect(canChooseEncoding(input, sheet)).toBe(false);
    expect(canMapColumns(input, sheet)).toBe(true);
  });

  it('reads a text file again with the encoding chosen, and not a workspace or a file it lacks', () => {
    const input = files();
    const report = importFiles(input, REF).files;
    const actors = report[1]!;
    expect(canChooseEncoding(input, actors)).toBe(true);
    expect(withEncoding(input, actors, 'windows-1252')[1]!.encoding).toBe('windows-1252');
    expect(canChooseEncoding([], actors)).toBe(false);
    expect(canMapColumns([], actors)).toBe(false);
    const workspace = { name: 'acteurs.csv.json', bytes: utf8('{}') };
    expect(canMapColumns([workspace], { ...actors, name: 'acteurs.csv.json' })).toBe(false);
  });

  it('applies a saved mapping to a file with the same headers, once', () => {
    const input = files();
    const report = importFiles(input, REF).files;
    const mapping: SavedMapping = {
      signature: headerSignature(['intitule officiel', 'VILLE', 'secteurs']),
      role: 'actors',
      columns: [{ header: 'Intitulé officiel', field: 'name', manual: true }],
    };
    const offered = savedMappingsFor(input, report, [mapping], new Set());
    expect(offered.map((o) => o.report.name)).toEqual(['sans-nom.csv']);
    expect(savedMappingsFor(input, report, [mapping], new Set(['sans-nom.csv']))).toEqual([]);
    const mapped = withColumns(input, offered[0]!.report, mapping.columns, mapping.role);
    expect(savedMappingsFor(mapped, report, [mapping], new Set())).toEqual([]);
  });

  it('copies the bytes (the worker takes the ones it is sent)', () => {
    const input = files();
    const copy = copyFiles(input);
    expect(copy[0]!.bytes).toEqual(input[0]!.bytes);
    expect(copy[0]!.bytes.buffer).not.toBe(input[0]!.bytes.buffer);
  });
});
