// The graph from the pipeline worker to the page, in a shape that costs the page little to
// take and to hold (docs/decisions/worker-hand-offs.md). An inventory repeats itself: every
// link of a file says `files: ["liens.csv"]`, most say one of a few types and schemes, an
// actor's id comes back as the ends of its links. So each distinct field value crosses once,
// as JSON text in one table, and each element is its field names (one of a few shapes) and
// the indices of its values in that table, in a typed array that is transferred, not copied.
// The page parses the table once and builds each element from it: equal values become one
// shared object (the page never changes a value in place: an edit clones the actor or link
// it changes, model/edits), and an actor's id one string wherever it appears.
import { UndirectedGraph } from 'graphology';
import type { Actor } from '../domain';
import type { GraphAttributes, LinkAttributes, MaillageGraph } from '../model';

export interface PackedGraph {
  attributes: GraphAttributes;
  /** The actors' keys, then the links' keys, in the graph's order: one JSON array. */
  keys: string;
  order: number;
  size: number;
  /** Each link's ends as indices of its actors: source, target, source, target… */
  ends: Uint32Array;
  /** Every distinct field value of the actors and links: one JSON array. */
  values: string;
  /** The distinct lists of field names, in their order in the element. */
  shapes: string[][];
  /** Actors, then links: each one's shape index, then the index of each of its fields'
   * values. */
  fields: Uint32Array;
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

/** Numbers each distinct value (and each distinct shape) in the order first met. */
class Table {
  private readonly index = new Map<string, number>();
  readonly texts: string[] = [];

  /** The value's index, or -1 for a value JSON leaves out (undefined, a function). */
  valueOf(value: unknown): number {
    // Strings and numbers, most of the values, are told apart without writing them as JSON.
    let text: string | undefined;
    let key: string;
    if (typeof value === 'string') key = `s${value}`;
    else if (typeof value === 'number') key = `n${value}`;
    else {
      text = JSON.stringify(value) as string | undefined;
      if (text === undefined) return -1;
      key = `j${text}`;
    }
    const known = this.index.get(key);
    if (known !== undefined) return known;
    this.index.set(key, this.texts.length);
    this.texts.push(text ?? JSON.stringify(value));
    return this.texts.length - 1;
  }
}

function packElement(
  attributes: object,
  values: Table,
  shapes: Table,
  shapeList: string[][],
  fields: Column,
): void {
  const names: string[] = [];
  const indices: number[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const index = values.valueOf(value);
    if (index < 0) continue;
    names.push(name);
    indices.push(index);
  }
  const count = shapes.texts.length;
  const shape = shapes.valueOf(names);
  if (shapes.texts.length > count) shapeList.push(names);
  fields.push(shape);
  for (const index of indices) fields.push(index);
}

/** The graph as the page takes it (in the worker). */
export function packGraph(graph: MaillageGraph): PackedGraph {
  const values = new Table();
  const shapes = new Table();
  const shapeList: string[][] = [];
  const fields = new Column();
  const keys: string[] = [];
  const position = new Map<string, number>();
  graph.forEachNode((key, actor) => {
    position.set(key, keys.length);
    keys.push(key);
    packElement(actor, values, shapes, shapeList, fields);
  });
  const ends = new Uint32Array(graph.size * 2);
  let at = 0;
  graph.forEachEdge((key, link, source, target) => {
    keys.push(key);
    ends[at++] = position.get(source) as number;
    ends[at++] = position.get(target) as number;
    packElement(link, values, shapes, shapeList, fields);
  });
  return {
    attributes: graph.getAttributes(),
    keys: JSON.stringify(keys),
    order: graph.order,
    size: graph.size,
    ends,
    values: `[${values.texts.join(',')}]`,
    shapes: shapeList,
    fields: fields.done(),
  };
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
  const keys = JSON.parse(packed.keys) as string[];
  const values = JSON.parse(packed.values) as unknown[];
  const { shapes, fields, ends, order } = packed;
  let at = 0;
  const element = <T>(): T => {
    const names = shapes[fields[at++] as number] as string[];
    const built: Record<string, unknown> = {};
    for (const name of names) {
      const value = values[fields[at++] as number];
      // A field named `__proto__` is a field like any other, not the object's prototype.
      if (name === '__proto__') {
        Object.defineProperty(built, name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else built[name] = value;
    }
    return built as T;
  };
  for (let i = 0; i < order; i++) {
    graph.addNode(keys[i] as string, element<Actor>());
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
