import { actor, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { sectorMatrix } from '../../src/analysis/missing-links.ts';
import {
  actorsOfSectorCell,
  actorsOfSectors,
  pairKey,
  shortLabel,
  toggleKey,
  topSuggestionKeys,
} from '../../src/analysis/sector-links.ts';
import type { Suggestion } from '../../src/analysis/suggestions.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { reference } from './fixtures.ts';

// a (soins) – b (social) – c (social, logement);  d (sport) alone;  e (logement) – f (culture)
const graph = () =>
  buildGraph(
    [
      actor('a', { sectors: ['soins'] }),
      actor('b', { sectors: ['social'] }),
      actor('c', { sectors: ['social', 'logement'] }),
      actor('d', { sectors: ['sport'] }),
      actor('e', { sectors: ['logement'] }),
      actor('f', { sectors: ['culture'] }),
    ],
    [link('a', 'b'), link('b', 'c'), link('e', 'f')],
  );

describe('sector cells', () => {
  it('a cell with links lights the ends of the links that join the two sectors', () => {
    const g = graph();
    expect(actorsOfSectorCell(g, 'soins', 'social')).toEqual(['a', 'b']);
    expect(actorsOfSectorCell(g, 'social', 'soins')).toEqual(['a', 'b']);
    // b–c joins social to social and social to logement.
    expect(actorsOfSectorCell(g, 'social', 'social')).toEqual(['b', 'c']);
    expect(actorsOfSectorCell(g, 'logement', 'culture')).toEqual(['e', 'f']);
  });

  it('an empty cell lights every actor of either sector', () => {
    const g = graph();
    const matrix = sectorMatrix(g, reference());
    const i = matrix.sectors.indexOf('soins');
    const j = matrix.sectors.indexOf('sport');
    expect(matrix.counts[i]?.[j]).toBe(0);
    expect(actorsOfSectorCell(g, 'soins', 'sport')).toEqual(['a', 'd']);
    expect(actorsOfSectors(g, ['logement', 'sport'])).toEqual(['c', 'd', 'e']);
  });

  it('a non-empty cell lights actors consistent with the matrix count', () => {
    const g = graph();
    const matrix = sectorMatrix(g, reference());
    matrix.sectors.forEach((a, i) => {
      matrix.sectors.forEach((b, j) => {
        const lit = actorsOfSectorCell(g, a, b);
        if ((matrix.counts[i]?.[j] ?? 0) > 0) {
          expect(lit.length).toBeGreaterThanOrEqual(2);
          for (const id of lit) {
            const s = g.getNodeAttribute(id, 'sectors');
            expect(s.includes(a) || s.includes(b)).toBe(true);
          }
        } else {
          expect(lit).toEqual(actorsOfSectors(g, [a, b]));
        }
      });
    });
  });
});

describe('suggestion keys', () => {
  const s = (source: string, target: string): Suggestion => ({
    source,
    target,
    score: 1,
    reasons: [],
  });

  it('names a pair as the map does', () => {
    expect(pairKey('a', 'b')).toBe('a|b');
  });

  it('takes the first n, never fewer than none', () => {
    const list = [s('a', 'b'), s('a', 'c'), s('b', 'c')];
    expect(topSuggestionKeys(list, 2)).toEqual(['a|b', 'a|c']);
    expect(topSuggestionKeys(list, 10)).toEqual(['a|b', 'a|c', 'b|c']);
    expect(topSuggestionKeys(list, -1)).toEqual([]);
  });

  it('toggles one key and keeps the others in order', () => {
    expect(toggleKey(['a|b', 'b|c'], 'a|c')).toEqual(['a|b', 'b|c', 'a|c']);
    expect(toggleKey(['a|b', 'a|c', 'b|c'], 'a|c')).toEqual(['a|b', 'b|c']);
  });
});

describe('short sector labels', () => {
  it('keeps the words before a comma, a bracket or "et"/"and"', () => {
    expect(shortLabel('Logement et habitat')).toBe('Logement');
    expect(shortLabel('Action sociale, solidarité, accès aux droits')).toBe('Action sociale');
    expect(shortLabel('Médico-social (personnes âgées, handicap)')).toBe('Médico-social');
    expect(shortLabel('Participation des habitants et vie associative')).toBe(
      'Participation des habitants',
    );
    expect(shortLabel('Prevention and health promotion')).toBe('Prevention');
    expect(shortLabel("Residents' participation and community life")).toBe(
      "Residents' participation",
    );
  });

  it('keeps a label without any cut whole, and never returns nothing', () => {
    expect(shortLabel('Alimentation')).toBe('Alimentation');
    expect(shortLabel('Sécurité')).toBe('Sécurité');
    expect(shortLabel('(sans nom)')).toBe('(sans nom)');
    // "Etat" is a word, not the conjunction.
    expect(shortLabel('Etat civil')).toBe('Etat civil');
  });
});
