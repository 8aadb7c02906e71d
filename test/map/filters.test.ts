import { actor, demoGraph } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import {
  actorPasses,
  bodiesPresent,
  isFiltering,
  splitBody,
  visibleElements,
} from '../../src/map/filters.ts';
import { NO_FILTERS, NO_SCHEME, type ColumnFilter, type Filters } from '../../src/map/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { smallGraph } from './helpers.ts';

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('filters', () => {
  it('keeps everything with no filter', () => {
    const g = smallGraph();
    const v = visibleElements(g, NO_FILTERS);
    expect(v.nodes.size).toBe(g.order);
    expect(v.edges.size).toBe(g.size);
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering(f({ types: [] }))).toBe(true);
  });

  it('keeps everything by the graph itself, with no copy of its keys', () => {
    const g = smallGraph();
    const v = visibleElements(g, NO_FILTERS);
    expect([...v.nodes]).toEqual(g.nodes());
    expect([...v.edges.keys()]).toEqual(g.edges());
    expect(g.nodes().every((id) => v.nodes.has(id))).toBe(true);
    expect(g.edges().every((key) => v.edges.has(key))).toBe(true);
    expect(v.nodes.has('nobody') || v.edges.has('nothing')).toBe(false);
    expect(v.nodes).not.toBeInstanceOf(Set);
    expect(v.edges).not.toBeInstanceOf(Set);
  });

  it('filters by scheme, with "no scheme"', () => {
    const g = smallGraph();
    expect([...visibleElements(g, f({ schemes: ['CLS'] })).nodes].sort()).toEqual(['a', 'b']);
    expect([...visibleElements(g, f({ schemes: [NO_SCHEME] })).nodes]).toEqual(['e']);
    expect([...visibleElements(g, f({ schemes: ['ASV', 'CV'] })).nodes].sort()).toEqual(['c', 'd']);
  });

  it('filters by body', () => {
    const g = smallGraph();
    expect([...visibleElements(g, f({ body: 'CLSM:copil' })).nodes]).toEqual(['b']);
    expect([...visibleElements(g, f({ body: 'CLS:copil' })).nodes]).toEqual(['a']);
    expect(splitBody('CLSM:copil')).toEqual(['CLSM', 'copil']);
  });

  it('filters by type and by sector (any of the actor’s sectors)', () => {
    const g = smallGraph();
    expect([...visibleElements(g, f({ types: ['ars', 'habitant'] })).nodes].sort()).toEqual([
      'b',
      'd',
    ]);
    expect([...visibleElements(g, f({ sectors: ['prevention'] })).nodes]).toEqual(['b']);
    expect(actorPasses(actor('x'), f({ sectors: ['soins'] }))).toBe(false);
    expect(visibleElements(g, f({ types: [] })).nodes.size).toBe(0);
  });

  it('combines filters and keeps only links between two kept actors', () => {
    const g = smallGraph();
    const v = visibleElements(g, f({ schemes: ['CLS', 'ASV'], sectors: ['social', 'soins'] }));
    expect([...v.nodes].sort()).toEqual(['a', 'b']);
    expect([...v.edges]).toEqual([g.edge('a', 'b')]);
  });

  it('filters the demo territory: the CLSM COPIL has 7 members', () => {
    const g = demoGraph();
    const v = visibleElements(g, f({ body: 'CLSM:copil' }));
    expect(v.nodes.size).toBe(7);
    expect(v.nodes.has('coordination-asv-les-tilleuls')).toBe(false);
    expect(bodiesPresent(g)).toContain('CLS:copil');
  });

  it('lists the bodies present once each, in the order first met', () => {
    const g = buildGraph(
      [
        actor('a', { schemes: { CLS: ['copil'], CLSM: ['pleniere'] } }),
        actor('b', { schemes: { CLS: ['atelier', 'copil', 'atelier'], ASV: [] } }),
        actor('c', { schemes: { CLSM: ['pleniere', 'copil'] } }),
      ],
      [],
    );
    expect(bodiesPresent(g)).toEqual(['CLS:copil', 'CLSM:pleniere', 'CLS:atelier', 'CLSM:copil']);
  });

  it('filters by a free column: listed values ("" for none), or a range of numbers', () => {
    const g = buildGraph(
      [
        actor('a', { attributes: { Département: '17', Lits: '1 250' } }),
        actor('b', { attributes: { Département: '16', Lits: '3,5' } }),
        actor('c', { attributes: { Département: '17', Lits: 'n.c.' } }),
        actor('d'),
      ],
      [],
    );
    const column = (over: Partial<ColumnFilter>): Filters =>
      f({ column: { column: 'Département', values: null, min: null, max: null, ...over } });
    // A column chosen with nothing ticked off keeps everyone.
    expect(isFiltering(column({}))).toBe(false);
    expect(visibleElements(g, column({})).nodes.size).toBe(4);
    expect([...visibleElements(g, column({ values: ['17'] })).nodes]).toEqual(['a', 'c']);
    expect([...visibleElements(g, column({ values: ['16', ''] })).nodes]).toEqual(['b', 'd']);
    const lits = (min: number | null, max: number | null) => [
      ...visibleElements(g, column({ column: 'Lits', min, max })).nodes,
    ];
    expect(lits(3.5, null)).toEqual(['a', 'b']);
    expect(lits(null, 100)).toEqual(['b']);
    expect(lits(4, 1250)).toEqual(['a']);
    expect(isFiltering(column({ min: 0 }))).toBe(true);
  });

  it('filters hostile column names and values as plain text', () => {
    const attributes = Object.create(null) as Record<string, string>;
    attributes['__proto__'] = 'constructor';
    const g = buildGraph([actor('a', { attributes }), actor('b')], []);
    const filters = f({
      column: { column: '__proto__', values: ['constructor'], min: null, max: null },
    });
    expect([...visibleElements(g, filters).nodes]).toEqual(['a']);
    const byConstructor = f({
      column: { column: 'constructor', values: [''], min: null, max: null },
    });
    expect([...visibleElements(g, byConstructor).nodes]).toEqual(['a', 'b']);
  });
});
