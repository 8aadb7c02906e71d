// Betweenness and closeness of every actor, normalised as graphology-metrics and NetworkX
// do by default, from the Brandes kernel (brandes.ts) run on the graph's biconnected
// blocks (blocks.ts). The kernel work is split into source ranges handed to a runner:
// in this thread by default, in workers when the caller supplies such a runner.
import type { AbstractGraph } from 'graphology-types';
import { emptyRecord, type Actor, type Link } from '../domain';
import { brandesRange, type BrandesPartial } from './brandes.ts';
import { decompose } from './blocks.ts';
import { compactOfLinks, toCompact, type CompactGraph } from './compact.ts';

// What a runner handles, importable from here along with the runner type.
export type { BrandesPartial, CompactGraph };

/**
 * Runs `brandesRange(g, from, to)` for the given source ranges, anywhere (a worker pool
 * posts `g` once and one message per range). The partials returned must cover each
 * range exactly once; they are summed, so a runner may split or merge ranges.
 */
export type CentralityRunner = (
  g: CompactGraph,
  ranges: [number, number][],
) => Promise<BrandesPartial[]>;

export const inThreadRunner: CentralityRunner = async (g, ranges) => {
  const partials: BrandesPartial[] = [];
  for (const [from, to] of ranges) {
    partials.push(brandesRange(g, from, to));
    // Let the event loop breathe between ranges when this runs on a UI thread.
    await Promise.resolve();
  }
  return partials;
};

export interface NodeCentrality {
  /** Normalised: raw/2 × 2/((n−1)(n−2)) over undirected pairs (NetworkX, graphology). */
  betweenness: number;
  /** Wasserman–Faust closeness: (r/Σd)·(r/(n−1)), r = actors reached (NetworkX
   * `wf_improved=True`, graphology `wassermanFaust: true`); 0 when nothing is reached. */
  closeness: number;
}

export interface CentralityOptions {
  runner?: CentralityRunner;
  /** Number of source ranges (default 4; a worker runner wants at least one per worker). */
  parts?: number;
  /** Run the kernel on biconnected blocks (default true); false = plain Brandes. */
  blocks?: boolean;
}

export interface CentralityArrays {
  ids: string[];
  betweenness: Float64Array;
  closeness: Float64Array;
}

export async function computeCentrality(
  graph: AbstractGraph,
  runner?: CentralityRunner,
  options: Omit<CentralityOptions, 'runner'> = {},
): Promise<Record<string, NodeCentrality>> {
  return centralityRecord(await centralityOfCompact(toCompact(graph), { ...options, runner }));
}

/**
 * The centralities of the graph that `buildGraph(actors, links)` (model/graph.ts) gives, from
 * the actors and links themselves: the kernel's ranges are handed to the runner at once, so
 * that its threads run while the caller builds the graph.
 */
export function centralityOfLinks(
  actors: readonly Pick<Actor, 'id'>[],
  links: readonly Pick<Link, 'source' | 'target'>[],
  options: CentralityOptions = {},
): Promise<Record<string, NodeCentrality>> {
  // Not an async function: its suspended frame would hold the actors and links (hundreds
  // of thousands of rows at 50,000 actors) until the kernel ends.
  return centralityOfCompact(compactOfLinks(actors, links), options).then(centralityRecord);
}

function centralityRecord(arrays: CentralityArrays): Record<string, NodeCentrality> {
  const result = emptyRecord<NodeCentrality>();
  arrays.ids.forEach((id, i) => {
    result[id] = {
      betweenness: arrays.betweenness[i] as number,
      closeness: arrays.closeness[i] as number,
    };
  });
  return result;
}

export async function centralityOfCompact(
  g: CompactGraph,
  options: CentralityOptions = {},
): Promise<CentralityArrays> {
  const runner = options.runner ?? inThreadRunner;
  const parts = options.parts ?? 4;
  const n = g.n;
  let raw: Float64Array;
  let distSum: Float64Array;
  let reach: Float64Array;
  if (options.blocks === false) {
    const sums = sumPartials(g.n, await runner(g, splitSources(g, parts)));
    raw = sums.betweenness;
    distSum = sums.distSum;
    reach = sums.reach;
  } else {
    const d = decompose(g);
    const k = d.kernel;
    const sums = sumPartials(k.n, await runner(k, splitSources(k, parts)));
    raw = d.separation.slice();
    for (let i = 0; i < k.n; i++) {
      const v = k.origin[i] as number;
      raw[v] = (raw[v] as number) + (sums.betweenness[i] as number);
    }
    distSum = blockDistanceSums(g.n, d.blocks.length, k, d.headNode, d.dfs.parent, sums.distSum);
    reach = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      reach[v] = (d.dfs.componentSize[d.dfs.component[v] as number] as number) - 1;
    }
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  const betweenness = raw.map((x) => x * scale);
  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const r = reach[v] as number;
    const total = distSum[v] as number;
    closeness[v] = total > 0 && n > 1 ? (r / total) * (r / (n - 1)) : 0;
  }
  return { ids: g.ids, betweenness, closeness };
}

/**
 * Distance sums of every actor from the per-block weighted sums (kernel node k of block b:
 * Σ weight·distance inside b), over the tree of blocks. Down(b) = distances from b's head
 * to everything below it through b; a node's distance sum = the sum over its blocks; a
 * non-head member u of b gets W_b(u) + Up(b) + Σ Down of the blocks hanging under b's
 * other members, where Up(b) = distSum(head) − Down(b).
 */
function blockDistanceSums(
  n: number,
  blockCount: number,
  k: { origin: Int32Array; blockStart: Int32Array },
  headNode: Int32Array,
  parent: Int32Array,
  within: Float64Array,
): Float64Array {
  const hanging = new Float64Array(n); // Σ Down over the blocks a node heads
  const down = new Float64Array(blockCount);
  // Blocks come in post-order: the blocks a member heads are done before its own block.
  for (let b = 0; b < blockCount; b++) {
    const head = headNode[b] as number;
    let sum = within[head] as number;
    for (let i = head + 1; i < (k.blockStart[b + 1] as number); i++) {
      sum += hanging[k.origin[i] as number] as number;
    }
    down[b] = sum;
    const h = k.origin[head] as number;
    hanging[h] = (hanging[h] as number) + sum;
  }
  const distSum = new Float64Array(n);
  for (let v = 0; v < n; v++) if ((parent[v] as number) < 0) distSum[v] = hanging[v] as number;
  for (let b = blockCount - 1; b >= 0; b--) {
    const head = headNode[b] as number;
    const end = k.blockStart[b + 1] as number;
    let shared = (distSum[k.origin[head] as number] as number) - (down[b] as number);
    for (let i = head + 1; i < end; i++) shared += hanging[k.origin[i] as number] as number;
    for (let i = head + 1; i < end; i++) {
      const u = k.origin[i] as number;
      distSum[u] = (within[i] as number) + shared;
    }
  }
  return distSum;
}

/** Adds up partials, checking that they cover 0..n−1 exactly once. */
export function sumPartials(
  n: number,
  partials: BrandesPartial[],
): { betweenness: Float64Array; distSum: Float64Array; reach: Float64Array } {
  const betweenness = new Float64Array(n);
  const distSum = new Float64Array(n);
  const reach = new Float64Array(n);
  const sorted = [...partials].sort((a, b) => a.from - b.from);
  let covered = 0;
  for (const p of sorted) {
    if (p.from !== covered && p.to > p.from) {
      throw new Error(`centrality runner: sources ${covered}..${p.from} missing or repeated`);
    }
    if (p.to > p.from) covered = p.to;
    for (let i = 0; i < n; i++) {
      betweenness[i] = (betweenness[i] as number) + (p.betweenness[i] as number);
      distSum[i] = (distSum[i] as number) + (p.distSum[i] as number);
      reach[i] = (reach[i] as number) + (p.reach[i] as number);
    }
  }
  if (covered !== n) throw new Error(`centrality runner: sources ${covered}..${n} missing`);
  return { betweenness, distSum, reach };
}

/**
 * Splits sources 0..n−1 into at most `parts` contiguous ranges of about equal work; a
 * source's work is estimated by the nodes and adjacency slots of its connected component
 * (each block of the kernel graph is one component).
 */
export function splitSources(g: CompactGraph, parts: number): [number, number][] {
  const n = g.n;
  if (n === 0) return [];
  const cost = componentCosts(g);
  let total = 0;
  for (let i = 0; i < n; i++) total += cost[i] as number;
  const count = Math.max(1, Math.min(Math.floor(parts), n));
  const ranges: [number, number][] = [];
  let from = 0;
  let done = 0;
  for (let i = 0; i < n; i++) {
    done += cost[i] as number;
    if (ranges.length < count - 1 && done >= (total * (ranges.length + 1)) / count) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < n) ranges.push([from, n]);
  return ranges;
}

function componentCosts(g: CompactGraph): Float64Array {
  const { n, offsets, neighbors } = g;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const cost = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    label[s] = s;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let work = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      work += 1 + (offsets[v + 1] as number) - (offsets[v] as number);
      for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k++) {
        const w = neighbors[k] as number;
        if (label[w] === -1) {
          label[w] = s;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < tail; i++) cost[queue[i] as number] = work;
  }
  return cost;
}
