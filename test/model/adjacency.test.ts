import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { addNodeForLinks, buildGraph, type MaillageGraph } from '../../src/model';
import { actor, link } from '../factory.ts';

// Ids that name properties of Object.prototype, and ordinary ones. `hasOwnProperty` is
// the one name graphology's own calls need: an actor so named is linked, but the edge
// look-ups by pair (`hasEdge(s, t)`) are not asked of its neighbours.
const ids = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'a', 'b', 'c'];
const pairs: [string, string][] = [
  ['__proto__', 'constructor'],
  ['constructor', 'a'],
  ['a', 'toString'],
  ['valueOf', '__proto__'],
  ['a', 'b'],
  ['hasOwnProperty', 'c'],
];

function linked(): MaillageGraph {
  const graph: MaillageGraph = new UndirectedGraph();
  for (const id of ids) addNodeForLinks(graph, id, actor(id));
  pairs.forEach(([s, t], i) => graph.addEdgeWithKey(`l${i}`, s, t, link(s, t) as never));
  return graph;
}

const sorted = (list: string[]) => [...list].sort();

describe('addNodeForLinks', () => {
  it('links actors whose ids name Object.prototype properties, and only those', () => {
    const graph = linked();
    expect(graph.nodes()).toEqual(ids);
    expect(graph.edges()).toEqual(pairs.map((_, i) => `l${i}`));
    for (const id of ids) {
      expect(graph.getNodeAttributes(id)).toEqual(actor(id));
      const expected = pairs.flatMap(([s, t]) => (s === id ? [t] : t === id ? [s] : []));
      expect(sorted(graph.neighbors(id))).toEqual(sorted(expected));
      expect(graph.degree(id)).toBe(expected.length);
    }
    expect(Object.getPrototypeOf(graph.getNodeAttributes('__proto__'))).toBe(Object.prototype);
  });

  it('answers the look-ups by pair both ways, and after an edit', () => {
    const graph = linked();
    for (const [s, t] of pairs.slice(0, 5)) {
      expect(graph.hasEdge(s, t)).toBe(true);
      expect(graph.hasEdge(t, s)).toBe(true);
      expect(graph.areNeighbors(s, t)).toBe(true);
    }
    expect(graph.hasEdge('a', 'constructor')).toBe(true);
    expect(graph.hasEdge('b', 'constructor')).toBe(false);
    expect(graph.hasEdge('b', 'toString')).toBe(false);
    expect(graph.areNeighbors('b', '__proto__')).toBe(false);
    expect(graph.edge('toString', 'a')).toBe('l2');
    // An edit drops a link and adds it again: the look-ups follow.
    graph.dropEdge('l4');
    expect(graph.hasEdge('a', 'b')).toBe(false);
    graph.addEdge('a', 'b', link('a', 'b') as never);
    expect(graph.hasEdge('b', 'a')).toBe(true);
  });

  it('is what buildGraph uses: links to such actors are kept', () => {
    const graph = buildGraph(
      ids.map((id) => actor(id)),
      pairs.map(([s, t]) => link(s, t)),
    );
    expect(graph.order).toBe(ids.length);
    expect(graph.size).toBe(pairs.length);
    expect(graph.getAttribute('skipped')).toEqual({
      unknownEndpoint: 0,
      selfLoop: 0,
      duplicateActor: 0,
    });
    expect(sorted(graph.neighbors('constructor'))).toEqual(['__proto__', 'a']);
    expect(graph.hasEdge('toString', 'a')).toBe(true);
  });
});
