// Names that look alike: bounded edit distance, "did you mean" suggestions, and the doubtful
// pairs of actors to show the user. Every search is indexed (by length, by sorted keys, by
// word runs), never all pairs: 10,000 actors stay well under a second.
import { compactFold, fold, type Actor, type DoubtfulPair, type Localized } from '../domain';
import { identifierKey, OFFICIAL_IDS } from './identifiers.ts';
import {
  closeSpellingReason,
  commonWordsReason,
  longerFormReason,
  SAME_NAME_REASON,
  sameIdentifierReason,
} from './messages/identity.ts';

/** Levenshtein distance of a and b, or max + 1 as soon as it must exceed max. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  const m = b.length;
  let prev = new Array<number>(n + 1);
  let curr = new Array<number>(n + 1);
  for (let i = 0; i <= n; i++) prev[i] = i;
  for (let j = 1; j <= m; j++) {
    curr[0] = j;
    let rowMin = j;
    const bj = b.charCodeAt(j - 1);
    for (let i = 1; i <= n; i++) {
      const cost = a.charCodeAt(i - 1) === bj ? 0 : 1;
      const v = Math.min(prev[i]! + 1, curr[i - 1]! + 1, prev[i - 1]! + cost);
      curr[i] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  const d = prev[n]!;
  return d > max ? max + 1 : d;
}

const ALPHABET = 36;

/** Letter and digit counts of a compact key (a-z0-9). */
function histogram(key: string): Uint8Array {
  const h = new Uint8Array(ALPHABET);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const slot = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + c - 48 : -1;
    if (slot >= 0 && h[slot]! < 255) h[slot]!++;
  }
  return h;
}

/** A lower bound of the edit distance: each edit changes the counts by at most 2. */
function histogramBound(a: Uint8Array, b: Uint8Array): number {
  let diff = 0;
  for (let i = 0; i < ALPHABET; i++) diff += Math.abs(a[i]! - b[i]!);
  return Math.ceil(diff / 2);
}

// -----------------------------------------------------------------------------------------
// Canonical names: the little words and the usual ways of naming the same institution
// removed, so that "Mairie de Rochebrune" ~ "Ville de Rochebrune" and "CCAS de X" ~ "CCAS X".

/** Words that name nothing (French and English articles, prepositions, "and"). */
export const LITTLE_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'a',
  'au',
  'aux',
  'en',
  'sur',
  'the',
  'of',
  'and',
]);

const EQUIVALENT_PHRASES: [RegExp, string][] = [
  [/\b(?:mairie|ville|commune|municipalite|hotel ville)\b/g, 'commune'],
  [/\bcentre communal action sociale\b/g, 'ccas'],
  [/\bcentre intercommunal action sociale\b/g, 'cias'],
  [/\bcentre hospitalier universitaire\b/g, 'chu'],
  [/\bcentre hospitalier\b/g, 'ch'],
  [/\bcentre medico psychologique\b/g, 'cmp'],
  [/\bmaison sante pluri(?:professionnelle|disciplinaire)\b/g, 'msp'],
  [/\bagence regionale sante\b/g, 'ars'],
  [/\bcaisse primaire assurance maladie\b/g, 'cpam'],
  [/\bcaisse allocations familiales\b/g, 'caf'],
  [/\bconseil (?:departemental|general)\b/g, 'departement'],
  [/\bgroupe entraide mutuelle\b/g, 'gem'],
];

/**
 * The first words of EQUIVALENT_PHRASES: a key with none of them is left as it is (and no
 * replacement writes one of them, so checking the key once is enough).
 */
const PHRASE_STARTS =
  /\b(?:mairie|ville|commune|municipalite|hotel|centre|maison|agence|caisse|conseil|groupe)\b/;

/** Whether a folded text has a word of LITTLE_WORDS. */
const HAS_LITTLE_WORD = new RegExp(`(?:^| )(?:${[...LITTLE_WORDS].join('|')})(?= |$)`);

/** canonicalName of a name already folded. */
function canonicalKey(folded: string): string {
  // A folded text has single spaces between words, none at its ends.
  let key = HAS_LITTLE_WORD.test(folded)
    ? folded
        .split(' ')
        .filter((w) => w !== '' && !LITTLE_WORDS.has(w))
        .join(' ')
    : folded;
  if (!PHRASE_STARTS.test(key)) return key;
  for (const [pattern, replacement] of EQUIVALENT_PHRASES) key = key.replace(pattern, replacement);
  return key;
}

/** "Mairie de Rochebrune" → "commune rochebrune"; "Centre communal d'action sociale" → "ccas". */
export function canonicalName(name: string): string {
  return canonicalKey(fold(name));
}

/** The runs of digits of a name, separated by one space: "Collège 2 (site 14)" → "2 14". */
function digitsOf(name: string): string {
  return /\d/.test(name) ? name.replace(/\D+/g, ' ').trim() : '';
}

// -----------------------------------------------------------------------------------------
// "Did you mean …?"

interface IndexedName {
  name: string;
  key: string;
  histogram: Uint8Array;
}

/** Suggests the closest known name for an unknown one, fast on 10,000 names. */
export class NameIndex {
  private readonly byLength = new Map<number, IndexedName[]>();
  private readonly byCanonical = new Map<string, string>();
  private readonly memo = new Map<string, string | null>();

  add(name: string): void {
    const folded = fold(name);
    const key = folded.replace(/ /g, ''); // compactFold(name)
    if (key === '') return;
    const entry = { name, key, histogram: histogram(key) };
    const bucket = this.byLength.get(key.length);
    if (bucket) bucket.push(entry);
    else this.byLength.set(key.length, [entry]);
    const canonical = canonicalKey(folded).replace(/ /g, '');
    if (canonical && !this.byCanonical.has(canonical)) this.byCanonical.set(canonical, name);
    this.memo.clear();
  }

  /** The known name closest to `query`, or null when none is close enough. */
  suggest(query: string): string | null {
    const key = compactFold(query);
    if (key === '') return null;
    const cached = this.memo.get(key);
    if (cached !== undefined) return cached;
    const result = this.search(query, key);
    this.memo.set(key, result);
    return result;
  }

  private search(query: string, key: string): string | null {
    const canonical = this.byCanonical.get(canonicalName(query).replace(/ /g, ''));
    if (canonical) return canonical;
    let max = Math.min(4, Math.max(1, Math.round(key.length / 4)));
    const h = histogram(key);
    let best: string | null = null;
    let budget = 20_000;
    // Closest lengths first, so the bound tightens early.
    for (let delta = 0; delta <= max; delta++) {
      for (const length of delta === 0 ? [key.length] : [key.length - delta, key.length + delta]) {
        for (const entry of this.byLength.get(length) ?? []) {
          if (--budget < 0) return best;
          if (histogramBound(h, entry.histogram) > max) continue;
          const d = boundedLevenshtein(key, entry.key, max);
          if (d <= max) {
            best = entry.name;
            max = d - 1;
            if (max < 0) return best;
          }
        }
      }
    }
    return best;
  }
}

// -----------------------------------------------------------------------------------------
// Doubtful pairs.

function officialConflict(a: Actor, b: Actor): boolean {
  return OFFICIAL_IDS.some((k) => {
    const x = a[k];
    const y = b[k];
    return x !== undefined && y !== undefined && identifierKey(x) !== identifierKey(y);
  });
}

/**
 * Two canonical names spelled almost alike: the words they share at both ends are set
 * aside, and the rest must be within 1 edit (2 from 12 letters on), and at least 4 letters
 * long ("Secteur A"/"Secteur B" are different actors).
 */
export function closeSpelling(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (
    end < x.length - start &&
    end < y.length - start &&
    x[x.length - 1 - end] === y[y.length - 1 - end]
  ) {
    end++;
  }
  const restA = x.slice(start, x.length - end).join('');
  const restB = y.slice(start, y.length - end).join('');
  if (restA === '' || restB === '') return false;
  const length = Math.max(restA.length, restB.length);
  if (length < 4) return false;
  const tolerance = length >= 12 ? 2 : 1;
  return boundedLevenshtein(restA, restB, tolerance) <= tolerance;
}

/** Compares two strings as strings do, code unit by code unit. */
function compareForwards(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Compares the two strings read backwards (as their reversed copies would compare). */
function compareBackwards(a: string, b: string): number {
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Indices of `keys` in `compare` order; equal keys by their index written as text ("10"
 * before "9"), the order this function has always given.
 */
function sortedIndices(
  keys: readonly string[],
  compare: (a: string, b: string) => number,
): number[] {
  const order = Array.from({ length: keys.length }, (_, i) => i);
  return order.sort((i, j) => compare(keys[i]!, keys[j]!) || (String(i) < String(j) ? -1 : 1));
}

/** Key → indices, with a lone index kept as a number (most keys are unique). */
type Groups = Map<string, number | number[]>;

function addToGroup(map: Groups, key: string, i: number): void {
  const g = map.get(key);
  if (g === undefined) map.set(key, i);
  else if (typeof g === 'number') map.set(key, [g, i]);
  else g.push(i);
}

function members(g: number | number[]): number[] {
  return typeof g === 'number' ? [g] : g;
}

/** Largest group of actors sharing a key that is still turned into pairs. */
const MAX_GROUP = 10;
/** A name contained in more names than this is too generic to make pairs ("Mairie"). */
const MAX_CONTAINERS = 5;
/** Neighbours compared in each sorted order. */
const WINDOW = 4;

/**
 * Pairs of actors that may be the same but were not merged: same official identifier, same
 * canonical name ("Mairie de X"/"Ville de X", "CCAS de X"/"CCAS X"), close spelling, or one
 * name the start of the other ("Mission locale" / "Mission locale du Pays X"). Pairs whose official identifiers differ, or whose numbers differ
 * ("Collège 1"/"Collège 2"), are left out.
 */
export function findDoubtfulPairs(actors: readonly Actor[]): DoubtfulPair[] {
  const pairs: DoubtfulPair[] = [];
  const done = new Set<string>();
  const canon = actors.map((a) => canonicalName(a.name));
  const digits = actors.map((a) => digitsOf(a.name));

  const consider = (i: number, j: number, reason: (a: Actor, b: Actor) => Localized) => {
    if (i === j) return;
    const [x, y] = i < j ? [i, j] : [j, i];
    const key = `${x} ${y}`;
    if (done.has(key)) return;
    done.add(key);
    const a = actors[x]!;
    const b = actors[y]!;
    if (digits[x] !== digits[y] || officialConflict(a, b)) return;
    pairs.push({ a: a.id, b: b.id, aName: a.name, bName: b.name, reason: reason(a, b) });
  };

  const groups = (keyOf: (i: number) => string | undefined) => {
    const map: Groups = new Map();
    for (let i = 0; i < actors.length; i++) {
      const k = keyOf(i);
      if (k) addToGroup(map, k, i);
    }
    const out: number[][] = [];
    for (const g of map.values()) {
      if (typeof g !== 'number' && g.length <= MAX_GROUP) out.push(g);
    }
    return out;
  };

  // Same official identifier (inside one file: files are merged on it).
  for (const kind of OFFICIAL_IDS) {
    for (const g of groups((i) => {
      const v = actors[i]![kind];
      return v === undefined ? undefined : identifierKey(v);
    })) {
      for (let p = 1; p < g.length; p++) {
        consider(g[0]!, g[p]!, (a) => sameIdentifierReason(kind, a[kind]));
      }
    }
  }

  // Same canonical name. The groups also serve below, for names that start others.
  const byCanon: Groups = new Map();
  canon.forEach((c, i) => {
    if (c) addToGroup(byCanon, c, i);
  });
  const canonGroups: number[][] = [];
  for (const g of byCanon.values()) {
    if (typeof g !== 'number' && g.length <= MAX_GROUP) canonGroups.push(g);
  }
  for (const g of canonGroups) {
    for (let p = 0; p < g.length; p++) {
      for (let q = p + 1; q < g.length; q++) {
        consider(g[p]!, g[q]!, (a, b) =>
          fold(a.name) === fold(b.name) ? SAME_NAME_REASON : commonWordsReason(a.name, b.name),
        );
      }
    }
  }

  // Close spelling: neighbours in the sorted compact keys, forwards and backwards, compared
  // on the words where they differ ("Collège de Marennes"/"Collège de Marans" differ by 3 in
  // an 8-letter word: not doubtful; "Les Tournesols"/"Les Tournesol" by 1: doubtful).
  const compact = canon.map((c) => (c.includes(' ') ? c.replace(/ /g, '') : c));
  for (const compare of [compareForwards, compareBackwards]) {
    const order = sortedIndices(compact, compare);
    for (let p = 0; p < order.length; p++) {
      const i = order[p]!;
      for (let q = p + 1; q <= p + WINDOW && q < order.length; q++) {
        const j = order[q]!;
        if (compact[i] === compact[j] || digits[i] !== digits[j]) continue;
        if (!closeSpelling(canon[i]!, canon[j]!)) continue;
        consider(i, j, (a, b) => closeSpellingReason(a.name, b.name));
      }
    }
  }

  // One name the start of the other, as whole words.
  const containers = new Map<string, Set<number>>();
  const contained = (sub: string, i: number) => {
    const g = byCanon.get(sub);
    // Names of fewer than 3 letters and digits are too short to start others.
    if (g === undefined || compact[typeof g === 'number' ? g : g[0]!]!.length < 3) return;
    let set = containers.get(sub);
    if (!set) containers.set(sub, (set = new Set()));
    set.add(i);
  };
  canon.forEach((c, i) => {
    // Leading word runs only: "Mission locale" / "Mission locale du Pays X", "CCAS" /
    // "CCAS de X". A name at the end of another is usually a unit of that institution
    // ("PASS du CH de X", "Service politique de la ville de X"): a different actor.
    if (!c.includes(' ')) return;
    const words = c.split(' ');
    let prefix = '';
    for (let k = 0; k < words.length - 1; k++) {
      prefix = k === 0 ? words[0]! : `${prefix} ${words[k]}`;
      contained(prefix, i);
    }
  });
  for (const [sub, set] of containers) {
    if (set.size > MAX_CONTAINERS) continue;
    const inner = members(byCanon.get(sub)!);
    if (inner.length > MAX_GROUP) continue;
    for (const i of inner) {
      for (const j of set) {
        const short = actors[i]!;
        const long = actors[j]!;
        consider(i, j, () => longerFormReason(long.name, short.name));
      }
    }
  }
  return pairs;
}
