// What the "Comment s'articulent CLS, CLSM et ASV ?" panel reads besides Articulation: the
// rows of an UpSet-style chart, the actors in two schemes or more with their schemes, and
// the links between members of different schemes listed by pair of schemes.
import type { ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';

export interface SchemeCombination {
  /** Schemes, in reference order (then others alphabetically). */
  schemes: string[];
  actors: string[];
}

export interface UpsetRow {
  schemes: string[];
  /** One flag per column of UpsetChart.schemes: is the combination in that scheme? */
  member: boolean[];
  actors: string[];
}

export interface UpsetChart {
  /** The columns: schemes with at least one member, in reference order, then others
   * alphabetically. */
  schemes: string[];
  /** Members of each column's scheme (all its combinations together). */
  totals: number[];
  /** Combinations as analysis.articulation orders them (largest first). */
  rows: UpsetRow[];
  /** The largest row, to scale the bars. */
  max: number;
  /** Actors in no scheme (left out of the rows). */
  outside: number;
}

export function upsetChart(
  combinations: readonly SchemeCombination[],
  actorCount: number,
  ref?: ReferenceData,
): UpsetChart {
  const order = schemeOrder(ref);
  const schemes = [...new Set(combinations.flatMap((c) => c.schemes))].sort(order);
  const totals = schemes.map((s) =>
    combinations.reduce((sum, c) => sum + (c.schemes.includes(s) ? c.actors.length : 0), 0),
  );
  const rows = combinations.map((c) => ({
    schemes: [...c.schemes],
    member: schemes.map((s) => c.schemes.includes(s)),
    actors: [...c.actors],
  }));
  const inside = combinations.reduce((sum, c) => sum + c.actors.length, 0);
  return {
    schemes,
    totals,
    rows,
    max: rows.reduce((m, r) => Math.max(m, r.actors.length), 0),
    outside: Math.max(0, actorCount - inside),
  };
}

export interface MultiSchemeActor {
  id: string;
  /** In scheme order. */
  schemes: string[];
}

/** Actors in two schemes or more: most schemes first, then actor order. */
export function multiSchemeActors(graph: MaillageGraph, ref?: ReferenceData): MultiSchemeActor[] {
  const order = schemeOrder(ref);
  const list: MultiSchemeActor[] = [];
  graph.forEachNode((id, actor) => {
    const schemes = Object.keys(actor.schemes).sort(order);
    if (schemes.length >= 2) list.push({ id, schemes });
  });
  // Stable: equal counts stay in actor order.
  return list.sort((a, b) => b.schemes.length - a.schemes.length);
}

export interface CrossSchemeGroup {
  schemes: [string, string];
  /** The links, as [source, target] of the merged link, in link order. */
  links: [string, string][];
  /** Actors at the ends of these links, in actor order. */
  actors: string[];
}

/**
 * The links of `crossSchemeLinks` (articulation.ts) listed by pair of schemes: a link whose
 * two actors are each in a scheme and share none, under every pair of schemes it joins.
 * Largest group first, then scheme order — the order of Articulation.crossSchemeLinks.
 */
export function crossSchemeGroups(graph: MaillageGraph, ref?: ReferenceData): CrossSchemeGroup[] {
  const order = schemeOrder(ref);
  const groups = new Map<string, { schemes: [string, string]; links: [string, string][] }>();
  graph.forEachEdge((_edge, _link, source, target, a, b) => {
    const sa = Object.keys(a.schemes);
    const sb = Object.keys(b.schemes);
    if (sa.length === 0 || sb.length === 0 || sa.some((s) => sb.includes(s))) return;
    for (const x of sa) {
      for (const y of sb) {
        const pair = [x, y].sort(order) as [string, string];
        const key = pair.join('\0');
        const group = groups.get(key) ?? { schemes: pair, links: [] };
        group.links.push([source, target]);
        groups.set(key, group);
      }
    }
  });
  const position = new Map(graph.nodes().map((id, i) => [id, i]));
  return [...groups.values()]
    .sort(
      (p, q) =>
        q.links.length - p.links.length ||
        order(p.schemes[0], q.schemes[0]) ||
        order(p.schemes[1], q.schemes[1]),
    )
    .map((g) => ({
      ...g,
      actors: [...new Set(g.links.flat())].sort(
        (x, y) => (position.get(x) as number) - (position.get(y) as number),
      ),
    }));
}

/** Reference order, then schemes unknown to the reference alphabetically (the order of
 * every list of schemes, articulation.ts' included). */
export function schemeOrder(ref?: ReferenceData): (a: string, b: string) => number {
  const rank = new Map((ref?.schemes ?? []).map((s, i) => [s.id, i]));
  return (a, b) => {
    const ra = rank.get(a) ?? Infinity;
    const rb = rank.get(b) ?? Infinity;
    if (ra !== rb) return ra < rb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}
