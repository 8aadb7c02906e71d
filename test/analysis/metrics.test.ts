import { actor, graphOf, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import {
  communities,
  components,
  computeMetrics,
  density,
  type ActorMetrics,
  weightedDegree,
  weightedDegrees,
} from '../../src/analysis/metrics.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { mulberry32 } from '../../src/analysis/random.ts';
import { connectedComponents } from 'graphology-components';

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

  it('components of many pieces: the partition of graphology-components, in the documented order', () => {
    // Chains and stars built so that union–find joins roots from both sides.
    const ids = Array.from({ length: 60 }, (_v, i) => `n${(i * 37) % 60}`);
    const random = mulberry32(5);
    const edges: string[] = [];
    for (let k = 0; k < 45; k++) {
      const a = ids[Math.floor(random() * 60)] as string;
      const b = ids[Math.floor(random() * 60)] as string;
      if (a !== b) edges.push(`${a}-${b}`);
    }
    const h = graphOf(ids, edges);
    const found = components(h);
    const position = new Map(ids.map((id, i) => [id, i]));
    const at = (id: string | undefined) => position.get(id as string) as number;
    const expected = connectedComponents(h)
      .map((members) => members.sort((a, b) => at(a) - at(b)))
      .sort((a, b) => b.length - a.length || at(a[0]) - at(b[0]));
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(5);
    expect(found[0]?.length).toBeGreaterThan(found.at(-1)?.length as number);
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

  it('keeps the figures of actors called __proto__ or constructor (records without prototype)', async () => {
    // Ids as given (no safeId on the way). graphology keeps a node's neighbours in plain
    // objects, so such actors can only stand alone here: safeId is what lets them be linked.
    const h = graphOf(['a', '__proto__', 'b', 'constructor', 'c'], ['a-b', 'b-c']);
    const m = await computeMetrics(h);
    expect(Object.keys(m.actors)).toEqual(['a', '__proto__', 'b', 'constructor', 'c']);
    const proto = Object.getOwnPropertyDescriptor(m.actors, '__proto__')?.value as ActorMetrics;
    expect(proto).toEqual({
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
      closeness: 0,
      community: 1,
    });
    expect(m.actors['constructor']).toEqual({ ...proto, community: 2 });
    expect(m.actors.b).toMatchObject({ degree: 2, betweenness: 1 / 6, community: 0 });
    const { of, count } = communities(h);
    expect(count).toBe(3);
    expect(Object.keys(of).sort()).toEqual(['__proto__', 'a', 'b', 'c', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(of, '__proto__')?.value).toBe(1);
  });
});
