import { actor, demoGraph, REF as ref } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import {
  BIG_MAP,
  edgeWidth,
  LABEL_MAX,
  metricsLookChanges,
  sizeScale,
  toElements,
  toElementsInTurns,
  type EdgeData,
  type ElementContext,
  type NodeData,
} from '../../src/map/elements.ts';
import { RING_EMPTY, RING_SCHEMES } from '../../src/map/palette.ts';
import { DEFAULT_ENCODINGS, type MapMetrics } from '../../src/map/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { smallGraph } from './helpers.ts';

const ctx = (over: Partial<ElementContext> = {}): ElementContext => ({
  ref,
  metrics: null,
  encodings: DEFAULT_ENCODINGS,
  ...over,
});

function nodes(elements: ReturnType<typeof toElements>): NodeData[] {
  return elements.filter((e) => e.group === 'nodes').map((e) => e.data as NodeData);
}
function edges(elements: ReturnType<typeof toElements>) {
  return elements.filter((e) => e.group === 'edges');
}

describe('toElementsInTurns', () => {
  it("makes toElements' elements, a part a turn, in the graph's order", async () => {
    const g = demoGraph();
    const metrics: MapMetrics = { nodes: {}, bridges: g.edges().slice(0, 3), communities: 0 };
    let turns = 0;
    const turn = () => {
      turns++;
      return Promise.resolve();
    };
    const given = ctx({ metrics });
    const inTurns = await toElementsInTurns(g, given, turn, () => false, 100);
    expect(inTurns).toEqual(toElements(g, given));
    // 124 actors and 316 links, 100 a turn.
    expect(turns).toBe(4);
    const ids: string[] = [];
    g.forEachNode((id) => ids.push(id));
    g.forEachEdge((key) => ids.push(key));
    expect(inTurns?.map((e) => e.data.id)).toEqual(ids);
  });

  it('stops (null) once the map is gone', async () => {
    let turns = 0;
    const turn = () => {
      turns++;
      return Promise.resolve();
    };
    const made = await toElementsInTurns(demoGraph(), ctx(), turn, () => turns >= 2, 100);
    expect(made).toBeNull();
    expect(turns).toBe(2);
  });
});

describe('toElements', () => {
  it('makes one node per actor and one edge per merged link', () => {
    const g = demoGraph();
    const elements = toElements(g, ctx());
    expect(nodes(elements)).toHaveLength(124);
    expect(edges(elements)).toHaveLength(316);
    const ids = new Set(nodes(elements).map((n) => n.id));
    for (const e of edges(elements)) {
      const d = e.data as EdgeData;
      expect(ids.has(d.source) && ids.has(d.target)).toBe(true);
    }
  });

  it('puts names in the data as plain text, cut at LABEL_MAX characters', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const long = 'Association '.repeat(10);
    const g = buildGraph([actor('x', { name: payload }), actor('y', { name: long })], []);
    const [x, y] = nodes(toElements(g, ctx()));
    expect(x?.label).toBe(payload);
    expect(x?.name).toBe(payload);
    expect(y?.label.length).toBeLessThanOrEqual(LABEL_MAX);
    expect(y?.label.endsWith('…')).toBe(true);
  });

  it('draws the scheme ring: one third per core scheme, white when not a member', () => {
    const [a, b, c, d] = nodes(toElements(smallGraph(), ctx()));
    expect(a?.ring1).toBe(RING_SCHEMES[0].colour);
    expect(a?.ring2).toBe(RING_EMPTY);
    expect(a?.ring3).toBe(RING_EMPTY);
    expect(a?.ringSlice).toBeCloseTo(100 / 3);
    expect([b?.ring1, b?.ring2, b?.ring3]).toEqual([
      RING_SCHEMES[0].colour,
      RING_SCHEMES[1].colour,
      RING_EMPTY,
    ]);
    expect(c?.ring3).toBe(RING_SCHEMES[2].colour);
    // Only the contrat de ville: no ring.
    expect(d?.ringSlice).toBe(0);
  });

  it('keeps the ring inside pointed shapes', () => {
    const g = buildGraph([actor('p', { type: 'bailleur', schemes: { CLS: [] } })], []);
    const [p] = nodes(toElements(g, ctx()));
    expect(p?.shape).toBe('triangle');
    expect(p?.ringDiameter).toBeLessThan(p?.size ?? 0);
  });

  it('marks directed links and bridges', () => {
    const g = smallGraph();
    const bridgeKey = g.edge('c', 'd') as string;
    const metrics: MapMetrics = { nodes: {}, bridges: [bridgeKey], communities: 0 };
    const cd = edges(toElements(g, ctx({ metrics }))).find((e) => e.data.id === bridgeKey);
    expect(cd?.classes).toContain('directed');
    expect(cd?.classes).toContain('bridge');
  });

  it('marks articulation points', () => {
    const g = smallGraph();
    const m = (cutOff: number) => ({
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
      closeness: 0,
      community: 0,
      cutOff,
    });
    const metrics: MapMetrics = {
      nodes: { a: m(0), b: m(0), c: m(1), d: m(0), e: m(0) },
      bridges: [],
      communities: 1,
    };
    const c = toElements(g, ctx({ metrics })).find((e) => e.data.id === 'c');
    expect(c?.classes).toBe('cut');
  });
});

describe('sizes', () => {
  it('sizes by degree, the biggest for the most linked actor', () => {
    const g = smallGraph();
    const size = sizeScale(g, null, 'degree');
    expect(size('c')).toBeGreaterThan(size('a'));
    expect(size('a')).toBeGreaterThan(size('d'));
    expect(size('e')).toBeLessThan(size('d'));
  });

  it('sizes by betweenness from the metrics', () => {
    const g = smallGraph();
    const m = (betweenness: number) => ({
      degree: 0,
      weightedDegree: 0,
      betweenness,
      closeness: 0,
      community: 0,
      cutOff: 0,
    });
    const metrics: MapMetrics = {
      nodes: { a: m(0), b: m(0), c: m(0.5), d: m(0.1), e: m(0) },
      bridges: [],
      communities: 1,
    };
    const size = sizeScale(g, metrics, 'betweenness');
    expect(size('c')).toBeGreaterThan(size('d'));
    expect(size('d')).toBeGreaterThan(size('a'));
    expect(size('a')).toBe(size('e'));
  });

  it('sizes by a numeric free column; no number: the smallest size', () => {
    const values = ['1 250', '980,5', '310', 'n.c.', ''];
    const g = buildGraph(
      values.map((v, i) => actor(`a${i}`, { attributes: { Capacité: v } })),
      [],
    );
    const size = sizeScale(g, null, 'column', 'Capacité');
    expect(size('a0')).toBe(56);
    expect(size('a0')).toBeGreaterThan(size('a1'));
    expect(size('a1')).toBeGreaterThan(size('a2'));
    expect(size('a2')).toBeGreaterThan(size('a3'));
    expect(size('a3')).toBe(20);
    expect(size('a4')).toBe(20);
    // A column with no number at all: everybody the smallest.
    expect(sizeScale(g, null, 'column', 'Absente')('a0')).toBe(20);
  });

  it('colours by a free column: one colour per frequent value', () => {
    const g = buildGraph(
      ['EHPAD', 'EHPAD', 'CMP', ''].map((v, i) => actor(`a${i}`, { attributes: { Cat: v } })),
      [],
    );
    const encodings = { ...DEFAULT_ENCODINGS, colourBy: 'column' as const, colourColumn: 'Cat' };
    const colours = nodes(toElements(g, ctx({ encodings }))).map((n) => n.colour);
    expect(colours[0]).toBe(colours[1]);
    expect(new Set(colours).size).toBe(3);
  });

  it('gives one size to everybody when asked', () => {
    const size = sizeScale(smallGraph(), null, 'uniform');
    expect(new Set(['a', 'b', 'c', 'd', 'e'].map(size)).size).toBe(1);
  });

  it('draws thinner links on big maps', () => {
    expect(edgeWidth(3, false)).toBeGreaterThan(edgeWidth(1, false));
    expect(edgeWidth(3, true)).toBeLessThan(edgeWidth(3, false));
    expect(BIG_MAP).toBeGreaterThan(1000);
  });
});

describe('metricsLookChanges', () => {
  const figures = (betweenness: number, community: number) => ({
    degree: 0,
    weightedDegree: 0,
    betweenness,
    closeness: 0,
    community,
    cutOff: 0,
  });
  const metricsOf = (rows: Record<string, [number, number]>): MapMetrics => ({
    nodes: Object.fromEntries(Object.entries(rows).map(([id, [b, c]]) => [id, figures(b, c)])),
    bridges: [],
    communities: 2,
  });
  const quick = metricsOf({ a: [0, 0], b: [0, 0], c: [0, 1], d: [0, 1], e: [0, 1] });
  const full = metricsOf({ a: [0, 0], b: [0.2, 1], c: [0.5, 1], d: [0, 1], e: [0, 1] });

  it('restyles no actor when the looks read no figure that changed', () => {
    const changes = metricsLookChanges(smallGraph(), quick, full, DEFAULT_ENCODINGS);
    expect(changes).not.toBe('all');
    expect([...(changes as ReadonlySet<string>)]).toEqual([]);
  });

  it('restyles the actors whose community changed when colouring by community', () => {
    const encodings = { ...DEFAULT_ENCODINGS, colourBy: 'community' as const };
    const changes = metricsLookChanges(smallGraph(), quick, full, encodings);
    expect([...(changes as ReadonlySet<string>)]).toEqual(['b']);
    // No metrics before: every actor gets its colour.
    expect((metricsLookChanges(smallGraph(), null, full, encodings) as Set<string>).size).toBe(5);
  });

  it('restyles every actor when sizing by a betweenness that changed (the scale moves)', () => {
    const encodings = { ...DEFAULT_ENCODINGS, sizeBy: 'betweenness' as const };
    expect(metricsLookChanges(smallGraph(), quick, full, encodings)).toBe('all');
    expect([...(metricsLookChanges(smallGraph(), full, full, encodings) as Set<string>)]).toEqual(
      [],
    );
  });
});
