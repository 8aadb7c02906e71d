// The coverage of the bodies compared: in each body of each scheme, the sectors and actor
// types that are newly represented, and those no member represents any more ("the CLS COPIL
// gained housing, lost the residents").
import { own, labelOf, type Localized, type ReferenceData } from '../domain';
import type { Coverage } from './coverage.ts';

export interface PresenceChange {
  /** Sector or actor-type id. */
  id: string;
  name: Localized;
  /** The members that bring it (added: after version) or brought it (removed: before). */
  actors: { id: string; name: string }[];
}

export interface BodyCoverageDiff {
  scheme: string;
  /** A body id, or WHOLE_SCHEME for every member of the scheme. */
  body: string;
  sectors: { added: PresenceChange[]; removed: PresenceChange[] };
  types: { added: PresenceChange[]; removed: PresenceChange[] };
}

type Present = Record<string, string[]>;

function present(record: Present | undefined): [string, string[]][] {
  return record === undefined ? [] : Object.entries(record).filter(([, ids]) => ids.length > 0);
}

/** Keys of `a` with members, absent (or memberless) in `b`. */
function gained(
  a: Present | undefined,
  b: Present | undefined,
  name: (id: string) => Localized,
  actorName: (id: string) => string,
): PresenceChange[] {
  const there = new Set(present(b).map(([k]) => k));
  return present(a)
    .filter(([k]) => !there.has(k))
    .map(([id, members]) => ({
      id,
      name: name(id),
      actors: members.map((m) => ({ id: m, name: actorName(m) })),
    }));
}

/** Schemes then bodies, after's order first, then those only the before version has. */
function bodiesOf(before: Coverage, after: Coverage): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const coverage of [after, before]) {
    for (const [scheme, bodies] of Object.entries(coverage)) {
      for (const body of Object.keys(bodies)) {
        const key = `${scheme}\0${body}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([scheme, body]);
      }
    }
  }
  return out;
}

export function diffCoverage(
  before: Coverage,
  after: Coverage,
  ref: ReferenceData,
  names: { before: (id: string) => string; after: (id: string) => string },
): BodyCoverageDiff[] {
  const both = (entries: ReferenceData['sectors'] | ReferenceData['actorTypes']) => {
    return (id: string): Localized => ({
      fr: labelOf(entries, id, 'fr'),
      en: labelOf(entries, id, 'en'),
    });
  };
  const sector = both(ref.sectors);
  const type = both(ref.actorTypes);
  const out: BodyCoverageDiff[] = [];
  for (const [scheme, body] of bodiesOf(before, after)) {
    const old = own(own(before, scheme) ?? {}, body);
    const now = own(own(after, scheme) ?? {}, body);
    const diff: BodyCoverageDiff = {
      scheme,
      body,
      sectors: {
        added: gained(now?.sectors, old?.sectors, sector, names.after),
        removed: gained(old?.sectors, now?.sectors, sector, names.before),
      },
      types: {
        added: gained(now?.types, old?.types, type, names.after),
        removed: gained(old?.types, now?.types, type, names.before),
      },
    };
    const count =
      diff.sectors.added.length +
      diff.sectors.removed.length +
      diff.types.added.length +
      diff.types.removed.length;
    if (count > 0) out.push(diff);
  }
  return out;
}
