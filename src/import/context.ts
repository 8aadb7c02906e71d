// What the row readers share: the reference look-ups (memoised: the same few texts repeat
// over thousands of rows) and the report.
import {
  joinInitials,
  lookUp,
  singularKey,
  type Lookup,
  type ReferenceIndex,
  fold,
  slug,
} from '../domain';
import { finessCategoryType } from './finess.ts';
import { parseSchemeCell, splitList, type Membership } from './cells.ts';
import { LITTLE_WORDS } from './similar.ts';
import type { Report } from './report.ts';

/** Memo sizes are capped: names are unique, so memoising them would only grow. */
const MEMO_LIMIT = 20_000;

const NORMALISERS: ((key: string) => string)[] = [
  (k) => k,
  joinInitials,
  (k) => singularKey(joinInitials(k)),
];

/**
 * A quick "cannot match" test before reference.ts `lookUp`, which scans every synonym
 * (≈90 µs a call: 27 s to guess the types of 300,000 names). A text can only match if one of
 * its words, in one of the normalisations `lookUp` tries, is a word of some synonym (little
 * words aside). Returns null when some synonym is made only of little words: no filter then.
 */
export function synonymWords(lookup: Lookup): Set<string> | null {
  const words = new Set<string>();
  for (const synonym of lookup.keys()) {
    let meaningful = false;
    for (const normalise of NORMALISERS) {
      for (const w of normalise(synonym).split(' ')) {
        if (w && !LITTLE_WORDS.has(w)) {
          words.add(w);
          meaningful = true;
        }
      }
    }
    if (!meaningful) return null;
  }
  return words;
}

export function mayMatch(words: Set<string> | null, text: string): boolean {
  if (!words) return true;
  const key = fold(text);
  return NORMALISERS.some((normalise) =>
    normalise(key)
      .split(' ')
      .some((w) => words.has(w)),
  );
}

export class ImportContext {
  /** Per look-up, the loose and the exact memo. */
  private readonly memo = new Map<
    Lookup,
    [Map<string, string | null>, Map<string, string | null>]
  >();
  private readonly words = new Map<Lookup, Set<string> | null>();

  constructor(
    readonly index: ReferenceIndex,
    readonly report: Report,
  ) {}

  private cached(lookup: Lookup, text: string, loose: boolean): string | undefined {
    let memos = this.memo.get(lookup);
    if (!memos) {
      memos = [new Map(), new Map()];
      this.memo.set(lookup, memos);
    }
    const memo = memos[loose ? 0 : 1];
    const known = memo.get(text);
    if (known !== undefined) return known ?? undefined;
    let id: string | undefined;
    if (loose) {
      let words = this.words.get(lookup);
      if (words === undefined) {
        words = synonymWords(lookup);
        this.words.set(lookup, words);
      }
      id = mayMatch(words, text) ? lookUp(lookup, text) : undefined;
    } else {
      id = lookup.get(fold(text));
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, id ?? null);
    return id;
  }

  /** Per scheme, its cells already read. */
  private readonly schemeCells = new Map<string, Map<string, Membership>>();

  /** A scheme cell read once per distinct text ("COPIL, COTECH" repeats over many rows). */
  schemeCell(cell: string, scheme: string): Membership {
    let cells = this.schemeCells.get(scheme);
    if (!cells) {
      cells = new Map();
      this.schemeCells.set(scheme, cells);
    }
    let m = cells.get(cell);
    if (!m) {
      m = parseSchemeCell(cell, scheme, this.index);
      if (cells.size >= MEMO_LIMIT) cells.clear();
      cells.set(cell, m);
    }
    return m;
  }

  private readonly typeCells = new Map<string, string | null>();

  /**
   * The actor type of a type cell: the whole text, else its first value that names a type
   * ("Association; Collectivité"). Read once per distinct text.
   */
  typeCell(cell: string): string | undefined {
    const known = this.typeCells.get(cell);
    if (known !== undefined) return known ?? undefined;
    const type =
      this.actorType(cell) ??
      finessCategoryType(cell.trim()) ??
      splitList(cell)
        .map((t) => this.actorType(t))
        .find(Boolean);
    if (this.typeCells.size >= MEMO_LIMIT) this.typeCells.clear();
    this.typeCells.set(cell, type ?? null);
    return type;
  }

  private readonly sectorCells = new Map<string, { ids: string[]; unknown: string[] }>();

  /**
   * A sectors cell: sector ids, unknown values kept as their slug and listed. A cell that is
   * exactly one sector's label ("Sécurité, prévention de la délinquance, justice") is not
   * split on its commas. Read once per distinct text.
   */
  sectorCell(cell: string): { ids: string[]; unknown: string[] } {
    let r = this.sectorCells.get(cell);
    if (r) return r;
    r = { ids: [], unknown: [] };
    const values = this.exactSector(cell) ? [cell] : splitList(cell);
    for (const v of values) {
      const id = this.sector(v) ?? slug(v);
      if (!r.ids.includes(id)) r.ids.push(id);
      if (!this.sector(v)) r.unknown.push(v);
    }
    if (this.sectorCells.size >= MEMO_LIMIT) this.sectorCells.clear();
    this.sectorCells.set(cell, r);
    return r;
  }

  /** Actor type of a text: exact synonym, else the longest synonym found inside it. */
  actorType(text: string): string | undefined {
    return this.cached(this.index.actorTypes, text, true);
  }

  /** Sector of a text: exact synonym, else the longest synonym found inside it. */
  sector(text: string): string | undefined {
    return this.cached(this.index.sectors, text, true);
  }

  /** Sector of a text only when it is exactly a sector's name or synonym (for Kumu tags). */
  exactSector(text: string): string | undefined {
    return this.cached(this.index.sectors, text, false);
  }

  /** Scheme of a text only when it is exactly a scheme's name or synonym. */
  exactScheme(text: string): string | undefined {
    return this.cached(this.index.schemes, text, false);
  }
}
