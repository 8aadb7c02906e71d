// Per-actor and whole-network metrics that graphology computes well (degree, Louvain
// communities, components); betweenness and closeness come from centrality.ts.
import louvain from 'graphology-communities-louvain';
import { emptyRecord } from '../domain';
import type { MaillageGraph } from '../model';
import { computeCentrality, type CentralityRunner, type NodeCentrality } from './centrality.ts';
import { graphEnds } from './csr.ts';
import { mulberry32 } from './random.ts';

export interface ActorMetrics {
  /** Number of partners (merged links). */
  degree: number;
  /** Σ strengths of the actor's links, a link without strength counting 1. */
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  /** Louvain community, numbered from 0 by decreasing size (ties: first actor first). */
  community: number;
}

export interface NetworkMetrics {
  actors: Record<string, ActorMetrics>;
  /** 2m / (n(n−1)); 0 below two actors. */
  density: number;
  /** Connected components, isolated actors included, largest first. */
  components: string[][];
  communityCount: number;
}

export interface MetricsOptions {
  runner?: CentralityRunner;
  /** The centralities already started (`computeCentrality`), so that the caller can run
   * other passes while the kernel runs; `runner` is then not used. */
  centrality?: Promise<Record<string, NodeCentrality>>;
  /** `components(graph)` when the caller has it already. */
  components?: string[][];
  /** Seed of Louvain's random walk: the same seed gives the same communities. */
  seed?: number;
}

export async function computeMetrics(
  graph: MaillageGraph,
  options: MetricsOptions = {},
): Promise<NetworkMetrics> {
  // The kernel starts first: with a worker runner it runs on the other cores while this
  // thread finds the communities, the degrees and the components.
  const pending = options.centrality ?? computeCentrality(graph, options.runner);
  // Back to the caller before Louvain.
  await Promise.resolve();
  const draft = metricsBeforeCentrality(graph, options);
  return withCentrality(draft, await pending);
}

/** An actor's metrics but its centralities: what is known before the kernel ends. */
export type ActorMetricsDraft = Omit<ActorMetrics, 'betweenness' | 'closeness'>;

/** The network's metrics before the centralities: every actor's figures but those two. */
export interface MetricsDraft extends Omit<NetworkMetrics, 'actors'> {
  /** In the graph's node order. */
  ids: string[];
  actors: ActorMetricsDraft[];
}

/** Communities, degrees and components: the metrics that do not wait for the kernel. */
export function metricsBeforeCentrality(
  graph: MaillageGraph,
  options: Pick<MetricsOptions, 'components' | 'seed'> = {},
): MetricsDraft {
  const community = communities(graph, options.seed);
  const weighted = weightedDegrees(graph);
  const groups = options.components ?? components(graph);
  const ids: string[] = [];
  const actors: ActorMetricsDraft[] = [];
  graph.forEachNode((id) => {
    ids.push(id);
    actors.push({
      degree: graph.degree(id),
      weightedDegree: weighted.get(id) ?? 0,
      community: community.of[id] ?? 0,
    });
  });
  return {
    ids,
    actors,
    density: density(graph),
    components: groups,
    communityCount: community.count,
  };
}

/** The draft completed with the centralities (0 for an actor the kernel did not see). */
export function withCentrality(
  draft: MetricsDraft,
  centrality: Readonly<Record<string, NodeCentrality>>,
): NetworkMetrics {
  const actors = emptyRecord<ActorMetrics>();
  draft.ids.forEach((id, i) => {
    const metrics = draft.actors[i] as ActorMetricsDraft;
    actors[id] = {
      degree: metrics.degree,
      weightedDegree: metrics.weightedDegree,
      betweenness: centrality[id]?.betweenness ?? 0,
      closeness: centrality[id]?.closeness ?? 0,
      community: metrics.community,
    };
  });
  return {
    actors,
    density: draft.density,
    components: draft.components,
    communityCount: draft.communityCount,
  };
}

/** `weightedDegree` of every actor in one pass over the links (not one per actor). */
export function weightedDegrees(graph: MaillageGraph): Map<string, number> {
  const sums = new Map<string, number>();
  graph.forEachNode((id) => sums.set(id, 0));
  graph.forEachEdge((_edge, link, source, target) => {
    const strength = link.strength ?? 1;
    sums.set(source, (sums.get(source) as number) + strength);
    // A loop counts once, as `forEachEdge(id)` visits it once.
    if (target !== source) sums.set(target, (sums.get(target) as number) + strength);
  });
  return sums;
}

export function weightedDegree(graph: MaillageGraph, id: string): number {
  let sum = 0;
  graph.forEachEdge(id, (_edge, link) => {
    sum += link.strength ?? 1;
  });
  return sum;
}

export function density(graph: MaillageGraph): number {
  const n = graph.order;
  return n < 2 ? 0 : (2 * graph.size) / (n * (n - 1));
}

/** Connected components, members in actor order, largest first, ties by first member. */
export function components(graph: MaillageGraph): string[][] {
  const { ids, ends } = graphEnds(graph);
  const root = componentRoots(ids.length, ends);
  // Members gathered in node order (the actor order), each component where its first
  // member comes: already in actor order, and ordered by first member before the sort.
  const byRoot = new Map<number, string[]>();
  const groups: string[][] = [];
  for (let v = 0; v < ids.length; v++) {
    const r = root[v] as number;
    let members = byRoot.get(r);
    if (!members) {
      members = [];
      byRoot.set(r, members);
      groups.push(members);
    }
    members.push(ids[v] as string);
  }
  // Stable sort: equal sizes stay in order of their first member.
  return groups.sort((a, b) => b.length - a.length);
}

/** The root of each node's component (union–find over the edges of `ends`). */
function componentRoots(n: number, ends: Int32Array): Int32Array {
  const parent = new Int32Array(n);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (v: number): number => {
    let r = v;
    while (parent[r] !== r) r = parent[r] as number;
    // Path compression: every node on the way points at the root.
    while (parent[v] !== r) {
      const up = parent[v] as number;
      parent[v] = r;
      v = up;
    }
    return r;
  };
  for (let k = 0; k < ends.length; k += 2) {
    const a = find(ends[k] as number);
    const b = find(ends[k + 1] as number);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  for (let v = 0; v < n; v++) parent[v] = find(v);
  return parent;
}

/**
 * Louvain communities (modularity, link strength as weight), reproducible: the random walk
 * draws from a seeded generator. Renumbered by decreasing size so that numbers are stable
 * whatever Louvain's internal labels are.
 */
export function communities(
  graph: MaillageGraph,
  seed = 1,
): { of: Record<string, number>; count: number } {
  if (graph.order === 0) return { of: emptyRecord(), count: 0 };
  const raw = louvain(graph, {
    getEdgeWeight: (_edge, link) => link.strength ?? 1,
    rng: mulberry32(seed),
  });
  const position = nodePositions(graph);
  const groups = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const label = raw[id] as number;
    const members = groups.get(label);
    if (members) members.push(id);
    else groups.set(label, [id]);
  });
  const ordered = [...groups.values()].sort(
    (a, b) => b.length - a.length || pos(position, a[0]) - pos(position, b[0]),
  );
  const of = emptyRecord<number>();
  ordered.forEach((members, index) => {
    for (const id of members) of[id] = index;
  });
  return { of, count: ordered.length };
}

function nodePositions(graph: MaillageGraph): Map<string, number> {
  const position = new Map<string, number>();
  graph.forEachNode((id) => position.set(id, position.size));
  return position;
}

function pos(position: Map<string, number>, id: string | undefined): number {
  return id === undefined ? Infinity : (position.get(id) ?? Infinity);
}
