// Writing CSV for a spreadsheet in French locale: `;` separators, CRLF line ends, UTF-8 with
// a BOM (so Excel does not read it as Windows-1252), and formulas neutralised. The one CSV
// writer of the app and the CLI (import report, actors, links); the import undoes the
// neutralisation with `restoreNeutralised`.

/** What starts a formula in a spreadsheet (OWASP CSV injection), full-width forms included. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);
/** Where a spreadsheet may cut a cell, whatever separator it is set to split on. */
const CUT = new Set([';', ',', '\t', '|', '\r', '\n']);
/** What a spreadsheet skips before deciding whether a field is a formula. */
const SKIPPED = new Set([' ', '"']);

/**
 * The places where a spreadsheet could start a field in `cell`: its start and the point after
 * each separator (past spaces and quotes). `visit` gets the index of each such place.
 */
function fieldStarts(cell: string, visit: (index: number) => void): void {
  let open = true;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (open && !SKIPPED.has(c)) {
      visit(i);
      open = false;
    }
    if (CUT.has(c)) open = true;
  }
}

/** Whether `cell` from `index` is a run of apostrophes (maybe none) then a formula start. */
function formulaAt(cell: string, index: number): boolean {
  let i = index;
  while (cell[i] === "'") i++;
  return i < cell.length && FORMULA_START.has(cell[i]!);
}

/**
 * CSV-injection guard: an apostrophe before every formula start at a place a field could
 * begin (the cell's start, or after a `;` `,` tab `|` or line break), so that however a
 * spreadsheet splits the file no field is a live formula. Numbers ("-3", "+33 1 23…") are
 * neutralised too: a reader cannot tell "-3" from "-3+cmd|…" without evaluating it.
 * Apostrophes already there are kept (one more is added), so the import undoes it exactly.
 */
export function neutralise(cell: string): string {
  let out = '';
  let from = 0;
  fieldStarts(cell, (i) => {
    if (!formulaAt(cell, i)) return;
    out += cell.slice(from, i) + "'";
    from = i;
  });
  return from === 0 && out === '' ? cell : out + cell.slice(from);
}

/** The inverse of `neutralise`, for the import: one apostrophe less wherever it added one (an
 * apostrophe followed by a formula start, at a place a field could begin). Any other
 * apostrophe is the cell's own ("l'Escale", "'Tis"). */
export function restoreNeutralised(cell: string): string {
  if (!cell.includes("'")) return cell;
  let out = '';
  let from = 0;
  fieldStarts(cell, (i) => {
    if (cell[i] !== "'" || !formulaAt(cell, i)) return;
    out += cell.slice(from, i);
    from = i + 1;
  });
  return from === 0 ? cell : out + cell.slice(from);
}

/** One cell, neutralised, quoted when it holds a separator, a quote or a line break. */
export function csvCell(cell: string): string {
  const safe = neutralise(cell);
  return /[;,\t|"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows → the text of a CSV file: BOM, `;`, CRLF, a final line end. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
