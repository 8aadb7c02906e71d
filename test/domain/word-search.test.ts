import { describe, expect, it } from 'vitest';
import { fold } from '../../src/domain/text.ts';
import {
  matchesWords,
  matchRank,
  queryWords,
  searchByWords,
} from '../../src/domain/word-search.ts';

const NAMES = [
  'Centre communal d’action sociale',
  'Coordination ASV Les Tilleuls',
  'CCAS de Rochebrune',
  'Centre social Les Tilleuls',
  'Pôle de psychiatrie adulte du CH de Rochebrune',
  'Mairie de Rochebrune',
];
const entries = NAMES.map((name) => ({ name, key: fold(name) }));
const found = (query: string, limit = 12) =>
  searchByWords(entries, query, limit).map((e) => e.name);

describe('queryWords', () => {
  it('folds the query and splits it into words', () => {
    expect(queryWords('  CCAS  d’Alpha ')).toEqual(['ccas', 'd', 'alpha']);
    expect(queryWords('Pôle—PSYCHIATRIE')).toEqual(['pole', 'psychiatrie']);
    expect(queryWords(' ;, ')).toEqual([]);
  });
});

describe('searchByWords', () => {
  it('finds words in any order', () => {
    expect(found('CCAS Rochebrune')).toEqual(['CCAS de Rochebrune']);
    expect(found('rochebrune ccas')).toEqual(['CCAS de Rochebrune']);
    expect(found('asv tilleuls')).toEqual(['Coordination ASV Les Tilleuls']);
    expect(found('tilleuls asv')).toEqual(['Coordination ASV Les Tilleuls']);
  });

  it('finds partial words, case and accents ignored', () => {
    expect(found('TILLEUL coord')).toEqual(['Coordination ASV Les Tilleuls']);
    expect(found('pole psy')).toEqual(['Pôle de psychiatrie adulte du CH de Rochebrune']);
    expect(found('PÔLE Psy')).toEqual(found('pole psy'));
    expect(found('chebrune mair')).toEqual(['Mairie de Rochebrune']);
  });

  it('needs every word', () => {
    expect(found('ccas tilleuls')).toEqual([]);
    expect(found('asv rochebrune')).toEqual([]);
  });

  it('lists names starting with the query first, then word starts, then the rest', () => {
    expect(found('centre')).toEqual([
      'Centre communal d’action sociale',
      'Centre social Les Tilleuls',
    ]);
    // Given in another order: the start of the whole name, then a word's start, then inside.
    expect(found('co')).toEqual([
      'Coordination ASV Les Tilleuls',
      'Centre communal d’action sociale',
    ]);
    expect(found('ch')).toEqual([
      'Pôle de psychiatrie adulte du CH de Rochebrune',
      'CCAS de Rochebrune',
      'Mairie de Rochebrune',
    ]);
    expect(found('tilleuls')).toEqual([
      'Coordination ASV Les Tilleuls',
      'Centre social Les Tilleuls',
    ]);
    expect(found('de rochebrune')).toEqual([
      'CCAS de Rochebrune',
      'Pôle de psychiatrie adulte du CH de Rochebrune',
      'Mairie de Rochebrune',
    ]);
    expect(found('mairie')).toEqual(['Mairie de Rochebrune']);
    expect(found('rochebrune mairie')).toEqual(['Mairie de Rochebrune']);
  });

  it('ranks the whole name start before word starts before inner parts', () => {
    const key = fold('Centre social Les Tilleuls');
    expect(matchRank(key, ['centre', 'so'])).toBe(0);
    expect(matchRank(key, ['tilleuls', 'centre'])).toBe(1);
    expect(matchRank(key, ['illeul'])).toBe(2);
    expect(matchRank(key, ['ccas'])).toBeNull();
  });

  it('keeps at most the limit, and matches nothing on an empty query', () => {
    expect(found('e', 2)).toHaveLength(2);
    expect(found('')).toEqual([]);
    expect(found('  - ')).toEqual([]);
    expect(found('e', 0)).toEqual([]);
    expect(matchesWords('abc', [])).toBe(false);
  });
});
