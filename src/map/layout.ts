// Layouts, as the map sees them. Territory-sized maps (≤ FCOSE_MAX actors) are laid out by
// fcose, seeded so that the same inventory always gives the same map; bigger maps are drawn
// at once on a grouped arrangement, then ForceAtlas2 runs. Both run in workers supplied by
// the app as a `PositionsRunner` (src/workers/layout-core.ts); fcose runs here only where
// workers cannot, with the same options (src/layout/fcose.ts).
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { withSeededRandom } from '../analysis';
import { fcoseOptions, type LayoutRun } from '../layout';
import { chunkSize, frameThenTask, measureBounds } from './turns.ts';

/** Runs fcose on `nodes` (and the edges between them) synchronously, with a fixed seed. */
export function runFcose(cy: Core, nodes: NodeCollection, seed = 7): void {
  const eles = nodes.union(nodes.edgesWith(nodes));
  withSeededRandom(seed, () => {
    eles.layout(fcoseOptions(nodes.length)).run();
  });
}

/**
 * A first arrangement for big maps: groups (communities) on a sunflower spiral, biggest in
 * the middle, each group's members on a small sunflower around its centre. Deterministic,
 * O(n), and a good start for ForceAtlas2.
 */
export function groupedPositions(
  ids: readonly string[],
  groupOf: (id: string) => number,
  spacing = 22,
): Float64Array {
  const groups = new Map<number, number[]>();
  ids.forEach((id, i) => {
    const g = groupOf(id);
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  });
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
  const xy = new Float64Array(ids.length * 2);
  const golden = Math.PI * (3 - Math.sqrt(5));
  // Group centres: a sunflower whose step grows with the groups' radii.
  let ring = 0;
  ordered.forEach((members, g) => {
    const radius = spacing * Math.sqrt(members.length) * 0.8;
    const r = g === 0 ? 0 : ring + radius;
    ring = Math.max(ring, g === 0 ? radius * 1.3 : ring + radius * 0.18);
    const cx = r * Math.cos(g * golden);
    const cy = r * Math.sin(g * golden);
    members.forEach((node, k) => {
      const rr = spacing * 0.8 * Math.sqrt(k);
      xy[2 * node] = cx + rr * Math.cos(k * golden);
      xy[2 * node + 1] = cy + rr * Math.sin(k * golden);
    });
  });
  return xy;
}

/**
 * Rescales positions so that the median link is `length` model pixels long, centred on 0:
 * ForceAtlas2's units are arbitrary.
 */
export function normalisePositions(
  xy: Float64Array | Float32Array,
  edges: Int32Array,
  length = 80,
): Float64Array {
  const n = xy.length / 2;
  const out = new Float64Array(xy.length);
  if (n === 0) return out;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xy[2 * i] as number;
    my += xy[2 * i + 1] as number;
  }
  mx /= n;
  my /= n;
  const lengths: number[] = [];
  const step = Math.max(1, Math.floor(edges.length / 2 / 2000));
  for (let e = 0; e < edges.length / 2; e += step) {
    const a = edges[2 * e] as number;
    const b = edges[2 * e + 1] as number;
    const dx = (xy[2 * a] as number) - (xy[2 * b] as number);
    const dy = (xy[2 * a + 1] as number) - (xy[2 * b + 1] as number);
    lengths.push(Math.hypot(dx, dy));
  }
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const scale = median > 0 ? length / median : 1;
  for (let i = 0; i < n; i++) {
    out[2 * i] = ((xy[2 * i] as number) - mx) * scale;
    out[2 * i + 1] = ((xy[2 * i + 1] as number) - my) * scale;
  }
  return out;
}

/** Progress of a layout run in a worker (0–1), and a way to stop it. */
export interface LayoutProgress {
  running: boolean;
  fraction: number;
}

/**
 * Computes positions off the main thread: fcose, or ForceAtlas2 from the start positions
 * `xy` (src/layout/input.ts). Calls `onProgress` with intermediate positions; resolves with
 * the final ones, or null when cancelled through `signal`.
 */
export type PositionsRunner = (
  input: LayoutRun,
  onProgress: (fraction: number, xy: Float64Array) => void,
  signal: AbortSignal,
) => Promise<Float64Array | null>;

/** Writes positions (x0, y0, x1, …, in the order of `nodes`) into Cytoscape in one batch. */
export function applyPositions(cy: Core, nodes: NodeCollection, xy: Float64Array): void {
  cy.batch(() => {
    nodes.forEach((node, i) => {
      node.position({ x: xy[2 * i] as number, y: xy[2 * i + 1] as number });
    });
  });
}

/** Big maps move their actors to a layout's positions in chunks of about this many
 * milliseconds of work each (events and bounding boxes of every actor moved; 1,500 actors
 * made a task of about 200 ms on two busy cores), starting from this many actors. */
const PLACE_BUDGET = 60;
const PLACE_FIRST = 500;

/**
 * Moves `nodes` to `xy` (node order) a chunk per frame, their bounding boxes measured as
 * they go. Chunk sizes follow the time the last chunk's work took (its moves and boxes, then
 * Cytoscape's frame of pre-draw work), aiming at PLACE_BUDGET ms a turn. False when
 * `stopped` meanwhile.
 */
export async function applyPositionsInChunks(
  cy: Core,
  nodes: NodeCollection,
  xy: Float64Array,
  stopped: () => boolean,
): Promise<boolean> {
  let size = PLACE_FIRST;
  for (let i = 0; i < nodes.length;) {
    const started = performance.now();
    const chunk = nodes.slice(i, i + size);
    applyPositions(cy, chunk, xy.subarray(2 * i));
    measureBounds(chunk);
    const worked = performance.now() - started;
    i += chunk.length;
    await frameThenTask();
    if (stopped()) return false;
    size = chunkSize(PLACE_BUDGET, worked / Math.max(1, chunk.length), chunk.length);
  }
  return true;
}

/** Ease in and out (cubic) of `t` in [0, 1]. */
export function easeInOut(t: number): number {
  const u = Math.min(1, Math.max(0, t));
  return u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2;
}

/** The positions a fraction `t` (eased) of the way from `from` to `to`, into `out`. */
export function positionsBetween(
  from: Float64Array,
  to: Float64Array,
  t: number,
  out: Float64Array = new Float64Array(to.length),
): Float64Array {
  const k = easeInOut(t);
  for (let i = 0; i < to.length; i++) {
    const a = from[i] as number;
    out[i] = a + ((to[i] as number) - a) * k;
  }
  return out;
}

/** Reads the positions of `nodes` (x0, y0, x1, …). */
export function positionsOf(nodes: NodeCollection): Float64Array {
  const xy = new Float64Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    const p = node.position();
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  return xy;
}

/**
 * Moves `nodes` from where they stand to `to` over `ms` milliseconds, eased, one step per
 * animation frame (as many frames as the machine draws: the last one lands on `to`), but
 * the `kept` ones, which stay where they are. Resolves false when `stopped` says so midway.
 */
export async function glidePositions(
  cy: Core,
  nodes: NodeCollection,
  to: Float64Array,
  ms: number,
  stopped: () => boolean,
  kept: (node: NodeSingular) => boolean = () => false,
): Promise<boolean> {
  const from = positionsOf(nodes);
  const at = new Float64Array(to.length);
  const started = performance.now();
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (stopped()) return false;
    const t = Math.min(1, (performance.now() - started) / ms);
    if (t < 1) positionsBetween(from, to, t, at);
    else at.set(to);
    // An actor dragged meanwhile stays where it was put.
    nodes.forEach((node, i) => {
      if (!kept(node)) return;
      const p = node.position();
      at[2 * i] = p.x;
      at[2 * i + 1] = p.y;
    });
    applyPositions(cy, nodes, at);
    if (t >= 1) return true;
  }
}
