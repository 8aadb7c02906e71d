import { describe, expect, it } from 'vitest';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';
import { brandesRange } from '../../src/analysis/brandes.ts';
import {
  centralityOfCompact,
  computeCentrality,
  inThreadRunner,
  splitSources,
  sumPartials,
  type CentralityRunner,
} from '../../src/analysis/centrality.ts';
import { compactFromEdges, toCompact } from '../../src/analysis/compact.ts';
import { mulberry32 } from '../../src/analysis/random.ts';
import { KARATE_EDGES, plainGraph } from './fixtures.ts';

type Edges = [number, number][];

function randomEdges(seed: number, n: number, m: number): Edges {
  const random = mulberry32(seed);
  const edges: Edges = [];
  for (let i = 0; i < m; i++) {
    edges.push([Math.floor(random() * n), Math.floor(random() * n)]);
  }
  return edges;
}

/** Random graph plus pendant trees and a chain, so that blocks, cut vertices and
 * bridges of every kind appear. */
function treeish(seed: number, n: number): Edges {
  const random = mulberry32(seed);
  const core = Math.max(3, Math.floor(n / 3));
  const edges = randomEdges(seed + 1000, core, core * 2);
  for (let v = core; v < n; v++) {
    if (random() < 0.1) continue; // an isolate
    edges.push([v, Math.floor(random() * v)]);
  }
  return edges;
}

const cases: [string, number, Edges][] = [
  ['single', 1, []],
  ['pair', 2, [[0, 1]]],
  [
    'path',
    7,
    [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
    ],
  ],
  [
    'star',
    6,
    [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
    ],
  ],
  [
    'star centred last',
    6,
    [
      [5, 1],
      [5, 2],
      [5, 3],
      [5, 4],
      [5, 0],
    ],
  ],
  [
    'cycle',
    6,
    [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 0],
    ],
  ],
  [
    'complete',
    5,
    [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 3],
      [2, 4],
      [3, 4],
    ],
  ],
  [
    'disconnected with isolates',
    9,
    [
      [0, 1],
      [1, 2],
      [2, 0],
      [4, 5],
      [5, 6],
      [6, 7],
    ],
  ],
  [
    'two triangles and a bridge',
    6,
    [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 3],
    ],
  ],
  ['karate', 34, KARATE_EDGES],
];
for (let seed = 1; seed <= 12; seed++) {
  const n = 5 + ((seed * 7) % 60);
  cases.push([
    `random ${seed}`,
    n,
    randomEdges(seed, n, Math.floor(n * (seed % 3 === 0 ? 0.8 : 2))),
  ]);
  cases.push([`tree-ish ${seed}`, n + 20, treeish(seed, n + 20)]);
}

describe('centrality kernel = graphology-metrics', () => {
  for (const [name, n, edges] of cases) {
    it(`${name}: betweenness and closeness to 1e-9, with and without blocks`, async () => {
      const graph = plainGraph(n, edges);
      const expectedB = betweenness(graph, { getEdgeWeight: null, normalized: true });
      const expectedC = closeness(graph, { wassermanFaust: true });
      for (const blocks of [true, false]) {
        for (const parts of [1, 3]) {
          const result = await computeCentrality(graph, undefined, { blocks, parts });
          expect(Object.keys(result)).toEqual(graph.nodes());
          for (const id of graph.nodes()) {
            expect(result[id]?.betweenness).toBeCloseTo(expectedB[id] as number, 9);
            expect(result[id]?.closeness).toBeCloseTo(expectedC[id] as number, 9);
          }
        }
      }
    });
  }
});

describe('degenerate graphs', () => {
  it('gives nothing for an empty graph (graphology-metrics throws there)', async () => {
    expect(await computeCentrality(plainGraph(0, []))).toEqual({});
  });
});

describe("Zachary's karate club", () => {
  it('matches the published NetworkX normalised betweenness', async () => {
    const graph = plainGraph(34, KARATE_EDGES);
    expect(graph.size).toBe(78);
    const result = await computeCentrality(graph);
    const published: [number, number][] = [
      [0, 0.43763528],
      [33, 0.30407497],
      [32, 0.14524711],
      [2, 0.1436568],
      [31, 0.13827561],
    ];
    for (const [node, value] of published) {
      // Published to 8 decimals, truncated.
      expect(Math.abs((result[String(node)]?.betweenness as number) - value)).toBeLessThan(1e-8);
    }
    // NetworkX closeness_centrality: node 1 → 0.5689655, node 34 → 0.55.
    expect(result['0']?.closeness).toBeCloseTo(0.56896552, 8);
    expect(result['33']?.closeness).toBeCloseTo(0.55, 8);
  });
});

describe('long chain', () => {
  it('gives the closed forms on a 3,000-node path (deep block tree)', async () => {
    const n = 3000;
    const edges: Edges = [];
    for (let i = 1; i < n; i++) edges.push([i - 1, i]);
    const result = await centralityOfCompact(compactFromEdges(n, edges));
    for (const i of [0, 1, 2, 1499, 1500, 2998, 2999]) {
      const pairs = i * (n - 1 - i);
      expect(result.betweenness[i]).toBeCloseTo(pairs / (((n - 1) * (n - 2)) / 2), 12);
      const distances = (i * (i + 1)) / 2 + ((n - 1 - i) * (n - i)) / 2;
      expect(result.closeness[i]).toBeCloseTo((n - 1) / distances, 12);
    }
  });
});

describe('brandesRange and runners', () => {
  const g = compactFromEdges(80, randomEdges(5, 80, 200));

  it('partials of disjoint ranges add up to the whole', () => {
    const whole = brandesRange(g, 0, 80);
    const parts = [brandesRange(g, 0, 17), brandesRange(g, 17, 50), brandesRange(g, 50, 80)];
    const sum = sumPartials(80, parts);
    for (let i = 0; i < 80; i++) {
      expect(sum.betweenness[i]).toBeCloseTo(whole.betweenness[i] as number, 9);
      expect(sum.distSum[i]).toBe(whole.distSum[i]);
      expect(sum.reach[i]).toBe(whole.reach[i]);
    }
    expect(parts[1]?.distSum[3]).toBe(0); // outside its range
    expect(parts[1]?.reach[20]).toBe(whole.reach[20]);
  });

  it('gives the same sums on buffers a previous range of another graph used', () => {
    // Same size as g, other links, and weights: the kernel reuses g's buffers for it.
    const h = { ...compactFromEdges(80, randomEdges(9, 80, 260)) };
    h.weight = new Float64Array(80).map((_, i) => 1 + (i % 3));
    brandesRange(g, 0, 80);
    const reused = brandesRange(h, 5, 70);
    // Another size first: fresh buffers for h.
    brandesRange(compactFromEdges(7, [[0, 1]]), 0, 7);
    const fresh = brandesRange(h, 5, 70);
    expect(reused.betweenness).toEqual(fresh.betweenness);
    expect(reused.distSum).toEqual(fresh.distSum);
    expect(reused.reach).toEqual(fresh.reach);
    expect(brandesRange(g, 0, 80)).toEqual(brandesRange(g, 0, 80));
  });

  it('equals one textbook search per source, batch after batch (grid, weights, 3 batches)', () => {
    // A grid has many shortest paths of every length: the sources of a batch share arcs
    // both as one run of bits and scattered, and levels hold several sources per node.
    const side = 10;
    const edges: Edges = [];
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        if (c + 1 < side) edges.push([r * side + c, r * side + c + 1]);
        if (r + 1 < side) edges.push([r * side + c, (r + 1) * side + c]);
      }
    }
    edges.push([0, 99], [5, 50], [23, 77]);
    const grid = { ...compactFromEdges(side * side, edges) };
    grid.weight = new Float64Array(side * side).map((_, i) => 1 + (i % 4));
    const got = brandesRange(grid, 3, 90);
    const want = textbook(grid, 3, 90);
    for (let v = 0; v < grid.n; v++) {
      expect(got.betweenness[v]).toBeCloseTo(want.betweenness[v] as number, 6);
      expect(got.distSum[v]).toBe(want.distSum[v]);
    }
  });

  it('clamps ranges and handles empty ones', () => {
    const empty = brandesRange(g, 30, 30);
    expect(empty.betweenness.every((x) => x === 0)).toBe(true);
    const clamped = brandesRange(g, -5, 500);
    expect([clamped.from, clamped.to]).toEqual([0, 80]);
  });

  it('accepts a runner that splits and reorders ranges', async () => {
    const expected = await centralityOfCompact(g, { parts: 1 });
    const scrambled: CentralityRunner = async (graph, ranges) => {
      const halves = ranges.flatMap(([a, b]): [number, number][] => {
        const mid = Math.floor((a + b) / 2);
        return [
          [mid, b],
          [a, mid],
        ];
      });
      return (await inThreadRunner(graph, halves)).reverse();
    };
    const result = await centralityOfCompact(g, { runner: scrambled, parts: 3 });
    for (let i = 0; i < 80; i++) {
      expect(result.betweenness[i]).toBeCloseTo(expected.betweenness[i] as number, 12);
      expect(result.closeness[i]).toBeCloseTo(expected.closeness[i] as number, 12);
    }
  });

  it('refuses partials that miss or repeat sources', async () => {
    const lossy: CentralityRunner = async (graph, ranges) => inThreadRunner(graph, ranges.slice(1));
    await expect(centralityOfCompact(g, { runner: lossy, parts: 2 })).rejects.toThrow(/missing/);
    const twice: CentralityRunner = async (graph, ranges) =>
      inThreadRunner(graph, [...ranges, ...ranges]);
    await expect(centralityOfCompact(g, { runner: twice, parts: 2 })).rejects.toThrow();
  });

  it('splits sources into contiguous ranges of about equal work', () => {
    const ranges = splitSources(g, 4);
    expect(ranges.length).toBeLessThanOrEqual(4);
    expect(ranges[0]?.[0]).toBe(0);
    expect(ranges.at(-1)?.[1]).toBe(80);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
    expect(splitSources(compactFromEdges(0, []), 4)).toEqual([]);
    expect(splitSources(compactFromEdges(3, []), 8)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});

describe('toCompact', () => {
  it('ignores direction, parallel edges and self-loops; sorts neighbours', () => {
    const graph = plainGraph(4, [
      [2, 0],
      [0, 1],
      [3, 0],
    ]);
    const c = toCompact(graph);
    expect(c.ids).toEqual(['0', '1', '2', '3']);
    expect([...c.offsets]).toEqual([0, 3, 4, 5, 6]);
    expect([...c.neighbors]).toEqual([1, 2, 3, 0, 0, 0]);
  });
});

/** Brandes' algorithm one source at a time, weighted as brandes.ts weighs (reference). */
function textbook(
  g: { n: number; offsets: Int32Array; neighbors: Int32Array; weight?: Float64Array },
  from: number,
  to: number,
): { betweenness: Float64Array; distSum: Float64Array } {
  const weight = g.weight ?? new Float64Array(g.n).fill(1);
  const betweenness = new Float64Array(g.n);
  const distSum = new Float64Array(g.n);
  for (let s = from; s < to; s++) {
    const distance = new Int32Array(g.n).fill(-1);
    const sigma = new Float64Array(g.n);
    const delta = new Float64Array(g.n);
    const order: number[] = [s];
    distance[s] = 0;
    sigma[s] = 1;
    for (let head = 0; head < order.length; head++) {
      const v = order[head] as number;
      for (let k = g.offsets[v] as number; k < (g.offsets[v + 1] as number); k++) {
        const w = g.neighbors[k] as number;
        if (distance[w] === -1) {
          distance[w] = (distance[v] as number) + 1;
          order.push(w);
        }
        if (distance[w] === (distance[v] as number) + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
        }
      }
    }
    for (let i = order.length - 1; i > 0; i--) {
      const w = order[i] as number;
      distSum[s] = (distSum[s] as number) + (distance[w] as number) * (weight[w] as number);
      for (let k = g.offsets[w] as number; k < (g.offsets[w + 1] as number); k++) {
        const v = g.neighbors[k] as number;
        if (distance[v] !== (distance[w] as number) - 1) continue;
        delta[v] =
          (delta[v] as number) +
          ((sigma[v] as number) / (sigma[w] as number)) *
            ((weight[w] as number) + (delta[w] as number));
      }
      betweenness[w] = (betweenness[w] as number) + (weight[s] as number) * (delta[w] as number);
    }
  }
  return { betweenness, distSum };
}
