import { actor, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { crossSchemeLinks, schemeCombinations } from '../../src/analysis/articulation.ts';
import {
  crossSchemeGroups,
  multiSchemeActors,
  upsetChart,
} from '../../src/analysis/scheme-overlap.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { reference } from './fixtures.ts';

const ref = reference();

// a {CLS, CLSM}   b {CLS, CLSM}   c {ASV}   d {ASV}   e {CLS}   f {CLS, ASV}   g {}   h {X}
// Links: a–c and b–c (no scheme in common), c–d (ASV), a–e (CLS), f–e (CLS), e–h (X unknown
// to the reference, no common scheme with e).
const graph = () =>
  buildGraph(
    [
      actor('a', { schemes: { CLSM: ['copil'], CLS: ['copil'] } }),
      actor('b', { schemes: { CLS: [], CLSM: [] } }),
      actor('c', { schemes: { ASV: ['coordination'] } }),
      actor('d', { schemes: { ASV: [] } }),
      actor('e', { schemes: { CLS: ['gt'] } }),
      actor('f', { schemes: { ASV: [], CLS: [] } }),
      actor('g'),
      actor('h', { schemes: { X: [] } }),
    ],
    [
      link('a', 'c'),
      link('b', 'c'),
      link('c', 'd'),
      link('a', 'e'),
      link('f', 'e'),
      link('e', 'h'),
    ],
  );

describe('UpSet chart', () => {
  // Rows: largest first, then fewer schemes, then scheme order (articulation.ts).
  it('columns in reference order, totals per scheme, rows as the analysis orders them', () => {
    const g = graph();
    const chart = upsetChart(schemeCombinations(g, ref), g.order, ref);
    expect(chart.schemes).toEqual(['CLS', 'CLSM', 'ASV', 'X']);
    expect(chart.totals).toEqual([4, 2, 3, 1]);
    expect(chart.rows.map((r) => [r.schemes.join('+'), r.actors])).toEqual([
      ['ASV', ['c', 'd']],
      ['CLS+CLSM', ['a', 'b']],
      ['CLS', ['e']],
      ['X', ['h']],
      ['CLS+ASV', ['f']],
    ]);
    expect(chart.rows[1]?.member).toEqual([true, true, false, false]);
    expect(chart.rows[4]?.member).toEqual([true, false, true, false]);
    expect(chart.max).toBe(2);
    expect(chart.outside).toBe(1);
  });

  it('an inventory without schemes has no column and no row', () => {
    const g = buildGraph([actor('a'), actor('b')], []);
    expect(upsetChart(schemeCombinations(g, ref), g.order, ref)).toEqual({
      schemes: [],
      totals: [],
      rows: [],
      max: 0,
      outside: 2,
    });
  });
});

describe('actors in two schemes or more', () => {
  it('most schemes first, then actor order, schemes in reference order', () => {
    const g = buildGraph(
      [
        actor('a', { schemes: { CLSM: [], CLS: [] } }),
        actor('b', { schemes: { CLS: [] } }),
        actor('c', { schemes: { ASV: [], CLSM: [], CLS: [] } }),
        actor('d', { schemes: { ASV: [], CLS: [] } }),
      ],
      [],
    );
    expect(multiSchemeActors(g, ref)).toEqual([
      { id: 'c', schemes: ['CLS', 'CLSM', 'ASV'] },
      { id: 'a', schemes: ['CLS', 'CLSM'] },
      { id: 'd', schemes: ['CLS', 'ASV'] },
    ]);
  });
});

describe('links between members of different schemes', () => {
  it('lists the links counted by crossSchemeLinks, pair by pair, in the same order', () => {
    const g = graph();
    const groups = crossSchemeGroups(g, ref);
    expect(groups).toEqual([
      {
        schemes: ['CLS', 'ASV'],
        links: [
          ['a', 'c'],
          ['b', 'c'],
        ],
        actors: ['a', 'b', 'c'],
      },
      {
        schemes: ['CLSM', 'ASV'],
        links: [
          ['a', 'c'],
          ['b', 'c'],
        ],
        actors: ['a', 'b', 'c'],
      },
      { schemes: ['CLS', 'X'], links: [['e', 'h']], actors: ['e', 'h'] },
    ]);
    const counts = crossSchemeLinks(g, ref).counts;
    expect(groups.map((x) => [x.schemes, x.links.length])).toEqual(
      counts.map((c) => [c.schemes, c.count]),
    );
  });
});
