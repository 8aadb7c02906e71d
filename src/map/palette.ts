// Colours and shapes. Colour is never the only cue: every actor type has its own shape, and
// the scheme ring codes CLS, CLSM and ASV by position (a third of the ring each) as well as
// by colour. Palettes come from Paul Tol's and Okabe & Ito's colour-blind-safe sets; past
// about eight categories no palette stays distinct for every reader, so the legend and the
// details panel always name the category in words.
import type { Actor, ReferenceData } from '../domain';
import { columnKey, keyStep, keyValue, OTHER_VALUES, type ColumnCategories } from './columns.ts';
import type { ColourBy, NodeMetrics } from './types.ts';

/** Okabe & Ito (2008), the eight colours distinguishable under every common deficiency. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Paul Tol's "muted" scheme, then extra distinct hues for long category lists. */
export const CATEGORICAL = [
  '#332288', // indigo
  '#88CCEE', // cyan
  '#44AA99', // teal
  '#117733', // green
  '#999933', // olive
  '#DDCC77', // sand
  '#CC6677', // rose
  '#882255', // wine
  '#AA4499', // purple
  '#E69F00', // orange (Okabe–Ito)
  '#0072B2', // blue (Okabe–Ito)
  '#D55E00', // vermillion (Okabe–Ito)
  '#BBCC33', // pear (Tol light)
  '#FFAABB', // pink (Tol light)
  '#8C6D31', // brown
  '#5A6E7F', // slate
] as const;

/** A column of numbers coloured as a scale: viridis, light (low) to dark (high), read in
 * every common colour deficiency and in grey. */
export const SEQUENTIAL = ['#FDE725', '#5EC962', '#21918C', '#3B528B', '#440154'] as const;

/** For "nothing" (no sector, no scheme) and "other" buckets. */
export const NEUTRAL = '#BBBBBB';
export const PALE = '#E2E5E9';
/** For "other schemes only" and the values of a free column past its own colours. */
export const OTHERS = '#777777';

/** The three core schemes, in ring order (clockwise from 12 o'clock), with their colour. */
export const RING_SCHEMES = [
  { id: 'CLS', colour: OKABE_ITO.blue },
  { id: 'CLSM', colour: OKABE_ITO.vermillion },
  { id: 'ASV', colour: OKABE_ITO.bluishGreen },
] as const;

/** Ring slice colour for a scheme the actor is not in: white, so that the ring always
 * stands apart from the actor's fill. */
export const RING_EMPTY = '#FFFFFF';

/** How much of a shape's box the ring may cover: pointed shapes get a smaller ring, so
 * that it stays inside the shape. */
export const RING_FIT: Partial<Record<NodeShape, number>> = {
  triangle: 0.6,
  star: 0.52,
  vee: 0.5,
  diamond: 0.72,
  rhomboid: 0.72,
  'concave-hexagon': 0.86,
  tag: 0.84,
  pentagon: 0.94,
};

/** Fill of each combination of core schemes when colouring by scheme. */
export const SCHEME_COMBINATIONS: { key: string; colour: string }[] = [
  { key: 'CLS', colour: OKABE_ITO.blue },
  { key: 'CLSM', colour: OKABE_ITO.reddishPurple },
  { key: 'ASV', colour: OKABE_ITO.bluishGreen },
  { key: 'CLS+CLSM', colour: OKABE_ITO.skyBlue },
  { key: 'CLS+ASV', colour: OKABE_ITO.yellow },
  { key: 'CLSM+ASV', colour: OKABE_ITO.orange },
  { key: 'CLS+CLSM+ASV', colour: OKABE_ITO.vermillion },
  { key: 'other', colour: OTHERS },
  { key: 'none', colour: NEUTRAL },
];

/** Cytoscape node shapes by actor type (see docs/domain.md for the types). */
export const TYPE_SHAPES: Record<string, NodeShape> = {
  collectivite: 'round-rectangle',
  etat: 'rectangle',
  ars: 'diamond',
  'protection-sociale': 'barrel',
  'etablissement-sante': 'hexagon',
  'medico-social': 'octagon',
  'exercice-coordonne': 'pentagon',
  professionnel: 'vee',
  'promotion-sante': 'star',
  association: 'concave-hexagon',
  bailleur: 'triangle',
  insertion: 'rhomboid',
  education: 'heptagon',
  entreprise: 'cut-rectangle',
  habitant: 'ellipse',
  autre: 'tag',
};

export type NodeShape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'cut-rectangle'
  | 'barrel'
  | 'triangle'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'heptagon'
  | 'octagon'
  | 'star'
  | 'vee'
  | 'rhomboid'
  | 'concave-hexagon'
  | 'tag';

/** Shape of a type; types added by the user cycle through the spare shapes. */
export function shapeOf(type: string): NodeShape {
  return TYPE_SHAPES[type] ?? 'tag';
}

/** The key of the category an actor falls in under an encoding (`column`: the categories
 * of the chosen free column, see columns.ts). */
export function categoryOf(
  colourBy: ColourBy,
  actor: Actor,
  metrics: NodeMetrics | undefined,
  column?: ColumnCategories | null,
): string {
  switch (colourBy) {
    case 'type':
      return actor.type;
    case 'sector':
      return actor.sectors[0] ?? '';
    case 'scheme':
      return schemeCombination(actor);
    case 'community':
      return metrics && metrics.community >= 0 ? String(metrics.community) : '';
    case 'column':
      return column ? columnKey(actor, column) : '';
  }
}

/** "CLS+ASV", "other" (only non-core schemes such as the contrat de ville) or "none". */
export function schemeCombination(actor: Actor): string {
  const core = RING_SCHEMES.map((s) => s.id).filter((id) => id in actor.schemes);
  if (core.length > 0) return core.join('+');
  return Object.keys(actor.schemes).length > 0 ? 'other' : 'none';
}

/** Communities past this index share the neutral colour ("smaller groups"). */
export const COMMUNITY_COLOURS = 12;

/** The fill of a category. Reference order gives stable colours whatever the data. */
export function colourOf(
  colourBy: ColourBy,
  key: string,
  ref: ReferenceData,
  column?: ColumnCategories | null,
): string {
  if (key === '') return NEUTRAL;
  switch (colourBy) {
    case 'type':
      return paletteAt(indexIn(ref.actorTypes, key, 'autre'));
    case 'sector':
      return paletteAt(indexIn(ref.sectors, key, null));
    case 'scheme':
      return SCHEME_COMBINATIONS.find((c) => c.key === key)?.colour ?? NEUTRAL;
    case 'community': {
      const i = Number(key);
      return i < COMMUNITY_COLOURS ? (CATEGORICAL[i] as string) : NEUTRAL;
    }
    case 'column': {
      // The most frequent value takes the palette's first colour, and so on.
      if (key === OTHER_VALUES) return OTHERS;
      const step = keyStep(key);
      const steps = column?.steps?.length ?? 0;
      if (step !== null && steps > 0) {
        // Fewer steps than colours spread over the whole scale.
        const at =
          steps === 1 ? SEQUENTIAL.length - 1 : (step * (SEQUENTIAL.length - 1)) / (steps - 1);
        return SEQUENTIAL[Math.round(at)] ?? NEUTRAL;
      }
      const value = keyValue(key);
      const i = value === null || !column ? -1 : column.top.indexOf(value);
      return paletteAt(i);
    }
  }
}

function indexIn(list: readonly { id: string }[], key: string, neutral: string | null): number {
  if (key === neutral) return -1;
  const i = list.findIndex((e) => e.id === key);
  // Values the reference does not know (a sector kept as written) get a stable hue too.
  return i >= 0 ? i : list.length + hash(key);
}

function paletteAt(i: number): string {
  if (i < 0) return NEUTRAL;
  return CATEGORICAL[i % CATEGORICAL.length] as string;
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h % CATEGORICAL.length;
}

/** Points of a shape in a unit square [−1, 1]², as Cytoscape draws it (for the legend). */
export function shapePoints(shape: NodeShape): number[] | null {
  switch (shape) {
    case 'ellipse':
    case 'round-rectangle':
    case 'barrel':
      return null;
    case 'rectangle':
      return [-1, -1, 1, -1, 1, 1, -1, 1];
    case 'cut-rectangle':
      return [-0.6, -1, 0.6, -1, 1, -0.6, 1, 0.6, 0.6, 1, -0.6, 1, -1, 0.6, -1, -0.6];
    case 'triangle':
      return fitToSquare(ngon(3));
    case 'diamond':
      return [0, 1, 1, 0, 0, -1, -1, 0];
    case 'pentagon':
      return fitToSquare(ngon(5));
    case 'hexagon':
      return fitToSquare(ngon(6));
    case 'heptagon':
      return fitToSquare(ngon(7));
    case 'octagon':
      return fitToSquare(ngon(8));
    case 'star':
      return star();
    case 'vee':
      return [-1, -1, 0, -0.333, 1, -1, 0, 1];
    case 'rhomboid':
      return [-1, -1, 0.333, -1, 1, 1, -0.333, 1];
    case 'concave-hexagon':
      return [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95];
    case 'tag':
      return [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1];
  }
}

/** Cytoscape's regular polygons: first vertex up, stretched to fill the square. */
function ngon(sides: number, rotation = 0, radius = 1): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const a = start + i * step;
    points.push(Math.cos(a) * radius, Math.sin(-a) * radius);
  }
  return points;
}

function star(): number[] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5, 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) {
    points.push(outer[2 * i] as number, outer[2 * i + 1] as number);
    points.push(inner[2 * i] as number, inner[2 * i + 1] as number);
  }
  return fitToSquare(points);
}

function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  // As Cytoscape does: shift up when the stretched shape pokes out below −1.
  const minY = Math.min(...out.filter((_, i) => i % 2 === 1));
  return minY < -1 ? out.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : out;
}
