// Where a big map's node elements are and which of them are shown: what the still picture
// and the opening viewport are computed from (filling.ts), and the positions put on the
// elements before Cytoscape takes them (network-map.ts).
import type { ElementDefinition } from 'cytoscape';
import type { MaillageGraph } from '../model';
import { diameterOf } from './elements.ts';
import { isFiltering, visibleElements } from './filters.ts';
import type { Filters } from './types.ts';

/** The node elements (the first `order` elements) of the actors the filters keep. */
export function shownNodeElements(
  elements: ElementDefinition[],
  order: number,
  graph: MaillageGraph,
  filters: Filters,
): ElementDefinition[] {
  const shown = isFiltering(filters) ? visibleElements(graph, filters).nodes : null;
  return elements
    .slice(0, order)
    .filter((el) => el.position && (!shown || shown.has(el.data.id as string)));
}

/** (x, y, diameter) of node elements, as viewportForCircles takes them. */
export function circlesOf(nodes: readonly ElementDefinition[]): number[] {
  // Written in place (a flatMap made a small array per actor: 50,000 of them as a map opens).
  const circles = new Array<number>(3 * nodes.length);
  nodes.forEach(({ data, position }, i) => {
    circles[3 * i] = position?.x ?? 0;
    circles[3 * i + 1] = position?.y ?? 0;
    circles[3 * i + 2] = diameterOf(data.size);
  });
  return circles;
}

/** Puts each node element (the first ones, in `ids` order) at its (x, y) in `xy`. */
export function placeElements(
  elements: ElementDefinition[],
  ids: string[],
  xy: Float64Array,
): void {
  ids.forEach((id, i) => {
    const el = elements[i] as ElementDefinition;
    if (el.data.id === id) el.position = { x: xy[2 * i] as number, y: xy[2 * i + 1] as number };
  });
}
