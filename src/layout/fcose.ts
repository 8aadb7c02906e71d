// fcose's settings, one home for the layout worker, the first layout the pipeline worker
// computes and the map's own fallback: the same options give the same map wherever fcose runs.
// Plain data (no Cytoscape here): callers hand it to Cytoscape's `layout()`.

/** Up to this many actors, fcose (draft quality: 1.3 s at 1,000 in Chromium, see
 * docs/architecture.md); ForceAtlas2 above. */
export const FCOSE_MAX = 1000;

/** Up to this many actors, the pipeline worker lays the map out before it sends it (fcose in
 * full quality: a few hundred milliseconds at most), and the map is drawn once, in place.
 * Above, the map is drawn at once on a first arrangement, its picture usable while
 * Cytoscape fills in (map/filling.ts), and fcose's positions follow: the actors glide to them
 * (draft fcose costs over a second at 1,000 actors, which the map no longer waits for). */
export const LAYOUT_FIRST_MAX = 300;

/** The fcose options Maillage sets (cytoscape-fcose's names). */
export interface FcoseOptions {
  name: 'fcose';
  quality: 'default' | 'draft';
  randomize: boolean;
  animate: boolean;
  fit: boolean;
  nodeDimensionsIncludeLabels: boolean;
  uniformNodeDimensions: boolean;
  packComponents: boolean;
  nodeRepulsion: () => number;
  idealEdgeLength: () => number;
  edgeElasticity: () => number;
  nestingFactor: number;
  gravity: number;
  gravityRange: number;
  numIter: number;
  tile: boolean;
  tilingPaddingVertical: number;
  tilingPaddingHorizontal: number;
  nodeSeparation: number;
}

/** fcose settings by size: full quality on small maps, draft above a few hundred actors
 * (default quality costs ~5 s at 500 actors in headless Chromium: docs/architecture.md). */
export function fcoseOptions(nodes: number): FcoseOptions {
  return {
    name: 'fcose',
    quality: nodes <= 300 ? 'default' : 'draft',
    randomize: true,
    animate: false,
    fit: false,
    // The room a name needs is given as part of each node's box (LayoutInput.labels).
    nodeDimensionsIncludeLabels: false,
    // Actors differ in size (by degree or betweenness), so fcose must read each one's box
    // rather than assume they are all alike. false is also fcose's default: the layout worker,
    // which left it out, already ran with it; the map said it, and now both do.
    uniformNodeDimensions: false,
    // Small groups are packed beside the main one afterwards (packComponents).
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
  };
}
