// Layout computations that run in workers: fcose on a headless Cytoscape for maps up to
// FCOSE_MAX actors (seeded, so the same inventory always gives the same map; its options and
// input are src/layout/'s, the same the map uses), ForceAtlas2 above (the library's one-iteration kernel on flat matrices kept between iterations), and
// the packing of small groups beside the main one. Positions are flat arrays
// (x0, y0, x1, y1, …) in the order of the nodes given.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { withSeededRandom } from '../analysis';
import {
  fcoseOptions,
  groupedLayout,
  type GroupForce,
  type GroupedInput,
  type LayoutInput,
} from '../layout';

let registered = false;

/** fcose on `input`, its quality chosen for a map of `mapSize` actors (a group of the grouped
 * layout is laid out as its whole map would be: draft above a few hundred actors). */
export function fcoseLayout(input: LayoutInput, seed = 7, mapSize = input.n): Float64Array {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const { n, edges, sizes, labels } = input;
  const elements: ElementDefinition[] = [];
  // With a name, a node is laid out as the box of its shape and its name below.
  const below = (i: number) => (labels ? (labels[2 * i + 1] as number) + 4 : 0);
  for (let i = 0; i < n; i++) {
    const size = sizes[i] ?? 30;
    const w = Math.max(size, labels ? (labels[2 * i] as number) : 0);
    elements.push({ group: 'nodes', data: { id: `n${i}`, w, h: size + below(i) } });
  }
  for (let e = 0; e < edges.length / 2; e++) {
    elements.push({
      group: 'edges',
      data: { id: `e${e}`, source: `n${edges[2 * e]}`, target: `n${edges[2 * e + 1]}` },
    });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  if (n > 0) withSeededRandom(seed, () => cy.layout(fcoseOptions(mapSize)).run());
  const xy = new Float64Array(n * 2);
  cy.nodes().forEach((node, i) => {
    const p = node.position();
    xy[2 * i] = p.x;
    // Back from the centre of the box to the centre of the shape.
    xy[2 * i + 1] = p.y - below(i) / 2;
  });
  cy.destroy();
  packComponents(xy, input);
  return xy;
}

/** Floats per node and per edge in ForceAtlas2's matrices. */
const PPN = 10;
const PPE = 3;

/** Iterations by size: enough to settle, within a few seconds on a 2-core laptop (an upper
 * bound where the run may stop once settled, `ForceAtlas2Options.settle`). */
export function iterationsFor(n: number): number {
  if (n <= 2000) return 300;
  if (n <= 5000) return 150;
  return 100;
}

/** Barnes–Hut's opening angle: graphology's 0.5 up to 5,000 actors, Gephi's default 1.2
 * above (at 10,000 actors a third less CPU per iteration, links as short against the map's
 * span after 100 iterations). */
export function thetaFor(n: number): number {
  return n <= 5000 ? 0.5 : 1.2;
}

/** Milliseconds between two progress posts: 250 ms on small maps, more on big ones, where
 * each post costs the page a re-render and a copy of the positions (2.5 s at 50,000). */
export function progressEvery(n: number): number {
  return Math.max(250, n / 20);
}

/** A run may stop from this iteration on, checked every SETTLE_STEP iterations, once the
 * actors move on average less than SETTLE_MOVE of the median link per iteration. */
const SETTLE_FROM = 30;
const SETTLE_STEP = 5;
export const SETTLE_MOVE = 0.05;

/** The median length of the links (a sample of about 2,000 on big maps); 0 without links. */
export function medianLink(xy: ArrayLike<number>, edges: Int32Array): number {
  const m = edges.length / 2;
  const step = Math.max(1, Math.floor(m / 2000));
  const lengths: number[] = [];
  for (let e = 0; e < m; e += step) {
    const a = edges[2 * e] as number;
    const b = edges[2 * e + 1] as number;
    lengths.push(
      Math.hypot(
        (xy[2 * a] as number) - (xy[2 * b] as number),
        (xy[2 * a + 1] as number) - (xy[2 * b + 1] as number),
      ),
    );
  }
  if (lengths.length === 0) return 0;
  lengths.sort((x, y) => x - y);
  return lengths[lengths.length >> 1] as number;
}

/**
 * Whether a run has settled: between `before` and `after` (flat x, y arrays, `steps`
 * iterations apart), the actors moved on average less than SETTLE_MOVE of the median link
 * per iteration (ForceAtlas2's swinging keeps them moving a little for ever).
 */
export function settled(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  edges: Int32Array,
  steps: number,
): boolean {
  const n = after.length / 2;
  const link = medianLink(after, edges);
  if (n === 0 || link === 0) return true;
  let moved = 0;
  for (let i = 0; i < n; i++) {
    moved += Math.hypot(
      (after[2 * i] as number) - (before[2 * i] as number),
      (after[2 * i + 1] as number) - (before[2 * i + 1] as number),
    );
  }
  return moved / n / steps < SETTLE_MOVE * link;
}

/** How a ForceAtlas2 run goes beyond its start positions and iterations. */
export interface ForceAtlas2Options {
  /** Receives intermediate positions about every `progressEvery(n)` ms. */
  onProgress?: (done: number, xy: Float64Array) => void;
  /** Barnes–Hut (default above 2,000 actors). */
  barnesHut?: boolean;
  /** Stops before the last iteration once the actors have settled (`settled`). */
  settle?: boolean;
}

/**
 * ForceAtlas2 from start positions `xy` (graphology's inferred settings, Barnes–Hut above
 * 2,000 actors), for `iterations` at most; `options.onProgress` receives
 * intermediate positions about every `progressEvery(n)` ms.
 */
export function forceAtlas2Layout(
  input: LayoutInput & { xy: Float64Array },
  iterations: number,
  options: ForceAtlas2Options = {},
): Float64Array {
  const { onProgress } = options;
  const barnesHut = options.barnesHut ?? input.n > 2000;
  const { n, edges, xy } = input;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = xy[2 * i] as number;
    nodes[j + 1] = xy[2 * i + 1] as number;
    nodes[j + 6] = 1; // mass: 1 + degree
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  }
  const m = edges.length / 2;
  const matrix = new Float32Array(m * PPE);
  for (let e = 0; e < m; e++) {
    const a = edges[2 * e] as number;
    const b = edges[2 * e + 1] as number;
    matrix[e * PPE] = a * PPN;
    matrix[e * PPE + 1] = b * PPN;
    matrix[e * PPE + 2] = 1;
    nodes[a * PPN + 6] = (nodes[a * PPN + 6] as number) + 1;
    nodes[b * PPN + 6] = (nodes[b * PPN + 6] as number) + 1;
  }
  const settings = {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(n, 1)),
    barnesHutOptimize: barnesHut,
    barnesHutTheta: thetaFor(n),
  };
  const positions = (): Float64Array => {
    const out = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      out[2 * i] = nodes[i * PPN] as number;
      out[2 * i + 1] = nodes[i * PPN + 1] as number;
    }
    return out;
  };
  const every = progressEvery(n);
  let lastPost = performance.now();
  let before = options.settle ? positions() : null;
  for (let it = 1; it <= iterations; it++) {
    iterate(settings, nodes, matrix);
    if (before && it >= SETTLE_FROM && it % SETTLE_STEP === 0 && it < iterations) {
      const now = positions();
      if (settled(before, now, edges, SETTLE_STEP)) return now;
      before = now;
    } else if (before && it % SETTLE_STEP === 0) before = positions();
    if (onProgress && it < iterations && performance.now() - lastPost > every) {
      onProgress(it, positions());
      lastPost = performance.now();
    }
  }
  return positions();
}

/** The force that lays out each group of the grouped layout: fcose (in its full quality)
 * on a map of up to GROUP_FCOSE_MAX actors, ForceAtlas2 from the group's start positions
 * above (a headless Cytoscape per group made fcose's draft cost 1.2 s of CPU at 1,000
 * actors in 13 groups; ForceAtlas2 takes a seventh of that). */
export function groupForce(total: number): GroupForce {
  return total <= GROUP_FCOSE_MAX
    ? (group) => fcoseLayout(group, 7, total)
    : // The big map's number of iterations, and Barnes–Hut from a few hundred members: a
      // group of 800 with exact repulsion costs more than the whole map with Barnes–Hut.
      (group) => forceAtlas2Layout(group, iterationsFor(total), { barnesHut: group.n > 300 });
}
const GROUP_FCOSE_MAX = 300;

/** The grouped layout (src/layout/grouped.ts) with the workers' forces; `onProgress` gets
 * the positions so far about every 250 ms, a group at a time. */
export function groupedRun(
  input: GroupedInput,
  onProgress?: (done: number, total: number, xy: Float64Array) => void,
): Float64Array {
  let lastPost = performance.now();
  return groupedLayout(input, groupForce(input.n), (done, total, xy) => {
    // The regions at once (done 0), then a group at a time, 250 ms apart at least.
    if (onProgress && done < total && (done === 0 || performance.now() - lastPost > 250)) {
      onProgress(done, total, xy.slice());
      lastPost = performance.now();
    }
  }).xy;
}

/** Connected components of nodes 0..n−1 (union–find), each a list of node indices,
 * biggest first (ties: smallest first node). */
export function componentsOf(n: number, edges: Int32Array): number[][] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  for (let e = 0; e < edges.length / 2; e++) {
    const a = find(edges[2 * e] as number);
    const b = find(edges[2 * e + 1] as number);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].sort(
    (a, b) => b.length - a.length || (a[0] as number) - (b[0] as number),
  );
}

/**
 * Gathers the small connected groups and isolated actors beside the main group (or below
 * it, whichever suits the screen's shape), in rows, instead of wherever the forces left
 * them: the map fills the screen and the main group is drawn bigger. In place.
 */
export function packComponents(xy: Float64Array, input: LayoutInput, gap = 50): void {
  const { n, edges, sizes, aspect } = input;
  const components = componentsOf(n, edges);
  if (components.length < 2) return;
  const box = (members: number[]) => {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const i of members) {
      const r = (sizes[i] ?? 30) / 2;
      x1 = Math.min(x1, (xy[2 * i] as number) - r);
      x2 = Math.max(x2, (xy[2 * i] as number) + r);
      y1 = Math.min(y1, (xy[2 * i + 1] as number) - r);
      y2 = Math.max(y2, (xy[2 * i + 1] as number) + r);
    }
    return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
  };
  const main = box(components[0] as number[]);
  const beside = main.w / Math.max(1, main.h) < aspect;
  const limit = Math.max(beside ? main.h : main.w, 200);
  let along = 0;
  let across = (beside ? main.x2 : main.y2) + gap;
  let band = 0;
  for (const members of components.slice(1)) {
    const b = box(members);
    const length = beside ? b.h : b.w;
    const thickness = beside ? b.w : b.h;
    if (along > 0 && along + length > limit) {
      along = 0;
      across += band + gap;
      band = 0;
    }
    const dx = (beside ? across : main.x1 + along) - b.x1;
    const dy = (beside ? main.y1 + along : across) - b.y1;
    for (const i of members) {
      xy[2 * i] = (xy[2 * i] as number) + dx;
      xy[2 * i + 1] = (xy[2 * i + 1] as number) + dy;
    }
    along += length + gap;
    band = Math.max(band, thickness);
  }
}
