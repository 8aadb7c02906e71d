// The one builder of compressed sparse rows (CSR) from a list of undirected edges, behind
// the compact graph of the centrality kernel (compact.ts), the edge adjacency of cut points
// and bridges (articulation.ts) and the blocks' kernel (blocks.ts). A counting sort: two
// passes over the edges, no list per node.
import type { AbstractGraph } from 'graphology-types';
import type { Actor, Link } from '../domain';
import type { EdgeAdjacency } from './biconnected.ts';

/** A graph's node keys (its node order) and its edges as pairs of node indices: edge e
 * (the graph's edge order) joins `ends[2e]` and `ends[2e + 1]`. Direction is ignored. */
export function graphEnds(graph: AbstractGraph): { ids: string[]; ends: Int32Array } {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const ends = new Int32Array(2 * graph.size);
  let k = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    ends[k++] = index.get(source) as number;
    ends[k++] = index.get(target) as number;
  });
  return { ids, ends };
}

/**
 * What `graphEnds` gives of the graph `buildGraph(actors, links)` (model/graph.ts) will be,
 * before it is built: its nodes (the actors, an id repeated kept once, where it first
 * came) and a pair for every link between two of them. The pairs are the links' rows, not
 * the merged edges (a pair may repeat, a self-loop stays): `simpleRows` makes the same rows
 * of both, so that the centrality kernel can start while the graph is being built.
 */
export function linkEnds(
  actors: readonly Pick<Actor, 'id'>[],
  links: readonly Pick<Link, 'source' | 'target'>[],
): { ids: string[]; ends: Int32Array } {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const { id } of actors) {
    if (index.has(id)) continue;
    index.set(id, ids.length);
    ids.push(id);
  }
  const ends = new Int32Array(2 * links.length);
  let k = 0;
  for (const { source, target } of links) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined) continue;
    ends[k++] = a;
    ends[k++] = b;
  }
  return { ids, ends: ends.subarray(0, k) };
}

/**
 * Every edge of `ends` (nodes 0..n−1) in the rows of both its ends, in edge order, with the
 * edge of each slot in `edgeOf`: parallel edges stay apart, a self-loop takes two slots of
 * its row.
 */
export function edgeRows(n: number, ends: Int32Array): EdgeAdjacency {
  const edgeCount = ends.length >> 1;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < 2 * edgeCount; k++) {
    const v = (ends[k] as number) + 1;
    offsets[v] = (offsets[v] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(2 * edgeCount);
  const edgeOf = new Int32Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = ends[2 * e] as number;
    const b = ends[2 * e + 1] as number;
    const slotA = fill[a] as number;
    neighbors[slotA] = b;
    edgeOf[slotA] = e;
    fill[a] = slotA + 1;
    const slotB = fill[b] as number;
    neighbors[slotB] = a;
    edgeOf[slotB] = e;
    fill[b] = slotB + 1;
  }
  return { n, offsets, neighbors, edgeOf, edgeCount };
}

/** The simple graph of `ends`: each row sorted ascending, without duplicates or self-loops. */
export function simpleRows(
  n: number,
  ends: Int32Array,
): { offsets: Int32Array; neighbors: Int32Array } {
  const rows = edgeRows(n, ends);
  const all = rows.neighbors;
  const offsets = new Int32Array(n + 1);
  // Compacted in place: a row is written at or before where it was read from.
  let out = 0;
  for (let i = 0; i < n; i++) {
    const start = rows.offsets[i] as number;
    const end = rows.offsets[i + 1] as number;
    all.subarray(start, end).sort();
    let last = -1;
    for (let k = start; k < end; k++) {
      const j = all[k] as number;
      if (j !== i && j !== last) all[out++] = j;
      last = j;
    }
    offsets[i + 1] = out;
  }
  return { offsets, neighbors: out === all.length ? all : all.slice(0, out) };
}
