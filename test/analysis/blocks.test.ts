import { describe, expect, it } from 'vitest';
import { decompose } from '../../src/analysis/blocks.ts';
import { compactFromEdges } from '../../src/analysis/compact.ts';
import { ballOrder, permuteCsr } from '../../src/analysis/locality.ts';

describe('block decomposition', () => {
  it('two triangles joined by an edge, plus a pendant actor and an isolate', () => {
    // 0-1-2 triangle, 2–3 bridge, 3-4-5 triangle, 5–6 pendant, 7 isolated.
    const g = compactFromEdges(8, [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 3],
      [5, 6],
    ]);
    const d = decompose(g);
    const blocks = Array.from({ length: d.blocks.length }, (_, b) => {
      const nodes: [number, number][] = [];
      for (
        let i = d.kernel.blockStart[b] as number;
        i < (d.kernel.blockStart[b + 1] as number);
        i++
      ) {
        nodes.push([d.kernel.origin[i] as number, d.kernel.weight[i] as number]);
      }
      return nodes.sort((x, y) => x[0] - y[0]);
    });
    // Each block lists (actor, how many actors it stands for); weights sum to the component.
    expect(blocks.sort((x, y) => x.length - y.length || x[0]![0] - y[0]![0])).toEqual([
      [
        [2, 3],
        [3, 4],
      ],
      [
        [5, 6],
        [6, 1],
      ],
      [
        [0, 1],
        [1, 1],
        [2, 5],
      ],
      [
        [3, 4],
        [4, 1],
        [5, 2],
      ],
    ]);
    // Separation: ordered pairs with the actor on every path between them.
    // 2 splits {0,1} from {3..6}; 3 splits {0,1,2} from {4,5,6}; 5 splits {6} from the rest.
    expect([...d.separation]).toEqual([0, 0, 2 * 2 * 4, 2 * 3 * 3, 0, 2 * 5 * 1, 0, 0]);
  });
});

describe('locality order', () => {
  it('is a permutation starting at the first node, and relabelling keeps the graph', () => {
    const edges: [number, number][] = [];
    for (let i = 0; i < 200; i++) edges.push([i, (i * 37 + 11) % 200], [i, (i + 1) % 200]);
    const g = compactFromEdges(200, edges);
    const order = ballOrder(g.offsets, g.neighbors, 0, 200, 8);
    expect(order[0]).toBe(0);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    const p = permuteCsr(g.offsets, g.neighbors, order);
    const pairs = (offsets: Int32Array, neighbors: Int32Array, label: (v: number) => number) => {
      const out: string[] = [];
      for (let v = 0; v < 200; v++) {
        for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
          out.push(`${label(v)}-${label(neighbors[k] as number)}`);
        }
      }
      return out.sort();
    };
    expect(pairs(p.offsets, p.neighbors, (v) => order[v] as number)).toEqual(
      pairs(g.offsets, g.neighbors, (v) => v),
    );
  });
});
