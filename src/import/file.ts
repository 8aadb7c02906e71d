// One input file: bytes (or a sheet's cells) → text → delimiter → header → role. Its rows are
// read by rows.ts.
import {
  restoreNeutralised,
  type ReferenceIndex,
  IGNORED_COLUMN,
  type ColumnMapping,
  type FileReport,
  type FileRole,
  type InputFile,
  type Localized,
} from '../domain';
import { classify, type Classification } from './classify.ts';
import { displayHeaders, type ColumnMatch } from './columns.ts';
import { decode } from './decode.ts';
import { detectDelimiter } from './delimiter.ts';
import { finessTable, isFinessExtract } from './finess.ts';
import { isBlank, parseCsv, previewRecords, type CsvRecord } from './parse.ts';
import * as say from './messages/file.ts';
import { error, info, warning, type Report } from './report.ts';
import type { Source, TableRecord } from './source.ts';
import { toolOfHeaders } from './tools.ts';

/** Records looked at to find the header (title rows above it are skipped). */
const HEADER_SEARCH = 15;
/** Data rows kept in the report of a file that could not be classified (mapping dialog). */
const SAMPLE_ROWS = 5;

export interface OpenedFile {
  name: string;
  role: FileRole;
  report: FileReport;
  text: string;
  delimiter: string;
  /** The rows already split (a workbook's sheet, an export, a FINESS extract): read instead
   * of `text`. */
  records?: TableRecord[];
  /** Spreadsheet line of the header. */
  headerLine: number;
  /** Headers as shown (empty → "colonne N", repeats numbered). */
  headers: string[];
  mappings: ColumnMapping[];
}

export function emptyFileReport(name: string): FileReport {
  return {
    name,
    role: null,
    encoding: null,
    delimiter: null,
    rows: 0,
    imported: 0,
    columns: [],
  };
}

/** Excel's "sep=;" first line names the delimiter; Excel hides it, so do we. */
function sepLine(text: string): { delimiter: string; rest: string } | null {
  const m = /^sep=(.)\n/i.exec(text.slice(0, 7));
  return m ? { delimiter: m[1]!, rest: text.slice(m[0].length) } : null;
}

/**
 * The columns mapped by hand for one source of `file`: for a sheet of a workbook
 * (`classeur.xlsx › Feuille`), the `sheets` entry of that name, else the file's `columns`.
 * A workbook's sheets are opened one by one by the workbook reader, which passes the sheet's
 * source name here.
 */
export function manualColumns(
  file: InputFile,
  source: string = file.name,
): { columns: ColumnMapping[]; role?: FileRole } {
  const sheet = file.sheets?.find((s) => s.sheet === source);
  if (sheet) return sheet.role ? { columns: sheet.columns, role: sheet.role } : sheet;
  return { columns: file.columns ?? [] };
}

/**
 * Opens a file: decodes it, finds its delimiter, its header and its role. On a fatal problem
 * the file's report says what it could, an error naming the file is added, and null returned.
 */
export function openFile(
  file: Source,
  index: ReferenceIndex,
  report: Report,
): { file: OpenedFile | null; report: FileReport; empty?: boolean } {
  const fileReport = emptyFileReport(file.name);
  if (file.workbook !== undefined) fileReport.workbook = file.workbook;
  if (file.sheet !== undefined) fileReport.sheet = file.sheet;
  const place = { file: file.name };
  if (file.failure) {
    report.add(error(place, file.failure.code, file.failure.message.fr, file.failure.message.en));
    return { file: null, report: fileReport };
  }
  for (const note of file.notes ?? []) report.add(note);
  let text = '';
  let delimiter = '';
  let records = file.records;
  let ownHeaders = file.ownHeaders === true;
  if (!records) {
    const decoded = decode(file.bytes, true, file.encoding);
    if (!decoded.ok) {
      report.add(error(place, decoded.code, say.fileRefused(file.name, decoded.message)));
      return { file: null, report: fileReport };
    }
    fileReport.encoding = decoded.encoding;
    text = decoded.text; // newlines already LF: decode's `lineFeeds`
    let sep: ReturnType<typeof sepLine> = null;
    if (isFinessExtract(text)) {
      const finess = finessTable(text, file.name);
      for (const note of finess.notes) report.add(note);
      records = finess.records;
      ownHeaders = true;
      text = '';
      fileReport.delimiter = ';';
    } else {
      sep = sepLine(text);
      if (sep) {
        text = sep.rest;
        delimiter = sep.delimiter;
      } else {
        delimiter = detectDelimiter(text);
      }
      fileReport.delimiter = delimiter;
    }
    // Lines of the decoded text are records of the file, less the hidden "sep=" line.
    for (const note of decoded.notes ?? []) {
      const line = note.line === undefined ? undefined : note.line - (sep ? 1 : 0);
      const message =
        line === note.line ? note.message : shiftLine(note.message, note.line!, line!);
      report.add({
        file: file.name,
        ...(line === undefined ? {} : { line }),
        severity: note.severity,
        code: note.code,
        message,
      });
    }
  }

  const manual = manualColumns(file);
  const role = file.role ?? manual.role;
  const preview = records
    ? records.filter((r) => !isBlank(r.cells)).slice(0, HEADER_SEARCH)
    : previewRecords(text, delimiter, HEADER_SEARCH);
  let chosen: { line: number; headers: string[]; result: Classification } | null = null;
  for (const record of preview) {
    const headers = displayHeaders(trimTrailingEmpty(record.cells).map(restoreNeutralised));
    const result = classify(headers, index, role, manual.columns);
    chosen ??= { line: record.line, headers, result };
    if (result.ok) {
      chosen = { line: record.line, headers, result };
      break;
    }
  }
  if (!chosen) {
    if (file.sheet !== undefined) {
      report.add(info(place, 'empty-sheet', say.emptySheet(file.sheet)));
      return { file: null, report: fileReport, empty: true };
    }
    report.add(error(place, 'empty-file', say.emptyFile(file.name)));
    return { file: null, report: fileReport };
  }
  const { result } = chosen;
  // Tables made from JSON or XML have their header on line 0: no spreadsheet row to name.
  if (chosen.line > 0) fileReport.headerLine = chosen.line;
  if (!result.ok) {
    fileReport.columns = chosen.headers.map((header) => ({ header, field: null }));
    // What the app's mapping dialog shows for a file it must map by hand: the headers as the
    // mapping names them, and the first data rows.
    fileReport.headers = chosen.headers;
    const counted = countRows(text, delimiter, chosen.line, records);
    fileReport.rows = counted.rows;
    fileReport.sample = counted.sample;
    report.add(
      error(place, result.code, say.fileRefused(file.name, result.message, say.NO_ROW_IMPORTED)),
    );
    return { file: null, report: fileReport };
  }
  fileReport.role = result.role;
  fileReport.columns = result.match.mappings;
  const tool = ownHeaders ? null : toolOfHeaders(chosen.headers);
  if (tool) {
    report.add(info(place, 'tool-export', say.toolExport(tool)));
  }
  if (chosen.line > 1) {
    report.add(info(place, 'rows-before-header', say.rowsBeforeHeader(chosen.line)));
  }
  reportManualColumns(result.match, place, report);
  for (const m of result.match.mappings) {
    if (m.field !== null || ownHeaders) continue;
    const repeat = result.match.repeated.find((r) => r.header === m.header);
    // A column made a free attribute by hand, or mapped to a field it cannot have (reported above).
    if (m.manual && !repeat) continue;
    const column = { ...place, column: m.header };
    report.add(
      repeat
        ? info(column, 'repeated-column', say.repeatedColumn(m.header, repeat.first))
        : info(column, 'unknown-column', say.unknownColumn(m.header)),
    );
  }
  return {
    file: {
      name: file.name,
      role: result.role,
      report: fileReport,
      text,
      delimiter,
      headerLine: chosen.line,
      headers: chosen.headers,
      mappings: result.match.mappings,
      ...(records ? { records } : {}),
    },
    report: fileReport,
  };
}

/** What the report says of the columns mapped by hand that were set aside or did not fit. */
function reportManualColumns(match: ColumnMatch, place: { file: string }, report: Report): void {
  for (const m of match.mappings) {
    if (!m.manual || m.field !== IGNORED_COLUMN) continue;
    report.add(info({ ...place, column: m.header }, 'ignored-column', say.ignoredColumn(m.header)));
  }
  for (const { header, field } of match.misfits) {
    report.add(
      warning({ ...place, column: header }, 'unusable-mapping', say.unusableMapping(header, field)),
    );
  }
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 1 && cells[end - 1]!.trim() === '') end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

/** Non-blank records after the header, and the first few (for the report of a file that
 * cannot be imported). */
function countRows(
  text: string,
  delimiter: string,
  headerLine: number,
  records: readonly TableRecord[] | undefined,
): { rows: number; sample: string[][] } {
  let rows = 0;
  const sample: string[][] = [];
  const onRecord = (r: CsvRecord | TableRecord) => {
    if (r.line <= headerLine || isBlank(r.cells)) return;
    rows++;
    if (sample.length < SAMPLE_ROWS) sample.push(trimTrailingEmpty(r.cells).map((c) => c.trim()));
  };
  if (records) records.forEach(onRecord);
  else {
    parseCsv(text, delimiter, {
      onRecord,
      onQuoteError: (e) => {
        if (e.line > headerLine) rows++;
      },
    });
  }
  return { rows, sample };
}

/** A message's "Ligne N" / "Line N" renumbered (the file's `sep=` line is not a record). */
function shiftLine(message: Localized, from: number, to: number): Localized {
  return {
    fr: message.fr.replace(`Ligne ${from} `, `Ligne ${to} `),
    en: message.en.replace(`Line ${from}:`, `Line ${to}:`),
  };
}
