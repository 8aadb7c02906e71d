// How the network and its schemes hold together: cut vertices ("if X leaves, N actors are
// cut off"), bridges, and how the schemes (CLS, CLSM, ASV…) overlap and connect.
import type { ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import { cutOffOf, depthFirst, type EdgeAdjacency } from './biconnected.ts';
import { edgeRows, graphEnds } from './csr.ts';
import { schemeOrder, type SchemeCombination } from './scheme-overlap.ts';

export interface ArticulationPoint {
  id: string;
  /**
   * Actors cut off if this one left: the size of its connected group minus itself minus
   * the largest piece that remains (that piece stays "the network"; the others lose it).
   * Path a–b–c–d–e: b → 1, c → 2. Star of a centre and 4 others: the centre → 3 (one
   * actor is left standing as the largest piece, 3 are cut off from it).
   */
  cutOff: number;
}

export interface CrossSchemeCount {
  schemes: [string, string];
  count: number;
}

export interface Articulation {
  /** UpSet-style: actors per exact set of schemes (actors in no scheme left out), largest first. */
  schemeCombinations: SchemeCombination[];
  /** Actors in two schemes or more. */
  multiScheme: string[];
  /** See `crossSchemeLinks`. */
  crossSchemeLinks: CrossSchemeCount[];
  /** Links counted in crossSchemeLinks, each once. */
  crossSchemeLinkTotal: number;
  /** Largest cutOff first, then actor order. */
  articulationPoints: ArticulationPoint[];
  /** Cut edges as [source, target] of the merged link, in link order. */
  bridges: [string, string][];
}

export function computeArticulation(graph: MaillageGraph, ref?: ReferenceData): Articulation {
  const { articulationPoints, bridges } = cutPoints(graph);
  const combinations = schemeCombinations(graph, ref);
  const cross = crossSchemeLinks(graph, ref);
  return {
    schemeCombinations: combinations,
    multiScheme: graph.filterNodes((_id, actor) => Object.keys(actor.schemes).length >= 2),
    crossSchemeLinks: cross.counts,
    crossSchemeLinkTotal: cross.total,
    articulationPoints,
    bridges,
  };
}

/** The graph's edges as a CSR with edge ids (parallel edges, if any, kept apart). */
export function edgeAdjacency(graph: MaillageGraph): { adj: EdgeAdjacency; ids: string[] } {
  const { ids, ends } = graphEnds(graph);
  return { adj: edgeRows(ids.length, ends), ids };
}

export function cutPoints(graph: MaillageGraph): {
  articulationPoints: ArticulationPoint[];
  bridges: [string, string][];
} {
  const { adj, ids } = edgeAdjacency(graph);
  const dfs = depthFirst(adj);
  const articulationPoints: ArticulationPoint[] = [];
  for (let v = 0; v < adj.n; v++) {
    if (dfs.isCut[v] === 1)
      articulationPoints.push({ id: ids[v] as string, cutOff: cutOffOf(dfs, v) });
  }
  // Stable sort: equal cutOffs stay in actor order.
  articulationPoints.sort((a, b) => b.cutOff - a.cutOff);
  const edges = graph.edges();
  const bridges = [...dfs.bridges]
    .sort((a, b) => a - b)
    .map((e): [string, string] => {
      const key = edges[e] as string;
      return [graph.source(key), graph.target(key)];
    });
  return { articulationPoints, bridges };
}

/** The actors that `id` leaving would cut off (see ArticulationPoint.cutOff), actor order. */
export function cutOffActors(graph: MaillageGraph, id: string): string[] {
  const pieces: string[][] = [];
  const seen = new Set<string>([id]);
  for (const start of graph.neighbors(id)) {
    if (seen.has(start)) continue;
    const piece = [start];
    seen.add(start);
    for (let i = 0; i < piece.length; i++) {
      for (const next of graph.neighbors(piece[i] as string)) {
        if (!seen.has(next)) {
          seen.add(next);
          piece.push(next);
        }
      }
    }
    pieces.push(piece);
  }
  let largest = 0;
  pieces.forEach((p, i) => {
    if (p.length > (pieces[largest] as string[]).length) largest = i;
  });
  const cut = new Set(pieces.filter((_p, i) => i !== largest).flat());
  return graph.filterNodes((node) => cut.has(node));
}

export function schemeCombinations(graph: MaillageGraph, ref?: ReferenceData): SchemeCombination[] {
  const order = schemeOrder(ref);
  const byKey = new Map<string, SchemeCombination>();
  graph.forEachNode((id, actor) => {
    const schemes = Object.keys(actor.schemes).sort(order);
    if (schemes.length === 0) return;
    const key = schemes.join('\0');
    const combination = byKey.get(key);
    if (combination) combination.actors.push(id);
    else byKey.set(key, { schemes, actors: [id] });
  });
  return [...byKey.values()].sort(
    (a, b) =>
      b.actors.length - a.actors.length ||
      a.schemes.length - b.schemes.length ||
      compareLists(a.schemes, b.schemes, order),
  );
}

/**
 * Links between members of different schemes: a link counts when its two actors are
 * each in at least one scheme and have no scheme in common (a link between two CLS
 * members is a CLS link, even if one of them is also in the CLSM). It is counted once
 * for every pair of schemes it joins: {CLS, CLSM} – {ASV} adds one to CLS–ASV and one to
 * CLSM–ASV. Pairs sorted by count, then scheme order.
 */
export function crossSchemeLinks(
  graph: MaillageGraph,
  ref?: ReferenceData,
): { counts: CrossSchemeCount[]; total: number } {
  const order = schemeOrder(ref);
  const counts = new Map<string, CrossSchemeCount>();
  let total = 0;
  graph.forEachEdge((_edge, _link, _source, _target, a, b) => {
    const sa = Object.keys(a.schemes);
    const sb = Object.keys(b.schemes);
    if (sa.length === 0 || sb.length === 0 || sa.some((s) => sb.includes(s))) return;
    total++;
    for (const x of sa) {
      for (const y of sb) {
        const pair = [x, y].sort(order) as [string, string];
        const key = pair.join('\0');
        const entry = counts.get(key);
        if (entry) entry.count++;
        else counts.set(key, { schemes: pair, count: 1 });
      }
    }
  });
  const sorted = [...counts.values()].sort(
    (p, q) => q.count - p.count || compareLists(p.schemes, q.schemes, order),
  );
  return { counts: sorted, total };
}

function compareLists(a: string[], b: string[], order: (x: string, y: string) => number): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = order(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
