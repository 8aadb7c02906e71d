// The sources of an import: what `expandInputs` makes of the files given. A CSV file is one
// source, read from its bytes; a workbook gives one source per sheet, a Kumu JSON export or a
// GEXF/GraphML graph one source for its actors and one for its links. Those sources carry their
// cells already split (`records`), and the one path of file.ts reads them like a CSV file's
// records: header search, classification, rows, reports.
import type { ImportIssue, InputFile, Localized } from '../domain';

/** One row of a table: its spreadsheet line and its cells as the spreadsheet shows them. */
export interface TableRecord {
  line: number;
  cells: string[];
}

export interface Source extends InputFile {
  /** The cells, already split (a sheet, a JSON or XML export); else `bytes` are decoded. */
  records?: TableRecord[];
  /** For a sheet of a workbook. */
  workbook?: string;
  sheet?: string;
  /** Messages to report when the source is opened (hidden sheet, export recognised…). */
  notes?: ImportIssue[];
  /** The file could not be read at all: this error is reported, nothing is imported. */
  failure?: { code: string; message: Localized };
  /** The headers were written by the import (FINESS, Kumu…): no "column not recognised". */
  ownHeaders?: boolean;
}

/** Separator between a workbook's name and its sheet's name: `classeur.xlsx › Feuille`. */
export const SHEET_SEPARATOR = ' \u203a ';

export function sheetSourceName(workbook: string, sheet: string): string {
  return `${workbook}${SHEET_SEPARATOR}${sheet}`;
}

/** A source whose file could not be read: the error names the file. */
export function failedSource(file: InputFile, code: string, message: Localized): Source {
  return { name: file.name, bytes: new Uint8Array(0), failure: { code, message } };
}
