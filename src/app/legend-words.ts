// The words of the legend — headings, category names, notes — in the current language:
// one source for the legend on screen (Legend.tsx) and the one drawn into exported
// pictures (ExportMenu.tsx), so that they always say the same.
import type { ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import {
  columnNumbers,
  keyStep,
  keyValue,
  OTHER_VALUES,
  type ColumnCategories,
  otherTypeTexts,
  type LegendWords,
  type Encodings,
  colourColumnOf,
} from '../map';
import type { Catalogue } from './i18n/index.ts';
import { sectorLabel, typeLabel } from './workspace.ts';

/** Words of unknown types named in the legend's "Other" line; the rest is an ellipsis. */
const OTHER_TYPES_SHOWN = 3;

/** The legend's line on a map grouped by a column (none for the force layout). */
function groupedNote(t: Catalogue, encodings: Encodings): string[] {
  const by = encodings.layoutBy ?? 'force';
  if (by === 'force') return [];
  if (by === 'column') {
    return encodings.layoutColumn
      ? [t.legendGrouped(t.legendGroupedByColumn(encodings.layoutColumn))]
      : [];
  }
  return [t.legendGrouped(t.legendGroupedBy[by])];
}

/** The words of a group's name on a map grouped by a column, in the legend's words for the
 * same column: a type, a scheme combination, a community, a territory, a free column's value. */
export function groupWords(
  t: Catalogue,
  encodings: Encodings,
  ref: ReferenceData,
  graph: MaillageGraph,
): (key: string) => string {
  const by = encodings.layoutBy ?? 'force';
  if (by === 'force' || by === 'territory') return (key) => key || t.unknownValue;
  const colouring = { ...encodings, colourBy: by, colourColumn: encodings.layoutColumn };
  const words = legendWords(t, colouring, ref, true, graph, colourColumnOf(graph, colouring));
  return (key) => words.category(key);
}

/** What the actors' sizes say: partners, betweenness, one size, or a column's numbers (and
 * how many actors have none). */
function sizeNote(t: Catalogue, encodings: Encodings, graph?: MaillageGraph): string {
  if (encodings.sizeBy === 'column') {
    const column = encodings.sizeColumn ?? '';
    return t.legendSizeColumn(column, graph ? columnNumbers(graph, column).missing : 0);
  }
  const sizes = {
    degree: t.sizeByDegree,
    betweenness: t.sizeByBetweenness,
    uniform: t.sizeUniform,
  };
  return t.legendSize(sizes[encodings.sizeBy as 'degree']);
}

/** An actor type in words; « Autre » with the words the inventory gave its actors. */
function typeWords(t: Catalogue, ref: ReferenceData, graph?: MaillageGraph) {
  const otherTypes = graph ? otherTypeTexts(graph) : [];
  return (id: string): string => {
    const label = typeLabel(ref, id, t.lang);
    if (id !== 'autre' || otherTypes.length === 0) return label;
    const shown = otherTypes.slice(0, OTHER_TYPES_SHOWN).join(', ');
    return t.typeWithWords(label, otherTypes.length > OTHER_TYPES_SHOWN ? `${shown}…` : shown);
  };
}

/** The legend's words for these encodings; `ring`: the map draws the scheme ring (big maps
 * leave it out, and say where the schemes are instead). `graph` and `column` (the colouring
 * free column's categories) let it name free columns' values and unknown types' words. */
export function legendWords(
  t: Catalogue,
  encodings: Encodings,
  ref: ReferenceData,
  ring = true,
  graph?: MaillageGraph,
  column?: ColumnCategories | null,
): LegendWords {
  const lang = t.lang;
  const colourName = {
    type: t.colourByType,
    sector: t.colourBySector,
    scheme: t.colourByScheme,
    community: t.colourByCommunity,
    column: t.columnNamed(encodings.colourColumn ?? ''),
  }[encodings.colourBy];
  const type = typeWords(t, ref, graph);
  return {
    title: t.legend,
    colourHeading:
      encodings.colourBy === 'type' ? t.legendColourAndShape : t.legendColour(colourName),
    shapeHeading: t.legendShape,
    ringHeading: ring ? t.legendRing : null,
    notes: [
      ring ? t.legendRingDetail : t.legendNoRing,
      sizeNote(t, encodings, graph),
      t.legendLinks,
      ...(encodings.articulation ? [t.legendCritical] : []),
      ...groupedNote(t, encodings),
    ],
    category: (key) => {
      if (key === '') return t.unknownValue;
      switch (encodings.colourBy) {
        case 'type':
          return type(key);
        case 'sector':
          return sectorLabel(ref, key, lang);
        case 'scheme':
          return t.schemeCombination(key);
        case 'community':
          return key === 'other' ? t.otherCommunities : t.community(Number(key));
        case 'column': {
          if (key === OTHER_VALUES) return t.columnOthers(column?.othersDistinct ?? 0);
          const step = keyStep(key);
          const range = step === null ? undefined : column?.steps?.[step];
          return range ? t.numberRange(range.low, range.high) : (keyValue(key) ?? key);
        }
      }
    },
    type,
  };
}
