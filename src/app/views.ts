// Saved views for restitution meetings: each holds what the map showed (filters,
// encodings, lit actors, camera) with a title and a sentence of comment. A sequence of
// views is stepped through in presentation mode. Pure data and functions: the workspace
// file keeps them, and they are checked when read back.
import {
  type Camera,
  DEFAULT_ENCODINGS,
  NO_FILTERS,
  type ColourBy,
  type ColumnFilter,
  type Encodings,
  type Filters,
  type LabelMode,
  type LayoutBy,
  type SizeBy,
} from '../map';

export interface SavedView {
  id: string;
  title: string;
  comment: string;
  filters: Filters;
  encodings: Encodings;
  /** Actors lit by this view (a row of a panel, or the selected actor). */
  lit: string[];
  /** Reveals its actors on top of those of the view before it (and so on back). */
  cumulative: boolean;
  /** The part of the map shown; null fits the visible actors. */
  camera: Camera | null;
  /** The actor whose details are open, if any. */
  selected: string | null;
}

/** The actors lit when view `index` is shown: its own, plus, while views are cumulative,
 * those of the views before it. */
export function litAt(views: readonly SavedView[], index: number): string[] {
  const lit = new Set<string>();
  for (let i = index; i >= 0; i--) {
    const view = views[i];
    if (!view) break;
    for (const id of view.lit) lit.add(id);
    if (!view.cumulative) break;
  }
  return [...lit];
}

/** The list with view `index` moved by `delta` places (clamped to the list). */
export function moveView(views: readonly SavedView[], index: number, delta: number): SavedView[] {
  const to = Math.max(0, Math.min(views.length - 1, index + delta));
  if (to === index || !views[index]) return [...views];
  const list = [...views];
  const [view] = list.splice(index, 1);
  list.splice(to, 0, view as SavedView);
  return list;
}

/** A fresh id for a view, unique within `views`. */
export function newViewId(views: readonly SavedView[]): string {
  const taken = new Set(views.map((v) => v.id));
  let n = views.length + 1;
  while (taken.has(`vue-${n}`)) n++;
  return `vue-${n}`;
}

/** The default title of the next view ("Vue 3"). */
export function defaultTitle(views: readonly SavedView[], word: string): string {
  return `${word} ${views.length + 1}`;
}

const COLOURS: readonly ColourBy[] = ['type', 'sector', 'scheme', 'community', 'column'];
const SIZES: readonly SizeBy[] = ['degree', 'betweenness', 'uniform', 'column'];
const LABELS: readonly LabelMode[] = ['auto', 'all', 'none'];
const LAYOUTS: readonly LayoutBy[] = [
  'force',
  'scheme',
  'territory',
  'type',
  'community',
  'column',
];

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] | null =>
  Array.isArray(x) && x.every((s) => typeof s === 'string') ? [...(x as string[])] : null;
const pick = <T extends string>(x: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(x as T) ? (x as T) : fallback;

/** Filters read back from a file: each list when well-formed, else off. */
export function readFilters(input: unknown): Filters {
  const f = isRecord(input) ? input : {};
  const filters: Filters = {
    schemes: strings(f.schemes) ?? NO_FILTERS.schemes,
    body: typeof f.body === 'string' ? f.body : NO_FILTERS.body,
    types: strings(f.types) ?? NO_FILTERS.types,
    sectors: strings(f.sectors) ?? NO_FILTERS.sectors,
  };
  const column = readColumnFilter(f.column);
  return column ? { ...filters, column } : filters;
}

const bound = (x: unknown): number | null => (Number.isFinite(x) ? (x as number) : null);

/** A free column's filter read back (files older than it have none: off). */
function readColumnFilter(input: unknown): ColumnFilter | null {
  if (!isRecord(input) || typeof input.column !== 'string') return null;
  return {
    column: input.column,
    values: strings(input.values),
    min: bound(input.min),
    max: bound(input.max),
  };
}

/** Encodings read back from a file: each known value, else the default. */
export function readEncodings(input: unknown): Encodings {
  const e = isRecord(input) ? input : {};
  const colourColumn = typeof e.colourColumn === 'string' ? e.colourColumn : undefined;
  const sizeColumn = typeof e.sizeColumn === 'string' ? e.sizeColumn : undefined;
  const colourBy = pick(e.colourBy, COLOURS, DEFAULT_ENCODINGS.colourBy);
  const sizeBy = pick(e.sizeBy, SIZES, DEFAULT_ENCODINGS.sizeBy);
  const layoutColumn = typeof e.layoutColumn === 'string' ? e.layoutColumn : undefined;
  const layoutBy = pick(e.layoutBy, LAYOUTS, 'force');
  return {
    // A free column's encoding without its column falls back to the default.
    colourBy:
      colourBy === 'column' && colourColumn === undefined ? DEFAULT_ENCODINGS.colourBy : colourBy,
    sizeBy: sizeBy === 'column' && sizeColumn === undefined ? DEFAULT_ENCODINGS.sizeBy : sizeBy,
    labels: pick(e.labels, LABELS, DEFAULT_ENCODINGS.labels),
    articulation:
      typeof e.articulation === 'boolean' ? e.articulation : DEFAULT_ENCODINGS.articulation,
    ...(colourColumn !== undefined ? { colourColumn } : {}),
    ...(sizeColumn !== undefined ? { sizeColumn } : {}),
    // The force layout is said by leaving the choice out, as before the choice existed.
    ...(layoutBy !== 'force' && (layoutBy !== 'column' || layoutColumn !== undefined)
      ? { layoutBy, ...(layoutBy === 'column' ? { layoutColumn } : {}) }
      : {}),
  };
}

/**
 * Views read back from a workspace file: what is well-formed is kept, anything missing
 * takes its default, and a view with neither title nor id is dropped. Never throws.
 */
export function readViews(input: unknown): SavedView[] {
  if (!Array.isArray(input)) return [];
  const views: SavedView[] = [];
  for (const raw of input) {
    if (!isRecord(raw)) continue;
    const title = typeof raw.title === 'string' ? raw.title : '';
    const id = typeof raw.id === 'string' && raw.id ? raw.id : newViewId(views);
    if (!title && typeof raw.id !== 'string') continue;
    const c = isRecord(raw.camera) ? raw.camera : null;
    const camera =
      c && ['x1', 'y1', 'x2', 'y2'].every((k) => Number.isFinite(c[k]))
        ? { x1: c.x1 as number, y1: c.y1 as number, x2: c.x2 as number, y2: c.y2 as number }
        : null;
    views.push({
      id: views.some((v) => v.id === id) ? newViewId(views) : id,
      title,
      comment: typeof raw.comment === 'string' ? raw.comment : '',
      filters: readFilters(raw.filters),
      encodings: readEncodings(raw.encodings),
      lit: strings(raw.lit) ?? [],
      cumulative: raw.cumulative === true,
      camera,
      selected: typeof raw.selected === 'string' ? raw.selected : null,
    });
  }
  return views;
}
