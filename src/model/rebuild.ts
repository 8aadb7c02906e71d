// A graph from actors and links that are already merged (one per pair of actors, with their
// `count`), as a workspace file or an anonymised export holds them. `buildGraph` does the
// work, so the checks and the edge keys are the same as for an import; it counts each link
// as one row, so the row counts are put back afterwards.
import type { Actor } from '../domain';
import {
  buildGraph,
  type GraphAttributes,
  type LinkAttributes,
  type MaillageGraph,
} from './graph.ts';

/** A merged link; `count` (rows merged into it) defaults to 1. */
export type MergedLink = Omit<LinkAttributes, 'count'> & { count?: number };

/** The key of an unordered pair of actors (a link counted once whichever way it goes). */
function unorderedKey(a: string, b: string): string {
  return a < b ? `${a}\0${b}` : `${b}\0${a}`;
}

export function rebuildGraph(
  actors: readonly Actor[],
  links: readonly MergedLink[],
  skipped?: GraphAttributes['skipped'],
): MaillageGraph {
  const graph = buildGraph(
    actors,
    links.map(({ count: _count, ...link }) => link),
  );
  const counts = new Map<string, number>();
  for (const link of links) {
    const key = unorderedKey(link.source, link.target);
    counts.set(key, (counts.get(key) ?? 0) + (link.count ?? 1));
  }
  graph.forEachEdge((edge, _attributes, source, target) => {
    graph.setEdgeAttribute(edge, 'count', counts.get(unorderedKey(source, target)) ?? 1);
  });
  if (skipped) graph.setAttribute('skipped', { ...skipped });
  return graph;
}

/** The graph's actors and merged links, in the graph's order (the inverse of rebuildGraph). */
export function graphContents(graph: MaillageGraph): { actors: Actor[]; links: LinkAttributes[] } {
  return {
    actors: graph.mapNodes((_id, actor) => actor),
    links: graph.mapEdges((_edge, link) => link),
  };
}
