// Layouts, as the map sees them. Territory-sized maps (≤ FCOSE_MAX actors) are laid out by
// fcose, seeded so that the same inventory always gives the same map; bigger maps are drawn
// at once on a grouped arrangement, then ForceAtlas2 runs. Both run in workers supplied by
// the app as a `PositionsRunner` (src/workers/layout-core.ts); fcose runs here only where
// workers cannot.
import type { Core, LayoutOptions, NodeCollection } from 'cytoscape';
import { withSeededRandom } from '../analysis/random.ts';

export const FCOSE_MAX = 1000;

/** fcose settings by size: full quality on small maps, draft above a few hundred actors
 * (default quality costs ~5 s at 500 actors in headless Chromium: docs/architecture.md). The
 * same as the layout worker's (src/workers/layout-core.ts): this one is the fallback where workers
 * cannot run. */
export function fcoseOptions(nodes: number): LayoutOptions {
  return {
    name: 'fcose',
    quality: nodes <= 300 ? 'default' : 'draft',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: false,
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 100,
    edgeElasticity: () => 0.35,
    nestingFactor: 0.1,
    gravity: 0.3,
    gravityRange: 3.8,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 24,
    tilingPaddingHorizontal: 24,
    nodeSeparation: 120,
  } as LayoutOptions;
}

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
 * `xy` (x0, y0, x1, …) of nodes 0..n−1; `edges` are index pairs (a0, b0, a1, …), `sizes` the
 * node diameters, `aspect` the screen area's width / height (small groups are packed to
 * suit it). Calls `onProgress` with intermediate positions; resolves with the final ones,
 * or null when cancelled through `signal`.
 */
export type PositionsRunner = (
  input: {
    mode: 'fcose' | 'forceatlas2';
    n: number;
    edges: Int32Array;
    sizes: Float64Array;
    xy: Float64Array;
    aspect: number;
    /** Name boxes below the nodes (w0, h0, w1, h1, …) that fcose keeps free. */
    labels?: Float64Array;
  },
  onProgress: (fraction: number, xy: Float64Array) => void,
  signal: AbortSignal,
) => Promise<Float64Array | null>;

/**
 * The viewport that shows circles (x, y, diameter triples) in a `width` × `height` screen
 * with `padding` pixels around and `labelRoom` screen pixels below for names.
 */
export function fitViewport(
  circles: readonly number[],
  width: number,
  height: number,
  padding: number,
  labelRoom: number,
  minZoom: number,
  maxZoom: number,
): { zoom: number; pan: { x: number; y: number } } | null {
  if (circles.length < 3 || width <= 0 || height <= 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < circles.length; i += 3) {
    const r = (circles[i + 2] as number) / 2;
    x1 = Math.min(x1, (circles[i] as number) - r);
    x2 = Math.max(x2, (circles[i] as number) + r);
    y1 = Math.min(y1, (circles[i + 1] as number) - r);
    y2 = Math.max(y2, (circles[i + 1] as number) + r);
  }
  const w = Math.max(x2 - x1, 1);
  const h = Math.max(y2 - y1, 1);
  const zoom = Math.min(
    maxZoom,
    Math.max(minZoom, Math.min((width - 2 * padding) / w, (height - 2 * padding - labelRoom) / h)),
  );
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: (height - labelRoom) / 2 - cy * zoom } };
}

/** Writes positions (x0, y0, x1, …, in the order of `nodes`) into Cytoscape in one batch. */
export function applyPositions(cy: Core, nodes: NodeCollection, xy: Float64Array): void {
  cy.batch(() => {
    nodes.forEach((node, i) => {
      node.position({ x: xy[2 * i] as number, y: xy[2 * i + 1] as number });
    });
  });
}
