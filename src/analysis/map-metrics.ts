// The per-actor figures the map encodes and shows, as the pipeline worker computes them
// (src/workers/metrics.ts) and the map reads them: one shape for both, plain data that
// crosses postMessage.

/** Per-actor figures the map can encode or show. */
export interface NodeMetrics {
  degree: number;
  /** Σ of link strengths (1 when a link has none). */
  weightedDegree: number;
  /** Normalised betweenness (0–1), as graphology and NetworkX compute it. */
  betweenness: number;
  /** Wasserman–Faust closeness (0–1). */
  closeness: number;
  /** Louvain community index (0 = the largest), −1 when unknown. */
  community: number;
  /** Actors cut off from the rest if this one left; 0 when it is not an articulation point. */
  cutOff: number;
}

/** What the map reads. */
export interface MapMetrics {
  nodes: Record<string, NodeMetrics>;
  /** Edge keys of the graph whose removal disconnects it (bridges). */
  bridges: string[];
  /** Number of communities found. */
  communities: number;
}

/** What the pipeline worker posts: the map's figures and a few for the app's header. */
export interface WorkerMetrics extends MapMetrics {
  /** Connected groups of actors, and actors with no link at all. */
  components: number;
  isolated: number;
  /** Betweenness and closeness are filled (false in the first, quick message). */
  centrality: boolean;
}
