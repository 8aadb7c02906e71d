// Actors and links → one graphology graph, the single model every analysis reads.
//
// The graph is *undirected*: a partnership is a pair of actors, and every analysis of the
// app (centralities, components, articulation, suggestions) reads it as such. Parallel rows
// between the same two actors (either way round) become one edge, and a direction survives
// only on the edge attributes (`directed`, `source` → `target`), for display. A mixed graph
// would keep a→b and b→a as two edges and make graphology's algorithms read some edges one
// way only, which is not what a coordinator means by "they work together".
import { UndirectedGraph } from 'graphology';
import { emptyRecord, own, recordOf, type Actor, type Link, type SourceRef } from '../domain';
import { addNodeForLinks } from './adjacency.ts';

/** A merged link: the fields of `Link`, where `source` → `target` is the direction when
 * `directed`, else the order of the first row; `count` = rows merged into it. */
export interface LinkAttributes extends Link {
  count: number;
  /** Directed rows both ways (a→b and b→a): a reciprocal link, drawn and analysed as one. */
  reciprocal?: boolean;
}

/** What `buildGraph` left out, defensively (the import reports these rows already). */
export interface GraphAttributes {
  skipped: {
    /** Links naming an actor id that is not in the actor list. */
    unknownEndpoint: number;
    /** Links from an actor to itself: not a partnership. */
    selfLoop: number;
    /** Actors whose id was already taken (the first one is kept). */
    duplicateActor: number;
  };
}

export type MaillageGraph = UndirectedGraph<Actor, LinkAttributes, GraphAttributes>;

/** `links`: import rows, or merged links read back (their `reciprocal` kept). */
export function buildGraph(
  actors: readonly Actor[],
  links: readonly (Link & { reciprocal?: boolean })[],
): MaillageGraph {
  const graph: MaillageGraph = new UndirectedGraph<Actor, LinkAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  const skipped = { unknownEndpoint: 0, selfLoop: 0, duplicateActor: 0 };
  // Each actor's number, so that a pair of actors is one number (no string to build).
  const numbers = new Map<string, number>();
  for (const actor of actors) {
    if (numbers.has(actor.id)) skipped.duplicateActor++;
    else {
      numbers.set(actor.id, numbers.size);
      addNodeForLinks(graph, actor.id, actor);
    }
  }
  // Merge in a map first (pair → merged link), then add each edge once: far cheaper than
  // updating graphology attributes for every parallel row.
  const merged = new Map<number, LinkAttributes>();
  const count = numbers.size;
  for (const link of links) {
    const source = numbers.get(link.source);
    const target = numbers.get(link.target);
    if (source === undefined || target === undefined) {
      skipped.unknownEndpoint++;
      continue;
    }
    if (source === target) {
      skipped.selfLoop++;
      continue;
    }
    // Below 2^53 up to 94 million actors.
    const key = source < target ? source * count + target : target * count + source;
    const existing = merged.get(key);
    merged.set(key, existing === undefined ? fresh(link) : mergeLink(existing, link));
  }
  // Keys in order of first appearance, so a graph built twice is the same graph.
  let next = 0;
  for (const attributes of merged.values()) {
    graph.addEdgeWithKey(`l${next++}`, attributes.source, attributes.target, attributes);
  }
  graph.replaceAttributes({ skipped });
  return graph;
}

function fresh(link: Link & { reciprocal?: boolean }): LinkAttributes {
  const attributes: LinkAttributes = {
    source: link.source,
    target: link.target,
    types: unique(link.types),
    schemes: unique(link.schemes),
    directed: link.directed,
    attributes: copyRecord(link.attributes),
    files: unique(link.files),
    sources: link.sources.slice(),
    count: 1,
  };
  if (link.strength !== undefined) attributes.strength = link.strength;
  if (link.weight !== undefined) attributes.weight = link.weight;
  if (link.reciprocal && link.directed) attributes.reciprocal = true;
  return attributes;
}

/** One link with another row between the same two actors (the import's merge of parallel rows). */
export function mergeLink(
  merged: LinkAttributes,
  link: Link & { reciprocal?: boolean },
): LinkAttributes {
  const sameWay = link.source === merged.source && link.target === merged.target;
  const result: LinkAttributes = {
    ...merged,
    types: unique([...merged.types, ...link.types]),
    schemes: unique([...merged.schemes, ...link.schemes]),
    // Directed while every row is directed; a→b plus b→a, all directed, is reciprocal (the
    // details say so) and stays one edge for the analyses.
    directed: merged.directed && link.directed,
    attributes: mergeAttributes(merged.attributes, link.attributes),
    files: unique([...merged.files, ...link.files]),
    sources: [...merged.sources, ...link.sources] satisfies SourceRef[],
    count: merged.count + 1,
  };
  if (result.directed && (merged.reciprocal || link.reciprocal || !sameWay)) {
    result.reciprocal = true;
  } else delete result.reciprocal;
  const strength = maxDefined(merged.strength, link.strength);
  if (strength === undefined) delete result.strength;
  else result.strength = strength;
  const weight = maxDefined(merged.weight, link.weight);
  if (weight !== undefined) result.weight = weight;
  return result;
}

/** Free attributes of merged rows: the first value, then different later values after " | ". */
export function mergeAttributes(
  a: Record<string, string>,
  b: Record<string, string>,
): Record<string, string> {
  const result = recordOf(Object.entries(a));
  for (const [key, value] of Object.entries(b)) {
    const current = own(result, key);
    if (current === undefined || current === '') result[key] = value;
    else if (value !== '' && !current.split(' | ').includes(value))
      result[key] = `${current} | ${value}`;
  }
  return result;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** The values once each, in their order (most lists hold one value or none: no set). */
function unique(values: readonly string[]): string[] {
  return values.length < 2 ? values.slice() : [...new Set(values)];
}

/** A record's own entries in a record with no prototype (most links have none). */
function copyRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  const copy = emptyRecord<string>();
  for (const key of Object.keys(record)) copy[key] = record[key] as string;
  return copy;
}
