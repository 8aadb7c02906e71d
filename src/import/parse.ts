// Text → records, one at a time (Papaparse `step`), with spreadsheet line numbers. A text
// Papaparse reads without an error (no quote, or only well-formed quoted cells: most files)
// is read here to the same records without Papaparse's per-record objects.
//
// Line numbers: the first record of the text is line 1 (the header, normally), and every
// record counts as one line, blank ones included, as a spreadsheet shows them. A quoted
// cell holding newlines is still one record, so one line: we count records, not text lines.
// Blank records (nothing but separators and spaces) are skipped but still counted.
import Papa from 'papaparse';

export interface CsvRecord {
  /** Spreadsheet row: 1 + index of the record in the text, blank records counted. */
  line: number;
  /** A fresh array for each record: the handler may keep or change it. */
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

/** Delimiters Papaparse refuses (it reads ',' instead). */
const PAPA_BAD_DELIMITERS = ['\r', '\n', '"', '\ufeff'];

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
    if (delimiter.length === 1 && !PAPA_BAD_DELIMITERS.includes(delimiter)) {
      // What Papaparse reads without an error, read here without its per-record objects.
      // Papaparse drops a leading BOM first.
      const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
      const plain = body.indexOf('"') === -1;
      if (plain || wellQuoted(body, delimiter)) {
        const read = plain ? readPlain : readQuoted;
        read(body, delimiter, (cells) => {
          const line = ++recordIndex;
          if (isBlank(cells)) return true;
          return handlers.onRecord({ line, cells }) !== false;
        });
        break;
      }
    }
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

const QUOTE = 34;

/**
 * Papaparse's "fast mode", for a text without any quote: each line split on the delimiter.
 * `onRecord` gets every record, blank ones included, and returns false to stop.
 */
function readPlain(body: string, delimiter: string, onRecord: (cells: string[]) => boolean): void {
  for (let start = 0; body !== '' && start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const cells = body.slice(start, end).split(delimiter);
    start = end + 1;
    if (!onRecord(cells)) return;
  }
}

/**
 * Whether Papaparse reads `body` without an error: every quote that opens a cell (at the
 * start of a line or right after a delimiter) is closed, doubled quotes inside, right before
 * a delimiter, a newline or the end of the text. Other quotes are text of unquoted cells.
 */
function wellQuoted(body: string, delimiter: string): boolean {
  let at = body.indexOf('"');
  while (at !== -1) {
    const before = at === 0 ? '\n' : body[at - 1];
    if (before !== delimiter && before !== '\n') {
      at = body.indexOf('"', at + 1);
      continue;
    }
    let close = body.indexOf('"', at + 1);
    while (close !== -1 && body.charCodeAt(close + 1) === QUOTE)
      close = body.indexOf('"', close + 2);
    if (close === -1) return false;
    const after = close + 1;
    if (after < body.length && body[after] !== delimiter && body[after] !== '\n') return false;
    at = body.indexOf('"', after);
  }
  return true;
}

/**
 * Papaparse's reading of a text that `wellQuoted` accepts: a quoted cell is what lies between
 * its quotes, doubled quotes made single, newlines included (the record then spans several
 * lines of the text); an unquoted cell runs to the next delimiter or newline.
 * `onRecord` gets every record, blank ones included, and returns false to stop.
 */
function readQuoted(body: string, delimiter: string, onRecord: (cells: string[]) => boolean): void {
  const length = body.length;
  if (length === 0) return;
  let at = 0;
  let nextDelimiter = body.indexOf(delimiter);
  let nextNewline = body.indexOf('\n');
  for (;;) {
    const cells: string[] = [];
    let last = false;
    for (;;) {
      if (body.charCodeAt(at) === QUOTE) {
        let close = body.indexOf('"', at + 1);
        let doubled = false;
        while (body.charCodeAt(close + 1) === QUOTE) {
          doubled = true;
          close = body.indexOf('"', close + 2);
        }
        const cell = body.slice(at + 1, close);
        cells.push(doubled ? cell.replace(/""/g, '"') : cell);
        at = close + 2;
        if (close + 1 >= length) {
          last = true;
          break;
        }
        if (body[close + 1] === delimiter) continue;
        break; // a newline
      }
      if (nextDelimiter !== -1 && nextDelimiter < at) nextDelimiter = body.indexOf(delimiter, at);
      if (nextNewline !== -1 && nextNewline < at) nextNewline = body.indexOf('\n', at);
      if (nextDelimiter !== -1 && (nextDelimiter < nextNewline || nextNewline === -1)) {
        cells.push(body.slice(at, nextDelimiter));
        at = nextDelimiter + 1;
        continue;
      }
      if (nextNewline !== -1) {
        cells.push(body.slice(at, nextNewline));
        at = nextNewline + 1;
        break;
      }
      cells.push(body.slice(at));
      last = true;
      break;
    }
    if (!onRecord(cells) || last) return;
  }
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
