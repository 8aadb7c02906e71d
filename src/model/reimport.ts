// Reading the files of an import again with what the user chose in its report: columns
// mapped by hand (InputFile.columns, or InputFile.sheets for a sheet of a workbook) and
// another encoding (InputFile.encoding). The files are found back from their reports: a
// report names its file, or for a workbook sheet, the workbook and the sheet.
import {
  indexReference,
  type ColumnMapping,
  type FileReport,
  type FileRole,
  type InputFile,
  type ReferenceData,
} from '../domain';
import { matchColumns } from '../import';
import { findSavedMapping, type SavedMapping } from './column-mapping.ts';

/** The headers of a file report: its header row when the import kept it, else its columns. */
export function reportHeaders(file: FileReport): string[] {
  return file.headers?.length ? file.headers : file.columns.map((c) => c.header);
}

/**
 * The field of each header the mapping dialog starts from: the mapping the import used, or
 * for a file it could not read, its guess of an actors file (the names are what it lacks).
 */
export function startingFields(report: FileReport, ref: ReferenceData): (string | null)[] {
  const headers = reportHeaders(report);
  const columns =
    report.role === null
      ? matchColumns(headers, 'actors', indexReference(ref)).mappings
      : report.columns;
  return headers.map((h) => columns.find((c) => c.header === h)?.field ?? null);
}

/** The input file a report comes from (the workbook, for a sheet). */
export function inputOf(files: readonly InputFile[], report: FileReport): InputFile | undefined {
  const name = report.workbook ?? report.name;
  return files.find((f) => f.name === name);
}

/** The columns the user mapped for the report's file or sheet, if any. */
export function columnsOf(
  files: readonly InputFile[],
  report: FileReport,
): ColumnMapping[] | undefined {
  const input = inputOf(files, report);
  if (!input) return undefined;
  if (report.workbook) return input.sheets?.find((s) => s.sheet === report.name)?.columns;
  return input.columns;
}

/** A workspace file (Maillage's JSON) is opened, never mapped or decoded again. */
function isWorkspaceJson(file: InputFile): boolean {
  return /\.json$/i.test(file.name);
}

/** The report's file can be mapped by hand: the app has its bytes and its header row. */
export function canMapColumns(files: readonly InputFile[], report: FileReport): boolean {
  const input = inputOf(files, report);
  return input !== undefined && !isWorkspaceJson(input) && reportHeaders(report).length > 0;
}

/** The report's file is a text file the app has the bytes of (a workbook has no encoding). */
export function canChooseEncoding(files: readonly InputFile[], report: FileReport): boolean {
  const input = inputOf(files, report);
  return (
    input !== undefined && !isWorkspaceJson(input) && !report.workbook && report.encoding !== null
  );
}

function replaceInput(
  files: readonly InputFile[],
  report: FileReport,
  change: (f: InputFile) => InputFile,
): InputFile[] {
  const target = inputOf(files, report);
  return files.map((f) => (f === target ? change(f) : f));
}

/** The files with the report's file (or sheet) read with these columns, as this kind. */
export function withColumns(
  files: readonly InputFile[],
  report: FileReport,
  columns: ColumnMapping[],
  role: FileRole,
): InputFile[] {
  return replaceInput(files, report, (f) => {
    if (!report.workbook) return { ...f, columns, role };
    const others = (f.sheets ?? []).filter((s) => s.sheet !== report.name);
    return { ...f, sheets: [...others, { sheet: report.name, columns, role }] };
  });
}

/** The files with the report's file (or sheet) back to the import's own guess. */
export function withoutColumns(files: readonly InputFile[], report: FileReport): InputFile[] {
  return replaceInput(files, report, (f) => {
    if (report.workbook) {
      const sheets = (f.sheets ?? []).filter((s) => s.sheet !== report.name);
      const rest = { ...f };
      delete rest.sheets;
      return sheets.length ? { ...rest, sheets } : rest;
    }
    const rest = { ...f };
    delete rest.columns;
    delete rest.role;
    return rest;
  });
}

/** The files with the report's file read again in this encoding. */
export function withEncoding(
  files: readonly InputFile[],
  report: FileReport,
  encoding: NonNullable<InputFile['encoding']>,
): InputFile[] {
  return replaceInput(files, report, (f) => ({ ...f, encoding }));
}

/**
 * The files of an import that a saved mapping fits (same headers) and that were not mapped
 * yet nor set aside by the user (`declined`, by report name).
 */
export function savedMappingsFor(
  files: readonly InputFile[],
  reports: readonly FileReport[],
  saved: readonly SavedMapping[],
  declined: ReadonlySet<string>,
): { report: FileReport; mapping: SavedMapping }[] {
  if (saved.length === 0) return [];
  return reports.flatMap((report) => {
    if (declined.has(report.name) || !canMapColumns(files, report)) return [];
    if (columnsOf(files, report)) return [];
    const mapping = findSavedMapping(saved, reportHeaders(report));
    return mapping ? [{ report, mapping }] : [];
  });
}

/**
 * The first file the import could not read for want of a name column (it has a header row),
 * not mapped yet nor set aside: the app offers to map its columns.
 */
export function firstUnmapped(
  files: readonly InputFile[],
  reports: readonly FileReport[],
  declined: ReadonlySet<string>,
): FileReport | undefined {
  return reports.find(
    (r) =>
      r.role === null &&
      (r.headers?.length ?? 0) > 0 &&
      !declined.has(r.name) &&
      canMapColumns(files, r) &&
      !columnsOf(files, r),
  );
}

/** Copies of the files: the worker takes the bytes it is sent; the app keeps its own. */
export function copyFiles(files: readonly InputFile[]): InputFile[] {
  return files.map((f) => ({ ...f, bytes: f.bytes.slice() }));
}
