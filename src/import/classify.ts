// Actors file or links file? A file with a source and a target column holds links; else one
// with a name column holds actors; else it cannot be imported. `InputFile.role` forces it.
import type { ReferenceIndex, ColumnMapping, FileRole, Localized } from '../domain';
import { matchColumns, type ColumnMatch } from './columns.ts';
import { noEndpointColumns, noNameColumn } from './messages/file.ts';
import { quotedList } from './report.ts';

export type Classification =
  | { ok: true; role: FileRole; match: ColumnMatch }
  | { ok: false; code: string; message: Localized };

function has(match: ColumnMatch, field: string): boolean {
  return match.mappings.some((m) => m.field === field);
}

/** `manual`: the columns mapped by hand (InputFile.columns), applied over the guess. */
export function classify(
  headers: readonly string[],
  index: ReferenceIndex,
  forced?: FileRole,
  manual: readonly ColumnMapping[] = [],
): Classification {
  const links = matchColumns(headers, 'links', index, manual);
  const isLinks = has(links, 'source') && has(links, 'target');
  if (forced !== 'actors' && isLinks) return { ok: true, role: 'links', match: links };
  const actors = matchColumns(headers, 'actors', index, manual);
  if (forced !== 'links' && has(actors, 'name')) return { ok: true, role: 'actors', match: actors };
  const found = quotedList(headers);
  if (forced === 'links') {
    return {
      ok: false,
      code: 'no-endpoint-columns',
      message: noEndpointColumns(found),
    };
  }
  return {
    ok: false,
    code: 'no-name-column',
    message: noNameColumn(found),
  };
}
