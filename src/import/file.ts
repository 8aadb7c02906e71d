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
import { error, info, quoted, warning, type Report } from './report.ts';
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
      report.add(
        error(
          place,
          decoded.code,
          `${file.name} : ${decoded.message.fr}`,
          `${file.name}: ${decoded.message.en}`,
        ),
      );
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
      report.add(
        info(
          place,
          'empty-sheet',
          `La feuille « ${file.sheet} » est vide : rien à importer.`,
          `Sheet "${file.sheet}" is empty: nothing to import.`,
        ),
      );
      return { file: null, report: fileReport, empty: true };
    }
    report.add(
      error(
        place,
        'empty-file',
        `${file.name} : le fichier ne contient aucune ligne lisible.`,
        `${file.name}: the file holds no readable line.`,
      ),
    );
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
      error(
        place,
        result.code,
        `${file.name} : ${result.message.fr} Aucune ligne de ce fichier n’a été importée.`,
        `${file.name}: ${result.message.en} No row of this file was imported.`,
      ),
    );
    return { file: null, report: fileReport };
  }
  fileReport.role = result.role;
  fileReport.columns = result.match.mappings;
  const tool = ownHeaders ? null : toolOfHeaders(chosen.headers);
  if (tool) {
    report.add(
      info(
        place,
        'tool-export',
        `Fichier reconnu comme un export ${tool} : ses colonnes sont lues comme celles d’un inventaire.`,
        `File recognised as a ${tool} export: its columns are read like those of an inventory.`,
      ),
    );
  }
  if (chosen.line > 1) {
    report.add(
      info(
        place,
        'rows-before-header',
        `L’en-tête est à la ligne ${chosen.line} : ${chosen.line === 2 ? 'la ligne 1 (titre, notes) n’a pas été lue comme des données' : `les lignes 1 ${chosen.line === 3 ? 'et' : 'à'} ${chosen.line - 1} (titre, notes) n’ont pas été lues comme des données`}.`,
        `The header is on line ${chosen.line}: ${chosen.line === 2 ? 'line 1 (title, notes) was' : `lines 1 ${chosen.line === 3 ? 'and' : 'to'} ${chosen.line - 1} (title, notes) were`} not read as data.`,
      ),
    );
  }
  reportManualColumns(result.match, place, report);
  for (const m of result.match.mappings) {
    if (m.field !== null || ownHeaders) continue;
    const repeat = result.match.repeated.find((r) => r.header === m.header);
    // A column made a free attribute by hand, or mapped to a field it cannot have (reported above).
    if (m.manual && !repeat) continue;
    const h = quoted(m.header);
    if (repeat) {
      const first = quoted(repeat.first);
      report.add(
        info(
          { ...place, column: m.header },
          'repeated-column',
          `La colonne ${h.fr} a le même sens que la colonne ${first.fr}, lue en premier : elle est gardée comme attribut libre.`,
          `Column ${h.en} means the same as column ${first.en}, which was read first: it is kept as a free attribute.`,
        ),
      );
    } else {
      report.add(
        info(
          { ...place, column: m.header },
          'unknown-column',
          `Colonne ${h.fr} non reconnue : gardée comme attribut libre (visible dans les détails, utilisable pour la couleur, la taille et les filtres de la carte). Si elle correspond à un champ connu, associez-la dans le rapport d’import (« Associer les colonnes ») ou, en ligne de commande, avec --column "${m.header}=champ".`,
          `Column ${h.en} not recognised: kept as a free attribute (shown in the details, usable for the map's colour, size and filters). If it holds a known field, map it in the import report ("Map the columns") or, on the command line, with --column "${m.header}=field".`,
        ),
      );
    }
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
    const h = quoted(m.header);
    report.add(
      info(
        { ...place, column: m.header },
        'ignored-column',
        `Colonne ${h.fr} mise de côté à la main (« Ignorer ») : elle n’est ni lue ni gardée.`,
        `Column ${h.en} set aside by hand ("Ignore"): it is neither read nor kept.`,
      ),
    );
  }
  for (const { header, field } of match.misfits) {
    const h = quoted(header);
    const f = quoted(field);
    report.add(
      warning(
        { ...place, column: header },
        'unusable-mapping',
        `Colonne ${h.fr} associée à la main au champ ${f.fr}, qui n’existe pas pour ce fichier : elle est gardée comme attribut libre. Choisissez un autre champ.`,
        `Column ${h.en} was mapped by hand to ${f.en}, which this file does not have: it is kept as a free attribute. Choose another field.`,
      ),
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
