// Which actor of one version is which actor of the other. Ids are slugs of names, so a
// renamed actor ("CCAS Rochebrune" → "Centre communal d’action sociale de Rochebrune") gets a
// new id: matching on ids alone would call it one actor gone and another come.
//
// How matching works, in rounds, each over the actors not matched yet:
//   1. the same SIRET, then the same FINESS, then the same RPPS (compared without spaces,
//      as the import does, identifierKey);
//   2. the same id;
//   3. the same name after folding (case, accents, spaces, punctuation: nameKey).
// In each round a key matches only when exactly one unmatched actor holds it on each side
// (two "Clinique Pasteur" in one version are homonyms: the name does not say which is which),
// and never two actors whose official identifiers differ (like the import's merge). The rounds
// depend only on the two sets, so matching is the same whichever version comes first.
import { nameKey, type Actor } from '../domain';
import { identifierKey, OFFICIAL_IDS, type OfficialId } from '../import';

/** What told that two actors are the same. */
export type MatchedBy = OfficialId | 'id' | 'name';

export interface ActorMatch {
  before: Actor;
  after: Actor;
  by: MatchedBy;
}

export interface Matching {
  /** Actors in both versions, in the after version's order. */
  kept: ActorMatch[];
  /** Actors only in the after version, in its order. */
  added: Actor[];
  /** Actors only in the before version, in its order. */
  removed: Actor[];
}

const ROUNDS: readonly { by: MatchedBy; key: (a: Actor) => string | undefined }[] = [
  ...OFFICIAL_IDS.map((kind) => ({
    by: kind,
    key: (a: Actor) => {
      const value = a[kind];
      return value === undefined || value.trim() === '' ? undefined : identifierKey(value);
    },
  })),
  { by: 'id', key: (a) => a.id },
  { by: 'name', key: (a) => nameKey(a.name) },
];

function officialConflict(a: Actor, b: Actor): boolean {
  return OFFICIAL_IDS.some((k) => {
    const x = a[k];
    const y = b[k];
    return x !== undefined && y !== undefined && identifierKey(x) !== identifierKey(y);
  });
}

/** Key → the unmatched actors holding it. */
function byKey(actors: readonly Actor[], key: (a: Actor) => string | undefined) {
  const found = new Map<string, Actor[]>();
  for (const actor of actors) {
    const k = key(actor);
    if (k === undefined) continue;
    const list = found.get(k);
    if (list) list.push(actor);
    else found.set(k, [actor]);
  }
  return found;
}

export function matchActors(before: readonly Actor[], after: readonly Actor[]): Matching {
  const pairOf = new Map<Actor, ActorMatch>();
  const matchedBefore = new Set<Actor>();
  for (const round of ROUNDS) {
    const left = byKey(
      before.filter((a) => !matchedBefore.has(a)),
      round.key,
    );
    const right = byKey(
      after.filter((a) => !pairOf.has(a)),
      round.key,
    );
    for (const [key, olds] of left) {
      const news = right.get(key);
      if (olds.length !== 1 || news?.length !== 1) continue;
      const [old, now] = [olds[0]!, news[0]!];
      if (officialConflict(old, now)) continue;
      pairOf.set(now, { before: old, after: now, by: round.by });
      matchedBefore.add(old);
    }
  }
  return {
    kept: after.flatMap((a) => pairOf.get(a) ?? []),
    added: after.filter((a) => !pairOf.has(a)),
    removed: before.filter((a) => !matchedBefore.has(a)),
  };
}
