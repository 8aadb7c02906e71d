import { actor, graphOf, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import {
  communities,
  components,
  computeMetrics,
  density,
  weightedDegree,
  weightedDegrees,
} from '../../src/analysis/metrics.ts';
import { buildGraph } from '../../src/model/graph.ts';

describe('metrics', () => {
  const g = buildGraph(
    ['a', 'b', 'c', 'd'].map((id) => actor(id)),
    [link('a', 'b', { strength: 3 }), link('a', 'c'), link('b', 'a', { strength: 2 })],
  );

  it('degree and weighted degree (merged links, strength default 1)', async () => {
    const m = await computeMetrics(g);
    expect(m.actors.a).toMatchObject({ degree: 2, weightedDegree: 4 });
    expect(m.actors.b).toMatchObject({ degree: 1, weightedDegree: 3 });
    expect(m.actors.c).toMatchObject({ degree: 1, weightedDegree: 1 });
    expect(m.actors.d).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0 });
    expect(m.actors.a?.betweenness).toBeCloseTo(1 / 3, 12); // b–c of 3 pairs among the others
  });

  it('weighted degrees in one pass: the per-actor sums', () => {
    const h = buildGraph(
      ['a', 'b', 'c', 'd', 'e'].map((id) => actor(id)),
      [link('a', 'b', { strength: 2 }), link('c', 'a'), link('b', 'c', { strength: 5 })],
    );
    const all = weightedDegrees(h);
    expect(Object.fromEntries(all)).toEqual({ a: 3, b: 7, c: 6, d: 0, e: 0 });
    h.forEachNode((id) => expect(all.get(id)).toBe(weightedDegree(h, id)));
  });

  it('density 2m / n(n−1)', () => {
    expect(density(g)).toBeCloseTo(2 / 6, 12);
    expect(density(graphOf(['a'], []))).toBe(0);
  });

  it('components: largest first, ties by first actor, members in actor order', () => {
    const h = graphOf(['e', 'a', 'c', 'b', 'd', 'f'], ['d-c', 'a-b', 'f-e', 'b-f']);
    expect(components(h)).toEqual([
      ['e', 'a', 'b', 'f'],
      ['c', 'd'],
    ]);
    expect(components(graphOf(['z', 'y', 'x'], ['x-y']))).toEqual([['y', 'x'], ['z']]);
  });

  it('communities: reproducible, numbered by size', () => {
    const h = graphOf(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      ['a-b', 'b-c', 'c-a', 'c-d', 'd-e', 'e-f', 'f-d', 'd-g', 'e-g', 'f-g'],
    );
    const first = communities(h, 7);
    expect(communities(h, 7)).toEqual(first);
    expect(first.count).toBe(2);
    expect(first.of).toEqual({ a: 1, b: 1, c: 1, d: 0, e: 0, f: 0, g: 0 });
    expect(communities(graphOf([], []))).toEqual({ of: {}, count: 0 });
  });
});
