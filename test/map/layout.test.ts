import { demoGraph, REF as ref } from '../factory.ts';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/map/elements.ts';
import {
  easeInOut,
  groupedPositions,
  normalisePositions,
  positionsBetween,
  runFcose,
} from '../../src/map/layout.ts';
import { mulberry32 as seededRandom, withSeededRandom } from '../../src/analysis/random.ts';
import { styleBlocks } from '../../src/map/style.ts';
import { DEFAULT_ENCODINGS } from '../../src/map/types.ts';

cytoscape.use(fcose);

function headless() {
  const graph = demoGraph();
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(graph, { ref, metrics: null, encodings: DEFAULT_ENCODINGS }),
    style: styleBlocks({ big: false, webgl: false }) as unknown as cytoscape.StylesheetJson,
  });
}

describe('layout', () => {
  it('seeds random numbers and restores Math.random', () => {
    const original = Math.random;
    const a = withSeededRandom(3, () => [Math.random(), Math.random()]);
    const b = withSeededRandom(3, () => [Math.random(), Math.random()]);
    expect(a).toEqual(b);
    expect(Math.random).toBe(original);
    const r = seededRandom(1);
    expect(r()).not.toBe(r());
  });

  it('lays the demo out the same way twice (fcose, seeded)', () => {
    const positions = () => {
      const cy = headless();
      runFcose(cy, cy.nodes());
      return cy.nodes().map((n) => [Math.round(n.position('x')), Math.round(n.position('y'))]);
    };
    const first = positions();
    expect(first).toEqual(positions());
    // Not everything on one spot.
    expect(new Set(first.map((p) => p.join(','))).size).toBe(124);
  });

  it('arranges big maps by group, deterministically', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `n${i}`);
    const xy = groupedPositions(ids, (id) => Number(id.slice(1)) % 7);
    expect(xy).toEqual(groupedPositions(ids, (id) => Number(id.slice(1)) % 7));
    expect(xy.every(Number.isFinite)).toBe(true);
    // Members of a group sit closer to each other than to other groups, on average.
    const dist = (a: number, b: number) =>
      Math.hypot(
        (xy[2 * a] as number) - (xy[2 * b] as number),
        (xy[2 * a + 1] as number) - (xy[2 * b + 1] as number),
      );
    let same = 0;
    let other = 0;
    for (let i = 0; i < 500; i++) {
      same += dist(i, i + 7);
      other += dist(i, i + 1);
    }
    expect(same).toBeLessThan(other);
  });

  it('normalises positions to a median link length, centred', () => {
    const xy = new Float64Array([0, 0, 10, 0, 20, 0]);
    const out = normalisePositions(xy, new Int32Array([0, 1, 1, 2]), 80);
    expect(out[2] as number).toBeCloseTo(0);
    expect((out[4] as number) - (out[2] as number)).toBeCloseTo(80);
  });

  it('eases in and out, from the start to the end and no further', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
    expect(easeInOut(-1)).toBe(0);
    expect(easeInOut(2)).toBe(1);
    for (let t = 0; t < 1; t += 0.05)
      expect(easeInOut(t + 0.05)).toBeGreaterThanOrEqual(easeInOut(t));
  });

  it('moves positions a fraction of the way, eased, into the array given', () => {
    const from = new Float64Array([0, 0, 100, -50]);
    const to = new Float64Array([10, 20, 0, 50]);
    const out = new Float64Array(4);
    expect(positionsBetween(from, to, 0, out)).toBe(out);
    expect([...out]).toEqual([0, 0, 100, -50]);
    expect([...positionsBetween(from, to, 1)]).toEqual([10, 20, 0, 50]);
    const half = positionsBetween(from, to, 0.5);
    expect([...half].map((v) => Math.round(v))).toEqual([5, 10, 50, 0]);
  });
});
