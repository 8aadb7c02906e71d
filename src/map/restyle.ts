// The actors restyled when what their looks depend on changes: the encodings chosen, or the
// analysis' figures arriving — then only the actors whose looks those figures change (at
// 50,000 actors restyling every one of them for nothing was a task of most of a second).
import type { Core } from 'cytoscape';
import type { MaillageGraph } from '../model';
import { fragilityInput, sameFragility } from './display-state.ts';
import { metricsLookChanges, refreshVisuals, visualsOf, type ElementContext } from './elements.ts';
import type { ProgressiveFill } from './filling.ts';
import type { MapMarks } from './marks.ts';
import type { Encodings, MapMetrics } from './types.ts';

/** What restyling reads and writes of a map. */
export interface Restyling {
  cy: Core;
  graph: MaillageGraph;
  filling: ProgressiveFill;
  marks: MapMarks;
  /** The looks' inputs now (encodings, metrics, names). */
  context: () => ElementContext;
}

/** The looks of every actor, or of those of `ids`, under the current encodings: in
 * Cytoscape and for the actors of a big map still to come (filling.ts). */
export function restyle(map: Restyling, ids: ReadonlySet<string> | 'all'): void {
  const context = map.context();
  refreshVisuals(map.cy, map.graph, context, ids);
  const visualOf = visualsOf(map.graph, context);
  map.filling.restyle((id) => (ids === 'all' || ids.has(id) ? visualOf(id) : {}));
}

/** Metrics went from `before` to `metrics`: the actors whose looks change are restyled,
 * and the fragility marks written again if the cut vertices or bridges moved. */
export function applyMetrics(
  map: Restyling,
  before: MapMetrics | null,
  metrics: MapMetrics | null,
  encodings: Encodings,
): void {
  const changed = metricsLookChanges(map.graph, before, metrics, encodings);
  if (changed === 'all' || changed.size > 0) restyle(map, changed);
  const fragility = fragilityInput(map.graph, metrics, encodings.articulation);
  if (!sameFragility(map.marks.current.fragility, fragility)) map.marks.update({ fragility });
}
