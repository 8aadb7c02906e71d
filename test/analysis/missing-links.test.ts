import { actor, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import {
  findMissingLinks,
  otherComponents,
  sectorMatrix,
  sectorPairsWithoutLink,
} from '../../src/analysis/missing-links.ts';
import { joinReasons, suggestLinks } from '../../src/analysis/suggestions.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { reference } from './fixtures.ts';

const actors = [
  actor('a', { sectors: ['soins'], schemes: { CLS: ['copil'] } }),
  actor('b', { sectors: ['social'], schemes: { CLSM: ['gt'] }, groups: { CLSM: ['Logement'] } }),
  actor('c', { sectors: ['logement'], schemes: { CLSM: ['gt'] }, groups: { CLSM: ['logement '] } }),
  actor('d', { sectors: ['soins', 'social'], schemes: { CLS: ['copil'] } }),
  actor('e', { sectors: ['education'], schemes: { ASV: ['copil'] }, territory: 'Quartier Nord' }),
  actor('f', { sectors: ['logement'] }),
  actor('g', { sectors: ['sport'] }),
  actor('h', { sectors: ['culture'], schemes: { ASV: ['copil'] }, territory: 'quartier nord' }),
];
const graph = buildGraph(actors, [
  link('a', 'b'),
  link('a', 'c'),
  link('b', 'd'),
  link('c', 'd'),
  link('d', 'e'),
  link('f', 'g'),
]);
const ref = reference();

describe('missing links', () => {
  it('lists isolated actors and the groups cut off from the main one', () => {
    const result = findMissingLinks(graph, ref);
    expect(result.isolated).toEqual(['h']);
    expect(result.components).toEqual([['f', 'g']]);
  });

  it('other components: size ≥ 2 after the largest', () => {
    expect(otherComponents([['a', 'b', 'c'], ['d', 'e'], ['f'], ['g', 'h']])).toEqual([
      ['d', 'e'],
      ['g', 'h'],
    ]);
    expect(otherComponents([['a'], ['b']])).toEqual([]);
  });

  it('counts links per pair of sectors, each link once per cell', () => {
    expect(sectorMatrix(graph, ref)).toEqual({
      sectors: ['soins', 'social', 'logement', 'education', 'sport', 'culture'],
      counts: [
        [0, 2, 2, 1, 0, 0],
        [2, 1, 1, 1, 0, 0],
        [2, 1, 0, 0, 1, 0],
        [1, 1, 0, 0, 0, 0],
        [0, 0, 1, 0, 0, 0],
        [0, 0, 0, 0, 0, 0],
      ],
    });
  });

  it('lists the pairs of present sectors that no link joins', () => {
    expect(sectorPairsWithoutLink(sectorMatrix(graph, ref))).toEqual([
      ['soins', 'sport'],
      ['soins', 'culture'],
      ['social', 'sport'],
      ['social', 'culture'],
      ['logement', 'education'],
      ['logement', 'culture'],
      ['education', 'sport'],
      ['education', 'culture'],
      ['sport', 'culture'],
    ]);
  });

  it('an actor holding two sectors does not link them', () => {
    const alone = buildGraph([actor('x', { sectors: ['soins', 'social'] })], []);
    expect(sectorPairsWithoutLink(sectorMatrix(alone, ref))).toEqual([['soins', 'social']]);
  });
});

describe('suggested links', () => {
  it('ranks pairs by Adamic–Adar plus shared bodies, groups and territory, with reasons', () => {
    const suggested = suggestLinks(graph, ref);
    expect(suggested.map((s) => [s.source, s.target])).toEqual([
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'e'],
      ['c', 'e'],
      ['e', 'h'],
    ]);
    const [ad, bc, be, ce, eh] = suggested;
    expect(ad?.score).toBeCloseTo(2 / Math.log(2) + 0.5, 12);
    expect(bc?.score).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(3) + 1, 12);
    expect(be?.score).toBeCloseTo(1 / Math.log(3), 12);
    expect(ce?.score).toBe(be?.score);
    expect(eh?.score).toBeCloseTo(0.75, 12);
    expect(ad?.reasons).toEqual([
      { fr: '2 partenaires en commun', en: '2 common partners' },
      {
        fr: 'tous deux dans l’instance « Comité de pilotage » du CLS',
        en: 'both in the CLS body “Steering committee”',
      },
    ]);
    expect(joinReasons(bc?.reasons ?? [])).toEqual({
      fr: '2 partenaires en commun ; tous deux au GT Logement du CLSM',
      en: '2 common partners; both in the CLSM Logement working group',
    });
    expect(be?.reasons).toEqual([{ fr: '1 partenaire en commun', en: '1 common partner' }]);
    expect(eh?.reasons).toEqual([
      {
        fr: 'tous deux dans l’instance « Comité de pilotage » de l’ASV',
        en: 'both in the ASV body “Steering committee”',
      },
      { fr: 'même territoire : Quartier Nord', en: 'same territory: Quartier Nord' },
    ]);
  });

  it('keeps the best `limit`', () => {
    expect(suggestLinks(graph, ref, 2).map((s) => s.source + s.target)).toEqual(['ad', 'bc']);
    expect(suggestLinks(graph, ref, 0)).toEqual([]);
  });

  it('does not pair all the partners of a hub, but scores the hub in exact pairs', () => {
    const leaves = Array.from({ length: 1200 }, (_, i) => `l${i}`);
    const hub = buildGraph(
      [
        actor('hub'),
        ...leaves.map((id, i) => actor(id, i < 2 ? { schemes: { CLS: ['cotech'] } } : {})),
      ],
      leaves.map((id) => link('hub', id)),
    );
    const suggested = suggestLinks(hub, ref);
    expect(suggested).toEqual([
      {
        source: 'l0',
        target: 'l1',
        score: 1 / Math.log(1200) + 0.5,
        reasons: [
          { fr: '1 partenaire en commun', en: '1 common partner' },
          {
            fr: 'tous deux dans l’instance « Comité technique » du CLS',
            en: 'both in the CLS body “Technical committee”',
          },
        ],
      },
    ]);
  });

  it('never suggests a pair already linked', () => {
    const suggested = suggestLinks(graph, ref, 100);
    for (const s of suggested) expect(graph.hasEdge(s.source, s.target)).toBe(false);
  });
});
