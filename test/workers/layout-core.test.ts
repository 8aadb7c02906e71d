import { describe, expect, it } from 'vitest';
import {
  componentsOf,
  fcoseLayout,
  forceAtlas2Layout,
  medianLink,
  progressEvery,
  settled,
  SETTLE_MOVE,
  thetaFor,
  packComponents,
} from '../../src/workers/layout-core.ts';
import type { LayoutInput } from '../../src/layout/input.ts';

/** Two triangles joined by one link, a separate pair, and two isolated nodes. */
function input(aspect = 1.3): LayoutInput {
  const edges = Int32Array.from([0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3, 6, 7]);
  return { n: 10, edges, sizes: new Float64Array(10).fill(30), aspect };
}

function bbox(xy: Float64Array, members: number[]) {
  const xs = members.map((i) => xy[2 * i] as number);
  const ys = members.map((i) => xy[2 * i + 1] as number);
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
}

describe('layout core (workers)', () => {
  it('finds connected components, biggest first', () => {
    expect(componentsOf(10, input().edges)).toEqual([[0, 1, 2, 3, 4, 5], [6, 7], [8], [9]]);
  });

  it('lays out with fcose deterministically, every node at its own place', () => {
    const a = fcoseLayout(input());
    const b = fcoseLayout(input());
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a.every(Number.isFinite)).toBe(true);
    const points = new Set<string>();
    for (let i = 0; i < 10; i++)
      points.add(`${Math.round(a[2 * i]!)},${Math.round(a[2 * i + 1]!)}`);
    expect(points.size).toBe(10);
  });

  it('packs small groups beside a tall main group, below a wide one', () => {
    const main = [0, 1, 2, 3, 4, 5];
    // A tall main group.
    const tall = new Float64Array(20);
    main.forEach((i) => {
      tall[2 * i] = 0;
      tall[2 * i + 1] = i * 100;
    });
    packComponents(tall, input(1.5));
    const m = bbox(tall, main);
    for (const i of [6, 7, 8, 9]) expect(tall[2 * i]!).toBeGreaterThan(m.x2);
    // A wide main group.
    const wide = new Float64Array(20);
    main.forEach((i) => {
      wide[2 * i] = i * 100;
      wide[2 * i + 1] = 0;
    });
    packComponents(wide, input(1.5));
    const w = bbox(wide, main);
    for (const i of [6, 7, 8, 9]) expect(wide[2 * i + 1]!).toBeGreaterThan(w.y2);
  });

  it('runs ForceAtlas2 from start positions and reports progress', () => {
    const n = 300;
    const pairs: number[] = [];
    for (let i = 1; i < n; i++) pairs.push(i, Math.floor(i / 3));
    const xy = Float64Array.from({ length: 2 * n }, (_, i) => Math.sin(i * 12.9898) * 100);
    const progress: number[] = [];
    const out = forceAtlas2Layout(
      { n, edges: Int32Array.from(pairs), sizes: new Float64Array(n).fill(10), aspect: 1, xy },
      50,
      { onProgress: (done) => progress.push(done) },
    );
    expect(out).toHaveLength(2 * n);
    expect(out.every(Number.isFinite)).toBe(true);
    expect(Array.from(out)).not.toEqual(Array.from(xy));
    expect(progress.every((d) => d > 0 && d < 50)).toBe(true);
  });
  it('measures the median link and says when the actors have settled', () => {
    // Three links of lengths 3, 4 and 10.
    const xy = Float64Array.from([0, 0, 3, 0, 3, 4, 13, 4]);
    const edges = Int32Array.from([0, 1, 1, 2, 2, 3]);
    expect(medianLink(xy, edges)).toBe(4);
    expect(medianLink(xy, new Int32Array(0))).toBe(0);
    // Moves over 5 iterations just under and just over 5 % of the median link a step.
    const limit = SETTLE_MOVE * 4 * 5;
    const shifted = (d: number) => xy.map((v, i) => (i % 2 === 0 ? v + d : v));
    expect(settled(xy, shifted(limit * 0.9), edges, 5)).toBe(true);
    expect(settled(xy, shifted(limit * 1.1), edges, 5)).toBe(false);
  });

  it('stops a run once settled, and paces its progress by size', () => {
    const n = 200;
    const pairs: number[] = [];
    for (let i = 1; i < n; i++) pairs.push(i, Math.floor(i / 3));
    const xy = Float64Array.from({ length: 2 * n }, (_, i) => Math.sin(i * 12.9898) * 100);
    const input = { n, edges: Int32Array.from(pairs), sizes: new Float64Array(n), aspect: 1, xy };
    const early = forceAtlas2Layout(input, 300, { settle: true });
    // The settled run is a plain run stopped at a checkpoint (every 5 iterations from 30).
    let stoppedAt = -1;
    for (let k = 30; k < 300 && stoppedAt < 0; k += 5) {
      if (Array.from(forceAtlas2Layout(input, k)).every((v, i) => v === early[i])) stoppedAt = k;
    }
    expect(stoppedAt).toBeGreaterThanOrEqual(30);
    expect(progressEvery(1000)).toBe(250);
    expect(progressEvery(50_000)).toBe(2500);
    expect(thetaFor(2000)).toBe(0.5);
    expect(thetaFor(50_000)).toBe(1.2);
  });
});
