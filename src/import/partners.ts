// A partners column of an actors file ("Partenaires", "Travaille avec", "Partners"): each
// name of the cell becomes a link from the row's actor, resolved exactly like a links file's
// endpoint (links.ts Endpoints), once every actor file is read and merged (a partner may be
// a later row or another file). One-sheet inventories hold their links this way.
import type { Link } from '../domain';
import type { FileActors } from './actors.ts';
import { cleanName } from './actors.ts';
import { splitList, STRONG_SEPARATORS } from './cells.ts';
import { reportUnresolved, type Endpoints, type Resolution } from './endpoints.ts';
import { linksFromPartners } from './messages/file.ts';
import { inCell, namesItself } from './messages/rows.ts';
import { info, warning, type Report } from './report.ts';

/** "Mission locale (cofinancement, orientation)" → the name and the natures in the bracket. */
const NATURE_BRACKET = /^(.*?)\s*\(([^()]+)\)$/;

interface Partner {
  id: string;
  types: string[];
}

/**
 * The partners a cell names: the whole cell first (a name may hold "/" or ","), else each
 * value of the list; a value is a name, else a name followed by natures in brackets.
 * Unresolved values come back with their resolution, for the report.
 */
export function partnersOfCell(
  cell: string,
  endpoints: Endpoints,
): { partners: Partner[]; unresolved: { value: string; r: Resolution }[] } {
  const partners: Partner[] = [];
  const unresolved: { value: string; r: Resolution }[] = [];
  const text = cleanName(cell);
  if (one(text, endpoints, partners)) return { partners, unresolved };
  // "A / B, C": the pieces between , ; | and newlines first (a name may hold "/" or "+"),
  // then a piece that names no one, split on every separator.
  const pieces = splitList(cell, STRONG_SEPARATORS);
  for (const piece of pieces.length > 1 ? pieces : [text]) {
    if (one(piece, endpoints, partners)) continue;
    for (const value of splitList(piece)) {
      if (!one(value, endpoints, partners)) {
        unresolved.push({ value, r: resolution(value, endpoints) });
      }
    }
  }
  return { partners, unresolved };
}

/** Adds the partner `value` names (a name, else a name and natures in brackets); false if none. */
function one(value: string, endpoints: Endpoints, into: Partner[]): boolean {
  const r = endpoints.resolve(value);
  if (r && 'id' in r) {
    into.push({ id: r.id, types: [] });
    return true;
  }
  const m = NATURE_BRACKET.exec(value);
  const named = m ? endpoints.resolve(cleanName(m[1]!)) : null;
  if (m && named && 'id' in named) {
    into.push({ id: named.id, types: splitList(m[2]!) });
    return true;
  }
  return false;
}

/** Why a value names no one actor: the name without its brackets when that is ambiguous. */
function resolution(value: string, endpoints: Endpoints): Resolution {
  const m = NATURE_BRACKET.exec(value);
  const named = m ? endpoints.resolve(cleanName(m[1]!)) : null;
  return named ?? endpoints.resolve(value);
}

/**
 * The links of the partners cells of every actor file. `final` gives the actor a row became
 * after merging. Names that resolve to no actor or to several are errors on their row and
 * column (the row itself stays imported); a row naming itself is a warning.
 */
export function readPartners(
  files: readonly FileActors[],
  final: (read: FileActors['actors'][number]) => { id: string; name: string },
  endpoints: Endpoints,
  report: Report,
): Link[] {
  const links: Link[] = [];
  for (const file of files) {
    if (file.partners.length === 0) continue;
    let made = 0;
    for (const { actor, line, column, cell } of file.partners) {
      const self = final(actor);
      const place = { file: file.file, line, column };
      const { partners, unresolved } = partnersOfCell(cell, endpoints);
      for (const { value, r } of unresolved) {
        reportUnresolved(report, endpoints, place, value, r, 'partner');
      }
      const seen = new Set<string>();
      for (const p of partners) {
        if (p.id === self.id) {
          report.add(warning(place, 'self-partner', inCell(line, column, namesItself(self.name))));
          continue;
        }
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        links.push({
          source: self.id,
          target: p.id,
          types: p.types,
          schemes: [],
          directed: false,
          attributes: {},
          files: [file.file],
          sources: [{ file: file.file, line }],
        });
        made++;
      }
    }
    const column = file.partners[0]!.column;
    report.add(
      info({ file: file.file, column }, 'links-from-partners', linksFromPartners(made, column)),
    );
  }
  return links;
}
