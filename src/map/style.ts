// The Cytoscape stylesheet. Visual values come from element data (elements.ts) so that the
// stylesheet itself is fixed for a map; state (selection, focus, filters, articulation
// highlight) is carried by classes.
import { LINE_HEIGHT } from '../layout';
import { LABEL_PX } from './elements.ts';

/** System fonts only: nothing is fetched. */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

export const INK = '#1F2933';
export const EDGE = '#8C97A3';
/** Links of a big map are lighter (they are many). */
export const BIG_EDGE_OPACITY = 0.45;
export const ACCENT = '#1D4ED8';
/** Articulation points and bridges: dark red, plus a double border or a dashed line. */
export const CRITICAL = '#A4161A';
/** Actors lit by a row of an analysis panel (amber reads on every palette). */
export const LIT = '#D97706';
/** Suggested partnerships (dashed). */
export const SUGGESTED = '#7C3AED';

/** On big maps, names smaller than this on screen are not drawn (Cytoscape's
 * `min-zoomed-font-size`), and names are only given to actors in view once they would be
 * drawn (`node.named`, see names.ts `nameInView`). */
export const BIG_MIN_FONT = 10;
/** Names left out by the declutter are drawn from this size on screen: never. */
const QUIET_MIN_FONT = 10_000;
/** The class that gives a big map's actor its name (exports give it to every actor). */
export const NAMED = 'named';

export interface StyleOptions {
  /** A big map: lighter drawing (haystack edges, no scheme ring, names only when zoomed
   * in, for the actors in view). */
  big: boolean;
  /** WebGL renderer: no dashed lines, no underlays. */
  webgl: boolean;
  /**
   * Label scale: names are LABEL_PX × scale model pixels. Small maps pass 1 / zoom after
   * each zoom, so that names keep the same size on screen (and more of them fit when
   * zooming in); big maps keep 1.
   */
  labelScale?: number;
  /** Presentation mode: black names on an opaque white background, darker links (the
   * bigger names come through labelScale). */
  presentation?: boolean;
}

/** One block of the stylesheet: a selector and its properties. */
export type StyleBlock = { selector: string; style: Record<string, unknown> };

/** The stylesheet as plain blocks (Cytoscape's typings lag behind its properties). */
export function styleBlocks(options: StyleOptions): StyleBlock[] {
  const { big, webgl } = options;
  const k = options.labelScale ?? 1;
  const projector = options.presentation ?? false;
  return [
    // While a big map is panned or zoomed, Cytoscape moves a snapshot of it and shades
    // what lies outside (`textureOnViewport`); the shade would lie over the links' layer.
    ...(big ? [{ selector: 'core', style: { 'outside-texture-bg-opacity': 0 } }] : []),
    {
      selector: 'node',
      style: {
        shape: 'data(shape)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': big ? 0 : 1,
        'border-color': '#3E4A57',
        'border-opacity': 0.55,
        // Big maps: no name until the actor is in view and zoomed in enough (measuring and
        // wrapping 10,000 names up front took seconds, for names too small to be drawn).
        label: big ? '' : 'data(label)',
        'font-family': FONT_STACK,
        'font-size': LABEL_PX[1] as number,
        color: projector ? '#000000' : INK,
        ...(projector ? { 'font-weight': 600 } : {}),
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': big ? '110px' : '132px',
        'text-overflow-wrap': 'whitespace',
        'line-height': LINE_HEIGHT,
        'text-background-color': '#FFFFFF',
        // Big maps too: their names are drawn only zoomed in, a few hundred at a time, and
        // over actors and links they need the white behind them.
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'round-rectangle',
        // Labels smaller than this on screen are skipped: a zoomed-out big map stays fast.
        'min-zoomed-font-size': big ? BIG_MIN_FONT : 0,
        // The scheme ring; big maps leave it out (invisible at a whole-map zoom and costly
        // to draw 10,000 times): their details panel and tables give the schemes.
        ...(big
          ? {}
          : {
              'pie-size': 'data(ringDiameter)',
              'pie-hole': '66%',
              'pie-1-background-color': 'data(ring1)',
              'pie-2-background-color': 'data(ring2)',
              'pie-3-background-color': 'data(ring3)',
              'pie-1-background-size': 'data(ringSlice)',
              'pie-2-background-size': 'data(ringSlice)',
              'pie-3-background-size': 'data(ringSlice)',
            }),
        'overlay-opacity': 0,
      },
    },
    ...[1, 2, 3].map((tier) => ({
      selector: `node[tier = ${tier}]`,
      style: {
        'font-size': round((LABEL_PX[tier] as number) * k),
        'text-max-width': `${round((tier === 3 ? 150 : 124) * k)}px`,
        'text-margin-y': round(3 * k),
        'text-background-padding': `${round(1.5 * k)}px`,
        // Named actors are drawn over the others, big ones over small ones.
        'z-index': 10 + tier,
        ...(tier === 3 ? { 'font-weight': 600 } : {}),
      },
    })),
    ...(big
      ? [
          {
            selector: `node.${NAMED}, node:selected, node.hover`,
            style: { label: 'data(label)' },
          },
        ]
      : []),
    { selector: 'node.nolabel', style: { label: '' } },
    // Names left out to avoid overlaps (declutter.ts) still count for bounding boxes. Never
    // big enough to be drawn: Cytoscape's canvas renderer would otherwise draw each one,
    // transparent, into its texture caches (texture-warmup.ts).
    {
      selector: 'node.quiet',
      style: {
        'text-opacity': 0,
        'text-background-opacity': 0,
        'z-index': 1,
        'min-zoomed-font-size': QUIET_MIN_FONT,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': projector ? '#4B5563' : EDGE,
        opacity: projector ? 0.8 : big ? BIG_EDGE_OPACITY : 0.75,
        'curve-style': big ? 'haystack' : 'straight',
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'edge.directed',
      style: big
        ? {}
        : {
            'target-arrow-shape': 'triangle',
            'target-arrow-color': EDGE,
            'arrow-scale': 0.9,
          },
    },
    // A→B and B→A: an arrow at each end.
    {
      selector: 'edge.reciprocal',
      style: big ? {} : { 'source-arrow-shape': 'triangle', 'source-arrow-color': EDGE },
    },
    // Focus on a neighbourhood, search, selection.
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.06 } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': ACCENT,
        'border-opacity': 1,
        'font-weight': 'bold',
        'z-index': 20,
        ...(webgl
          ? {}
          : {
              'underlay-color': ACCENT,
              'underlay-padding': 7,
              'underlay-opacity': 0.18,
              'underlay-shape': 'ellipse',
            }),
      },
    },
    {
      selector: 'edge.neighbour',
      style: {
        'line-color': '#4B5563',
        opacity: 1,
        'target-arrow-color': '#4B5563',
        'z-index': 10,
      },
    },
    { selector: 'node.neighbour', style: { 'border-width': 2, 'border-opacity': 1 } },
    // A name left out comes back on hover, on selection and around the selected actor.
    {
      selector: 'node.quiet:selected, node.quiet.hover',
      style: {
        'text-opacity': 1,
        'text-background-opacity': 0.85,
        'z-index': 30,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-opacity': 1, 'z-index': 30 } },
    // Articulation points and bridges (switch on): everything else steps back.
    { selector: '.dim', style: { opacity: 0.28, 'text-opacity': 0.5 } },
    { selector: 'node.dim.quiet', style: { 'text-opacity': 0 } },
    {
      selector: 'node.critical',
      style: {
        'border-width': 6,
        'border-style': webgl ? 'solid' : 'double',
        'border-color': CRITICAL,
        'border-opacity': 1,
        'font-weight': 'bold',
        color: CRITICAL,
        'z-index': 15,
        ...(webgl
          ? {}
          : {
              'underlay-color': CRITICAL,
              'underlay-padding': 9,
              'underlay-opacity': 0.22,
              'underlay-shape': 'ellipse',
            }),
      },
    },
    {
      selector: 'edge.critical',
      style: {
        width: 6,
        'line-color': CRITICAL,
        'line-style': webgl ? 'solid' : 'dashed',
        'line-dash-pattern': [10, 5],
        opacity: 1,
        'z-index': 15,
      },
    },
    // A row of an analysis panel lights its actors; the rest steps back.
    { selector: '.unlit', style: { opacity: 0.14, 'text-opacity': 0 } },
    { selector: 'edge.unlit', style: { opacity: 0.06 } },
    {
      selector: 'node.lit',
      style: {
        'border-width': 5,
        'border-color': LIT,
        'border-opacity': 1,
        'font-weight': 'bold',
        'z-index': 25,
        ...(webgl
          ? {}
          : {
              'underlay-color': LIT,
              'underlay-padding': 8,
              'underlay-opacity': 0.3,
              'underlay-shape': 'ellipse',
            }),
      },
    },
    { selector: 'edge.lit', style: { 'line-color': '#4B5563', opacity: 1, 'z-index': 10 } },
    // Suggested partnerships: links that do not exist yet, dashed (a colour of their own
    // under WebGL, which draws no dashes). At least 3 pixels wide on screen on small maps,
    // whose stylesheet follows the zoom: a whole-map view would otherwise thin them to a
    // hairline.
    {
      selector: 'edge.suggested',
      style: {
        width: round(3 * Math.max(1, k)),
        'line-color': SUGGESTED,
        'line-style': webgl ? 'solid' : 'dashed',
        'line-dash-pattern': [round(8 * Math.max(1, k)), round(6 * Math.max(1, k))],
        'curve-style': 'straight',
        opacity: 0.95,
        'z-index': 12,
      },
    },
    // A comparison of two versions: gained thick and green with a double border, lost red
    // and dashed, kept pale (told apart by line and border style, not colour alone).
    { selector: '.kept', style: { opacity: 0.35 } },
    {
      selector: 'node.gained',
      style: {
        'border-width': 6,
        'border-style': 'double',
        'border-color': '#15803D',
        'border-opacity': 1,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      selector: 'edge.gained',
      style: { width: 6, 'line-color': '#15803D', opacity: 1, 'z-index': 20 },
    },
    {
      selector: 'node.lost',
      style: {
        'border-width': 4,
        'border-style': 'dashed',
        'border-color': '#B91C1C',
        'border-opacity': 1,
        color: '#B91C1C',
        'z-index': 20,
      },
    },
    {
      selector: 'edge.lost',
      style: {
        width: 4,
        'line-color': '#B91C1C',
        'line-style': 'dashed',
        'line-dash-pattern': [8, 5],
        opacity: 1,
        'z-index': 20,
      },
    },
    // "What if" an actor left: it fades out, and those it cut off are marked.
    {
      selector: 'node.gone',
      style: {
        opacity: 0.25,
        'border-width': 3,
        'border-style': webgl ? 'solid' : 'dashed',
        'border-color': INK,
        'border-opacity': 1,
        'text-opacity': 1,
        'z-index': 20,
      },
    },
    { selector: 'edge.gone', style: { display: 'none' } },
    {
      selector: 'node.stranded',
      style: {
        'border-width': 5,
        'border-color': CRITICAL,
        'border-opacity': 1,
        color: CRITICAL,
        'font-weight': 'bold',
        'z-index': 22,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
