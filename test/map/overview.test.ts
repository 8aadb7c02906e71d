import { describe, expect, it } from 'vitest';
import {
  drawOverview,
  followTransform,
  SHAPES_PER_PATH,
  type OverviewContext,
  type OverviewNode,
  type OverviewScene,
} from '../../src/map/overview.ts';

/** Records what the picture asks of a 2D context. */
function recorder() {
  const calls: { op: string; args: number[]; style?: Record<string, unknown> }[] = [];
  const ctx = {
    fillStyle: '' as string,
    strokeStyle: '' as string,
    lineWidth: 1,
    globalAlpha: 1,
    state() {
      return {
        fillStyle: this.fillStyle,
        strokeStyle: this.strokeStyle,
        lineWidth: this.lineWidth,
        globalAlpha: this.globalAlpha,
      };
    },
  };
  const op =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({ op: name, args: args as number[], style: ctx.state() });
    };
  Object.assign(ctx, {
    beginPath: op('beginPath'),
    moveTo: op('moveTo'),
    lineTo: op('lineTo'),
    arc: op('arc'),
    rect: op('rect'),
    fill: op('fill'),
    stroke: op('stroke'),
    closePath: op('closePath'),
    setLineDash: op('setLineDash'),
  });
  return { ctx: ctx as unknown as OverviewContext, calls };
}

const scene = (over: Partial<OverviewScene> = {}): OverviewScene => ({
  nodes: [
    { x: 0, y: 0, size: 20, colour: '#111111', shape: 'ellipse' },
    { x: 100, y: 0, size: 10, colour: '#222222', shape: 'rectangle' },
    { x: 0, y: 100, size: 20, colour: '#111111', shape: 'triangle' },
  ],
  edges: [0, 1, 1, 2, 0, 2],
  widths: [1, 3, 1],
  edgeColour: '#8C97A3',
  edgeOpacity: 0.45,
  viewport: { zoom: 2, pan: { x: 10, y: 20 } },
  ...over,
});

describe('drawOverview', () => {
  it('strokes the links in one path per width, at screen positions, before any actor', () => {
    const { ctx, calls } = recorder();
    drawOverview(ctx, scene());
    const strokes = calls.filter((c) => c.op === 'stroke');
    expect(strokes).toHaveLength(2);
    const firstFill = calls.findIndex((c) => c.op === 'fill');
    expect(calls.findLastIndex((c) => c.op === 'stroke')).toBeLessThan(firstFill);
    // Width 1 (two links): 0→1 and 0→2, model (x, y) → (2x + 10, 2y + 20).
    const lines = calls.slice(0, calls.indexOf(strokes[0] as (typeof calls)[0]));
    const moves = lines.filter((c) => c.op === 'moveTo').map((c) => c.args);
    const ends = lines.filter((c) => c.op === 'lineTo').map((c) => c.args);
    expect(moves).toEqual([
      [10, 20],
      [10, 20],
    ]);
    expect(ends).toEqual([
      [210, 20],
      [10, 220],
    ]);
    expect(strokes[0]?.style).toMatchObject({ strokeStyle: '#8C97A3', lineWidth: 2 });
    expect(strokes[1]?.style).toMatchObject({ lineWidth: 6, globalAlpha: 0.45 });
  });

  it('draws links thinner than a pixel as hairlines, lighter in proportion', () => {
    const { ctx, calls } = recorder();
    drawOverview(ctx, scene({ viewport: { zoom: 0.25, pan: { x: 0, y: 0 } } }));
    const strokes = calls.filter((c) => c.op === 'stroke');
    expect(strokes[0]?.style?.lineWidth).toBe(1);
    expect(strokes[0]?.style?.globalAlpha).toBeCloseTo(0.45 * 0.25);
    expect(strokes[1]?.style?.globalAlpha).toBeCloseTo(0.45 * 0.75);
  });

  it('fills the actors in one path per colour, each with its shape and size', () => {
    const { ctx, calls } = recorder();
    drawOverview(ctx, scene());
    const fills = calls.filter((c) => c.op === 'fill');
    expect(fills.map((f) => f.style?.fillStyle)).toEqual(['#111111', '#222222']);
    expect(fills.every((f) => f.style?.globalAlpha === 1)).toBe(true);
    // The ellipse: a circle of radius size × zoom / 2 at the screen position.
    const arc = calls.find((c) => c.op === 'arc');
    expect(arc?.args.slice(0, 3)).toEqual([10, 20, 20]);
    // The rectangle: its box, 10 × 2 = 20 pixels across.
    const rect = calls.find((c) => c.op === 'rect');
    expect(rect?.args).toEqual([200, 10, 20, 20]);
    // The triangle: three corners, point up.
    const afterArc = calls.slice(calls.indexOf(arc as (typeof calls)[0]) + 1);
    const start = afterArc.find((c) => c.op === 'moveTo');
    expect(start?.args[0]).toBeCloseTo(10);
    expect(start?.args[1]).toBeCloseTo(220 - 20);
    const fill = afterArc.findIndex((c) => c.op === 'fill');
    expect(afterArc.slice(0, fill).filter((c) => c.op === 'lineTo')).toHaveLength(2);
  });

  it('fills a colour shared by many actors in short paths, every actor drawn once', () => {
    const { ctx, calls } = recorder();
    const count = 2 * SHAPES_PER_PATH + 1;
    const nodes = Array.from({ length: count }, (_, i) => ({
      x: i,
      y: 0,
      size: 10,
      colour: '#111111',
      shape: 'triangle' as const,
    }));
    drawOverview(ctx, scene({ nodes, edges: [], widths: [] }));
    const fills = calls.filter((c) => c.op === 'fill');
    expect(fills).toHaveLength(3);
    expect(fills.every((f) => f.style?.fillStyle === '#111111')).toBe(true);
    // One outline (a moveTo) per actor, and each path begun before its outlines.
    expect(calls.filter((c) => c.op === 'moveTo')).toHaveLength(count);
    const begins = calls.map((c, i) => (c.op === 'beginPath' ? i : -1)).filter((i) => i >= 0);
    const fillAt = calls.map((c, i) => (c.op === 'fill' ? i : -1)).filter((i) => i >= 0);
    for (let k = 0; k < 3; k++) {
      const outlines = calls
        .slice(begins.at(-3 + k), fillAt[k])
        .filter((c) => c.op === 'moveTo').length;
      expect(outlines).toBe(k < 2 ? SHAPES_PER_PATH : 1);
    }
  });

  it('keeps every actor at least a pixel across at a whole-map zoom', () => {
    const { ctx, calls } = recorder();
    drawOverview(ctx, scene({ viewport: { zoom: 0.01, pan: { x: 0, y: 0 } } }));
    const arc = calls.find((c) => c.op === 'arc');
    expect(arc?.args[2]).toBe(0.5);
  });

  it('draws each actor in the look of its marks: faded, left out, bordered', () => {
    const { ctx, calls } = recorder();
    const [a, b, c] = scene().nodes as [OverviewNode, OverviewNode, OverviewNode];
    const nodes = [
      { ...a, alpha: 0.12 },
      { ...b, alpha: 0 },
      { ...c, ring: { width: 4, colour: '#1D4ED8', opacity: 1 } },
    ];
    drawOverview(ctx, scene({ nodes, edges: [], widths: [] }));
    const fills = calls.filter((f) => f.op === 'fill');
    // Same colour, two opacities: two paths; the hidden actor is not drawn at all.
    expect(fills.map((f) => [f.style?.fillStyle, f.style?.globalAlpha])).toEqual([
      ['#111111', 0.12],
      ['#111111', 1],
    ]);
    expect(calls.some((f) => f.op === 'rect')).toBe(false);
    // The border, over the fills, as wide as the zoom makes it.
    const ring = calls.filter((f) => f.op === 'stroke');
    expect(ring).toHaveLength(1);
    expect(calls.indexOf(ring[0] as (typeof calls)[0])).toBeGreaterThan(
      calls.indexOf(fills[1] as (typeof calls)[0]),
    );
    expect(ring[0]?.style).toMatchObject({ strokeStyle: '#1D4ED8', lineWidth: 8, globalAlpha: 1 });
  });

  it('skips links whose ends are not drawn', () => {
    const { ctx, calls } = recorder();
    drawOverview(ctx, scene({ edges: [0, 7, 0, 1], widths: [1, 1] }));
    const links = calls.slice(
      0,
      calls.findIndex((c) => c.op === 'stroke'),
    );
    expect(links.filter((c) => c.op === 'lineTo').map((c) => c.args)).toEqual([[210, 20]]);
  });
});

describe('followTransform', () => {
  it('moves a picture drawn for one viewport to where the map is now', () => {
    const drawn = { zoom: 2, pan: { x: 10, y: 20 } };
    expect(followTransform(drawn, 2, { x: 10, y: 20 })).toBe('translate(0px, 0px) scale(1)');
    // Zoomed in twice and panned: model point (5, 5) was at (20, 30) on the picture and
    // must be at 5·4 + 100 = 120, 5·4 − 40 = −20 now: 2 × (20, 30) + (80, −80).
    const t = followTransform(drawn, 4, { x: 100, y: -40 });
    expect(t).toBe('translate(80px, -80px) scale(2)');
  });
});
