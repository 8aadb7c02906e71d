// Columns mapped by hand: whether a mapping can be applied (and as which kind of file), and
// the mappings the workspace keeps so that a file with the same headers gets them again.
import { fold, IGNORED_COLUMN, type ColumnMapping, type FileRole, type Localized } from '../domain';
import { LINKS_NEED_BOTH_ENDS, NAME_COLUMN_NEEDED, sameFieldColumns } from './messages.ts';

/** A mapping the user applied, kept with the workspace, found again by its headers. */
export interface SavedMapping {
  /** headerSignature(headers) of the file it was made for. */
  signature: string;
  /** The kind of file the mapping makes of it. */
  role: FileRole;
  columns: ColumnMapping[];
}

/** The separator of the signature's headers (a control character no header holds). */
const SEPARATOR = '\u001f';

/**
 * The key a file's header row is known by: every header folded (case, accents, punctuation,
 * spaces), in order. "Intitulé ; Commune" and "INTITULE;commune" have the same signature.
 */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(fold).join(SEPARATOR);
}

/** The saved mapping for a file with these headers, if any. */
export function findSavedMapping(
  saved: readonly SavedMapping[],
  headers: readonly string[],
): SavedMapping | undefined {
  const signature = headerSignature(headers);
  return saved.find((m) => m.signature === signature);
}

/** The saved list with `mapping` in it, in place of an older one for the same headers. */
export function rememberMapping(
  saved: readonly SavedMapping[],
  mapping: SavedMapping,
): SavedMapping[] {
  return [...saved.filter((m) => m.signature !== mapping.signature), mapping];
}

export type MappingCheck = { ok: true; role: FileRole } | { ok: false; message: Localized };

/** Fields a file may hold in one column only. */
const SINGLE = new Set([
  'name',
  'id',
  'type',
  'source',
  'target',
  'strength',
  'territory',
  'person',
  'finess',
  'siret',
  'rpps',
]);

/**
 * Whether a mapping can be applied: a links file needs a source and a target column, an
 * actors file a name column; a field that holds one value per row cannot take two columns.
 */
export function checkMapping(columns: readonly ColumnMapping[]): MappingCheck {
  const count = new Map<string, string[]>();
  for (const c of columns) {
    if (c.field === null || c.field === IGNORED_COLUMN) continue;
    count.set(c.field, [...(count.get(c.field) ?? []), c.header]);
  }
  for (const [field, headers] of count) {
    if (SINGLE.has(field) && headers.length > 1) {
      return { ok: false, message: sameFieldColumns(headers) };
    }
  }
  const has = (field: string) => count.has(field);
  if (has('source') || has('target')) {
    if (has('source') && has('target')) return { ok: true, role: 'links' };
    return { ok: false, message: LINKS_NEED_BOTH_ENDS };
  }
  if (has('name')) return { ok: true, role: 'actors' };
  return { ok: false, message: NAME_COLUMN_NEEDED };
}
