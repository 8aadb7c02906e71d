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
   * pass reads only those instead of every neighbour again: entry e leads, for
   * arcStart[e] ≤ i < arcStart[e + 1], to entry arcs[2i] of the next level (first its
   * node, until that level's entries exist), for the sources in arcs[2i + 1]. Grown by
   * doubling when a batch needs more. */
  arcs: Int32Array;
  arcStart: Int32Array;
  /** Levels as lists of (node, sources) entries: a node appears once per distinct
   * distance it has from the batch's sources, so at most 32 times. */
  entryNode: Int32Array;
  entryMask: Int32Array;
  levelStart: Int32Array;
  /** The (node, source) pairs of an entry are its `slots` (one per bit of its mask, in
   * the order of the bits) from slotStart[e]: each pair of the batch has one slot, and
   * the slots of a level are contiguous. So a level's pass reads and writes only its own
   * slots and the next level's, packed together, where a node-major layout (32 sources
   * per node, most of them on other levels) spread them over the whole array and the
   * kernel waited on memory (2026-12-05: with that array shrunk to the cache, values
   * aside, the same searches took half the time). */
  slotStart: Int32Array;
  /** By slot: σ, the shortest paths from the source to the node, which the backward pass
   * replaces by the node's coefficient (see `backward`). */
  paths: Float64Array;
  /** By slot: δ, what the node gathers from its successors. Apart from `paths`, so that
   * the forward pass, which reads and writes σ only, fills whole cache lines with them. */
  gathered: Float64Array;
  /** Node → its entry on the level just built. */
  entryOf: Int32Array;
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
    entryNode: new Int32Array(n * WIDTH),
    entryMask: new Int32Array(n * WIDTH),
    // A chain has as many levels as nodes.
    levelStart: new Int32Array(n + 2),
    slotStart: new Int32Array(n * WIDTH + 1),
    paths: new Float64Array(n * WIDTH),
    gathered: new Float64Array(n * WIDTH),
    entryOf: new Int32Array(n),
    fresh: new Int32Array(n),
    total: new Float64Array(WIDTH),
    sourceWeight: new Float64Array(WIDTH),
  };
}

/** Number of bits set. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Breadth-first search from sources first .. first + width − 1; returns the deepest level. */
function forward(work: Work, first: number, width: number): number {
  const { seen, paths, gathered, entryNode, entryMask, levelStart, slotStart } = work;
  for (let b = 0; b < width; b++) {
    const s = first + b;
    seen[s] = 1 << b;
    entryNode[b] = s;
    entryMask[b] = 1 << b;
    slotStart[b] = b;
    paths[b] = 1;
    gathered[b] = 0;
  }
  slotStart[width] = width;
  levelStart[0] = 0;
  levelStart[1] = width;
  work.arcStart[0] = 0;
  let depth = 0;
  while (expand(work, depth)) depth++;
  return depth;
}

/** Builds level depth + 1 from level depth; false when it is empty. */
function expand(work: Work, depth: number): boolean {
  const { offsets, neighbors, seen, next, entryNode, entryMask, levelStart } = work;
  const { fresh, arcStart, slotStart, entryOf, paths, gathered } = work;
  let pairs = work.arcs;
  const start = levelStart[depth] as number;
  const end = levelStart[depth + 1] as number;
  let found = 0;
  let arcs = arcStart[start] as number;
  // The arcs to nodes first reached on the next level, and those nodes.
  for (let e = start; e < end; e++) {
    const v = entryNode[e] as number;
    const mask = entryMask[e] as number;
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
      const bits = mask & ~(seen[w] as number);
      if (bits === 0) continue;
      const before = next[w] as number;
      if (before === 0) fresh[found++] = w;
      next[w] = before | bits;
      pairs[2 * arcs] = w;
      pairs[2 * arcs + 1] = bits;
      arcs++;
    }
  }
  arcStart[end] = arcs;
  if (found === 0) return false;
  // The next level's entries and their slots. Seen is updated only now, so that every
  // predecessor on level `depth` found its arcs.
  let entries = end;
  let slot = slotStart[end] as number;
  const firstSlot = slot;
  for (let i = 0; i < found; i++) {
    const w = fresh[i] as number;
    const mask = next[w] as number;
    next[w] = 0;
    seen[w] = (seen[w] as number) | mask;
    entryNode[entries] = w;
    entryMask[entries] = mask;
    entryOf[w] = entries;
    slot += bitCount(mask);
    entries++;
    slotStart[entries] = slot;
  }
  levelStart[depth + 2] = entries;
  paths.fill(0, firstSlot, slot);
  gathered.fill(0, firstSlot, slot);
  // Path counts: each arc adds v's σ to w's, source by source, in the order of the arcs.
  for (let e = start; e < end; e++) {
    const vMask = entryMask[e] as number;
    const vSlot = slotStart[e] as number;
    const stop = 2 * (arcStart[e + 1] as number);
    for (let k = 2 * (arcStart[e] as number); k < stop; k += 2) {
      const we = entryOf[pairs[k] as number] as number;
      pairs[k] = we;
      add(
        paths,
        paths,
        vSlot,
        vMask,
        slotStart[we] as number,
        entryMask[we] as number,
        pairs[k + 1] as number,
      );
    }
  }
  return true;
}

/**
 * For each source b of `bits` (a subset of both masks), in the order of the bits:
 * to[slot of (toEntry, b)] += from[slot of (fromEntry, b)] — σ(w) += σ(v) in the forward
 * pass, δ(v) += coef(w) in the backward one. An entry's slots follow its bits.
 */
function add(
  from: Float64Array,
  to: Float64Array,
  fromSlot: number,
  fromMask: number,
  toSlot: number,
  toMask: number,
  bits: number,
): void {
  const low = bits & -bits;
  const run = bits >>> (31 - Math.clz32(low));
  let f = fromSlot + bitCount(fromMask & (low - 1));
  let t = toSlot + bitCount(toMask & (low - 1));
  // One run of bits (sources numbered close together often share an arc, 2 arcs in 5 at
  // 10,000 actors): consecutive slots on both sides.
  if ((run & (run + 1)) === 0) {
    const stop = f + 32 - Math.clz32(run);
    for (; f < stop; f++, t++) to[t] = (to[t] as number) + (from[f] as number);
    return;
  }
  let rest = bits ^ low;
  to[t] = (to[t] as number) + (from[f] as number);
  while (rest !== 0) {
    const bit = rest & -rest;
    rest ^= bit;
    f = fromSlot + bitCount(fromMask & (bit - 1));
    t = toSlot + bitCount(toMask & (bit - 1));
    to[t] = (to[t] as number) + (from[f] as number);
  }
}

/**
 * Dependency accumulation, deepest level first. δ(w) gathers Σ coef over w's successors,
 * so that Brandes' δ = σ(w)·Σ σ(w)/σ(x)·(weight(x) + δ(x)) with σ(w) taken out of the
 * sum; coef(w) = (weight(w) + δ(w))/σ(w) replaces σ(w), which nothing reads afterwards,
 * and is what w's own predecessors then add. Each (node, source) pair is done once here,
 * and its distance is added to the source's closeness sums.
 */
function backward(
  work: Work,
  first: number,
  width: number,
  depth: number,
  betweenness: Float64Array,
): void {
  const { weight, paths, gathered, slotStart, entryNode, entryMask, levelStart, total } = work;
  const sourceWeight = work.sourceWeight;
  for (let b = 0; b < width; b++) sourceWeight[b] = weight[first + b] as number;
  total.fill(0);
  for (let d = depth; d >= 1; d--) {
    const start = levelStart[d] as number;
    const end = levelStart[d + 1] as number;
    for (let e = start; e < end; e++) {
      const w = entryNode[e] as number;
      const ww = weight[w] as number;
      const far = d * ww;
      let bits = entryMask[e] as number;
      let i = slotStart[e] as number;
      let credit = 0;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const b = 31 - Math.clz32(low);
        const sigma = paths[i] as number;
        const delta = gathered[i] as number;
        credit += (sourceWeight[b] as number) * sigma * delta;
        paths[i] = ww / sigma + delta;
        // Closeness: w is at distance d from source b.
        total[b] = (total[b] as number) + far;
        i++;
      }
      betweenness[w] = (betweenness[w] as number) + credit;
    }
    if (d > 1) pull(work, d - 1);
  }
}

/** Level d's entries gather the coefficients of their successors on level d + 1. */
function pull(work: Work, d: number): void {
  const { paths, gathered, slotStart, entryMask, levelStart, arcs, arcStart } = work;
  const end = levelStart[d + 1] as number;
  for (let e = levelStart[d] as number; e < end; e++) {
    const vSlot = slotStart[e] as number;
    const vMask = entryMask[e] as number;
    const stop = 2 * (arcStart[e + 1] as number);
    for (let k = 2 * (arcStart[e] as number); k < stop; k += 2) {
      const we = arcs[k] as number;
      add(
        paths,
        gathered,
        slotStart[we] as number,
        entryMask[we] as number,
        vSlot,
        vMask,
        arcs[k + 1] as number,
      );
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
