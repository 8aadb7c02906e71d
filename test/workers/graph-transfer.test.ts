import { describe, expect, it } from 'vitest';
import type { MaillageGraph } from '../../src/model/graph.ts';
import {
  packedBuffers,
  packGraph,
  PART_LENGTH,
  unpackGraph,
} from '../../src/workers/graph-transfer.ts';
import { actor, graphOf, link } from '../factory.ts';
import { xmlHostileGraph } from '../model/helpers.ts';

/** Everything a graph holds, in its order: what the page must get back. */
function contents(graph: MaillageGraph) {
  return {
    attributes: graph.getAttributes(),
    nodes: graph.mapNodes((key, attributes) => [key, attributes]),
    edges: graph.mapEdges((key, attributes, source, target) => [key, source, target, attributes]),
  };
}

/** Packed, sent as postMessage sends it (the buffers transferred), rebuilt. */
async function roundTrip(graph: MaillageGraph, pause?: () => Promise<void>) {
  const packed = packGraph(graph);
  const sent = structuredClone(packed, { transfer: packedBuffers(packed) });
  return unpackGraph(sent, pause);
}

/** A record with a key JavaScript treats specially, as JSON.parse makes it (own property). */
const hostileRecord = (): Record<string, string> =>
  JSON.parse('{"__proto__":"proto","constructor":"ctor","toString":"str","":"empty"}') as Record<
    string,
    string
  >;

describe('the graph from the worker to the page', () => {
  it('gives back every actor and link, their keys, fields, ends and order', async () => {
    const graph = graphOf(
      [
        actor('a', { territory: 'Nord', influence: 3, person: true, siret: '123' }),
        actor('b', { schemes: { CLS: ['copil'], CLSM: [] }, groups: { CLS: ['GT Logement'] } }),
        actor('c', { sources: [{ file: 'acteurs.csv', line: 4 }], typeText: 'Maison' }),
        'd',
      ],
      [
        link('a', 'b', { types: ['convention'], strength: 2, schemes: ['CLS'] }),
        link('c', 'b', { directed: true, weight: 0.5, sources: [{ file: 'liens.csv', line: 3 }] }),
        link('a', 'c', { attributes: { note: 'x' } }),
      ],
    );
    graph.setAttribute('skipped', { unknownEndpoint: 2, selfLoop: 1, duplicateActor: 0 });
    const back = await roundTrip(graph);
    expect(contents(back)).toEqual(contents(graph));
    expect(back.order).toBe(4);
    expect(back.size).toBe(3);
  });

  it('keeps hostile ids and field names as plain data', async () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'é 🙂', ''];
    const strange = actor('x', { attributes: hostileRecord() });
    // A top-level field named like the prototype: a field, not the object's prototype.
    Object.defineProperty(strange, '__proto__', { value: 'p', enumerable: true });
    // Each linked to a plain actor, and to one another both ways round (the page's
    // neighbour tables, model/adjacency.ts, take a second end named `constructor`).
    const graph = graphOf(
      [...ids.map((id) => actor(id, { attributes: hostileRecord() })), strange, 'p'],
      [
        ...ids.map((id) => link(id, 'p', { attributes: hostileRecord() })),
        link('toString', '__proto__'),
        link('', 'constructor'),
      ],
    );
    const back = await roundTrip(graph);
    expect(contents(back)).toEqual(contents(graph));
    const proto = back.getNodeAttributes('__proto__');
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.hasOwn(proto.attributes, '__proto__')).toBe(true);
    expect(proto.attributes.__proto__).toBe('proto');
    const x = back.getNodeAttributes('x');
    expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(x, '__proto__')?.value).toBe('p');
  });

  it('carries names XML and CSV cannot hold', async () => {
    const graph = xmlHostileGraph();
    expect(contents(await roundTrip(graph))).toEqual(contents(graph));
  });

  it('sends each distinct value once', () => {
    const actors = Array.from({ length: 50 }, (_, i) => actor(`a${i}`));
    const links = actors.slice(1).map((a, i) => link(`a${i}`, a.id, { types: ['convention'] }));
    const values = packGraph(graphOf(actors, links)).values.flatMap(
      (part) => JSON.parse(part) as unknown[],
    );
    const count = (value: unknown) =>
      values.filter((v) => JSON.stringify(v) === JSON.stringify(value)).length;
    expect(count(['liens.csv'])).toBe(1);
    expect(count(['convention'])).toBe(1);
    expect(count('a7')).toBe(1);
    // Each actor's id, name (its id again: one value), and a few shared fields.
    expect(values.length).toBeLessThan(50 + 20);
  });

  it('tells apart the lists and records written without JSON.stringify', async () => {
    // Empty lists and records, lists of one string (looked up by it), and what only looks
    // like them: a list of one number, of one list, a record with a field named like the
    // prototype, one without a prototype, a string that reads like a list.
    const protoOnly = JSON.parse('{"__proto__":"x"}') as Record<string, string>;
    const odd: unknown[] = [
      [],
      {},
      ['liens.csv'],
      ['constructor'],
      ['__proto__'],
      [''],
      [1],
      [['liens.csv']],
      ['a', 'b'],
      protoOnly,
      Object.create(null) as object,
      '["liens.csv"]',
      '[]',
      '{}',
    ];
    // Each value twice, as a field of its own (what the look-ups see).
    const graph = graphOf([...odd, ...odd].map((odd, i) => actor(`a${i}`, { odd } as never)));
    const back = await roundTrip(graph);
    expect(contents(back)).toEqual(contents(graph));
    const oddOf = (id: string) => (back.getNodeAttributes(id) as unknown as { odd: unknown }).odd;
    [...odd, ...odd].forEach((value, i) => {
      expect(JSON.stringify(oddOf(`a${i}`))).toBe(JSON.stringify(value));
      expect(Array.isArray(oddOf(`a${i}`))).toBe(Array.isArray(value));
      expect(typeof oddOf(`a${i}`)).toBe(typeof value);
    });
    expect(Object.hasOwn(oddOf('a9') as object, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(oddOf('a9'))).toBe(Object.prototype);
  });

  it("gives back the rows' places, the file names shared, and values only like them", async () => {
    // Places of several files, and lists that only look like places: a `file` that is not
    // a string, one inherited (JSON.parse makes `__proto__` an own field), null items.
    const odd: unknown[] = [
      [{ file: 3, line: 1 }],
      JSON.parse('[{"__proto__":{"file":"x.csv"},"line":2}]'),
      [null, { file: 'liens.csv' }],
      [{ file: 'liens.csv', line: 9, note: 'n' }],
    ];
    const graph = graphOf(
      [
        ...odd.map((odd, i) => actor(`o${i}`, { odd } as never)),
        ...['a', 'b', 'c'].map((id, i) =>
          actor(id, { sources: [{ file: 'acteurs.csv', line: i + 2 }] }),
        ),
      ],
      [
        link('a', 'b', { sources: [{ file: 'liens.csv', line: 2 }] }),
        link('b', 'c', {
          sources: [
            { file: 'liens.csv', line: 3 },
            { file: 'autres.csv', line: 2 },
          ],
        }),
      ],
    );
    const back = await roundTrip(graph);
    expect(contents(back)).toEqual(contents(graph));
    expect(back.getEdgeAttribute('l1', 'sources')).toEqual([
      { file: 'liens.csv', line: 3 },
      { file: 'autres.csv', line: 2 },
    ]);
    const inherited = (back.getNodeAttributes('o1') as unknown as { odd: object[] }).odd[0];
    expect(Object.hasOwn(inherited as object, 'file')).toBe(false);
    expect(Object.getPrototypeOf(inherited)).toBe(Object.prototype);
  });

  it('leaves out what JSON leaves out, as the JSON it replaces did', async () => {
    const graph = graphOf([actor('a', { territory: undefined, role: 'r' })]);
    const back = await roundTrip(graph);
    expect(Object.hasOwn(back.getNodeAttributes('a'), 'territory')).toBe(false);
    expect(back.getNodeAttribute('a', 'role')).toBe('r');
  });

  it('lets the page breathe while it rebuilds a big graph', async () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `n${i}`);
    const graph = graphOf(
      ids,
      ids.slice(1).map((id, i) => `n${i}-${id}`),
    );
    let pauses = 0;
    const back = await roundTrip(graph, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(back.order).toBe(10_000);
    expect(back.size).toBe(9_999);
    expect(back.hasEdge('n41', 'n42')).toBe(true);
    // Past the first thousands, fields whose values never repeat are no longer looked up.
    expect(contents(back)).toEqual(contents(graph));
  });

  it('sends keys and values in parts, the page parsing one part a task', async () => {
    const ids = Array.from({ length: PART_LENGTH + 10 }, (_, i) => `n${i}`);
    const graph = graphOf(
      ids,
      ids.slice(1).map((id, i) => `n${i}-${id}`),
    );
    const packed = packGraph(graph);
    const lengths = (parts: string[]) => parts.map((p) => (JSON.parse(p) as unknown[]).length);
    // Actors' then links' keys: 2 × PART_LENGTH + 19 in all.
    expect(lengths(packed.keys)).toEqual([PART_LENGTH, PART_LENGTH, 19]);
    expect(Math.max(...lengths(packed.values))).toBeLessThanOrEqual(PART_LENGTH);
    expect(packed.values.length).toBeGreaterThan(1);
    // A pause after each part parsed, before the elements' own.
    let pauses = 0;
    const back = await unpackGraph(packed, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(pauses).toBeGreaterThanOrEqual(packed.keys.length + packed.values.length);
    expect(contents(back)).toEqual(contents(graph));
  });

  it('rebuilds an empty graph', async () => {
    const graph = graphOf([]);
    const back = await roundTrip(graph);
    expect(back.order).toBe(0);
    expect(back.size).toBe(0);
  });
});
