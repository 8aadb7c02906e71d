// The side panel's counts: how many actors each scheme, type and sector filter holds.
import { describe, expect, it } from 'vitest';
import { actorCounts } from '../../src/app/actor-counts.ts';
import { NO_SCHEME } from '../../src/map/types.ts';
import { actor, demoGraph, graphOf } from '../factory.ts';

describe('actorCounts', () => {
  it('counts each actor once per scheme, type and sector, in order of appearance', () => {
    const graph = graphOf([
      actor('a', {
        type: 'association',
        schemes: { CLSM: ['pleniere'], CLS: ['copil'] },
        sectors: ['soins', 'social', 'soins'],
      }),
      actor('b', { type: 'commune', sectors: [] }),
      actor('c', { type: 'association', schemes: { CLS: [] }, sectors: ['social'] }),
      actor('d', { type: 'commune', sectors: ['social', 'social'] }),
    ]);
    const counts = actorCounts(graph);
    expect([...counts.schemes]).toEqual([
      ['CLSM', 1],
      ['CLS', 2],
      [NO_SCHEME, 2],
    ]);
    expect([...counts.types]).toEqual([
      ['association', 2],
      ['commune', 2],
    ]);
    expect([...counts.sectors]).toEqual([
      ['soins', 1],
      ['social', 3],
    ]);
  });

  it('gives the counts of a set of keys per actor on the demo territory', () => {
    const graph = demoGraph();
    const bySets = (keys: (a: ReturnType<typeof graph.getNodeAttributes>) => string[]) => {
      const counts = new Map<string, number>();
      graph.forEachNode((_, a) => {
        for (const k of new Set(keys(a))) counts.set(k, (counts.get(k) ?? 0) + 1);
      });
      return counts;
    };
    const counts = actorCounts(graph);
    expect(counts.schemes).toEqual(
      bySets((a) => (Object.keys(a.schemes).length ? Object.keys(a.schemes) : [NO_SCHEME])),
    );
    expect(counts.types).toEqual(bySets((a) => [a.type]));
    expect(counts.sectors).toEqual(bySets((a) => a.sectors));
    expect(counts.sectors.size).toBeGreaterThan(1);
  });
});
