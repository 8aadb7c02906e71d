// One input file: bytes → text → delimiter → header → role, then its rows one by one.
import type { ReferenceIndex } from '../domain/reference.ts';
import {
  IGNORED_COLUMN,
  type ColumnMapping,
  type FileReport,
  type FileRole,
  type InputFile,
} from '../domain/types.ts';
import { classify, type Classification } from './classify.ts';
import { displayHeaders, type ColumnMatch } from './columns.ts';
import { decode } from './decode.ts';
import { detectDelimiter } from './delimiter.ts';
import { parseCsv, previewRecords } from './parse.ts';
import { error, info, quoted, warning, type Report } from './report.ts';

/** Records looked at to find the header (title rows above it are skipped). */
const HEADER_SEARCH = 20;

export interface OpenedFile {
  name: string;
  role: FileRole;
  report: FileReport;
  text: string;
  delimiter: string;
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
  file: InputFile,
  index: ReferenceIndex,
  report: Report,
): { file: OpenedFile | null; report: FileReport } {
  const fileReport = emptyFileReport(file.name);
  const place = { file: file.name };
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
  let text = decoded.text; // newlines already LF: decode's `lineFeeds`
  const sep = sepLine(text);
  let delimiter: string;
  if (sep) {
    text = sep.rest;
    delimiter = sep.delimiter;
  } else {
    delimiter = detectDelimiter(text);
  }
  fileReport.delimiter = delimiter;

  const manual = manualColumns(file);
  const role = file.role ?? manual.role;
  const preview = previewRecords(text, delimiter, HEADER_SEARCH);
  let chosen: { line: number; headers: string[]; result: Classification } | null = null;
  for (const record of preview) {
    const headers = displayHeaders(trimTrailingEmpty(record.cells));
    const result = classify(headers, index, role, manual.columns);
    chosen ??= { line: record.line, headers, result };
    if (result.ok) {
      chosen = { line: record.line, headers, result };
      break;
    }
  }
  if (!chosen) {
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
  fileReport.headerLine = chosen.line;
  if (!result.ok) {
    fileReport.columns = chosen.headers.map((header) => ({ header, field: null }));
    // What the app's mapping dialog shows for a file it must map by hand.
    const headerLine = chosen.line;
    fileReport.headers = chosen.headers;
    fileReport.sample = preview
      .filter((r) => r.line > headerLine)
      .slice(0, 5)
      .map((r) => r.cells);
    fileReport.rows = countRows(text, delimiter, chosen.line);
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
  if (chosen.line > 1) {
    report.add(
      info(
        place,
        'rows-before-header',
        `L’en-tête est à la ligne ${chosen.line} : les lignes 1 à ${chosen.line - 1} (titre, notes) n’ont pas été lues comme des données.`,
        `The header is on line ${chosen.line}: lines 1 to ${chosen.line - 1} (title, notes) were not read as data.`,
      ),
    );
  }
  reportManualColumns(result.match, place, report);
  for (const m of result.match.mappings) {
    if (m.field !== null) continue;
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

/** Non-blank records after the header (for the report of a file that cannot be imported). */
function countRows(text: string, delimiter: string, headerLine: number): number {
  let rows = 0;
  parseCsv(text, delimiter, {
    onRecord: (r) => {
      if (r.line > headerLine) rows++;
    },
    onQuoteError: (e) => {
      if (e.line > headerLine) rows++;
    },
  });
  return rows;
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
  parseCsv(opened.text, opened.delimiter, {
    onQuoteError: (e) => {
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
    onRecord: (record) => {
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
  });
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
