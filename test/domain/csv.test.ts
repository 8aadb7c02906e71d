import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, restoreNeutralised } from '../../src/domain/csv.ts';

/** What a spreadsheet would run as a formula: a field starting (after spaces or quotes) with
 * a formula character. */
const LIVE = /^[ "]*[=+\-@＝＋－＠]/;

/** The fields a spreadsheet gets from `text` when it splits on `delimiter`, with or without
 * honouring quotes. */
function fields(text: string, delimiter: string): string[] {
  const quoted = Papa.parse<string[]>(text, { delimiter }).data.flat();
  const naive = text.split(/\r\n|\r|\n/).flatMap((line) => line.split(delimiter));
  return [...quoted, ...naive];
}

const HOSTILE = [
  "x,=cmd|' /C calc'!A0",
  "=cmd|' /C calc'!A0",
  'a|@SUM(A1)',
  'a\t+1+1',
  'a; -2+3',
  'a, "=1+1"',
  'first line\n=HYPERLINK("http://x")',
  'a\r@x',
  '＝1+1',
  'a,＋1',
  'b|－1',
  'c;＠x',
  '\t=1',
  '\r=1',
  "'=already quoted",
  "x,''+2",
];

describe('csvCell', () => {
  it('quotes every cell holding a separator, a quote or a line break', () => {
    for (const cell of ['a;b', 'a,b', 'a\tb', 'a|b', 'a"b', 'a\rb', 'a\nb']) {
      const written = csvCell(cell);
      expect(written.startsWith('"') && written.endsWith('"'), cell).toBe(true);
    }
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a"b')).toBe('"a""b"');
  });

  it('leaves no live formula however a spreadsheet splits the file', () => {
    const text = csvText(HOSTILE.map((name) => [name, 'x']));
    for (const delimiter of [';', ',', '\t', '|']) {
      for (const field of fields(text.slice(1), delimiter)) {
        expect(field, `${JSON.stringify(field)} split on ${JSON.stringify(delimiter)}`).not.toMatch(
          LIVE,
        );
      }
    }
  });

  it('keeps a comma-split cell from starting a formula (issue: ,=cmd written unquoted)', () => {
    expect(csvCell("x,=cmd|' /C calc'!A0")).toBe(`"x,'=cmd|' /C calc'!A0"`);
    expect(csvCell('=1')).toBe("'=1");
    expect(csvCell('＝1')).toBe("'＝1");
    expect(csvCell('a, "=1"')).toBe(`"a, ""'=1"""`);
  });

  it('is undone exactly by restoreNeutralised, for hostile and random cells', () => {
    for (const cell of HOSTILE) expect(restoreNeutralised(undoQuoting(csvCell(cell)))).toBe(cell);
    const formulaish = fc.string({
      unit: fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '＝',
        "'",
        ',',
        ';',
        '|',
        '\t',
        '\r',
        '\n',
        ' ',
        '"',
        'a',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(formulaish, fc.string()), (cell) => {
        expect(restoreNeutralised(undoQuoting(csvCell(cell)))).toBe(cell);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps an ordinary apostrophe on reading', () => {
    for (const cell of ["l'Escale", "'Tis", "Maison d'', accueil", "' espace"]) {
      expect(restoreNeutralised(cell)).toBe(cell);
    }
  });
});

/** One written cell as a CSV reader gives it back. */
function undoQuoting(written: string): string {
  return written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
}
