// The links of two versions compared. A link is one partnership *in one scheme*: the
// unordered pair of its actors plus a scheme (or none), so that "the CCAS and the CMP now
// also work together in the CLSM" is a link gained, even though the pair already had a CLS
// link. Rows or merged links of a version that fall on the same pair and scheme are one
// link: their natures united, the strongest strength kept (as the graph merges them).
import type { Link } from '../domain';

export interface LinkEnds {
  /** The link's ends, as ids of the version it is listed from (see VersionDiff). */
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  /** The scheme the link exists in, or null for a link the inventory gives no scheme. */
  scheme: string | null;
}

export interface LinkEntry extends LinkEnds {
  /** Natures (convention, cofinancement…), as the inventory writes them. */
  types: string[];
  strength: number | null;
}

export interface LinkChange extends LinkEnds {
  before: { types: string[]; strength: number | null };
  after: { types: string[]; strength: number | null };
}

export interface LinksDiff {
  added: LinkEntry[];
  removed: LinkEntry[];
  changed: LinkChange[];
}

/** How the ends of a version are told in the space both versions share. */
export interface LinkSide {
  links: readonly Link[];
  /** The version's actor id → a key shared by both versions for the same actor. */
  common: (id: string) => string;
  name: (id: string) => string;
}

interface Unit {
  key: string;
  pair: string;
  entry: LinkEntry;
}

/** The key of an unordered pair of common keys. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\0${b}` : `${b}\0${a}`;
}

/** One unit per pair and scheme, in order of first appearance. */
function units(side: LinkSide): Map<string, Unit> {
  const found = new Map<string, Unit>();
  for (const link of side.links) {
    if (link.source === link.target) continue;
    const pair = pairKey(side.common(link.source), side.common(link.target));
    const schemes = link.schemes.length > 0 ? [...new Set(link.schemes)] : [null];
    for (const scheme of schemes) {
      const key = `${pair}\0${scheme ?? ''}`;
      const unit = found.get(key);
      if (unit === undefined) {
        found.set(key, {
          key,
          pair,
          entry: {
            source: link.source,
            sourceName: side.name(link.source),
            target: link.target,
            targetName: side.name(link.target),
            scheme,
            types: [...new Set(link.types)],
            strength: link.strength ?? null,
          },
        });
        continue;
      }
      for (const type of link.types)
        if (!unit.entry.types.includes(type)) unit.entry.types.push(type);
      if (link.strength !== undefined) {
        unit.entry.strength = Math.max(unit.entry.strength ?? link.strength, link.strength);
      }
    }
  }
  return found;
}

const sameTypes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t) => b.includes(t));

export function diffLinks(
  before: LinkSide,
  after: LinkSide,
): LinksDiff & { pairs: { before: Set<string>; after: Set<string> } } {
  const old = units(before);
  const now = units(after);
  const added: LinkEntry[] = [];
  const changed: LinkChange[] = [];
  for (const [key, unit] of now) {
    const was = old.get(key);
    if (was === undefined) added.push(unit.entry);
    else if (
      !sameTypes(was.entry.types, unit.entry.types) ||
      was.entry.strength !== unit.entry.strength
    ) {
      const { types, strength, ...ends } = unit.entry;
      changed.push({
        ...ends,
        before: { types: was.entry.types, strength: was.entry.strength },
        after: { types, strength },
      });
    }
  }
  const removed = [...old.values()].filter((u) => !now.has(u.key)).map((u) => u.entry);
  const pairs = (all: Map<string, Unit>) => new Set([...all.values()].map((u) => u.pair));
  return { added, removed, changed, pairs: { before: pairs(old), after: pairs(now) } };
}
