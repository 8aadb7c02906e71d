import { actor, graphOf, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { MultiUndirectedGraph } from 'graphology';
import {
  computeArticulation,
  crossSchemeLinks,
  cutOffActors,
  cutPoints,
  schemeCombinations,
} from '../../src/analysis/articulation.ts';
import type { Actor } from '../../src/domain/types.ts';
import { buildGraph, type MaillageGraph } from '../../src/model/graph.ts';
import { reference } from './fixtures.ts';

describe('articulation points and bridges (hand-drawn)', () => {
  it('path a–b–c–d–e', () => {
    const g = graphOf(['a', 'b', 'c', 'd', 'e'], ['a-b', 'b-c', 'c-d', 'd-e']);
    expect(cutPoints(g)).toEqual({
      articulationPoints: [
        { id: 'c', cutOff: 2 },
        { id: 'b', cutOff: 1 },
        { id: 'd', cutOff: 1 },
      ],
      bridges: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'e'],
      ],
    });
  });

  it('star: the centre cuts off all but one, wherever the search starts', () => {
    for (const ids of [
      ['h', 'l1', 'l2', 'l3', 'l4'],
      ['l1', 'l2', 'h', 'l3', 'l4'],
    ]) {
      const g = graphOf(ids, ['h-l1', 'h-l2', 'h-l3', 'h-l4']);
      const { articulationPoints, bridges } = cutPoints(g);
      expect(articulationPoints).toEqual([{ id: 'h', cutOff: 3 }]);
      expect(bridges).toHaveLength(4);
    }
  });

  it('two triangles joined by an edge', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ['a-b', 'b-c', 'c-a', 'c-d', 'd-e', 'e-f', 'f-d'],
    );
    expect(cutPoints(g)).toEqual({
      articulationPoints: [
        { id: 'c', cutOff: 2 },
        { id: 'd', cutOff: 2 },
      ],
      bridges: [['c', 'd']],
    });
  });

  it('two triangles sharing a vertex: a cut vertex without bridge', () => {
    const g = graphOf(['a', 'b', 'c', 'd', 'e'], ['a-b', 'b-c', 'c-a', 'c-d', 'd-e', 'e-c']);
    expect(cutPoints(g)).toEqual({ articulationPoints: [{ id: 'c', cutOff: 2 }], bridges: [] });
  });

  it('cycle with a tail', () => {
    const g = graphOf(['a', 'b', 'c', 'd', 'e', 'f'], ['a-b', 'b-c', 'c-d', 'd-a', 'd-e', 'e-f']);
    expect(cutPoints(g)).toEqual({
      articulationPoints: [
        { id: 'd', cutOff: 2 },
        { id: 'e', cutOff: 1 },
      ],
      bridges: [
        ['d', 'e'],
        ['e', 'f'],
      ],
    });
    expect(cutOffActors(g, 'd')).toEqual(['e', 'f']);
    expect(cutOffActors(g, 'e')).toEqual(['f']);
    expect(cutOffActors(g, 'a')).toEqual([]);
  });

  it('isolated actors and two components', () => {
    const g = graphOf(['x', 'y', 'z', 'w', 'u', 'v'], ['x-y', 'y-z', 'u-v']);
    expect(cutPoints(g)).toEqual({
      articulationPoints: [{ id: 'y', cutOff: 1 }],
      bridges: [
        ['x', 'y'],
        ['y', 'z'],
        ['u', 'v'],
      ],
    });
  });

  it('a cut vertex between a big and a small group cuts off the small one', () => {
    // k: a square a–b–c–d plus k–a; k also holds the pair p–q.
    const g = graphOf(
      ['a', 'b', 'c', 'd', 'k', 'p', 'q'],
      ['a-b', 'b-c', 'c-d', 'd-a', 'k-a', 'k-p', 'p-q', 'q-k'],
    );
    const { articulationPoints } = cutPoints(g);
    expect(articulationPoints).toEqual([
      { id: 'a', cutOff: 3 },
      { id: 'k', cutOff: 2 },
    ]);
  });

  it('parallel edges make a cycle: no bridge between them', () => {
    const g = new MultiUndirectedGraph<Actor>();
    for (const id of ['a', 'b', 'c']) g.addNode(id, actor(id));
    g.addEdge('a', 'b');
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    expect(cutPoints(g as unknown as MaillageGraph)).toEqual({
      articulationPoints: [{ id: 'b', cutOff: 1 }],
      bridges: [['b', 'c']],
    });
  });

  it('a 10,000-actor chain: no stack overflow, 9,998 cut vertices, 9,999 bridges', () => {
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const g = buildGraph(
      ids.map((id) => actor(id)),
      ids.slice(1).map((id, i) => link(ids[i] as string, id)),
    );
    const { articulationPoints, bridges } = cutPoints(g);
    expect(articulationPoints).toHaveLength(9_998);
    expect(bridges).toHaveLength(9_999);
    expect(articulationPoints[0]).toEqual({ id: 'n4999', cutOff: 4999 });
    expect(articulationPoints.at(-1)?.cutOff).toBe(1);
  });
});

describe('scheme combinations and cross-scheme links', () => {
  const actors = [
    actor('p1', { schemes: { CLS: [] } }),
    actor('p2', { schemes: { CLS: ['copil'] } }),
    actor('p3', { schemes: { CLSM: [] } }),
    actor('p4', { schemes: { CLS: [], CLSM: ['copil'] } }),
    actor('p5', { schemes: { ASV: [] } }),
    actor('p6'),
    actor('p7', { schemes: { CLSM: [], CLS: [] } }),
    actor('p8', { schemes: { CV: [] } }),
  ];
  const g = buildGraph(actors, [
    link('p1', 'p3'), // CLS – CLSM
    link('p4', 'p5'), // {CLS, CLSM} – ASV: CLS–ASV and CLSM–ASV
    link('p1', 'p4'), // both in CLS: not cross-scheme
    link('p6', 'p1'), // p6 is in no scheme
    link('p3', 'p5'), // CLSM – ASV
    link('p8', 'p2'), // CV – CLS
  ]);
  const ref = reference();

  it('groups actors by their exact set of schemes, largest first', () => {
    expect(schemeCombinations(g, ref)).toEqual([
      { schemes: ['CLS'], actors: ['p1', 'p2'] },
      { schemes: ['CLS', 'CLSM'], actors: ['p4', 'p7'] },
      { schemes: ['CLSM'], actors: ['p3'] },
      { schemes: ['ASV'], actors: ['p5'] },
      { schemes: ['CV'], actors: ['p8'] },
    ]);
  });

  it('counts links between actors with no scheme in common, per pair of schemes', () => {
    expect(crossSchemeLinks(g, ref)).toEqual({
      counts: [
        { schemes: ['CLSM', 'ASV'], count: 2 },
        { schemes: ['CLS', 'CLSM'], count: 1 },
        { schemes: ['CLS', 'ASV'], count: 1 },
        { schemes: ['CLS', 'CV'], count: 1 },
      ],
      total: 4,
    });
  });

  it('lists multi-scheme actors in the full result', () => {
    const result = computeArticulation(g, ref);
    expect(result.multiScheme).toEqual(['p4', 'p7']);
    expect(result.crossSchemeLinkTotal).toBe(4);
    // p1 holds p6 to the cycle p1–p3–p5–p4; p8–p2 is a lone link, a bridge.
    expect(result.articulationPoints).toEqual([{ id: 'p1', cutOff: 1 }]);
    expect(result.bridges).toEqual([
      ['p6', 'p1'],
      ['p8', 'p2'],
    ]);
  });
});
