// The import report: issues with a French and an English message, and its CSV export.
import { csvText, type ImportIssue, type Localized, type Severity } from '../domain';

/** Where an issue points: a file, optionally a spreadsheet row and a column header. */
export interface IssuePlace {
  file: string;
  line?: number;
  column?: string;
}

/** What an issue says: French then English, or both at once (the message modules). */
export type Said = [fr: string, en: string] | [message: Localized];

export function issue(
  place: IssuePlace,
  severity: Severity,
  code: string,
  ...said: Said
): ImportIssue {
  const message = said.length === 1 ? said[0] : { fr: said[0], en: said[1] };
  const out: ImportIssue = { file: place.file, severity, code, message };
  if (place.line !== undefined) out.line = place.line;
  if (place.column !== undefined) out.column = place.column;
  return out;
}

export const error = (place: IssuePlace, code: string, ...said: Said): ImportIssue =>
  issue(place, 'error', code, ...said);
export const warning = (place: IssuePlace, code: string, ...said: Said): ImportIssue =>
  issue(place, 'warning', code, ...said);
export const info = (place: IssuePlace, code: string, ...said: Said): ImportIssue =>
  issue(place, 'info', code, ...said);

/** « value » in French, "value" in English: how messages quote what the file holds. */
export function quoted(value: string): Localized {
  const short = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return { fr: `« ${short} »`, en: `"${short}"` };
}

/** A list of values quoted for messages, at most `max` of them then "…". */
export function quotedList(values: readonly string[], max = 12): Localized {
  const shown = values.slice(0, max);
  const more = values.length > max ? ', …' : '';
  return {
    fr: shown.map((v) => quoted(v).fr).join(', ') + more,
    en: shown.map((v) => quoted(v).en).join(', ') + more,
  };
}

/** Collects issues and tells which rows of which file got an error. */
export class Report {
  readonly issues: ImportIssue[] = [];

  add(item: ImportIssue): void {
    this.issues.push(item);
  }

  /** Rows (by line) of `file` that carry at least one error. */
  errorLines(file: string): Set<number> {
    const lines = new Set<number>();
    for (const i of this.issues) {
      if (i.file === file && i.severity === 'error' && i.line !== undefined) lines.add(i.line);
    }
    return lines;
  }
}

const SEVERITY_FR: Record<Severity, string> = {
  error: 'erreur',
  warning: 'avertissement',
  info: 'information',
};

/**
 * The report as a CSV file a French spreadsheet opens directly: UTF-8 with a BOM, `;`
 * separators, CRLF line ends, columns fichier;ligne;colonne;gravité;message;message_en.
 */
export function reportToCsv(issues: readonly ImportIssue[]): string {
  const rows = [['fichier', 'ligne', 'colonne', 'gravité', 'message', 'message_en']];
  for (const i of issues) {
    rows.push([
      i.file,
      i.line === undefined ? '' : String(i.line),
      i.column ?? '',
      SEVERITY_FR[i.severity],
      i.message.fr,
      i.message.en,
    ]);
  }
  return csvText(rows);
}
