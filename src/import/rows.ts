// The data rows of an opened file, one by one: cells aligned on the header, a repeated
// header skipped, invisible characters and the export's formula guards removed, every
// misshapen row reported.
import { restoreNeutralised, fold, hasInvisible, withoutInvisible } from '../domain';
import type { OpenedFile } from './file.ts';
import { isBlank, parseCsv, type CsvRecord, type QuoteError } from './parse.ts';
import {
  extraCells,
  inCell,
  invisibleCharacters,
  MALFORMED_QUOTE,
  missingCells,
  nulBytes,
  onLine,
  REPEATED_HEADER,
  UNTERMINATED_QUOTE,
} from './messages/rows.ts';
import { noDataRow } from './messages/file.ts';
import { error, info, warning, type Report } from './report.ts';

/** A data row: its cells aligned on the headers ('' when missing). */
export interface Row {
  line: number;
  values: string[];
  /** Non-empty cells beyond the header's width, named "colonne N". */
  extra: { header: string; value: string }[];
}

/** The `extra` of the rows that have none (never written to). */
const NO_EXTRA: Row['extra'] = [];

/**
 * Reads the data rows of an opened file. `onRow` returns true when the row was imported
 * (or merged); a row it refuses must have got an error in the report. Rows whose quotes
 * break are reported here. Fills the file report's `rows` and `imported`.
 */
export function readRows(opened: OpenedFile, report: Report, onRow: (row: Row) => boolean): void {
  const width = opened.headers.length;
  const fileReport = opened.report;
  const place = { file: opened.name };
  // Most files hold no invisible character: then no cell is looked at.
  const invisible = opened.records !== undefined || hasInvisible(opened.text);
  const headerKeys = opened.headers.map(fold);
  const handlers = {
    onQuoteError: (e: QuoteError) => {
      if (e.line <= opened.headerLine) return;
      fileReport.rows++;
      const column = opened.headers[e.cell] ?? `colonne ${e.cell + 1}`;
      report.add(
        error(
          { ...place, line: e.line, column },
          'unterminated-quote',
          inCell(e.line, column, UNTERMINATED_QUOTE),
        ),
      );
    },
    onRecord: (record: CsvRecord) => {
      if (record.line <= opened.headerLine) return;
      const cells = record.cells;
      if (repeatsHeader(cells, headerKeys)) {
        report.add(
          info(
            { ...place, line: record.line },
            'repeated-header',
            onLine(record.line, REPEATED_HEADER),
          ),
        );
        return;
      }
      fileReport.rows++;
      if (invisible) removeInvisible(cells, opened, record.line, report);
      const count = cells.length;
      let extra: Row['extra'] = NO_EXTRA;
      for (let i = width; i < count; i++) {
        const value = restoreNeutralised(cells[i]!.trim());
        if (value === '') continue;
        if (extra === NO_EXTRA) extra = [];
        extra.push({ header: `colonne ${i + 1}`, value });
      }
      // The record's cells are ours (parse.ts hands over a fresh array): trimmed in place (and
      // rid of the apostrophes a CSV export added before formulas), cut or padded to the
      // header's width.
      const values = cells;
      for (let i = 0; i < width && i < count; i++)
        values[i] = restoreNeutralised(values[i]!.trim());
      if (count > width) values.length = width;
      if (count < width) {
        while (values.length < width) values.push('');
        report.add(
          warning(
            { file: opened.name, line: record.line },
            'missing-fields',
            onLine(record.line, missingCells(count, width, opened.headers[count]!)),
          ),
        );
      } else if (extra.length > 0) {
        const names = extra.map((x) => x.header).join(', ');
        report.add(
          warning(
            { file: opened.name, line: record.line },
            'extra-fields',
            onLine(record.line, extraCells(count, width, names, opened.delimiter)),
          ),
        );
      }
      if (record.malformedQuote !== undefined) {
        const column =
          opened.headers[record.malformedQuote] ?? `colonne ${record.malformedQuote + 1}`;
        report.add(
          warning(
            { file: opened.name, line: record.line, column },
            'malformed-quote',
            inCell(record.line, column, MALFORMED_QUOTE),
          ),
        );
      }
      if (onRow({ line: record.line, values, extra })) fileReport.imported++;
    },
  };
  if (opened.records) {
    // The handler changes the cells it is given: a copy, so that the table stays as read.
    for (const r of opened.records) {
      if (!isBlank(r.cells)) handlers.onRecord({ line: r.line, cells: r.cells.slice() });
    }
  } else parseCsv(opened.text, opened.delimiter, handlers);
  if (fileReport.rows === 0) {
    report.add(warning(place, 'no-rows', noDataRow(opened.name)));
  }
}

/** A row whose cells are the header's (folded): the header of a second export pasted below. */
function repeatsHeader(cells: readonly string[], headerKeys: readonly string[]): boolean {
  if (cells.length < headerKeys.length) return false;
  let named = 0;
  for (let i = 0; i < cells.length; i++) {
    const expected = i < headerKeys.length ? headerKeys[i]! : '';
    // Most rows differ from the header in their first cell, by more letters and digits than
    // the header's cell has: told without folding the cell (a string built letter by letter
    // when it has an accent).
    if (hasMoreLettersThan(cells[i]!, expected)) return false;
    const key = fold(cells[i]!);
    if (i >= headerKeys.length) {
      if (key !== '') return false;
    } else if (key !== expected) {
      // An empty header cell is shown as "colonne N": an empty cell repeats it.
      if (key !== '' || !/^colonne \d+$/.test(expected)) return false;
    } else if (key !== '') named++;
  }
  return named > 0;
}

/**
 * Whether `cell` has more ASCII letters and digits than the folded `key` has characters
 * other than spaces: each of them stays one character of the cell's fold (domain/text.ts
 * `fold`), so the fold cannot be `key`, nor empty.
 */
function hasMoreLettersThan(cell: string, key: string): boolean {
  let room = key.length;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) room--;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (--room < 0) return true;
    }
  }
  return false;
}

/**
 * Removes the invisible and control characters of a row's cells (text.ts withoutInvisible),
 * in place, with a warning for each cell: NUL bytes (a damaged file) or others.
 */
function removeInvisible(cells: string[], opened: OpenedFile, line: number, report: Report): void {
  for (let i = 0; i < cells.length; i++) {
    const cleaned = withoutInvisible(cells[i]!);
    if (!cleaned.removed) continue;
    cells[i] = cleaned.text;
    const column = opened.headers[i] ?? `colonne ${i + 1}`;
    report.add(
      cleaned.nul
        ? warning(
            { file: opened.name, line, column },
            'nul-bytes',
            inCell(line, column, nulBytes(cleaned.text)),
          )
        : warning(
            { file: opened.name, line, column },
            'invisible-characters',
            inCell(line, column, invisibleCharacters(cleaned.text)),
          ),
    );
  }
}
