// The figures the map needs, computed in the pipeline worker with the analysis layer's own
// functions, so that the map and the analysis panels always agree. Quick ones first
// (degree, Louvain communities, components, articulation points and bridges: tens of
// milliseconds even at 10,000 actors) so the map is drawn at once; betweenness and
// closeness come with the full analysis.
import {
  type Analysis,
  cutPoints,
  communities,
  components,
  weightedDegree,
  type NodeMetrics,
  type WorkerMetrics,
} from '../analysis';
import { emptyRecord } from '../domain';
import type { MaillageGraph } from '../model';

/** Louvain seed: the same as the analysis's default, so communities match. */
export const SEED = 1;

function bridgeKeys(graph: MaillageGraph, bridges: [string, string][]): string[] {
  return bridges
    .map(([a, b]) => graph.edge(a, b))
    .filter((key): key is string => key !== undefined);
}

export function quickMetrics(graph: MaillageGraph): WorkerMetrics {
  const { articulationPoints, bridges } = cutPoints(graph);
  const cut = new Map(articulationPoints.map((p) => [p.id, p.cutOff]));
  const groups = communities(graph, SEED);
  const nodes = emptyRecord<NodeMetrics>();
  let isolated = 0;
  graph.forEachNode((id) => {
    const degree = graph.degree(id);
    if (degree === 0) isolated++;
    nodes[id] = {
      degree,
      weightedDegree: weightedDegree(graph, id),
      betweenness: 0,
      closeness: 0,
      community: groups.of[id] ?? -1,
      cutOff: cut.get(id) ?? 0,
    };
  });
  return {
    nodes,
    bridges: bridgeKeys(graph, bridges),
    communities: groups.count,
    components: components(graph).length,
    isolated,
    centrality: false,
  };
}

/** The map's figures from the full analysis. */
export function metricsOf(graph: MaillageGraph, analysis: Analysis): WorkerMetrics {
  const cut = new Map(analysis.articulation.articulationPoints.map((p) => [p.id, p.cutOff]));
  const nodes = emptyRecord<NodeMetrics>();
  for (const [id, m] of Object.entries(analysis.actors)) {
    nodes[id] = {
      degree: m.degree,
      weightedDegree: m.weightedDegree,
      betweenness: m.betweenness,
      closeness: m.closeness,
      community: m.community,
      cutOff: cut.get(id) ?? 0,
    };
  }
  return {
    nodes,
    bridges: bridgeKeys(graph, analysis.articulation.bridges),
    communities: analysis.summary.communities,
    components: analysis.summary.components,
    isolated: analysis.summary.isolated,
    centrality: true,
  };
}
