// A graph as compressed sparse rows (CSR) of typed arrays: the form the hot loops run on,
// and that crosses to a worker by structured clone (or transfer) at no cost.
import type { AbstractGraph } from 'graphology-types';
import type { Actor, Link } from '../domain';
import { graphEnds, linkEnds, simpleRows } from './csr.ts';

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
  const { ids, ends } = graphEnds(graph);
  return { n: ids.length, ...simpleRows(ids.length, ends), ids };
}

/** The CSR `toCompact(buildGraph(actors, links))` gives, without the graph (see `linkEnds`). */
export function compactOfLinks(
  actors: readonly Pick<Actor, 'id'>[],
  links: readonly Pick<Link, 'source' | 'target'>[],
): CompactGraph {
  const { ids, ends } = linkEnds(actors, links);
  return { n: ids.length, ...simpleRows(ids.length, ends), ids };
}

/** CSR from an edge list over nodes 0..n−1 (tests, benchmarks, workers rebuilding a graph). */
export function compactFromEdges(
  n: number,
  edges: readonly (readonly [number, number])[],
  ids?: string[],
): CompactGraph {
  return {
    n,
    ...simpleRows(n, Int32Array.from(edges.flat())),
    ids: ids ?? Array.from({ length: n }, (_, i) => String(i)),
  };
}
