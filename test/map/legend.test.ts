import { describe, expect, it } from 'vitest';
import { colourLegend, shapeLegend } from '../../src/map/legend.ts';
import { colourOf } from '../../src/map/palette.ts';
import type { MapMetrics } from '../../src/map/types.ts';
import { demoGraph, ref, smallGraph } from './helpers.ts';

describe('legend', () => {
  it('lists the actor types present, in reference order, with counts', () => {
    const entries = colourLegend('type', demoGraph(), null, ref);
    expect(entries).toHaveLength(16);
    expect(entries.map((e) => e.key)).toEqual(ref.actorTypes.map((t) => t.id));
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(124);
    for (const e of entries) expect(e.colour).toBe(colourOf('type', e.key, ref));
  });

  it('follows the colour encoding', () => {
    const g = smallGraph();
    expect(colourLegend('scheme', g, null, ref).map((e) => e.key)).toEqual([
      'CLS',
      'ASV',
      'CLS+CLSM',
      'other',
      'none',
    ]);
    const sectors = colourLegend('sector', g, null, ref);
    expect(sectors.at(-1)?.key).toBe('');
  });

  it('folds small communities into one entry', () => {
    const g = smallGraph();
    const m = (community: number) => ({
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
      closeness: 0,
      community,
      cutOff: 0,
    });
    const metrics: MapMetrics = {
      nodes: { a: m(0), b: m(0), c: m(1), d: m(15), e: m(20) },
      bridges: [],
      communities: 21,
    };
    const entries = colourLegend('community', g, metrics, ref);
    expect(entries.map((e) => [e.key, e.count])).toEqual([
      ['0', 2],
      ['1', 1],
      ['other', 2],
    ]);
  });

  it('lists the shapes of the types present', () => {
    const shapes = shapeLegend(smallGraph(), ref);
    expect(shapes.map((s) => s.type)).toEqual([
      'collectivite',
      'ars',
      'association',
      'habitant',
      'inconnu',
    ]);
    expect(new Set(shapes.slice(0, 4).map((s) => s.shape)).size).toBe(4);
  });
});
