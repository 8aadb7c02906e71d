import { describe, expect, it } from 'vitest';
import type { LinkLook } from '../../src/map/edge-look.ts';
import {
  drawingOrder,
  drawLinks,
  LINKS_PER_PATH,
  type LinkContext,
  type LinkScene,
} from '../../src/map/links-drawing.ts';

/** Records the calls and the context's state at each stroke. */
function recorder() {
  const calls: { op: string; args: unknown[]; style: Record<string, unknown> }[] = [];
  const ctx = { strokeStyle: '', lineWidth: 1, globalAlpha: 1, dash: [] as number[] };
  const op =
    (name: string) =>
    (...args: unknown[]) => {
      if (name === 'setLineDash') ctx.dash = args[0] as number[];
      calls.push({
        op: name,
        args,
        style: {
          strokeStyle: ctx.strokeStyle,
          lineWidth: ctx.lineWidth,
          globalAlpha: ctx.globalAlpha,
          dash: ctx.dash,
        },
      });
    };
  Object.assign(ctx, {
    beginPath: op('beginPath'),
    moveTo: op('moveTo'),
    lineTo: op('lineTo'),
    stroke: op('stroke'),
    setLineDash: op('setLineDash'),
  });
  return { ctx: ctx as unknown as LinkContext, calls };
}

const plain: LinkLook = { colour: '#888888', opacity: 0.5, width: null, dash: null };
const faint: LinkLook = { colour: '#888888', opacity: 0.06, width: null, dash: null };
const bridge: LinkLook = { colour: '#A4161A', opacity: 1, width: 6, dash: [10, 5] };
const looks: (LinkLook | null)[] = [plain, faint, bridge, null];

// Four actors on a square 100 apart; five links.
const scene = (over: Partial<LinkScene> = {}): LinkScene => ({
  xy: Float64Array.from([0, 0, 100, 0, 100, 100, 0, 100]),
  pairs: Int32Array.from([0, 1, 1, 2, 2, 3, 3, 0, 0, 2]),
  widths: Float64Array.from([1, 2, 1, 1, 1]),
  states: Uint16Array.from([0, 0, 1, 2, 3]),
  looks,
  viewport: { zoom: 2, pan: { x: 10, y: 20 } },
  screen: { width: 1000, height: 1000 },
  ...over,
});

const strokes = (calls: ReturnType<typeof recorder>['calls']) =>
  calls.filter((c) => c.op === 'stroke').map((c) => c.style);

describe('drawingOrder', () => {
  it('leaves out links not drawn and puts faint links first, emphasised ones last', () => {
    const order = [...drawingOrder(scene())];
    // Link 4 (state 3) is not drawn; the faint one (2) first, the bridge (3) last.
    expect(order).toEqual([2, 0, 1, 3]);
  });

  it('groups links of the same look by width', () => {
    const order = [
      ...drawingOrder(scene({ widths: Float64Array.from([3, 1, 3, 1, 1]), states: null })),
    ];
    expect(order.slice(0, 3).sort()).toEqual([1, 3, 4]);
    expect(order.slice(3).sort()).toEqual([0, 2]);
  });

  it('orders by opacity, then state, then width, equal links in their own order', () => {
    // A seeded scene of many links, against the order's definition as a comparison sort.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const count = 2000;
    const widths = Float64Array.from(
      { length: count },
      () => [1, 1.5, 2, 4][Math.floor(random() * 4)] as number,
    );
    const states = Uint16Array.from({ length: count }, () => Math.floor(random() * 6));
    const looks = [0.2, 0.9, null, 0.2, 0.5, 0.9].map((opacity) =>
      opacity === null ? null : { ...plain, opacity },
    );
    const opacity = (i: number) => looks[states[i] as number]?.opacity ?? 0;
    const expected = [...Array(count).keys()]
      .filter((i) => looks[states[i] as number])
      .sort(
        (a, b) =>
          opacity(a) - opacity(b) ||
          (states[a] as number) - (states[b] as number) ||
          (widths[a] as number) - (widths[b] as number) ||
          a - b,
      );
    expect([...drawingOrder({ widths, states, looks })]).toEqual(expected);
  });
});

describe('drawLinks', () => {
  it('strokes one path per look and width, at screen positions', () => {
    const { ctx, calls } = recorder();
    const s = scene();
    const drawn = drawLinks(ctx, s, drawingOrder(s));
    expect(drawn).toBe(4);
    const styles = strokes(calls);
    // faint, plain width 1, plain width 2, bridge.
    expect(styles).toHaveLength(4);
    expect(styles[0]).toMatchObject({ globalAlpha: 0.06, lineWidth: 2 });
    expect(styles[1]).toMatchObject({ globalAlpha: 0.5, lineWidth: 2 });
    expect(styles[2]).toMatchObject({ globalAlpha: 0.5, lineWidth: 4 });
    // The bridge: its own width (6) and dashes, both scaled by the zoom.
    expect(styles[3]).toMatchObject({ strokeStyle: '#A4161A', lineWidth: 12, dash: [20, 10] });
    // The first link (0 → 1): model (x, y) → (2x + 10, 2y + 20).
    const moves = calls.filter((c) => c.op === 'moveTo').map((c) => c.args);
    const ends = calls.filter((c) => c.op === 'lineTo').map((c) => c.args);
    const first = moves.findIndex((m) => m[0] === 10 && m[1] === 20);
    expect(ends[first]).toEqual([210, 20]);
    // Dashes are reset for whatever draws next.
    expect(calls.at(-1)).toMatchObject({ op: 'setLineDash', args: [[]] });
  });

  it('skips links wholly off one side of the screen', () => {
    const { ctx, calls } = recorder();
    // Pan so that actors 0 and 3 (x = 0) are off the left edge, 1 and 2 on screen.
    const s = scene({ viewport: { zoom: 1, pan: { x: -50, y: 0 } }, states: null });
    expect(drawLinks(ctx, s, drawingOrder(s))).toBe(4);
    const cut = scene({ viewport: { zoom: 1, pan: { x: -150, y: 0 } }, states: null });
    // Everything is left of the screen now.
    expect(drawLinks(ctx, cut, drawingOrder(cut))).toBe(0);
    // Nothing was stroked for it: the strokes are those of the first scene.
    expect(calls.filter((c) => c.op === 'lineTo')).toHaveLength(4);
  });

  it('draws links thinner than a pixel as hairlines, lighter in proportion', () => {
    const { ctx, calls } = recorder();
    const s = scene({ viewport: { zoom: 0.25, pan: { x: 0, y: 0 } }, states: null });
    drawLinks(ctx, s, drawingOrder(s));
    const [thin, thicker] = strokes(calls);
    expect(thin).toMatchObject({ lineWidth: 1 });
    expect(thin?.globalAlpha).toBeCloseTo(0.5 * 0.25);
    expect(thicker?.globalAlpha).toBeCloseTo(0.5 * 0.5);
  });

  it('strokes the same paths whether drawn at once or a block of the order at a time', () => {
    // Many links of one look: paths of LINKS_PER_PATH at most, however the drawing is cut.
    const count = 2 * LINKS_PER_PATH + 10;
    const s = scene({
      pairs: Int32Array.from({ length: 2 * count }, (_, k) => k % 4),
      widths: new Float64Array(count).fill(1),
      states: null,
    });
    const order = drawingOrder(s);
    const once = recorder();
    expect(drawLinks(once.ctx, s, order)).toBe(count);
    const cut = recorder();
    let drawn = 0;
    for (let start = 0; start < count; start += LINKS_PER_PATH) {
      drawn += drawLinks(cut.ctx, s, order, start, start + LINKS_PER_PATH);
    }
    expect(drawn).toBe(count);
    const ops = (calls: { op: string }[]) =>
      calls.map((c) => c.op).filter((op) => op !== 'setLineDash');
    expect(ops(cut.calls)).toEqual(ops(once.calls));
    expect(once.calls.filter((c) => c.op === 'stroke')).toHaveLength(3);
  });

  it('skips links to actors it has no position for', () => {
    const { ctx } = recorder();
    const s = scene({ pairs: Int32Array.from([0, 9, 0, 1]), widths: Float64Array.from([1, 1]) });
    expect(drawLinks(ctx, { ...s, states: null }, Int32Array.from([0, 1]))).toBe(1);
  });
});
