// The words of the legend — headings, category names, notes — in the current language:
// one source for the legend on screen (Legend.tsx) and the one drawn into exported
// pictures (ExportMenu.tsx), so that they always say the same.
import type { ReferenceData } from '../domain/types.ts';
import type { LegendWords } from '../map/legend.ts';
import type { Encodings } from '../map/types.ts';
import type { Catalogue } from './i18n.ts';
import { sectorLabel, typeLabel } from './workspace.ts';

/** The legend's words for these encodings; `ring`: the map draws the scheme ring (big maps
 * leave it out, and say where the schemes are instead). */
export function legendWords(
  t: Catalogue,
  encodings: Encodings,
  ref: ReferenceData,
  ring = true,
): LegendWords {
  const lang = t.lang;
  const colourName = {
    type: t.colourByType,
    sector: t.colourBySector,
    scheme: t.colourByScheme,
    community: t.colourByCommunity,
  }[encodings.colourBy];
  const sizeName = {
    degree: t.sizeByDegree,
    betweenness: t.sizeByBetweenness,
    uniform: t.sizeUniform,
  }[encodings.sizeBy];
  return {
    title: t.legend,
    colourHeading:
      encodings.colourBy === 'type' ? t.legendColourAndShape : t.legendColour(colourName),
    shapeHeading: t.legendShape,
    ringHeading: ring ? t.legendRing : null,
    notes: [
      ring ? t.legendRingDetail : t.legendNoRing,
      t.legendSize(sizeName),
      t.legendLinks,
      ...(encodings.articulation ? [t.legendCritical] : []),
    ],
    category: (key) => {
      if (key === '') return t.unknownValue;
      switch (encodings.colourBy) {
        case 'type':
          return typeLabel(ref, key, lang);
        case 'sector':
          return sectorLabel(ref, key, lang);
        case 'scheme':
          return t.schemeCombination(key);
        case 'community':
          return key === 'other' ? t.otherCommunities : t.community(Number(key));
      }
    },
    type: (id) => typeLabel(ref, id, lang),
  };
}
