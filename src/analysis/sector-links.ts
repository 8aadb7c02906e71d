// What the "Quels liens manquent ?" panel reads besides MissingLinks: which actors a cell of
// the sector × sector matrix is about, short sector labels for the matrix headers, and the
// keys of suggested links as the map draws them.
import type { MaillageGraph } from '../model';
import type { Suggestion } from './suggestions.ts';

/** "source|target": how a suggested link is named on the map and in the app state. */
export function pairKey(source: string, target: string): string {
  return `${source}|${target}`;
}

/** The keys of the first `n` suggestions (they come ranked). */
export function topSuggestionKeys(suggestions: readonly Suggestion[], n: number): string[] {
  return suggestions.slice(0, Math.max(0, n)).map((s) => pairKey(s.source, s.target));
}

/** Adds or removes one key, keeping the others in their order. */
export function toggleKey(keys: readonly string[], key: string): string[] {
  return keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key];
}

/** Actors holding at least one of these sectors, in actor order. */
export function actorsOfSectors(graph: MaillageGraph, sectors: readonly string[]): string[] {
  return graph.filterNodes((_id, actor) => actor.sectors.some((s) => sectors.includes(s)));
}

/**
 * The actors a cell of the matrix is about. A cell with links: the actors at the ends of
 * the links that join sector `a` to sector `b` (the same count as the matrix). An empty
 * cell: every actor of either sector, the people who could start talking. Actor order.
 */
export function actorsOfSectorCell(graph: MaillageGraph, a: string, b: string): string[] {
  const ends = new Set<string>();
  graph.forEachEdge((_edge, _link, source, target, sa, sb) => {
    const joins =
      (sa.sectors.includes(a) && sb.sectors.includes(b)) ||
      (sa.sectors.includes(b) && sb.sectors.includes(a));
    if (joins) {
      ends.add(source);
      ends.add(target);
    }
  });
  if (ends.size === 0) return actorsOfSectors(graph, [a, b]);
  return graph.filterNodes((id) => ends.has(id));
}

/**
 * A label short enough for a column header: the words before the first comma, bracket or
 * " et "/" and " ("Logement et habitat" → "Logement", "Action sociale, solidarité…" →
 * "Action sociale"). A label without any of them is kept whole.
 */
export function shortLabel(label: string): string {
  const cut = label.search(/\s*[,(]|\s+(et|and)\s+/);
  const short = cut > 0 ? label.slice(0, cut) : label;
  return short.trim() || label;
}
