// A graph as compressed sparse rows (CSR) of typed arrays: the form the hot loops run on,
// and that crosses to a worker by structured clone (or transfer) at no cost.
import type { AbstractGraph } from 'graphology-types';

/**
 * Undirected, unweighted, simple: node i's neighbours are
 * `neighbors[offsets[i] .. offsets[i + 1])`, sorted ascending, without duplicates or self.
 */
export interface CompactGraph {
  /** Number of nodes. */
  n: number;
  /** Length n + 1. */
  offsets: Int32Array;
  /** Length 2 × (number of distinct undirected pairs). */
  neighbors: Int32Array;
  /** Node keys, by index (the graph's node order). */
  ids: string[];
  /** How many actors node i stands for in the centrality kernel (see blocks.ts); absent = 1. */
  weight?: Float64Array;
}

/** Any graphology graph → CSR. Direction is ignored, parallel edges and self-loops dropped. */
export function toCompact(graph: AbstractGraph): CompactGraph {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const offsets = new Int32Array(n + 1);
  const lists: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const neighbours: number[] = [];
    // forEachNeighbor yields each neighbour once, whatever the edges' number and direction.
    graph.forEachNeighbor(ids[i] as string, (neighbour) => {
      const j = index.get(neighbour) as number;
      if (j !== i) neighbours.push(j);
    });
    const sorted = Int32Array.from(neighbours).sort();
    lists.push(sorted);
    offsets[i + 1] = (offsets[i] as number) + sorted.length;
  }
  const neighbors = new Int32Array(offsets[n] as number);
  lists.forEach((list, i) => neighbors.set(list, offsets[i]));
  return { n, offsets, neighbors, ids };
}

/** CSR from an edge list over nodes 0..n−1 (tests, benchmarks, workers rebuilding a graph). */
export function compactFromEdges(
  n: number,
  edges: readonly (readonly [number, number])[],
  ids?: string[],
): CompactGraph {
  const sets: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of edges) {
    if (a === b) continue;
    sets[a]?.add(b);
    sets[b]?.add(a);
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    offsets[i + 1] = (offsets[i] as number) + (sets[i] as Set<number>).size;
  const neighbors = new Int32Array(offsets[n] as number);
  sets.forEach((set, i) => neighbors.set(Int32Array.from(set).sort(), offsets[i]));
  return { n, offsets, neighbors, ids: ids ?? Array.from({ length: n }, (_, i) => String(i)) };
}
