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
 * "centre hospitalier"; on a tie, the one found first in the text). When nothing matches,
 * the same again with initials joined ("C.C.A.S." → "ccas") and then with plurals reduced
 * ("Bailleurs sociaux" → "bailleur social"). Returns undefined when nothing matches.
 */
export function lookUp(lookup: Lookup, text: string): string | undefined {
  const key = fold(text);
  if (!key) return undefined;
  const found = matchKey(lookup, key);
  if (found) return found;
  for (const variant of variantsOf(lookup)) {
    const k = variant.normalize(key);
    const id = matchKey(variant.lookup, k);
    if (id) return id;
  }
  return undefined;
}

function matchKey(lookup: Lookup, key: string): string | undefined {
  const exact = lookup.get(key);
  if (exact) return exact;
  const padded = ` ${key} `;
  let best: string | undefined;
  let bestLength = 0;
  let bestAt = Infinity;
  for (const [synonym, id] of lookup) {
    if (synonym.length < bestLength) continue;
    const at = padded.indexOf(` ${synonym} `);
    if (at < 0) continue;
    if (synonym.length > bestLength || at < bestAt) {
      best = id;
      bestLength = synonym.length;
      bestAt = at;
    }
  }
  return best;
}

/** "c c a s de x" → "ccas de x": runs of two or more one-character words are initials. */
export function joinInitials(key: string): string {
  return key.replace(/\b[a-z0-9](?: [a-z0-9]\b)+/g, (run) => run.replace(/ /g, ''));
}

/** Crude French/English plural reduction, applied to both sides of a comparison. */
export function singularKey(key: string): string {
  return key
    .split(' ')
    .map((w) =>
      w.length <= 3 ? w : w.endsWith('aux') ? `${w.slice(0, -3)}al` : w.replace(/[sx]$/, ''),
    )
    .join(' ');
}

interface Variant {
  normalize: (key: string) => string;
  lookup: Lookup;
}

const VARIANT_NORMALIZERS: ((key: string) => string)[] = [
  joinInitials,
  (key) => singularKey(joinInitials(key)),
];

const variantCache = new WeakMap<Lookup, { size: number; variants: Variant[] }>();

/** Derived look-ups (initials joined, plurals reduced), cached per look-up. */
function variantsOf(lookup: Lookup): Variant[] {
  const cached = variantCache.get(lookup);
  if (cached && cached.size === lookup.size) return cached.variants;
  const variants = VARIANT_NORMALIZERS.map((normalize): Variant => {
    const derived: Lookup = new Map();
    for (const [synonym, id] of lookup) {
      const k = normalize(synonym);
      if (k && !derived.has(k)) derived.set(k, id);
    }
    return { normalize, lookup: derived };
  });
  variantCache.set(lookup, { size: lookup.size, variants });
  return variants;
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

/** Where `key` falls in the order of a reference list (ids): keys the list does not hold
 * after those it holds, an empty key last. Legends and filters list their entries so. */
export function referenceRank(order: readonly string[], key: string): number {
  if (key === '') return order.length + 1;
  const i = order.indexOf(key);
  return i >= 0 ? i : order.length;
}
