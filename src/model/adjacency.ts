// graphology keeps each node's neighbours in a plain object keyed by the neighbours' ids
// (`undirected[neighbour] = edge`). Two costs come with it:
// - V8 gives a plain object a hidden class for each sequence of keys added to it: 10,000
//   actors whose neighbours all have different ids make tens of thousands of hidden
//   classes, and adding 40,000 links was most of building the graph (measured in Node:
//   460 ms, 190 with the objects below). An object that starts in dictionary mode (a hash
//   table) skips them.
// - Object.prototype's names are found in a plain object: graphology took a link to an
//   actor whose id is `constructor` or `toString` for one that exists already, and one to
//   `__proto__` would set the object's prototype. The objects below inherit only
//   `hasOwnProperty`, which graphology calls on them (so an id `hasOwnProperty` alone
//   still reads as a neighbour everywhere).
// Only an actor without links yet is given one: graphology's own object is left otherwise.
import type { Actor } from '../domain';

/** The graph's part used here (graph.ts's graph; no import of it, which imports this). */
interface NodeAdding {
  addNode(key: string, attributes: Actor): unknown;
}

/** What this file reads of graphology's internals (absent: nothing is changed). */
interface NodeInternals {
  undirected?: unknown;
  undirectedDegree?: number;
}

/** The prototype of the neighbour tables: `hasOwnProperty` only, not enumerated. */
const TABLE = Object.create(null) as object;
Object.defineProperty(TABLE, 'hasOwnProperty', {
  value: Object.prototype.hasOwnProperty,
  writable: true,
});

/** An empty neighbour table in dictionary mode: deleting a property other than the last
 * one added turns an object into a hash table. */
function neighbourTable(): Record<string, unknown> {
  const made = Object.create(TABLE) as Record<string, unknown>;
  made.first = 0;
  made.second = 0;
  delete made.first;
  delete made.second;
  return made;
}

/** Adds node `key` as `graph.addNode` does, its neighbours to be kept in a hash table. */
export function addNodeForLinks(graph: NodeAdding, key: string, actor: Actor): void {
  graph.addNode(key, actor);
  const nodes = (graph as unknown as { _nodes?: Map<string, NodeInternals> })._nodes;
  const data = nodes instanceof Map ? nodes.get(key) : undefined;
  if (data?.undirectedDegree === 0 && typeof data.undirected === 'object') {
    data.undirected = neighbourTable();
  }
}
