import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';
import { actor, link } from '../analysis/fixtures.ts';

const actors = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => actor(id));

describe('buildGraph', () => {
  it('one node per actor, the actor as attributes', () => {
    const g = buildGraph(actors, []);
    expect(g.type).toBe('undirected');
    expect(g.nodes()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(g.getNodeAttributes('c')).toEqual(actors[2]);
  });

  it('merges parallel links: types listed, largest strength, schemes and sources joined', () => {
    const g = buildGraph(actors, [
      link('a', 'b', {
        types: ['convention'],
        strength: 1,
        schemes: ['CLS'],
        directed: true,
        attributes: { note: 'x' },
        sources: [{ file: 'liens.csv', line: 2 }],
      }),
      link('c', 'd'),
      link('a', 'b', {
        types: ['coordination', 'convention'],
        strength: 3,
        schemes: ['CLSM', 'CLS'],
        directed: true,
        attributes: { note: 'y', other: 'z' },
        files: ['liens.csv', 'liens-clsm.csv'],
        sources: [{ file: 'liens-clsm.csv', line: 7 }],
      }),
      link('a', 'b', {
        types: ['informel'],
        strength: 2,
        directed: true,
        attributes: { note: 'x' },
      }),
    ]);
    expect(g.size).toBe(2);
    expect(g.edges()).toEqual(['l0', 'l1']);
    expect(g.getEdgeAttributes('l0')).toEqual({
      source: 'a',
      target: 'b',
      types: ['convention', 'coordination', 'informel'],
      strength: 3,
      schemes: ['CLS', 'CLSM'],
      directed: true,
      attributes: { note: 'x | y', other: 'z' },
      files: ['liens.csv', 'liens-clsm.csv'],
      sources: [
        { file: 'liens.csv', line: 2 },
        { file: 'liens-clsm.csv', line: 7 },
      ],
      count: 3,
    });
    expect(g.getEdgeAttributes('l1')).not.toHaveProperty('strength');
  });

  it('stays directed only while every row points the same way', () => {
    const g = buildGraph(actors, [
      link('a', 'b', { directed: true }),
      link('b', 'a', { directed: true }), // a → b and b → a: mutual
      link('c', 'd'),
      link('d', 'c', { directed: true }), // one undirected row: undirected
      link('e', 'f', { directed: true }),
      link('e', 'f', { directed: true }),
    ]);
    expect(g.getEdgeAttribute(g.edge('a', 'b') as string, 'directed')).toBe(false);
    expect(g.getEdgeAttribute(g.edge('c', 'd') as string, 'directed')).toBe(false);
    const ef = g.getEdgeAttributes(g.edge('f', 'e') as string);
    expect([ef.directed, ef.source, ef.target, ef.count]).toEqual([true, 'e', 'f', 2]);
  });

  it('skips, and counts, links to unknown actors, self-loops and duplicate actors', () => {
    const g = buildGraph(
      [...actors, actor('a', { name: 'Autre A' })],
      [link('a', 'zz'), link('zz', 'a'), link('b', 'b'), link('a', 'b')],
    );
    expect(g.order).toBe(6);
    expect(g.getNodeAttribute('a', 'name')).toBe('A');
    expect(g.size).toBe(1);
    expect(g.getAttribute('skipped')).toEqual({
      unknownEndpoint: 2,
      selfLoop: 1,
      duplicateActor: 1,
    });
  });

  it('does not change the links it was given', () => {
    const rows = [link('a', 'b', { types: ['x'] }), link('b', 'a', { types: ['y'] })];
    const before = structuredClone(rows);
    buildGraph(actors, rows);
    expect(rows).toEqual(before);
  });
});
