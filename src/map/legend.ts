// What the legend lists: the categories present under the current encodings, with their
// colour or shape and how many actors fall in each. Words are the app's job (i18n).
import { referenceRank as rank, type ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import { OTHER_VALUES, stepKey, valueKey, type ColumnCategories } from './columns.ts';
import {
  categoryOf,
  colourOf,
  COMMUNITY_COLOURS,
  RING_SCHEMES,
  SCHEME_COMBINATIONS,
  shapeOf,
  type NodeShape,
} from './palette.ts';
import type { ColourBy, MapMetrics } from './types.ts';

export interface LegendEntry {
  /** Category key: a type or sector id, a scheme combination, a community index, or '' (none). */
  key: string;
  colour: string;
  count: number;
}

export interface ShapeEntry {
  type: string;
  shape: NodeShape;
  count: number;
}

/** Colour categories present, in reference order (types, sectors, combinations), by
 * community index, or for a free column (`column`) most frequent value first, then its
 * "others"; communities past the palette are folded into one "other" entry. */
export function colourLegend(
  colourBy: ColourBy,
  graph: MaillageGraph,
  metrics: MapMetrics | null,
  ref: ReferenceData,
  column?: ColumnCategories | null,
): LegendEntry[] {
  const counts = new Map<string, number>();
  graph.forEachNode((id, actor) => {
    let key = categoryOf(colourBy, actor, metrics?.nodes[id], column);
    if (colourBy === 'community' && key !== '' && Number(key) >= COMMUNITY_COLOURS) key = 'other';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const order = orderOf(colourBy, ref, column);
  return [...counts]
    .map(([key, count]) => ({
      key,
      colour:
        key === 'other' && colourBy === 'community'
          ? colourOf(colourBy, String(COMMUNITY_COLOURS), ref)
          : colourOf(colourBy, key, ref, column),
      count,
    }))
    .sort((a, b) => rank(order, a.key) - rank(order, b.key) || a.key.localeCompare(b.key));
}

function orderOf(
  colourBy: ColourBy,
  ref: ReferenceData,
  column: ColumnCategories | null | undefined,
): string[] {
  switch (colourBy) {
    case 'type':
      return ref.actorTypes.map((t) => t.id);
    case 'sector':
      return ref.sectors.map((s) => s.id);
    case 'scheme':
      return SCHEME_COMBINATIONS.map((c) => c.key);
    case 'community':
      return Array.from({ length: COMMUNITY_COLOURS }, (_, i) => String(i)).concat('other');
    case 'column':
      return [
        ...(column?.steps ?? []).map((_, i) => stepKey(i)),
        ...(column?.top ?? []).map(valueKey),
        OTHER_VALUES,
      ];
  }
}

/** The words of the actors filed as `autre` whose type the reference did not know
 * (Actor.typeText), most frequent first. */
export function otherTypeTexts(graph: MaillageGraph): string[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, actor) => {
    const text = actor.type === 'autre' ? actor.typeText?.trim() : undefined;
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text]) => text);
}

/** Actor types present with their shape, in reference order. */
export function shapeLegend(graph: MaillageGraph, ref: ReferenceData): ShapeEntry[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, actor) => counts.set(actor.type, (counts.get(actor.type) ?? 0) + 1));
  const order = ref.actorTypes.map((t) => t.id);
  return [...counts]
    .map(([type, count]) => ({ type, shape: shapeOf(type), count }))
    .sort((a, b) => rank(order, a.type) - rank(order, b.type) || a.type.localeCompare(b.type));
}

// ------------------------------------------------------------------------------ exports

/** The words of a legend, in the user's language (the app's catalogue provides them). */
export interface LegendWords {
  title: string;
  /** Heading of the colour list ("Couleur : secteur", or "Couleur et forme : …" by type). */
  colourHeading: string;
  shapeHeading: string;
  /** null: the map draws no scheme ring (big maps), and the legend has no ring list. */
  ringHeading: string | null;
  /** Notes under the lists: ring detail, size, links, articulation… */
  notes: string[];
  /** Name of a colour category (`LegendEntry.key`). */
  category: (key: string) => string;
  /** Name of an actor type. */
  type: (id: string) => string;
}

/** A legend line: a mark (a shape in a colour, or a scheme's ring) and its words. */
export interface LegendLine {
  label: string;
  mark: { kind: 'shape'; shape: NodeShape; colour: string } | { kind: 'ring'; colour: string };
  count?: number;
}

export interface LegendSection {
  heading: string;
  lines: LegendLine[];
}

/** The legend as the exported pictures draw it: the same lists as the on-screen legend. */
export interface LegendDocument {
  title: string;
  sections: LegendSection[];
  notes: string[];
}

/** Shape of the "shape" list when colour says something else (the on-screen legend's grey). */
const SHAPE_GREY = '#D5DAE0';

export function legendDocument(
  colourBy: ColourBy,
  graph: MaillageGraph,
  metrics: MapMetrics | null,
  ref: ReferenceData,
  words: LegendWords,
  column?: ColumnCategories | null,
): LegendDocument {
  const byType = colourBy === 'type';
  const sections: LegendSection[] = [
    {
      heading: words.colourHeading,
      lines: colourLegend(colourBy, graph, metrics, ref, column).map((e) => ({
        label: words.category(e.key),
        mark: { kind: 'shape', shape: byType ? shapeOf(e.key) : 'ellipse', colour: e.colour },
        count: e.count,
      })),
    },
  ];
  if (!byType) {
    sections.push({
      heading: words.shapeHeading,
      lines: shapeLegend(graph, ref).map((e) => ({
        label: words.type(e.type),
        mark: { kind: 'shape', shape: e.shape, colour: SHAPE_GREY },
        count: e.count,
      })),
    });
  }
  if (words.ringHeading !== null) {
    sections.push({
      heading: words.ringHeading,
      lines: RING_SCHEMES.map((s) => ({ label: s.id, mark: { kind: 'ring', colour: s.colour } })),
    });
  }
  return { title: words.title, sections, notes: words.notes };
}
