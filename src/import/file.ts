// One input file: bytes → text → delimiter → header → role, then its rows one by one.
import { restoreNeutralised } from '../domain/csv.ts';
import type { ReferenceIndex } from '../domain/reference.ts';
import { fold, hasInvisible, withoutInvisible } from '../domain/text.ts';
import {
  IGNORED_COLUMN,
  type ColumnMapping,
  type FileReport,
  type FileRole,
  type InputFile,
  type Localized,
} from '../domain/types.ts';
import { classify, type Classification } from './classify.ts';
import { displayHeaders, type ColumnMatch } from './columns.ts';
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
          `Ligne ${e.line}, colonne ${quoted(column).fr} : un guillemet (") ouvre la cellule mais ne se referme pas avant la fin de la ligne. La ligne n’a pas été importée ; la lecture reprend à la ligne suivante. Supprimez ce guillemet ou fermez-le.`,
          `Line ${e.line}, column ${quoted(column).en}: a quote (") opens the cell but is not closed before the end of the line. The row was not imported; reading went on with the next line. Remove the quote or close it.`,
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
            `Ligne ${record.line} : la ligne répète l’en-tête (deux exports collés l’un après l’autre ?) ; elle n’est pas lue comme un acteur, les lignes qui la suivent le sont.`,
            `Line ${record.line}: the row repeats the header (two exports pasted one after the other?); it is not read as an actor, the rows after it are.`,
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
        `${opened.name} : l’en-tête a été lu mais aucune ligne de données ne le suit ; rien n’a été importé de ce fichier.`,
        `${opened.name}: the header was read but no data row follows it; nothing was imported from this file.`,
      ),
    );
  }
}

/** A row whose cells are the header's (folded): the header of a second export pasted below. */
function repeatsHeader(cells: readonly string[], headerKeys: readonly string[]): boolean {
  if (cells.length < headerKeys.length) return false;
  let named = 0;
  for (let i = 0; i < cells.length; i++) {
    const key = fold(cells[i]!);
    if (i >= headerKeys.length) {
      if (key !== '') return false;
    } else if (key !== headerKeys[i]) {
      // An empty header cell is shown as "colonne N": an empty cell repeats it.
      if (key !== '' || !/^colonne \d+$/.test(headerKeys[i]!)) return false;
    } else if (key !== '') named++;
  }
  return named > 0;
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
    const c = quoted(column);
    const value = quoted(cleaned.text);
    report.add(
      cleaned.nul
        ? warning(
            { file: opened.name, line, column },
            'nul-bytes',
            `Ligne ${line}, colonne ${c.fr} : la cellule contenait des octets nuls (fichier endommagé ou mal exporté) ; ils ont été retirés, la valeur lue est ${value.fr}. Vérifiez-la.`,
            `Line ${line}, column ${c.en}: the cell held NUL bytes (a damaged or badly exported file); they were removed, the value read is ${value.en}. Check it.`,
          )
        : warning(
            { file: opened.name, line, column },
            'invisible-characters',
            `Ligne ${line}, colonne ${c.fr} : caractères invisibles (espace sans largeur, marque de direction, caractère de contrôle) retirés ; la valeur lue est ${value.fr}.`,
            `Line ${line}, column ${c.en}: invisible characters (zero-width space, direction mark, control character) removed; the value read is ${value.en}.`,
          ),
    );
  }
}

/** A message's "Ligne N" / "Line N" renumbered (the file's `sep=` line is not a record). */
function shiftLine(message: Localized, from: number, to: number): Localized {
  return {
    fr: message.fr.replace(`Ligne ${from} `, `Ligne ${to} `),
    en: message.en.replace(`Line ${from}:`, `Line ${to}:`),
  };
}
