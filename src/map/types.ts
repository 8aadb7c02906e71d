// What the map adapter reads besides the graph: per-actor metrics (their one home is
// src/analysis/map-metrics.ts, which the workers fill in), the encodings the user chose and
// the filters. Plain data, so the app can hold it in state.

import type { Core, CytoscapeOptions } from 'cytoscape';
import type { MapMetrics } from '../analysis';
import type { ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import type { LayoutProgress, PositionsRunner } from './layout.ts';
import type { WebGLProbe } from './renderer.ts';

export type { MapMetrics, NodeMetrics } from '../analysis';

/** `column`: a free column of the files (Encodings.colourColumn / sizeColumn). */
export type ColourBy = 'type' | 'sector' | 'scheme' | 'community' | 'column';
export type SizeBy = 'degree' | 'betweenness' | 'uniform' | 'column';
/** How the actors are laid out: by the forces of their links, or gathered in groups by a
 * column (`column`: the free column `Encodings.layoutColumn`). */
export type LayoutBy = 'force' | 'scheme' | 'territory' | 'type' | 'community' | 'column';

/** Names on the map: the main ones without overlap, all of them, or none. */
export type LabelMode = 'auto' | 'all' | 'none';

export interface Encodings {
  colourBy: ColourBy;
  sizeBy: SizeBy;
  labels: LabelMode;
  /** Highlight articulation points and bridges. */
  articulation: boolean;
  /** The free column (header as written) that colours the actors when colourBy is `column`. */
  colourColumn?: string;
  /** The numeric free column that sizes the actors when sizeBy is `column`. */
  sizeColumn?: string;
  /** The layout: forces (absent: forces too) or actors grouped by a column. */
  layoutBy?: LayoutBy;
  /** The free column that groups the actors when layoutBy is `column`. */
  layoutColumn?: string;
}

export const DEFAULT_ENCODINGS: Encodings = {
  colourBy: 'type',
  sizeBy: 'degree',
  labels: 'auto',
  articulation: false,
};

/** A value standing for "no scheme at all" in the scheme filter. */
export const NO_SCHEME = '∅';

/**
 * Filters: an actor is shown when it passes every list that is not null. `schemes` keeps
 * actors that are in at least one listed scheme (NO_SCHEME keeps those in none); `body`
 * (`scheme:body`) keeps the members of one governance body; `types` and `sectors` keep
 * actors of a listed type or with at least one listed sector (an actor with no sector
 * passes the sector filter only when it is off).
 */
export interface Filters {
  schemes: string[] | null;
  body: string | null;
  types: string[] | null;
  sectors: string[] | null;
  /** A free column's filter (off when absent or null). */
  column?: ColumnFilter | null;
}

/**
 * Keeps the actors whose value in `column` is listed (`values`; '' stands for "not given"),
 * or, for a numeric column, lies between `min` and `max` (each bound optional; an actor with
 * no number fails a range). Null values and bounds are off.
 */
export interface ColumnFilter {
  column: string;
  values: string[] | null;
  min: number | null;
  max: number | null;
}

export const NO_FILTERS: Filters = { schemes: null, body: null, types: null, sectors: null };

/** What a NetworkMap (network-map.ts) is made from. */
export interface NetworkMapSetup {
  container: HTMLElement;
  graph: MaillageGraph;
  ref: ReferenceData;
  metrics: MapMetrics | null;
  encodings: Encodings;
  filters?: Filters;
  /** Positions already computed (x0, y0, … in the graph's node order), e.g. by the import. */
  initial?: Float64Array | null;
  /** Off-main-thread layouts. Without it, small maps are laid out here. */
  positions?: PositionsRunner;
  /** WebGL probe (null = canvas). */
  probe?: WebGLProbe | null;
  /** Forces a renderer (diagnostics). */
  forceRenderer?: 'webgl' | 'canvas' | null;
  /** Names to show instead of the actors' own (anonymous mode). */
  names?: ReadonlyMap<string, string>;
  /** Makes the Cytoscape instance (the unit tests give a stand-in). */
  cytoscape?: (options: CytoscapeOptions) => Core;
  onSelect?: (id: string | null) => void;
  onLayout?: (progress: LayoutProgress) => void;
  /** An actor was moved by hand. */
  onMoved?: () => void;
  /**
   * Big maps: a still picture of the map is on screen (`fraction` of the elements handed to
   * Cytoscape so far), or the interactive map has replaced it (null).
   */
  onPreparing?: (fraction: number | null) => void;
}
