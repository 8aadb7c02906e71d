// Finding names from a few typed words: every word of the query must appear in the name, in
// any order, whole or in part ("asv tilleuls" finds "Coordination ASV Les Tilleuls"), case,
// accents and punctuation ignored (the `fold` keys of text.ts).
import { fold } from './text.ts';

/** The folded words of a query: "CCAS  d’Alpha" → ["ccas", "d", "alpha"]. */
export function queryWords(query: string): string[] {
  const key = fold(query);
  return key === '' ? [] : key.split(' ');
}

/** Every word occurs somewhere in the folded key (an empty query matches nothing). */
export function matchesWords(key: string, words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => key.includes(w));
}

/**
 * How well a folded name answers the query, lower first; null when it does not.
 * 0: the name starts with the query as typed; 1: every word starts a word of the name;
 * 2: the words are only inside words of the name.
 */
export function matchRank(key: string, words: readonly string[]): 0 | 1 | 2 | null {
  if (!matchesWords(key, words)) return null;
  if (key.startsWith(words.join(' '))) return 0;
  const starts = ` ${key}`;
  return words.every((w) => starts.includes(` ${w}`)) ? 1 : 2;
}

/**
 * The entries whose folded key holds every word of the query, best first (then in their
 * order), at most `limit` of them.
 */
export function searchByWords<T extends { key: string }>(
  entries: readonly T[],
  query: string,
  limit: number,
): T[] {
  const words = queryWords(query);
  if (words.length === 0 || limit <= 0) return [];
  const ranked: T[][] = [[], [], []];
  for (const entry of entries) {
    const rank = matchRank(entry.key, words);
    if (rank === null) continue;
    ranked[rank]!.push(entry);
    // Enough of the best kind: the rest cannot come first.
    if (ranked[0]!.length >= limit) break;
  }
  return ranked.flat().slice(0, limit);
}
