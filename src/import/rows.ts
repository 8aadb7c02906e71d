// The data rows of an opened file, one by one: cells aligned on the header, a repeated
// header skipped, invisible characters and the export's formula guards removed, every
// misshapen row reported.
import {
  restoreNeutralised,
  fold,
  hasInvisible,
  withoutInvisible,
  pluralEn,
  pluralFr,
} from '../domain';
import type { OpenedFile } from './file.ts';
import { isBlank, parseCsv, type CsvRecord, type QuoteError } from './parse.ts';
import { error, info, quoted, warning, type Report } from './report.ts';

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
            `Ligne ${record.line} : ${count} ${pluralFr(count, 'cellule', 'cellules')} au lieu des ${width} de l’en-tête ; les cellules manquantes (à partir de ${quoted(opened.headers[count]!).fr}) sont lues vides. Vérifiez qu’il ne manque pas un séparateur.`,
            `Line ${record.line}: ${count} ${pluralEn(count, 'cell', 'cells')} instead of the header's ${width}; the missing cells (from ${quoted(opened.headers[count]!).en} on) are read as empty. Check that no separator is missing.`,
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
