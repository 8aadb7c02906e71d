// How many actors each filter choice of the side panel holds: by scheme (NO_SCHEME for
// those in none), by actor type and by sector. One pass over the actors, without a Set of
// keys per actor (those were about 22 MB at 50,000 actors).
import type { Actor } from '../domain';
import { NO_SCHEME } from '../map';
import type { MaillageGraph } from '../model';

export interface ActorCounts {
  /** Scheme id (or NO_SCHEME) → actors in it, in order of appearance. */
  schemes: Map<string, number>;
  /** Actor-type id → actors of that type. */
  types: Map<string, number>;
  /** Sector id → actors with that sector (an actor naming a sector twice counts once). */
  sectors: Map<string, number>;
}

export function actorCounts(graph: MaillageGraph): ActorCounts {
  const counts: ActorCounts = { schemes: new Map(), types: new Map(), sectors: new Map() };
  graph.forEachNode((_, actor) => countActor(counts, actor));
  return counts;
}

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function countActor(counts: ActorCounts, actor: Actor): void {
  // Object.keys, not for…in: for…in over the schemes' records took twice as long at
  // 50,000 actors.
  const schemes = Object.keys(actor.schemes);
  for (const scheme of schemes) add(counts.schemes, scheme);
  if (schemes.length === 0) add(counts.schemes, NO_SCHEME);
  add(counts.types, actor.type);
  const { sectors } = actor;
  for (let i = 0; i < sectors.length; i++) {
    const sector = sectors[i] as string;
    if (sectors.indexOf(sector) === i) add(counts.sectors, sector);
  }
}
