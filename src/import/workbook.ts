// Workbooks (.xlsx, .xls, .ods) → one source per sheet, read with SheetJS (@e965/xlsx), which
// is loaded only when a workbook arrives: a CSV import never downloads it. Each cell is taken
// as the spreadsheet shows it: text as typed ("01053" keeps its zero), numbers with their
// format (no 0.30000000000000004), dates as dd/mm/yyyy.
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { InputFile } from '../domain';
import { hiddenSheet, workbookProtected, workbookUnreadable } from './messages/sources.ts';
import { info } from './report.ts';
import { failedSource, sheetSourceName, type Source, type TableRecord } from './source.ts';

type SheetJs = typeof import('@e965/xlsx');

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** A workbook by its name, or by its first bytes (a zip or an OLE container: an .xlsx saved
 * as .csv is still read). */
export function isWorkbook(file: InputFile): boolean {
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(file.name)) return true;
  return startsWith(file.bytes, ZIP) || startsWith(file.bytes, OLE);
}

/** A zip ends with its central directory's end record (PK 05 06) in its last 64 KiB: a cut
 * or damaged zip lacks it, and is refused before SheetJS (which can loop on such bytes). */
function zipIsWhole(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    ) {
      return true;
    }
  }
  return false;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A number cell formatted as a date, as dd/mm/yyyy (with the time when it has one). */
function dateText(xlsx: SheetJs, value: number): string {
  const d = xlsx.SSF.parse_date_code(value);
  const day = `${two(d.d)}/${two(d.m)}/${d.y}`;
  return d.H || d.M ? `${day} ${two(d.H)}:${two(d.M)}` : day;
}

/** Without float noise: 0.1 + 0.2 shows as 0.3, as the spreadsheet shows it. */
function plainNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** The text of a cell as the spreadsheet shows it. */
export function cellText(xlsx: SheetJs, cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return cell?.w ?? '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'n': {
      const value = cell.v as number;
      if (cell.z !== undefined && xlsx.SSF.is_date(cell.z)) return dateText(xlsx, value);
      // The formatted text keeps leading zeros ("00000") and percentages; a General number
      // is written without noise.
      if (cell.w !== undefined && cell.z !== undefined && cell.z !== 'General') return cell.w;
      return plainNumber(value);
    }
    case 'd': {
      const d = cell.v as Date;
      return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    }
    case 'b':
      return cell.v ? 'oui' : 'non';
    default:
      return cell.w ?? String(cell.v);
  }
}

/** The rows of a sheet: spreadsheet line numbers, cells as shown, blank rows left out. */
export function sheetRecords(xlsx: SheetJs, sheet: WorkSheet): TableRecord[] {
  const ref = sheet['!ref'];
  if (!ref) return [];
  const range = xlsx.utils.decode_range(ref);
  const dense = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'];
  const records: TableRecord[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row = dense?.[r];
    if (dense && !row) continue;
    const cells: string[] = [];
    // Columns before the range's first one are empty: the cells keep their column.
    for (let c = 0; c <= range.e.c; c++) {
      const cell = dense ? row![c] : (sheet[xlsx.utils.encode_cell({ r, c })] as CellObject);
      cells.push(c < range.s.c ? '' : cellText(xlsx, cell));
    }
    if (cells.some((c) => c.trim() !== '')) records.push({ line: r + 1, cells });
  }
  return records;
}

function unreadable(file: InputFile, e: unknown): Source {
  const detail = e instanceof Error ? e.message : String(e);
  if (/password/i.test(detail)) {
    return failedSource(file, 'workbook-protected', workbookProtected(file.name));
  }
  return failedSource(file, 'workbook-unreadable', workbookUnreadable(file.name, detail));
}

/** The sources of a workbook: one per sheet, in the workbook's order. */
export async function readWorkbook(file: InputFile): Promise<Source[]> {
  let xlsx: SheetJs;
  let book: WorkBook;
  try {
    if (startsWith(file.bytes, ZIP) && !zipIsWhole(file.bytes)) {
      throw new Error('incomplete zip archive');
    }
    xlsx = await import('@e965/xlsx');
    book = xlsx.read(file.bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellHTML: false,
      cellStyles: false,
    });
  } catch (e) {
    return [unreadable(file, e)];
  }
  if (book.SheetNames.length === 0) return [unreadable(file, new Error('no sheet'))];
  return book.SheetNames.map((sheetName, i): Source => {
    const name = sheetSourceName(file.name, sheetName);
    const records = sheetRecords(xlsx, book.Sheets[sheetName]!);
    const notes = [];
    const hidden = book.Workbook?.Sheets?.[i]?.Hidden ?? 0;
    if (hidden !== 0) {
      notes.push(info({ file: name }, 'hidden-sheet', hiddenSheet(sheetName)));
    }
    const sheetColumns = file.sheets?.find((s) => s.sheet === name);
    const role = sheetColumns?.role ?? file.role;
    return {
      name,
      bytes: new Uint8Array(0),
      records,
      workbook: file.name,
      sheet: sheetName,
      notes,
      ...(role ? { role } : {}),
      ...(sheetColumns ? { columns: sheetColumns.columns } : {}),
    };
  });
}
