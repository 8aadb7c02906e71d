// Writing CSV for a spreadsheet in French locale: `;` separators, CRLF line ends, UTF-8 with
// a BOM (so Excel does not read it as Windows-1252), and formulas neutralised. Used by every
// CSV the app writes (import report, actors, links).

/** OWASP CSV-injection guard: a cell starting with = + - @ tab or CR gets a leading '. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One cell, neutralised, quoted when it holds a separator, a quote or a line break. */
export function csvCell(cell: string): string {
  const safe = neutralise(cell);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows → the text of a CSV file: BOM, `;`, CRLF, a final line end. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
