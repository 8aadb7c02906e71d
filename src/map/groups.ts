// Which group each actor falls in when the map is laid out grouped by a column: its scheme
// combination, territory, type, community or the value of a free column (the same
// categories the colours use, so a grouping and a colouring by one column agree: the small
// communities together, a free column's most frequent values and its "others").
import type { MaillageGraph } from '../model';
import { columnCategories, columnKey } from './columns.ts';
import { COMMUNITY_COLOURS, schemeCombination } from './palette.ts';
import type { Encodings, LayoutBy, MapMetrics } from './types.ts';

/** The groups of the actors `ids`: a group index per actor (in the order of `ids`) and the
 * key of each group ('' for "not given"), biggest group first, ties by key. */
export interface Grouping {
  by: Exclude<LayoutBy, 'force'>;
  keys: string[];
  groups: Int32Array;
}

/** The grouping the encodings ask for, or null for the force layout. */
export function groupingOf(
  graph: MaillageGraph,
  ids: readonly string[],
  encodings: Encodings,
  metrics: MapMetrics | null,
): Grouping | null {
  const by = encodings.layoutBy ?? 'force';
  if (by === 'force' || (by === 'column' && !encodings.layoutColumn)) return null;
  const column = by === 'column' ? columnCategories(graph, encodings.layoutColumn ?? '') : null;
  const keyOf = (id: string): string => {
    const actor = graph.getNodeAttributes(id);
    switch (by) {
      case 'type':
        return actor.type;
      case 'scheme':
        return schemeCombination(actor);
      case 'territory':
        return actor.territory?.trim() ?? '';
      case 'community': {
        // The small communities (isolated actors are one each) share one group, as they
        // share one colour.
        const community = metrics?.nodes[id]?.community ?? -1;
        if (community < 0) return '';
        return community < COMMUNITY_COLOURS ? String(community) : 'other';
      }
      case 'column':
        return column ? columnKey(actor, column) : '';
    }
  };
  const actorKeys = ids.map(keyOf);
  const counts = new Map<string, number>();
  for (const key of actorKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const keys = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
  );
  const index = new Map(keys.map((key, g) => [key, g]));
  return { by, keys, groups: Int32Array.from(actorKeys, (key) => index.get(key) ?? 0) };
}
