// The graph → Cytoscape elements. Everything the style needs is written into each
// element's data (colour, shape, size, the scheme ring), so changing an encoding rewrites
// data in place and never moves an actor. Names go into `label` as plain strings: Cytoscape
// draws them as canvas text, so no name is ever parsed as HTML.
import type { ElementDefinition } from 'cytoscape';
import type { Actor, ReferenceData } from '../domain/types.ts';
import type { MaillageGraph } from '../model/graph.ts';
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

/** Longest label drawn on the map; the full name is in the details panel and the tables. */
export const LABEL_MAX = 64;

/** Above this many actors the map is "big": smaller actors, lighter style. */
export const BIG_MAP = 1500;

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
}

/** A name as the map shows it: whitespace collapsed, cut at LABEL_MAX characters. */
export function labelOf(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  return clean.length > LABEL_MAX ? `${clean.slice(0, LABEL_MAX - 1).trimEnd()}…` : clean;
}

/** Size range of actors in model pixels. */
export function sizeRange(order: number): [number, number] {
  return order > BIG_MAP ? [10, 40] : [20, 56];
}

/** Name sizes in screen pixels by tier (≥ 12 px: readable on a projector). */
export const LABEL_PX: Record<number, number> = { 1: 12, 2: 13.5, 3: 15.5 };

/** Label tier for an actor size: the biggest actors get the biggest names. */
export function tierFor(size: number, order: number): number {
  const [min, max] = sizeRange(order);
  const f = max > min ? (size - min) / (max - min) : 0;
  return f >= 0.62 ? 3 : f >= 0.32 ? 2 : 1;
}

/** A function from actor id to size, for the chosen size encoding (sqrt scale). */
export function sizeScale(
  graph: MaillageGraph,
  metrics: MapMetrics | null,
  sizeBy: SizeBy,
): (id: string) => number {
  const [min, max] = sizeRange(graph.order);
  if (sizeBy === 'uniform') {
    const uniform = Math.round((min + max) / 2.6);
    return () => uniform;
  }
  const value = (id: string): number => {
    if (sizeBy === 'betweenness') return metrics?.nodes[id]?.betweenness ?? 0;
    return graph.degree(id);
  };
  let top = 0;
  graph.forEachNode((id) => {
    top = Math.max(top, value(id));
  });
  return (id) => {
    const v = top > 0 ? Math.sqrt(value(id) / top) : 0;
    return Math.round(min + (max - min) * v);
  };
}

export function nodeVisual(actor: Actor, ctx: ElementContext, size: number, order = 0): NodeVisual {
  const key = categoryOf(ctx.encodings.colourBy, actor, ctx.metrics?.nodes[actor.id]);
  const ring = RING_SCHEMES.map((s) => (s.id in actor.schemes ? s.colour : RING_EMPTY));
  const inRing = RING_SCHEMES.some((s) => s.id in actor.schemes);
  const shape = shapeOf(actor.type);
  return {
    colour: colourOf(ctx.encodings.colourBy, key, ctx.ref),
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

export function toElements(graph: MaillageGraph, ctx: ElementContext): ElementDefinition[] {
  const size = sizeScale(graph, ctx.metrics, ctx.encodings.sizeBy);
  const big = graph.order > BIG_MAP;
  const bridges = new Set(ctx.metrics?.bridges ?? []);
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, actor) => {
    const name = ctx.names?.get(id) ?? actor.name;
    const data: NodeData = {
      id,
      label: labelOf(name),
      name,
      type: actor.type,
      ...nodeVisual(actor, ctx, size(id), graph.order),
    };
    elements.push({ group: 'nodes', data, classes: nodeClasses(id, ctx.metrics) });
  });
  graph.forEachEdge((key, link, source, target) => {
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
  });
  return elements;
}
