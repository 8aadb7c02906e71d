import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { compactOfLinks, toCompact } from '../../src/analysis/compact.ts';
import { edgeRows, graphEnds, simpleRows } from '../../src/analysis/csr.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { actor, link } from '../factory.ts';

/** Row i of a CSR as a plain array. */
const row = (offsets: Int32Array, neighbors: Int32Array, i: number) => [
  ...neighbors.subarray(offsets[i], offsets[i + 1]),
];

describe('edgeRows', () => {
  it('puts each edge in both rows, in edge order, and names the edge of every slot', () => {
    // 0–1, 2–0, 1–2 twice (parallel), 3 alone.
    const adj = edgeRows(4, Int32Array.of(0, 1, 2, 0, 1, 2, 1, 2));
    expect(adj.n).toBe(4);
    expect(adj.edgeCount).toBe(4);
    expect([...adj.offsets]).toEqual([0, 2, 5, 8, 8]);
    expect(row(adj.offsets, adj.neighbors, 0)).toEqual([1, 2]);
    expect(row(adj.offsets, adj.edgeOf, 0)).toEqual([0, 1]);
    expect(row(adj.offsets, adj.neighbors, 1)).toEqual([0, 2, 2]);
    expect(row(adj.offsets, adj.edgeOf, 1)).toEqual([0, 2, 3]);
    expect(row(adj.offsets, adj.neighbors, 2)).toEqual([0, 1, 1]);
    expect(row(adj.offsets, adj.edgeOf, 2)).toEqual([1, 2, 3]);
    expect(row(adj.offsets, adj.neighbors, 3)).toEqual([]);
  });

  it('gives a self-loop two slots of its row', () => {
    const adj = edgeRows(2, Int32Array.of(1, 1));
    expect([...adj.offsets]).toEqual([0, 0, 2]);
    expect([...adj.neighbors]).toEqual([1, 1]);
    expect([...adj.edgeOf]).toEqual([0, 0]);
  });

  it('holds an empty graph', () => {
    const adj = edgeRows(0, new Int32Array(0));
    expect([...adj.offsets]).toEqual([0]);
    expect(adj.neighbors.length).toBe(0);
  });
});

describe('simpleRows', () => {
  it('sorts every row and drops repeated pairs and self-loops', () => {
    const { offsets, neighbors } = simpleRows(4, Int32Array.of(3, 0, 0, 1, 1, 0, 2, 2, 0, 2, 3, 0));
    expect([...offsets]).toEqual([0, 3, 4, 5, 6]);
    expect(row(offsets, neighbors, 0)).toEqual([1, 2, 3]);
    expect(row(offsets, neighbors, 1)).toEqual([0]);
    expect(row(offsets, neighbors, 2)).toEqual([0]);
    expect(row(offsets, neighbors, 3)).toEqual([0]);
    expect(neighbors.length).toBe(6);
  });

  it('matches a set-based adjacency on a random multigraph', () => {
    const n = 60;
    const ends: number[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let e = 0; e < 400; e++) ends.push(next(), next());
    const sets = Array.from({ length: n }, () => new Set<number>());
    for (let e = 0; e < ends.length; e += 2) {
      const [a, b] = [ends[e]!, ends[e + 1]!];
      if (a === b) continue;
      sets[a]!.add(b);
      sets[b]!.add(a);
    }
    const { offsets, neighbors } = simpleRows(n, Int32Array.from(ends));
    for (let i = 0; i < n; i++) {
      expect(row(offsets, neighbors, i)).toEqual([...sets[i]!].sort((x, y) => x - y));
    }
  });
});

describe('graphEnds', () => {
  it('numbers nodes in the graph order and lists edges in the graph order, any direction', () => {
    const graph = new Graph({ type: 'mixed', multi: true });
    for (const id of ['c', 'a', 'b']) graph.addNode(id);
    graph.addDirectedEdge('a', 'c');
    graph.addUndirectedEdge('b', 'a');
    graph.addDirectedEdge('c', 'a');
    const { ids, ends } = graphEnds(graph);
    expect(ids).toEqual(['c', 'a', 'b']);
    expect([...ends]).toEqual([1, 0, 2, 1, 0, 1]);
  });
});

describe('compactOfLinks', () => {
  it('gives the CSR of the graph built from the same actors and links, before it is built', () => {
    // An id repeated, a link to no one, a self-loop, a pair in both directions and twice.
    const actors = ['a', 'b', 'c', 'b', 'd', 'e'].map((id) => actor(id));
    const links = [
      link('c', 'a'),
      link('a', 'ghost'),
      link('b', 'b'),
      link('a', 'c'),
      link('d', 'b'),
      link('b', 'd'),
      link('e', 'a'),
    ];
    const early = compactOfLinks(actors, links);
    const built = toCompact(buildGraph(actors, links));
    expect(early.ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(early).toEqual(built);
    expect(row(early.offsets, early.neighbors, 0)).toEqual([2, 4]);
  });
});
