// The whole analysis of a territory in one plain, JSON-serialisable object: what the CLI
// prints, what the app's panels and report read, what a worker posts back.
import type { Actor, CrossSchemeRuleSettings, Link, ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import { computeArticulation, type Articulation } from './articulation.ts';
import {
  centralityOfLinks,
  computeCentrality,
  type CentralityRunner,
  type NodeCentrality,
} from './centrality.ts';
import { computeCoverage, type Coverage, type CoverageOptions } from './coverage.ts';
import { checkCrossSchemeRules, type CrossSchemeRuleResult } from './cross-scheme-rules.ts';
import {
  components,
  metricsBeforeCentrality,
  withCentrality,
  type ActorMetrics,
  type ActorMetricsDraft,
} from './metrics.ts';
import { findMissingLinks, type MissingLinks } from './missing-links.ts';

export interface AnalysisSummary {
  actors: number;
  /** Merged links (one per pair of actors). */
  links: number;
  /** Connected components, isolated actors included. */
  components: number;
  density: number;
  /** Actors without any link. */
  isolated: number;
  /** Louvain communities. */
  communities: number;
}

export interface Analysis {
  summary: AnalysisSummary;
  /** Actor id → metrics. */
  actors: Record<string, ActorMetrics>;
  coverage: Coverage;
  missingLinks: MissingLinks;
  articulation: Articulation;
  crossSchemeRules: CrossSchemeRuleResult[];
}

/** The analysis before the centralities: every part but the actors' betweenness and
 * closeness, their other figures in the graph's node order (`ids`). */
export interface AnalysisDraft extends Omit<Analysis, 'actors'> {
  ids: string[];
  actors: ActorMetricsDraft[];
}

export interface AnalyzeOptions {
  /** Where the centrality kernel runs (default: this thread). */
  runner?: CentralityRunner;
  /** The centralities already started by `startCentrality` on the actors and links the
   * graph was built from; `runner` is then not used. */
  centrality?: Promise<Record<string, NodeCentrality>>;
  /** How many suggested links (default 50). */
  suggestions?: number;
  /** Louvain seed (default 1). */
  seed?: number;
  coverage?: CoverageOptions;
  /** The cross-scheme rules as the workspace switched them (default: the domain's). */
  crossSchemeRules?: CrossSchemeRuleSettings | null;
  /** Called with the analysis but the centralities as soon as it is known, while the
   * kernel still runs (the command line renders its JSON meanwhile). */
  onDraft?: (draft: AnalysisDraft) => void;
}

/** Source ranges of the centrality kernel handed to the runner's threads. The same
 * number whatever the runner, so that the partial sums add up in the same order and the
 * figures are equal to the last bit with threads or without; so it is also the most
 * threads the kernel can keep busy (a pool sizes itself by it). */
export const CENTRALITY_PARTS = 16;

/**
 * The centrality kernel started on the actors and links that a graph is about to be built
 * from (`buildGraph`), so that the runner's threads work while this thread builds the graph
 * (hundreds of milliseconds at 10,000 actors); hand the promise to `analyze` with that graph.
 */
export function startCentrality(
  actors: readonly Pick<Actor, 'id'>[],
  links: readonly Pick<Link, 'source' | 'target'>[],
  runner?: CentralityRunner,
): Promise<Record<string, NodeCentrality>> {
  return centralityOfLinks(actors, links, { runner, parts: CENTRALITY_PARTS });
}

export async function analyze(
  graph: MaillageGraph,
  ref: ReferenceData,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  // The centrality kernel starts first; with a worker runner, every other pass (coverage,
  // articulation, the cross-scheme rules, components, missing links and suggestions,
  // Louvain, degrees) runs on this thread meanwhile, so that the workers are not left idle
  // while this thread works after the kernel. Source ranges: several per worker, so that
  // the thread that shares its core with these passes takes fewer of them.
  const centrality =
    options.centrality ?? computeCentrality(graph, options.runner, { parts: CENTRALITY_PARTS });
  // Back to the caller before the rest.
  await Promise.resolve();
  const coverage = computeCoverage(graph, ref, options.coverage);
  const articulation = computeArticulation(graph, ref);
  const crossSchemeRules = checkCrossSchemeRules(graph, options.crossSchemeRules);
  const groups = components(graph);
  const missingLinks = findMissingLinks(graph, ref, {
    suggestions: options.suggestions,
    components: groups,
  });
  const metrics = metricsBeforeCentrality(graph, { seed: options.seed, components: groups });
  const summary: AnalysisSummary = {
    actors: graph.order,
    links: graph.size,
    components: metrics.components.length,
    density: metrics.density,
    isolated: missingLinks.isolated.length,
    communities: metrics.communityCount,
  };
  const parts = { coverage, missingLinks, articulation, crossSchemeRules };
  options.onDraft?.({ summary, ids: metrics.ids, actors: metrics.actors, ...parts });
  return { summary, actors: withCentrality(metrics, await centrality).actors, ...parts };
}
