// Which actors and links the filters keep. Pure: the map hides the others (positions stay),
// the tables list the same actors and links, and the header counts them.
import type { Actor } from '../domain';
import type { MaillageGraph } from '../model';
import { cellOf, parseNumber } from './columns.ts';
import { NO_SCHEME, type ColumnFilter, type Filters } from './types.ts';

export function isFiltering(filters: Filters): boolean {
  return (
    filters.schemes !== null ||
    filters.body !== null ||
    filters.types !== null ||
    filters.sectors !== null ||
    columnFiltering(filters.column)
  );
}

/** The column filter keeps fewer than every actor (a column with no value or bound is off). */
export function columnFiltering(filter: ColumnFilter | null | undefined): filter is ColumnFilter {
  return !!filter && (filter.values !== null || filter.min !== null || filter.max !== null);
}

export function passesColumn(actor: Actor, filter: ColumnFilter): boolean {
  const cell = cellOf(actor, filter.column);
  if (filter.values !== null && !filter.values.includes(cell)) return false;
  if (filter.min !== null || filter.max !== null) {
    const n = parseNumber(cell);
    if (n === null) return false;
    if (filter.min !== null && n < filter.min) return false;
    if (filter.max !== null && n > filter.max) return false;
  }
  return true;
}

export function actorPasses(actor: Actor, filters: Filters): boolean {
  if (filters.schemes !== null) {
    const schemes = Object.keys(actor.schemes);
    const ok = filters.schemes.some((s) =>
      s === NO_SCHEME ? schemes.length === 0 : schemes.includes(s),
    );
    if (!ok) return false;
  }
  if (filters.body !== null) {
    const [scheme, body] = splitBody(filters.body);
    if (!(actor.schemes[scheme] ?? []).includes(body)) return false;
  }
  if (filters.types !== null && !filters.types.includes(actor.type)) return false;
  if (filters.sectors !== null && !actor.sectors.some((s) => filters.sectors?.includes(s))) {
    return false;
  }
  if (columnFiltering(filters.column) && !passesColumn(actor, filters.column)) return false;
  return true;
}

/** "CLSM:copil" → ["CLSM", "copil"]. */
export function splitBody(value: string): [string, string] {
  const at = value.indexOf(':');
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}

export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** All the graph's actors, or all its links, as a set that copies none of their keys (at
 * 50,000 actors and 181,000 links, the sets of everything were 3 MB of the page's heap). */
class EveryKey implements ReadonlySet<string> {
  constructor(
    private readonly graph: MaillageGraph,
    private readonly of: 'nodes' | 'edges',
  ) {}
  get size(): number {
    return this.of === 'nodes' ? this.graph.order : this.graph.size;
  }
  has(key: string): boolean {
    return this.of === 'nodes' ? this.graph.hasNode(key) : this.graph.hasEdge(key);
  }
  *keys(): SetIterator<string> {
    yield* this.of === 'nodes' ? this.graph.nodes() : this.graph.edges();
  }
  values(): SetIterator<string> {
    return this.keys();
  }
  *entries(): SetIterator<[string, string]> {
    for (const key of this.keys()) yield [key, key];
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.keys();
  }
  forEach(f: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const key of this.keys()) f(key, key, this);
  }
}

/** Actors that pass, and links whose two ends both pass (without filters: all, by the graph
 * itself). */
export function visibleElements(graph: MaillageGraph, filters: Filters): Visible {
  if (!isFiltering(filters)) {
    return { nodes: new EveryKey(graph, 'nodes'), edges: new EveryKey(graph, 'edges') };
  }
  const nodes = new Set<string>();
  graph.forEachNode((id, actor) => {
    if (actorPasses(actor, filters)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, _link, source, target) => {
    if (nodes.has(source) && nodes.has(target)) edges.add(key);
  });
  return { nodes, edges };
}

/** Scheme bodies present in the graph, as `scheme:body`, in first-seen order. */
export function bodiesPresent(graph: MaillageGraph): string[] {
  // Scheme → its bodies met: the `scheme:body` string is made once per body, not once per
  // actor and body (50,000 actors made as many strings and entry arrays).
  const seen = new Map<string, Set<string>>();
  const present: string[] = [];
  graph.forEachNode((_, actor) => {
    for (const scheme of Object.keys(actor.schemes)) {
      let bodies = seen.get(scheme);
      if (!bodies) seen.set(scheme, (bodies = new Set()));
      for (const body of actor.schemes[scheme] ?? []) {
        if (bodies.has(body)) continue;
        bodies.add(body);
        present.push(`${scheme}:${body}`);
      }
    }
  });
  return present;
}
