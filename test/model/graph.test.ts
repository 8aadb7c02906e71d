import { actor, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';

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

  it('stays directed while every row is directed; a → b and b → a make a reciprocal link', () => {
    const g = buildGraph(actors, [
      link('a', 'b', { directed: true }),
      link('b', 'a', { directed: true }), // a → b and b → a: reciprocal
      link('c', 'd'),
      link('d', 'c', { directed: true }), // one undirected row: undirected
      link('e', 'f', { directed: true }),
      link('e', 'f', { directed: true }),
    ]);
    const ab = g.getEdgeAttributes(g.edge('a', 'b') as string);
    expect([ab.directed, ab.reciprocal, ab.source, ab.target, ab.count]).toEqual([
      true,
      true,
      'a',
      'b',
      2,
    ]);
    const cd = g.getEdgeAttributes(g.edge('c', 'd') as string);
    expect([cd.directed, cd.reciprocal]).toEqual([false, undefined]);
    const ef = g.getEdgeAttributes(g.edge('f', 'e') as string);
    expect([ef.directed, ef.reciprocal, ef.source, ef.target, ef.count]).toEqual([
      true,
      undefined,
      'e',
      'f',
      2,
    ]);
    // Rebuilt from its merged links (a workspace file), the link stays reciprocal.
    const again = buildGraph(
      actors,
      g.mapEdges((_k, l) => l),
    );
    expect(again.getEdgeAttribute(again.edge('a', 'b') as string, 'reciprocal')).toBe(true);
  });

  it('keeps the largest original weight of merged links', () => {
    const g = buildGraph(actors, [
      link('a', 'b', { strength: 1, weight: 0.5 }),
      link('a', 'b', { strength: 3, weight: 250 }),
    ]);
    expect(g.getEdgeAttributes('l0')).toMatchObject({ strength: 3, weight: 250 });
  });

  it('skips, and counts, links to unknown actors, self-loops and duplicate actors', () => {
    const g = buildGraph(
      [...actors, actor('a', { name: 'Autre A' })],
      [link('a', 'zz'), link('zz', 'a'), link('b', 'b'), link('a', 'b')],
    );
    expect(g.order).toBe(6);
    expect(g.getNodeAttribute('a', 'name')).toBe('a');
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
