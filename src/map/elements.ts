// The graph → Cytoscape elements. Everything the style needs is written into each
// element's data (colour, shape, size, the scheme ring), so changing an encoding rewrites
// data in place and never moves an actor. Names go into `label` as plain strings: Cytoscape
// draws them as canvas text, so no name is ever parsed as HTML.
import type { Core, ElementDefinition } from 'cytoscape';
import type { Actor, ReferenceData } from '../domain';
import {
  BIG_MAP,
  LABEL_PX,
  scaledSize,
  sizeRange,
  tierFor,
  uniformSize,
  LABEL_MAX,
  mapLabel,
} from '../layout';
import type { MaillageGraph } from '../model';
import { columnCategories, columnNumbers, type ColumnCategories } from './columns.ts';
import {
  categoryOf,
  colourOf,
  RING_EMPTY,
  RING_FIT,
  RING_SCHEMES,
  shapeOf,
  type NodeShape,
} from './palette.ts';
import type { Encodings, MapMetrics, SizeBy } from './types.ts';

// Sizes and names have their one home in src/layout/, which the pipeline worker's first
// layout shares; re-exported for the map's other files and the app.
export { BIG_MAP, LABEL_MAX, LABEL_PX, sizeRange, tierFor };

/** An actor's drawn diameter in model pixels, from its `size` data (the stylesheet's
 * `width: data(size)`; every actor is given one here, 20 stands in for a missing one). */
export function diameterOf(size: unknown): number {
  return Number(size) || 20;
}

export interface NodeVisual {
  colour: string;
  shape: NodeShape;
  size: number;
  /** Label tier, 1–3: bigger actors get bigger names (LABEL_PX). */
  tier: number;
  /** Ring slice colours for CLS, CLSM, ASV (RING_EMPTY when not a member). */
  ring1: string;
  ring2: string;
  ring3: string;
  /** Slice size in % (0 when the actor is in none of the three: no ring). */
  ringSlice: number;
  /** Ring diameter in model pixels. */
  ringDiameter: number;
}

export interface NodeData extends NodeVisual {
  id: string;
  label: string;
  name: string;
  type: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  width: number;
}

export interface ElementContext {
  ref: ReferenceData;
  metrics: MapMetrics | null;
  encodings: Encodings;
  /** Names to show instead of the actors' own (anonymous mode). */
  names?: ReadonlyMap<string, string>;
  /** The categories of the free column that colours the map (colourBy `column`), from
   * `colourColumnOf`. */
  column?: ColumnCategories | null;
}

/** The categories of the colouring free column, null when colour says something else. */
export function colourColumnOf(
  graph: MaillageGraph,
  encodings: Encodings,
): ColumnCategories | null {
  return encodings.colourBy === 'column' && encodings.colourColumn !== undefined
    ? columnCategories(graph, encodings.colourColumn)
    : null;
}

/** A function from actor id to size, for the chosen size encoding (sqrt scale; a numeric
 * free column `sizeColumn`: actors with no number in it take the smallest size). */
export function sizeScale(
  graph: MaillageGraph,
  metrics: MapMetrics | null,
  sizeBy: SizeBy,
  sizeColumn?: string,
): (id: string) => number {
  if (sizeBy === 'uniform') {
    const uniform = uniformSize(graph.order);
    return () => uniform;
  }
  if (sizeBy === 'column') {
    const [min, max] = sizeRange(graph.order);
    return columnSizeScale(graph, sizeColumn ?? '', min, max);
  }
  const value = (id: string): number => {
    if (sizeBy === 'betweenness') return metrics?.nodes[id]?.betweenness ?? 0;
    return graph.degree(id);
  };
  let top = 0;
  graph.forEachNode((id) => {
    top = Math.max(top, value(id));
  });
  return (id) => scaledSize(value(id), top, graph.order);
}

function columnSizeScale(
  graph: MaillageGraph,
  column: string,
  min: number,
  max: number,
): (id: string) => number {
  const numbers = columnNumbers(graph, column);
  // Counts and capacities start at 0 (sqrt scale, as for partners); a column with negative
  // numbers is spread over its own range.
  const low = numbers.min < 0 ? numbers.min : 0;
  const span = numbers.max - low;
  return (id) => {
    const n = numbers.value(graph.getNodeAttributes(id));
    if (n === null || span <= 0) return min;
    return Math.round(min + (max - min) * Math.sqrt((n - low) / span));
  };
}

export function nodeVisual(actor: Actor, ctx: ElementContext, size: number, order = 0): NodeVisual {
  const colourBy = ctx.encodings.colourBy;
  const key = categoryOf(colourBy, actor, ctx.metrics?.nodes[actor.id], ctx.column);
  const ring = RING_SCHEMES.map((s) => (s.id in actor.schemes ? s.colour : RING_EMPTY));
  const inRing = RING_SCHEMES.some((s) => s.id in actor.schemes);
  const shape = shapeOf(actor.type);
  return {
    colour: colourOf(colourBy, key, ctx.ref, ctx.column),
    shape,
    size,
    tier: tierFor(size, order),
    ring1: ring[0] as string,
    ring2: ring[1] as string,
    ring3: ring[2] as string,
    ringSlice: inRing ? 100 / 3 : 0,
    ringDiameter: Math.round(size * (RING_FIT[shape] ?? 1) * 10) / 10,
  };
}

export function edgeWidth(strength: number | undefined, big: boolean): number {
  const s = strength ?? 1;
  const base = s >= 3 ? 3.5 : s >= 2 ? 2.2 : 1.2;
  return big ? Math.max(0.6, base / 2) : base;
}

/** Classes of a node: `cut` for an articulation point. */
export function nodeClasses(id: string, metrics: MapMetrics | null): string {
  return (metrics?.nodes[id]?.cutOff ?? 0) > 0 ? 'cut' : '';
}

/** Elements converted between two turns of `toElementsInTurns`: about 20 ms of CPU on this
 * machine (a 50,000-actor map's 250,000 elements were one task of 200–360 ms). */
export const ELEMENTS_PER_TURN = 25_000;

/** Converts the graph into `elements` (its actors, then its links), pausing (a `yield`)
 * after each `perTurn` elements. */
function* convert(
  graph: MaillageGraph,
  given: ElementContext,
  elements: ElementDefinition[],
  perTurn = ELEMENTS_PER_TURN,
): Generator<void, void, void> {
  const ctx = { ...given, column: given.column ?? colourColumnOf(graph, given.encodings) };
  const size = sizeScale(graph, ctx.metrics, ctx.encodings.sizeBy, ctx.encodings.sizeColumn);
  const big = graph.order > BIG_MAP;
  const bridges = new Set(ctx.metrics?.bridges ?? []);
  let count = 0;
  for (const { node: id, attributes: actor } of graph.nodeEntries()) {
    const name = ctx.names?.get(id) ?? actor.name;
    const data: NodeData = {
      id,
      label: mapLabel(name),
      name,
      type: actor.type,
      ...nodeVisual(actor, ctx, size(id), graph.order),
    };
    elements.push({ group: 'nodes', data, classes: nodeClasses(id, ctx.metrics) });
    if (++count % perTurn === 0) yield;
  }
  for (const { edge: key, attributes: link, source, target } of graph.edgeEntries()) {
    const data: EdgeData = { id: key, source, target, width: edgeWidth(link.strength, big) };
    const classes = [
      link.directed ? 'directed' : '',
      link.reciprocal ? 'reciprocal' : '',
      bridges.has(key) ? 'bridge' : '',
    ]
      .filter(Boolean)
      .join(' ');
    // The stored direction, not graphology's endpoint order, orients the arrow.
    if (link.directed) {
      data.source = link.source;
      data.target = link.target;
    }
    elements.push({ group: 'edges', data, classes });
    if (++count % perTurn === 0) yield;
  }
}

export function toElements(graph: MaillageGraph, given: ElementContext): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const _ of convert(graph, given, elements));
  return elements;
}

/** `toElements` in parts of `perTurn` elements, each in a task of its own (`turn` resolves
 * in the next one); null when `stopped` says so after a turn. */
export async function toElementsInTurns(
  graph: MaillageGraph,
  given: ElementContext,
  turn: () => Promise<void>,
  stopped: () => boolean,
  perTurn = ELEMENTS_PER_TURN,
): Promise<ElementDefinition[] | null> {
  const elements: ElementDefinition[] = [];
  for (const _ of convert(graph, given, elements, perTurn)) {
    await turn();
    if (stopped()) return null;
  }
  return elements;
}

/** What a change of encodings redraws: the actors' looks (`looks`: colour, shape, size;
 * `size` alone moves the names too), the names shown or not, the fragility marks. */
export function encodingChanges(before: Encodings, after: Encodings) {
  const size = before.sizeBy !== after.sizeBy || before.sizeColumn !== after.sizeColumn;
  const colour = before.colourBy !== after.colourBy || before.colourColumn !== after.colourColumn;
  return {
    size,
    looks: size || colour,
    names: before.labels !== after.labels,
    fragility: before.articulation !== after.articulation,
    grouping: before.layoutBy !== after.layoutBy || before.layoutColumn !== after.layoutColumn,
  };
}
/** Each actor's visual data (colour, shape, size…) under `ctx`, the size scale computed once. */
export function visualsOf(graph: MaillageGraph, ctx: ElementContext): (id: string) => NodeVisual {
  const { sizeBy, sizeColumn } = ctx.encodings;
  const size = sizeScale(graph, ctx.metrics, sizeBy, sizeColumn);
  return (id) => nodeVisual(graph.getNodeAttributes(id), ctx, size(id), graph.order);
}

/** Rewrites in Cytoscape the visual data that changed under `ctx` (only those: restyling
 * 10,000 actors for nothing is a long task), of every actor or of those of `ids`. */
export function refreshVisuals(
  cy: Core,
  graph: MaillageGraph,
  ctx: ElementContext,
  ids: ReadonlySet<string> | 'all' = 'all',
): void {
  const visualOf = visualsOf(graph, ctx);
  const nodes = ids === 'all' ? cy.nodes() : [...ids].map((id) => cy.getElementById(id));
  cy.batch(() => {
    nodes.forEach((node) => {
      if (node.empty()) return; // not in Cytoscape yet (a big map filling in)
      const visual = visualOf(node.id());
      const current = node.data() as Record<string, unknown>;
      const changed = Object.entries(visual).filter(([k, v]) => current[k] !== v);
      if (changed.length) node.data(Object.fromEntries(changed));
    });
  });
}

/** The actors whose look may differ from `before`'s metrics to `after`'s under
 * `encodings`: the looks read the metrics only through the colour by community and the
 * size by betweenness, whose scale is the largest figure's ('all' then). The full
 * analysis's arrival restyles these only: at 50,000 actors, restyling every one was a task
 * of most of a second for looks that had not changed. */
export function metricsLookChanges(
  graph: MaillageGraph,
  before: MapMetrics | null,
  after: MapMetrics | null,
  encodings: Encodings,
): ReadonlySet<string> | 'all' {
  const differ = (field: 'community' | 'betweenness') => (id: string) =>
    before?.nodes[id]?.[field] !== after?.nodes[id]?.[field];
  if (encodings.sizeBy === 'betweenness' && graph.someNode(differ('betweenness'))) return 'all';
  return new Set(encodings.colourBy === 'community' ? graph.filterNodes(differ('community')) : []);
}
