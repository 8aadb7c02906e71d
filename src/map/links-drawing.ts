// Links stroked in bulk on a 2D canvas: one path per look (colour, opacity, width, dash)
// instead of one stroke per link, which is what makes 36,000 links cost tens of
// milliseconds rather than seconds in software rasterisation. Used by the big map's still
// picture (overview.ts) and by its link layer (edge-layer.ts). No library draws a graph's
// links in bulk on a bare 2D context, hence this module.
import type { LinkLook } from './edge-look.ts';

export interface LinkScene {
  /** Node positions in model pixels: x0, y0, x1, y1, … */
  xy: Float64Array;
  /** Node index pairs, one per link. */
  pairs: Int32Array;
  /** Each link's own width in model pixels. */
  widths: Float64Array;
  /** Each link's state (edge-look.ts `LINK_STATES` bits); null: all 0. */
  states: Uint16Array | null;
  /** The look of each state (null: not drawn). */
  looks: readonly (LinkLook | null)[];
  viewport: { zoom: number; pan: { x: number; y: number } };
  /** The screen's size in CSS pixels: links wholly off one side of it are skipped. */
  screen: { width: number; height: number };
}

/** The part of CanvasRenderingContext2D the drawing uses (tests pass a recorder). */
export type LinkContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'setLineDash'
> & {
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  lineWidth: number;
  globalAlpha: number;
};

/** Below this many screen pixels a link is drawn at this width with less opacity, as a
 * canvas does with hairlines (so that a whole-map view is not a grey blot). */
const HAIRLINE = 1;

/**
 * The order links are drawn in: faint looks first, then by look and width, so that each
 * run of equal (look, width) is one path and emphasised links come on top. Depends on the
 * states and widths only: computed again when those change, not on each frame.
 */
export function drawingOrder(scene: Pick<LinkScene, 'widths' | 'states' | 'looks'>): Int32Array {
  const { widths, states, looks } = scene;
  const count = widths.length;
  const state = (i: number) => (states ? (states[i] as number) : 0);
  // Each link's bucket is (rank of its state by opacity then state, rank of its width); the
  // buckets in order, each with its links in their own order, are the drawing order. A
  // counting sort over typed arrays: at 200,000 links a comparison sort (or a native sort of
  // numeric keys) was a task of its own, with its garbage.
  const drawnStates: number[] = [];
  const stateSeen = new Set<number>();
  const widthSeen = new Set<number>();
  for (let i = 0; i < count; i++) {
    const s = state(i);
    if (!looks[s]) continue;
    if (!stateSeen.has(s)) {
      stateSeen.add(s);
      drawnStates.push(s);
    }
    widthSeen.add(widths[i] as number);
  }
  const opacity = (s: number) => looks[s]?.opacity ?? 0;
  drawnStates.sort((a, b) => opacity(a) - opacity(b) || a - b);
  const stateRank = new Map(drawnStates.map((s, rank) => [s, rank]));
  const widthRank = new Map([...widthSeen].sort((a, b) => a - b).map((w, rank) => [w, rank]));
  const buckets = drawnStates.length * widthSeen.size;
  const bucket = new Int32Array(count);
  const starts = new Int32Array(buckets + 1);
  let kept = 0;
  let lastState = -1;
  let lastRank = -1;
  for (let i = 0; i < count; i++) {
    const s = state(i);
    // Links come in runs of one state: the rank is looked up again only when it changes.
    if (s !== lastState) {
      lastState = s;
      lastRank = stateRank.get(s) ?? -1;
    }
    if (lastRank < 0) {
      bucket[i] = -1;
      continue;
    }
    const b = lastRank * widthSeen.size + (widthRank.get(widths[i] as number) as number);
    bucket[i] = b;
    starts[b + 1] = (starts[b + 1] as number) + 1;
    kept++;
  }
  for (let b = 0; b < buckets; b++)
    starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const order = new Int32Array(kept);
  for (let i = 0; i < count; i++) {
    const b = bucket[i] as number;
    if (b < 0) continue;
    const at = starts[b] as number;
    order[at] = i;
    starts[b] = at + 1;
  }
  return order;
}

/** The links of one look are stroked in paths of at most this many (so that a drawing cut
 * into turns, edge-layer.ts, looks the same as one made at once). */
export const LINKS_PER_PATH = 4096;

/** Strokes the links of `order` (from `drawingOrder`), those from `start` to `end` (a
 * multiple of LINKS_PER_PATH, or the end); returns how many were drawn. */
export function drawLinks(
  ctx: LinkContext,
  scene: LinkScene,
  order: Int32Array,
  start = 0,
  end = order.length,
): number {
  const { xy, pairs, widths, states, looks, screen } = scene;
  const { zoom, pan } = scene.viewport;
  let drawn = 0;
  let runState = -1;
  let runWidth = -1;
  let open = false;
  for (let k = start; k < Math.min(end, order.length); k++) {
    if (open && k % LINKS_PER_PATH === 0) {
      // A new path at each block of the order, whatever the look: the same paths whether
      // the drawing is made in one turn or several.
      ctx.stroke();
      ctx.beginPath();
    }
    const i = order[k] as number;
    const state = states ? (states[i] as number) : 0;
    const look = looks[state];
    if (!look) continue;
    const a = pairs[2 * i] as number;
    const b = pairs[2 * i + 1] as number;
    // An end that is not drawn: neither is the link.
    if (Math.min(a, b) < 0 || 2 * Math.max(a, b) + 1 >= xy.length) continue;
    const x1 = (xy[2 * a] as number) * zoom + pan.x;
    const y1 = (xy[2 * a + 1] as number) * zoom + pan.y;
    const x2 = (xy[2 * b] as number) * zoom + pan.x;
    const y2 = (xy[2 * b + 1] as number) * zoom + pan.y;
    // Wholly off one side of the screen: nothing of it shows.
    if (
      (x1 < 0 && x2 < 0) ||
      (y1 < 0 && y2 < 0) ||
      (x1 > screen.width && x2 > screen.width) ||
      (y1 > screen.height && y2 > screen.height)
    ) {
      continue;
    }
    const width = look.width ?? (widths[i] as number);
    if (state !== runState || width !== runWidth) {
      if (open) ctx.stroke();
      runState = state;
      runWidth = width;
      const onScreen = width * zoom;
      ctx.strokeStyle = look.colour;
      ctx.lineWidth = Math.max(HAIRLINE, onScreen);
      ctx.globalAlpha = look.opacity * Math.min(1, onScreen / HAIRLINE);
      ctx.setLineDash(look.dash ? look.dash.map((d) => d * zoom) : []);
      ctx.beginPath();
      open = true;
    }
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    drawn++;
  }
  if (open) ctx.stroke();
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  return drawn;
}
