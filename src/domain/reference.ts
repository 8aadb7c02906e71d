// The default reference lists (data/*.json) and the look-ups that map free text onto them.
import schemes from '../../data/schemes.json';
import actorTypes from '../../data/actor-types.json';
import sectors from '../../data/sectors.json';
import sectorLayers from '../../data/sector-layers.json';
import expected from '../../data/expected-composition.json';
import { fold } from './text.ts';
import type {
  ActorTypeRef,
  CompositionRule,
  ExpectedComposition,
  ReferenceData,
  ReferenceEntry,
  SchemeRef,
  SectorLayerRef,
  SectorRef,
} from './types.ts';

/** A fresh copy of the default reference lists (callers may edit their copy). */
export function defaultReference(): ReferenceData {
  return structuredClone({
    schemes: schemes as SchemeRef[],
    actorTypes: actorTypes as ActorTypeRef[],
    sectors: sectors as SectorRef[],
    sectorLayers: sectorLayers as SectorLayerRef[],
    expected: (expected as { scheme: string; body: string; rules: CompositionRule[] }[]).map(
      (e): ExpectedComposition => ({ scheme: e.scheme, body: e.body, rules: e.rules }),
    ),
  });
}

/** Folded id, labels and synonyms → entry id. */
export type Lookup = Map<string, string>;

export function buildLookup(entries: readonly ReferenceEntry[]): Lookup {
  const lookup: Lookup = new Map();
  for (const e of entries) {
    for (const text of [e.id, e.label.fr, e.label.en, ...e.synonyms]) {
      const key = fold(text);
      if (key && !lookup.has(key)) lookup.set(key, e.id);
    }
  }
  return lookup;
}

/**
 * The id a free text maps to: exact folded match first, then the longest synonym found as
 * whole words inside the text ("Centre hospitalier de Rochebrune" → etablissement-sante via
 * "centre hospitalier"). Returns undefined when nothing matches.
 */
export function lookUp(lookup: Lookup, text: string): string | undefined {
  const key = fold(text);
  if (!key) return undefined;
  const exact = lookup.get(key);
  if (exact) return exact;
  const padded = ` ${key} `;
  let best: string | undefined;
  let bestLength = 0;
  for (const [synonym, id] of lookup) {
    if (synonym.length > bestLength && padded.includes(` ${synonym} `)) {
      best = id;
      bestLength = synonym.length;
    }
  }
  return best;
}

export interface ReferenceIndex {
  ref: ReferenceData;
  actorTypes: Lookup;
  sectors: Lookup;
  schemes: Lookup;
  /** scheme id → body look-up. */
  bodies: Map<string, Lookup>;
}

export function indexReference(ref: ReferenceData): ReferenceIndex {
  return {
    ref,
    actorTypes: buildLookup(ref.actorTypes),
    sectors: buildLookup(ref.sectors),
    schemes: buildLookup(ref.schemes),
    bodies: new Map(ref.schemes.map((s) => [s.id, buildLookup(s.bodies)])),
  };
}

export function labelOf(entries: readonly ReferenceEntry[], id: string, lang: 'fr' | 'en'): string {
  return entries.find((e) => e.id === id)?.label[lang] ?? id;
}
