// Text → records, one at a time (Papaparse `step`), with spreadsheet line numbers.
//
// Line numbers: the first record of the text is line 1 (the header, normally), and every
// record counts as one line, blank ones included, as a spreadsheet shows them. A quoted
// cell holding newlines is still one record, so one line: we count records, not text lines.
// Blank records (nothing but separators and spaces) are skipped but still counted.
import Papa from 'papaparse';

export interface CsvRecord {
  /** Spreadsheet row: 1 + index of the record in the text, blank records counted. */
  line: number;
  cells: string[];
  /** Index of a cell whose quotes are malformed (`"a"b`): kept as read, worth a warning. */
  malformedQuote?: number;
}

/** A quote that opens a cell and is never closed before the end of the line. */
export interface QuoteError {
  line: number;
  /** Index of the cell where the quote opened. */
  cell: number;
  /** Cells read before that cell on the same record. */
  cells: string[];
}

export interface ParseHandlers {
  /** Called for every non-blank record; return false to stop reading. */
  onRecord(record: CsvRecord): boolean | void;
  /**
   * Called for a record whose quote never closes (or closes only lines later, after a
   * malformed quote): the record is dropped and reading starts again on the next line, so
   * one stray quote does not swallow the rest of the file.
   */
  onQuoteError(error: QuoteError): void;
}

/** CRLF and lone CR become LF: Papaparse guesses one line ending per file and a mixed file
 * would keep `\r` in cells or merge lines. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Reads `text` (newlines already normalised to LF) record by record. Only one record's
 * cells are alive at a time, so a 50 MB file costs its text plus what the caller keeps.
 * Returns the number of lines read (blank ones included).
 */
export function parseCsv(text: string, delimiter: string, handlers: ParseHandlers): number {
  let offset = 0;
  let recordIndex = 0;
  let stopped = false;
  for (;;) {
    let restartAt = -1;
    let previousCursor = 0;
    const input = offset === 0 ? text : text.slice(offset);
    Papa.parse<string[]>(input, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      skipEmptyLines: false,
      step: (result, parser) => {
        const cells = result.data;
        const line = ++recordIndex;
        let quoteError: Papa.ParseError | undefined;
        let malformed = false;
        for (const e of result.errors) {
          if (e.code === 'MissingQuotes') quoteError = e;
          else if (e.code === 'InvalidQuotes') {
            // A malformed quote that made a cell run over a newline swallowed other lines.
            if (cells.some((c) => c.includes('\n'))) quoteError ??= e;
            else malformed = true;
          }
        }
        const recordStart = previousCursor;
        previousCursor = result.meta.cursor;
        if (quoteError) {
          const open = (quoteError.index ?? recordStart + 1) - 1;
          let lineEnd = input.indexOf('\n', open);
          if (lineEnd === -1) lineEnd = input.length;
          if (lineEnd + 1 < input.length) restartAt = lineEnd + 1;
          parser.abort();
          const lineText = input.slice(recordStart, lineEnd);
          if (input.slice(open + 1, lineEnd).includes('"')) {
            // The quote does close on its line, just not right before a separator ("A" bis):
            // the line is read again without quoting rules, as a malformed cell.
            const loose = looseCells(lineText, delimiter);
            if (isBlank(loose)) return;
            const cell = Math.max(
              0,
              lineText.slice(0, open - recordStart).split(delimiter).length - 1,
            );
            if (handlers.onRecord({ line, cells: loose, malformedQuote: cell }) === false) {
              stopped = true;
              restartAt = -1;
            }
            return;
          }
          const cell = Math.max(
            0,
            lineText.slice(0, open - recordStart).split(delimiter).length - 1,
          );
          handlers.onQuoteError({ line, cell, cells: cells.slice(0, cell) });
          return;
        }
        if (cells.length === 0 || isBlank(cells)) return;
        const record: CsvRecord = { line, cells };
        if (malformed)
          record.malformedQuote = Math.max(
            0,
            cells.findIndex((c) => c.includes('"')),
          );
        if (handlers.onRecord(record) === false) {
          stopped = true;
          parser.abort();
        }
      },
    });
    if (stopped || restartAt < 0) break;
    offset += restartAt;
  }
  return recordIndex;
}

/** A line split on the delimiter with quotes taken loosely: `"A" bis` → `A bis`. */
function looseCells(line: string, delimiter: string): string[] {
  return line
    .split(delimiter)
    .map((c) =>
      c.replace(
        /^(\s*)"((?:[^"]|"")*)"/,
        (_, space: string, inner: string) => space + inner.replace(/""/g, '"'),
      ),
    );
}

/** The first `max` non-blank records (to find the header), quote errors ignored. */
export function previewRecords(text: string, delimiter: string, max: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  parseCsv(text, delimiter, {
    onRecord: (r) => {
      records.push(r);
      return records.length < max;
    },
    onQuoteError: () => {},
  });
  return records;
}
