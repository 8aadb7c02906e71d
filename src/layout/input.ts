// What a layout takes, one shape for the map, the layout worker and the pipeline worker's
// first layout; and that first layout's input, built with the map's own size and name rules
// (sizes.ts, text.ts), so that the positions the import computes leave room for the actors
// and names exactly as the map then draws them (its default encodings: size by degree).
import type { MaillageGraph } from '../model';
import { scaledSize, tierFor } from './sizes.ts';
import { estimateWidth, mapLabel, nameBox, type Measure } from './text.ts';

export interface LayoutInput {
  n: number;
  /** Node index pairs (a0, b0, a1, b1, …). */
  edges: Int32Array;
  /** Node diameters in model pixels. */
  sizes: Float64Array;
  /** Width / height of the screen area the map is drawn in (small groups are packed to suit
   * it). */
  aspect: number;
  /** Size of each node's name below it (w0, h0, w1, h1, …), room that fcose keeps free. */
  labels?: Float64Array;
}

export type LayoutMode = 'fcose' | 'forceatlas2' | 'grouped';

/** A layout run: fcose, ForceAtlas2 from the start positions `xy` (x0, y0, x1, …), or the
 * actors grouped by `groups` (grouped.ts). */
export interface LayoutRun extends LayoutInput {
  mode: LayoutMode;
  xy: Float64Array;
  /** The group of each actor (0..g−1), for the grouped layout; its groups' names' widths
   * and the map's size on screen, to keep room for the names (grouped.ts). */
  groups?: Int32Array;
  names?: Float64Array;
  screen?: { width: number; height: number };
  /** The actors' names keep their size on screen whatever the zoom (grouped.ts). */
  labelsOnScreen?: boolean;
  /** ForceAtlas2's iterations (default: by size, `iterationsFor`). */
  iterations?: number;
}

/** The first layout's input for a whole graph, sized by degree as the map draws it by
 * default, with room for every name. */
export function firstLayoutInput(
  graph: MaillageGraph,
  aspect: number,
  measure: Measure = estimateWidth,
): LayoutInput {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = new Int32Array(graph.size * 2);
  let k = 0;
  graph.forEachEdge((_key, _link, source, target) => {
    edges[k++] = index.get(source) ?? 0;
    edges[k++] = index.get(target) ?? 0;
  });
  let top = 0;
  for (const id of ids) top = Math.max(top, graph.degree(id));
  const sizes = Float64Array.from(ids, (id) => scaledSize(graph.degree(id), top, graph.order));
  const labels = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const tier = tierFor(sizes[i] ?? 0, graph.order);
    const box = nameBox(mapLabel(graph.getNodeAttribute(id, 'name')), tier, measure);
    labels[2 * i] = box.width;
    labels[2 * i + 1] = box.height;
  });
  return { n: ids.length, edges, sizes, aspect, labels };
}
