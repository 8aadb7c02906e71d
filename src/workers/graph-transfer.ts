// The graph from the pipeline worker to the page, in a shape that costs the page little to
// take and to hold (docs/decisions/worker-hand-offs.md). An inventory repeats itself: every
// link of a file says `files: ["liens.csv"]`, most say one of a few types and schemes, an
// actor's id comes back as the ends of its links. So each distinct field value crosses once,
// as JSON text in one table (a few JSON arrays, parsed one a task), and each element is its
// field names (one of a few shapes) and the indices of its values in that table, in a typed
// array that is transferred, not copied. The page parses the table once and builds each
// element from it: equal values become one shared object (the page never changes a value in
// place: an edit clones the actor or link it changes, model/edits), and an actor's id one
// string wherever it appears.
import { UndirectedGraph } from 'graphology';
import { setOwn, type Actor } from '../domain';
import {
  addNodeForLinks,
  type GraphAttributes,
  type LinkAttributes,
  type MaillageGraph,
} from '../model';

export interface PackedGraph {
  attributes: GraphAttributes;
  /** The actors' keys, then the links' keys, in the graph's order: JSON arrays of at most
   * PART_LENGTH keys each, one after the other. */
  keys: string[];
  order: number;
  size: number;
  /** Each link's ends as indices of its actors: source, target, source, target… */
  ends: Uint32Array;
  /** Every distinct field value of the actors and links: JSON arrays of at most
   * PART_LENGTH values each, one after the other. */
  values: string[];
  /** The distinct lists of field names, in their order in the element. */
  shapes: string[][];
  /** Actors, then links: each one's shape index, then the index of each of its fields'
   * values. */
  fields: Uint32Array;
}

/** Keys and values cross in JSON arrays of this many at most: the page parses one between
 * two pauses (one array of the 430,000 values of the bench's 50,000 actors was a task of its
 * own, about 200 ms of CPU with the keys, test/bench/long-tasks.ts). */
export const PART_LENGTH = 20_000;

/** JSON texts as JSON arrays of at most PART_LENGTH of them. */
function inParts(texts: readonly string[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i < texts.length; i += PART_LENGTH) {
    parts.push(`[${texts.slice(i, i + PART_LENGTH).join(',')}]`);
  }
  return parts;
}

/** The buffers to transfer with a packed graph (the page takes them without a copy). */
export function packedBuffers(packed: PackedGraph): ArrayBuffer[] {
  return [packed.ends.buffer as ArrayBuffer, packed.fields.buffer as ArrayBuffer];
}

/** A Uint32Array that grows as it is written. */
class Column {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Numbers each distinct value in the order first met, keeping its JSON text. Strings and
 * numbers, most of the values, are looked up as they are, without writing them as JSON. */
class Values {
  private readonly strings = new Map<string, number>();
  private readonly numbers = new Map<number, number>();
  private readonly others = new Map<string, number>();
  /** Lists of one string, by that string. */
  private readonly singles = new Map<string, number>();
  readonly texts: string[] = [];

  /** The value's index, or -1 for a value JSON leaves out (undefined, a function). Lists
   * of one string (`files: ["liens.csv"]`, a link's one type) are looked up by that string. */
  indexOf(value: unknown): number {
    if (typeof value === 'string') {
      const known = this.strings.get(value);
      if (known !== undefined) return known;
      this.strings.set(value, this.texts.length);
      return this.texts.push(JSON.stringify(value)) - 1;
    }
    if (typeof value === 'number') {
      const known = this.numbers.get(value);
      if (known !== undefined) return known;
      this.numbers.set(value, this.texts.length);
      return this.texts.push(JSON.stringify(value)) - 1;
    }
    if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
      const only = value[0];
      const known = this.singles.get(only);
      if (known !== undefined) return known;
      this.singles.set(only, this.texts.length);
      return this.texts.push(`[${JSON.stringify(only)}]`) - 1;
    }
    const text = textOf(value);
    if (text === undefined) return -1;
    const known = this.others.get(text);
    if (known !== undefined) return known;
    this.others.set(text, this.texts.length);
    return this.texts.push(text) - 1;
  }

  /** A value not looked up (a field whose values hardly repeat: an actor's name, where a
   * link was read): its own index. */
  add(value: unknown): number {
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? -1 : this.texts.push(text) - 1;
  }
}

/** A value's JSON text; empty lists and records (`schemes: []`, `attributes: {}`, on most
 * links) without JSON.stringify, the cost of packing that grows with every link. */
function textOf(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (value !== null && typeof value === 'object' && isEmptyRecord(value)) return '{}';
  return JSON.stringify(value) as string | undefined;
}

/** A plain object without a field of its own (a class instance may still have a JSON text). */
function isEmptyRecord(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const _ in value) return false;
  return true;
}

/** How a field's values repeat, watched over its first occurrences: a field whose values
 * are nearly all new is not looked up any more (the look-up would cost without sharing). */
class FieldWatch {
  private seen = 0;
  private added = 0;
  unique = false;
  saw(isNew: boolean): void {
    this.seen++;
    if (isNew) this.added++;
    if (this.seen === WATCHED) this.unique = this.added > WATCHED * 0.9;
  }
}
const WATCHED = 2000;

/** Numbers each distinct list of field names, looked up name by name (no key to build). */
class Shapes {
  private readonly root: ShapeNode = { next: new Map() };
  readonly list: string[][] = [];

  indexOf(names: readonly string[]): number {
    let node = this.root;
    for (const name of names) {
      let next = node.next.get(name);
      if (!next) {
        next = { next: new Map() };
        node.next.set(name, next);
      }
      node = next;
    }
    if (node.index === undefined) {
      node.index = this.list.length;
      this.list.push([...names]);
    }
    return node.index;
  }
}

interface ShapeNode {
  next: Map<string, ShapeNode>;
  index?: number;
}

function packElement(
  attributes: Record<string, unknown>,
  values: Values,
  watches: Map<string, FieldWatch>,
  shapes: Shapes,
  fields: Column,
  names: string[],
  indices: number[],
): void {
  names.length = 0;
  indices.length = 0;
  for (const name of Object.keys(attributes)) {
    let watch = watches.get(name);
    if (!watch) {
      watch = new FieldWatch();
      watches.set(name, watch);
    }
    const value = attributes[name];
    let index: number;
    if (watch.unique) index = values.add(value);
    else {
      const count = values.texts.length;
      index = values.indexOf(value);
      watch.saw(values.texts.length > count);
    }
    if (index < 0) continue;
    names.push(name);
    indices.push(index);
  }
  fields.push(shapes.indexOf(names));
  for (const index of indices) fields.push(index);
}

/** The graph as the page takes it (in the worker). */
export function packGraph(graph: MaillageGraph): PackedGraph {
  const values = new Values();
  const shapes = new Shapes();
  const fields = new Column();
  // Actors and links apart: a field of the same name may repeat in one and not the other.
  const actorFields = new Map<string, FieldWatch>();
  const linkFields = new Map<string, FieldWatch>();
  // Reused for each element.
  const names: string[] = [];
  const indices: number[] = [];
  const keys: string[] = [];
  const position = new Map<string, number>();
  graph.forEachNode((key, actor) => {
    position.set(key, keys.length);
    keys.push(key);
    packElement(
      actor as unknown as Record<string, unknown>,
      values,
      actorFields,
      shapes,
      fields,
      names,
      indices,
    );
  });
  const ends = new Uint32Array(graph.size * 2);
  let at = 0;
  graph.forEachEdge((key, link, source, target) => {
    keys.push(key);
    ends[at++] = position.get(source) as number;
    ends[at++] = position.get(target) as number;
    packElement(
      link as unknown as Record<string, unknown>,
      values,
      linkFields,
      shapes,
      fields,
      names,
      indices,
    );
  });
  return {
    attributes: graph.getAttributes(),
    keys: inParts(keys.map((key) => JSON.stringify(key))),
    order: graph.order,
    size: graph.size,
    ends,
    values: inParts(values.texts),
    shapes: shapes.list,
    fields: fields.done(),
  };
}

/** JSON.parse gives each row's place (`sources: [{ file, line }]`, a value of its own for
 * each link and actor) its own copy of the file's name: one string per name instead (the
 * bench's 50,000 actors, measured in Node: the rebuilt graph 1.5 MB lighter). */
function shareFileNames(values: readonly unknown[], names: Map<string, string>): void {
  for (const value of values) {
    if (!Array.isArray(value)) continue;
    for (const item of value as unknown[]) {
      if (item === null || typeof item !== 'object' || !Object.hasOwn(item, 'file')) continue;
      const place = item as { file: unknown };
      if (typeof place.file !== 'string') continue;
      const shared = names.get(place.file);
      if (shared === undefined) names.set(place.file, place.file);
      else place.file = shared;
    }
  }
}

/** The items of JSON arrays, parsed one array between two pauses; `each` sees each array's
 * items as parsed. */
async function parseParts(
  parts: readonly string[],
  pause?: () => Promise<void>,
  each?: (items: readonly unknown[]) => void,
): Promise<unknown[]> {
  const all: unknown[] = [];
  for (const part of parts) {
    const items = JSON.parse(part) as unknown[];
    each?.(items);
    for (const item of items) all.push(item);
    if (pause) await pause();
  }
  return all;
}

/** Elements built between two pauses: a few tens of milliseconds of work. */
const STRETCH = 4000;

/**
 * Rebuilds a packed graph (on the page). `pause` is awaited every few thousand elements,
 * so that the page handles input and paints meanwhile.
 */
export async function unpackGraph(
  packed: PackedGraph,
  pause?: () => Promise<void>,
): Promise<MaillageGraph> {
  const graph: MaillageGraph = new UndirectedGraph<Actor, LinkAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes(packed.attributes);
  const keys = (await parseParts(packed.keys, pause)) as string[];
  const fileNames = new Map<string, string>();
  const values = await parseParts(packed.values, pause, (part) => shareFileNames(part, fileNames));
  const { shapes, fields, ends, order } = packed;
  let at = 0;
  const element = <T>(): T => {
    const names = shapes[fields[at++] as number] as string[];
    const built: Record<string, unknown> = {};
    for (const name of names) {
      const value = values[fields[at++] as number];
      // A field named `__proto__` is a field like any other, not the object's prototype.
      setOwn(built, name, value);
    }
    return built as T;
  };
  for (let i = 0; i < order; i++) {
    addNodeForLinks(graph, keys[i] as string, element<Actor>());
    if (pause && i % STRETCH === STRETCH - 1) await pause();
  }
  for (let e = 0; e < packed.size; e++) {
    const source = keys[ends[2 * e] as number] as string;
    const target = keys[ends[2 * e + 1] as number] as string;
    graph.addEdgeWithKey(keys[order + e] as string, source, target, element<LinkAttributes>());
    if (pause && e % STRETCH === STRETCH - 1) await pause();
  }
  return graph;
}
