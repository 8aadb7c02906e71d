// The centrality kernel: Brandes' algorithm on an unweighted undirected CSR graph.
//
// Written by hand rather than calling graphology-metrics because its betweenness (~70 s)
// and closeness (~12 s, a second set of BFS) are far too slow at 10,000 actors / 40,000
// links (docs/decisions/exact-centralities.md). Here the breadth-first search from each
// source yields both the Brandes dependency accumulation (betweenness) and the distance
// sum / reachable count (closeness), on typed arrays allocated once and reused. Sources are a
// range so that the work can be split across workers and the partial results summed (see
// centrality.ts).
//
// The searches run 32 sources at a time, one bit per source (multi-source BFS, Then et
// al., "The More the Merrier", VLDB 2014): a node is expanded once per *distinct* level
// it has among the 32 sources rather than once per source, and the test "already seen?"
// is one AND for 32 sources. Path counts and dependencies stay per source. On 10,000
// nodes / 40,000 edges this is about twice as fast as one search per source (which, in
// JavaScript, was slower than the same textbook loop compiled from C).
//
// Node weights (blocks.ts) let a node stand for several actors: source s counts for
// weight(s) sources, target t for weight(t) targets. With no weights this is textbook
// Brandes.
import type { CompactGraph } from './compact.ts';

/** What the kernel reads of a compact graph: a thread is sent only this (not the node keys). */
export type KernelGraph = Pick<CompactGraph, 'n' | 'offsets' | 'neighbors' | 'weight'>;

/** What sources `from ≤ s < to` contribute. Partials of disjoint ranges add up. */
export interface BrandesPartial {
  from: number;
  to: number;
  /** Raw Brandes sums over these sources (each unordered pair counted from both ends),
   * weighted by weight(s)·weight(t) when the graph has weights. */
  betweenness: Float64Array;
  /** distSum[s] = Σ weight(t)·distance(s, t) over the nodes s reaches; 0 outside the range. */
  distSum: Float64Array;
  /** reach[s] = number of nodes s reaches, itself excluded; 0 outside the range. */
  reach: Int32Array;
}

/** Sources searched together: one bit each of an Int32 mask. */
const WIDTH = 32;

/** Buffers of the kernel, allocated once per thread and size; a batch writes every slot it
 * reads and leaves only `seen` to clear. */
interface Work {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  weight: Float64Array;
  /** Bit b set: source b has reached the node. */
  seen: Int32Array;
  /** Sources for which the node is on the level being built. */
  next: Int32Array;
  /** The arcs of the shortest-path DAG that the forward pass found, so that the backward
   * pass reads only those instead of every neighbour again: entry e (node v) leads, for
   * arcStart[e] ≤ i < arcStart[e + 1], to the node whose first slot of `paths` is
   * arcs[2i] (2·32·w), for the sources in arcs[2i + 1]. Grown by doubling when a batch
   * needs more. */
  arcs: Int32Array;
  arcStart: Int32Array;
  /** Node-major pairs, slot i = 2·(v·32 + b): paths[i] = σ, the shortest paths from source b
   * to v, which the backward pass replaces by v's coefficient (see `backward`), and
   * paths[i + 1] = δ, what v gathers from its successors. Both are written when the search
   * first reaches v from b, so no pass ever clears them. */
  paths: Float64Array;
  /** Levels as lists of (node, sources) entries: a node appears once per distinct
   * distance it has from the batch's sources, so at most 32 times. */
  entryNode: Int32Array;
  entryMask: Int32Array;
  levelStart: Int32Array;
  fresh: Int32Array;
  /** Per source of the batch: Σ weight·distance, the source's weight. */
  total: Float64Array;
  sourceWeight: Float64Array;
}

export function brandesRange(g: KernelGraph, fromSource: number, toSource: number): BrandesPartial {
  const n = g.n;
  const from = Math.max(0, Math.min(n, fromSource));
  const to = Math.max(from, Math.min(n, toSource));
  const betweenness = new Float64Array(n);
  const distSum = new Float64Array(n);
  const reach = new Int32Array(n);
  if (to === from) return { from, to, betweenness, distSum, reach };
  const work = workFor(g);
  for (let first = from; first < to; first += WIDTH) {
    const width = Math.min(WIDTH, to - first);
    const levels = forward(work, first, width);
    backward(work, first, width, levels, betweenness);
    for (let b = 0; b < width; b++) distSum[first + b] = work.total[b] as number;
    clean(work, work.levelStart[levels + 1] as number);
  }
  // A search reaches its source's whole connected component: reach is its size − 1,
  // counted once here rather than once per node and source in the searches.
  componentReach(work, from, to, reach);
  // Every batch leaves the buffers clean, as it found them: the next range may take them.
  spare = new WeakRef(work);
  return { from, to, betweenness, distSum, reach };
}

/** The buffers of this thread's last call, while the collector has not taken them: a thread
 * that runs range after range of the same graph size reuses them instead of allocating
 * tens of megabytes per range (n·32 paths, dependencies, coefficients). */
let spare: WeakRef<Work> | undefined;

function workFor(g: KernelGraph): Work {
  const n = g.n;
  const kept = spare?.deref();
  // Taken while in use, so that a call that throws never hands on dirty buffers.
  spare = undefined;
  if (kept && kept.n === n && kept.arcStart.length === n * WIDTH + 1) {
    kept.offsets = g.offsets;
    kept.neighbors = g.neighbors;
    kept.weight = g.weight ?? new Float64Array(n).fill(1);
    return kept;
  }
  return {
    n,
    offsets: g.offsets,
    neighbors: g.neighbors,
    weight: g.weight ?? new Float64Array(n).fill(1),
    seen: new Int32Array(n),
    next: new Int32Array(n),
    arcs: new Int32Array(Math.max(32, 8 * g.neighbors.length)),
    arcStart: new Int32Array(n * WIDTH + 1),
    paths: new Float64Array(2 * n * WIDTH),
    entryNode: new Int32Array(n * WIDTH),
    entryMask: new Int32Array(n * WIDTH),
    // A chain has as many levels as nodes.
    levelStart: new Int32Array(n + 2),
    fresh: new Int32Array(n),
    total: new Float64Array(WIDTH),
    sourceWeight: new Float64Array(WIDTH),
  };
}

/** Breadth-first search from sources first .. first + width − 1; returns the deepest level. */
function forward(work: Work, first: number, width: number): number {
  const { seen, paths, entryNode, entryMask, levelStart } = work;
  for (let b = 0; b < width; b++) {
    const s = first + b;
    seen[s] = 1 << b;
    paths[2 * (s * WIDTH + b)] = 1;
    paths[2 * (s * WIDTH + b) + 1] = 0;
    entryNode[b] = s;
    entryMask[b] = 1 << b;
  }
  levelStart[0] = 0;
  levelStart[1] = width;
  work.arcStart[0] = 0;
  let depth = 0;
  while (expand(work, depth)) depth++;
  return depth;
}

/** Builds level depth + 1 from level depth; false when it is empty. */
function expand(work: Work, depth: number): boolean {
  const { offsets, neighbors, seen, next, paths, entryNode, entryMask, levelStart } = work;
  const { fresh, arcStart } = work;
  let pairs = work.arcs;
  const start = levelStart[depth] as number;
  const end = levelStart[depth + 1] as number;
  let found = 0;
  let arcs = arcStart[start] as number;
  for (let e = start; e < end; e++) {
    const v = entryNode[e] as number;
    const mask = entryMask[e] as number;
    const vb = v * WIDTH;
    const first = offsets[v] as number;
    const stop = offsets[v + 1] as number;
    arcStart[e] = arcs;
    if (2 * (arcs + stop - first) > pairs.length) {
      grow(work, 2 * (arcs + stop - first));
      pairs = work.arcs;
    }
    for (let k = first; k < stop; k++) {
      const w = neighbors[k] as number;
      // Sources that reach w for the first time, through v.
      let bits = mask & ~(seen[w] as number);
      if (bits === 0) continue;
      const before = next[w] as number;
      if (before === 0) fresh[found++] = w;
      next[w] = before | bits;
      const wb = w * WIDTH;
      pairs[2 * arcs] = wb << 1;
      pairs[2 * arcs + 1] = bits;
      arcs++;
      // Sources reaching w on this level for the first time start its σ and δ; the others add.
      let reached = bits & ~before;
      bits &= before;
      while (reached !== 0) {
        const low = reached & -reached;
        reached ^= low;
        const b = 31 - Math.clz32(low);
        const i = (wb + b) << 1;
        paths[i] = paths[(vb + b) << 1] as number;
        paths[i + 1] = 0;
      }
      if (bits !== 0) {
        // Sources numbered close together often share an arc as one run of bits (2 arcs in
        // 5 at 10,000 actors): a plain loop over the run, in the same order as bit by bit.
        const lo = 31 - Math.clz32(bits & -bits);
        const run = bits >>> lo;
        if ((run & (run + 1)) === 0) {
          const stop2 = (lo + 32 - Math.clz32(run)) << 1;
          const wi = wb << 1;
          const vi = vb << 1;
          for (let b2 = lo << 1; b2 < stop2; b2 += 2) {
            paths[wi + b2] = (paths[wi + b2] as number) + (paths[vi + b2] as number);
          }
          continue;
        }
      }
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const b = 31 - Math.clz32(low);
        const i = (wb + b) << 1;
        paths[i] = (paths[i] as number) + (paths[(vb + b) << 1] as number);
      }
    }
  }
  arcStart[end] = arcs;
  if (found === 0) return false;
  // Seen is updated only now, so that every predecessor on level `depth` added its paths.
  let entries = end;
  for (let i = 0; i < found; i++) {
    const w = fresh[i] as number;
    const mask = next[w] as number;
    next[w] = 0;
    seen[w] = (seen[w] as number) | mask;
    entryNode[entries] = w;
    entryMask[entries] = mask;
    entries++;
  }
  levelStart[depth + 2] = entries;
  return true;
}

/**
 * Dependency accumulation, deepest level first. δ(w) (slot i + 1) gathers Σ coef over w's
 * successors, so that Brandes' δ = σ(w)·Σ σ(w)/σ(x)·(weight(x) + δ(x)) with σ(w) taken out
 * of the sum; coef(w) = (weight(w) + δ(w))/σ(w) replaces σ(w) (slot i), which nothing reads
 * afterwards, and is what w's own predecessors then add. Each (node, source) pair is done
 * once here, and its distance is added to the source's closeness sums.
 */
function backward(
  work: Work,
  first: number,
  width: number,
  depth: number,
  betweenness: Float64Array,
): void {
  const { weight, paths, entryNode, entryMask, levelStart, total } = work;
  const sourceWeight = work.sourceWeight;
  for (let b = 0; b < width; b++) sourceWeight[b] = weight[first + b] as number;
  total.fill(0);
  for (let d = depth; d >= 1; d--) {
    const start = levelStart[d] as number;
    const end = levelStart[d + 1] as number;
    for (let e = start; e < end; e++) {
      const w = entryNode[e] as number;
      const wb = w * WIDTH;
      const ww = weight[w] as number;
      const far = d * ww;
      let bits = entryMask[e] as number;
      let credit = 0;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const b = 31 - Math.clz32(low);
        const i = (wb + b) << 1;
        const sigma = paths[i] as number;
        const gathered = paths[i + 1] as number;
        credit += (sourceWeight[b] as number) * sigma * gathered;
        paths[i] = ww / sigma + gathered;
        // Closeness: w is at distance d from source b.
        total[b] = (total[b] as number) + far;
      }
      betweenness[w] = (betweenness[w] as number) + credit;
    }
    if (d > 1) pull(work, d - 1);
  }
}

/** Level d's nodes gather the coefficients of their successors on level d + 1. */
function pull(work: Work, d: number): void {
  const { paths, entryNode, levelStart, arcs, arcStart } = work;
  const end = levelStart[d + 1] as number;
  for (let e = levelStart[d] as number; e < end; e++) {
    // δ of (v, b) is at v's first slot + 2b + 1, the coefficient of (w, b) at w's + 2b.
    const vd = (entryNode[e] as number) * 2 * WIDTH + 1;
    const stop = 2 * (arcStart[e + 1] as number);
    for (let k = 2 * (arcStart[e] as number); k < stop; k += 2) {
      const wc = arcs[k] as number;
      let bits = arcs[k + 1] as number;
      // One run of bits: a plain loop, as in `expand`.
      const lo = 31 - Math.clz32(bits & -bits);
      const run = bits >>> lo;
      if ((run & (run + 1)) === 0) {
        const stop2 = (lo + 32 - Math.clz32(run)) << 1;
        for (let b2 = lo << 1; b2 < stop2; b2 += 2) {
          paths[vd + b2] = (paths[vd + b2] as number) + (paths[wc + b2] as number);
        }
        continue;
      }
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const b2 = (31 - Math.clz32(low)) << 1;
        paths[vd + b2] = (paths[vd + b2] as number) + (paths[wc + b2] as number);
      }
    }
  }
}

function grow(work: Work, needed: number): void {
  let size = work.arcs.length * 2;
  while (size < needed) size *= 2;
  const arcs = new Int32Array(size);
  arcs.set(work.arcs);
  work.arcs = arcs;
}

/** reach[s] for the sources from ≤ s < to: the size of s's connected component − 1, from a
 * breadth-first search per component (in `fresh` and `next`, left as they were found). */
function componentReach(work: Work, from: number, to: number, reach: Int32Array): void {
  const { offsets, neighbors, fresh: queue, next: mark } = work;
  for (let s = from; s < to; s++) {
    if ((reach[s] as number) !== 0 || offsets[s] === offsets[s + 1]) continue;
    queue[0] = s;
    mark[s] = 1;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head] as number;
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        const w = neighbors[k] as number;
        if (mark[w] === 0) {
          mark[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i] as number;
      mark[v] = 0;
      if (v >= from && v < to) reach[v] = tail - 1;
    }
  }
}

/** Resets what the batch left: `seen` of its entries. */
function clean(work: Work, entries: number): void {
  const { seen, entryNode } = work;
  for (let e = 0; e < entries; e++) seen[entryNode[e] as number] = 0;
}
