// One input file: bytes → text → delimiter → header → role, then its rows one by one.
import type { ReferenceIndex } from '../domain/reference.ts';
import type { ColumnMapping, FileReport, FileRole } from '../domain/types.ts';
import { classify, type Classification } from './classify.ts';
import { displayHeaders } from './columns.ts';
import { decode } from './decode.ts';
import { detectDelimiter } from './delimiter.ts';
import { finessTable, isFinessExtract } from './finess.ts';
import { isBlank, parseCsv, previewRecords, type CsvRecord, type QuoteError } from './parse.ts';
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

/** A data row: its cells aligned on the headers ('' when missing). */
export interface Row {
  line: number;
  values: string[];
  /** Non-empty cells beyond the header's width, named "colonne N". */
  extra: { header: string; value: string }[];
}

/** The `extra` of the rows that have none (never written to). */
const NO_EXTRA: Row['extra'] = [];

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
    const decoded = decode(file.bytes, true);
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
    if (isFinessExtract(text)) {
      const finess = finessTable(text, file.name);
      for (const note of finess.notes) report.add(note);
      records = finess.records;
      ownHeaders = true;
      text = '';
      fileReport.delimiter = ';';
    } else {
      const sep = sepLine(text);
      if (sep) {
        text = sep.rest;
        delimiter = sep.delimiter;
      } else {
        delimiter = detectDelimiter(text);
      }
      fileReport.delimiter = delimiter;
    }
  }

  const preview = records
    ? records.filter((r) => !isBlank(r.cells)).slice(0, HEADER_SEARCH)
    : previewRecords(text, delimiter, HEADER_SEARCH);
  let chosen: { line: number; headers: string[]; result: Classification } | null = null;
  for (const record of preview) {
    const headers = displayHeaders(trimTrailingEmpty(record.cells));
    const result = classify(headers, index, file.role);
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
    } else {
      report.add(
        error(
          place,
          'empty-file',
          `${file.name} : le fichier ne contient aucune ligne lisible.`,
          `${file.name}: the file holds no readable line.`,
        ),
      );
    }
    return { file: null, report: fileReport };
  }
  // Tables made from JSON or XML have their header on line 0: no spreadsheet row to name.
  if (chosen.line > 0) fileReport.headerLine = chosen.line;
  if (!chosen.result.ok) {
    const { result } = chosen;
    const headerRecord = preview.find((r) => r.line === chosen.line)!;
    fileReport.headers = trimTrailingEmpty(headerRecord.cells).map((c) => c.trim());
    fileReport.columns = chosen.headers.map((header) => ({ header, field: null }));
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
  const { result } = chosen;
  fileReport.role = result.role;
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
  fileReport.columns = result.match.mappings;
  if (chosen.line > 1) {
    report.add(
      info(
        place,
        'rows-before-header',
        `L’en-tête est à la ligne ${chosen.line} : ${chosen.line === 2 ? 'la ligne 1 (titre, notes) n’a pas été lue comme des données' : `les lignes 1 à ${chosen.line - 1} (titre, notes) n’ont pas été lues comme des données`}.`,
        `The header is on line ${chosen.line}: ${chosen.line === 2 ? 'line 1 (title, notes) was' : `lines 1 to ${chosen.line - 1} (title, notes) were`} not read as data.`,
      ),
    );
  }
  for (const m of result.match.mappings) {
    if (m.field !== null || ownHeaders) continue;
    const repeat = result.match.repeated.find((r) => r.header === m.header);
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
          `Colonne ${h.fr} non reconnue : gardée comme attribut libre (visible dans les détails, utilisable pour la couleur). Si elle correspond à un champ connu, associez-la à la main.`,
          `Column ${h.en} not recognised: kept as a free attribute (shown in details, usable for colour). If it holds a known field, map it by hand.`,
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
      ...(records ? { records } : {}),
      headerLine: chosen.line,
      headers: chosen.headers,
      mappings: result.match.mappings,
    },
    report: fileReport,
  };
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

/**
 * Reads the data rows of an opened file. `onRow` returns true when the row was imported
 * (or merged); a row it refuses must have got an error in the report. Rows whose quotes
 * break are reported here. Fills the file report's `rows` and `imported`.
 */
export function readRows(opened: OpenedFile, report: Report, onRow: (row: Row) => boolean): void {
  const width = opened.headers.length;
  const fileReport = opened.report;
  const place = { file: opened.name };
  const handlers = {
    onQuoteError: (e: QuoteError) => {
      if (e.line <= opened.headerLine) return;
      fileReport.rows++;
      const column = opened.headers[e.cell] ?? `colonne ${e.cell + 1}`;
      report.add(
        error(
          { ...place, line: e.line, column },
          'unterminated-quote',
          `Ligne ${e.line}, colonne ${quoted(column).fr} : un guillemet (") ouvre la cellule mais ne se referme pas avant la fin de la ligne. La ligne n’a pas été importée ; la lecture reprend à la ligne suivante. Supprimez ce guillemet ou fermez-le.`,
          `Line ${e.line}, column ${quoted(column).en}: a quote (") opens the cell but is not closed before the end of the line. The row was not imported; reading went on with the next line. Remove the quote or close it.`,
        ),
      );
    },
    onRecord: (record: CsvRecord) => {
      if (record.line <= opened.headerLine) return;
      fileReport.rows++;
      const cells = record.cells;
      const count = cells.length;
      let extra: Row['extra'] = NO_EXTRA;
      for (let i = width; i < count; i++) {
        const value = cells[i]!.trim();
        if (value === '') continue;
        if (extra === NO_EXTRA) extra = [];
        extra.push({ header: `colonne ${i + 1}`, value });
      }
      // The record's cells are ours (parse.ts hands over a fresh array): trimmed in place and
      // cut or padded to the header's width.
      const values = cells;
      for (let i = 0; i < width && i < count; i++) values[i] = values[i]!.trim();
      if (count > width) values.length = width;
      if (count < width) {
        while (values.length < width) values.push('');
        report.add(
          warning(
            { file: opened.name, line: record.line },
            'missing-fields',
            `Ligne ${record.line} : ${count} cellule(s) au lieu des ${width} de l’en-tête ; les cellules manquantes (à partir de ${quoted(opened.headers[count]!).fr}) sont lues vides. Vérifiez qu’il ne manque pas un séparateur.`,
            `Line ${record.line}: ${count} cell(s) instead of the header's ${width}; the missing cells (from ${quoted(opened.headers[count]!).en} on) are read as empty. Check that no separator is missing.`,
          ),
        );
      } else if (extra.length > 0) {
        const names = extra.map((x) => x.header).join(', ');
        report.add(
          warning(
            { file: opened.name, line: record.line },
            'extra-fields',
            `Ligne ${record.line} : ${count} cellules pour ${width} colonnes dans l’en-tête ; les valeurs en trop sont gardées comme attributs (${names}). Vérifiez qu’une cellule contenant le séparateur « ${opened.delimiter} » est bien entre guillemets.`,
            `Line ${record.line}: ${count} cells for ${width} header columns; the extra values are kept as attributes (${names}). Check that a cell holding the separator "${opened.delimiter}" is quoted.`,
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
            `Ligne ${record.line}, colonne ${quoted(column).fr} : guillemets mal placés ; la cellule est lue telle quelle. Doublez les guillemets à l’intérieur d’une cellule ("").`,
            `Line ${record.line}, column ${quoted(column).en}: misplaced quotes; the cell is read as it is. Double the quotes inside a cell ("").`,
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
    report.add(
      warning(
        place,
        'no-rows',
        `${opened.name} : l’en-tête a été lu mais le fichier ne contient aucune ligne de données.`,
        `${opened.name}: the header was read but the file holds no data row.`,
      ),
    );
  }
}
