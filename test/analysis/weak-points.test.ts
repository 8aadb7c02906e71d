import { graphOf } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { cutPoints } from '../../src/analysis/articulation.ts';
import {
  bridgeCuts,
  bridgeSentence,
  listNames,
  strandedSentence,
  withdrawalSentence,
} from '../../src/analysis/weak-points.ts';

describe('what each bridge cuts off', () => {
  it('path a–b–c–d–e: the smaller side, the target side on a tie, largest first', () => {
    const g = graphOf(['a', 'b', 'c', 'd', 'e'], ['a-b', 'b-c', 'c-d', 'd-e']);
    const { bridges } = cutPoints(g);
    expect(bridgeCuts(g, bridges)).toEqual([
      { source: 'b', target: 'c', cutOff: ['a', 'b'] },
      { source: 'c', target: 'd', cutOff: ['d', 'e'] },
      { source: 'a', target: 'b', cutOff: ['a'] },
      { source: 'd', target: 'e', cutOff: ['e'] },
    ]);
  });

  it('two triangles joined by one link: the link cuts off the smaller triangle', () => {
    // a b c form a triangle with a tail c–x; x–y–z another triangle with w hanging on z.
    const g = graphOf(
      ['a', 'b', 'c', 'x', 'y', 'z', 'w'],
      ['a-b', 'b-c', 'a-c', 'c-x', 'x-y', 'y-z', 'x-z', 'z-w'],
    );
    const { bridges } = cutPoints(g);
    expect(bridgeCuts(g, bridges)).toEqual([
      { source: 'c', target: 'x', cutOff: ['a', 'b', 'c'] },
      { source: 'z', target: 'w', cutOff: ['w'] },
    ]);
  });

  it('a two-actor group: its one link cuts off its target', () => {
    const g = graphOf(['a', 'b', 'c', 'd', 'e'], ['a-b', 'b-c', 'a-c', 'd-e']);
    expect(bridgeCuts(g, [['d', 'e']])).toEqual([{ source: 'd', target: 'e', cutOff: ['e'] }]);
  });
});

describe('sentences', () => {
  it('withdrawal, singular and plural', () => {
    expect(withdrawalSentence('Coordination ASV', 7)).toEqual({
      fr: 'Si « Coordination ASV » se retire, 7 acteurs sont coupés du reste du réseau.',
      en: 'If “Coordination ASV” withdraws, 7 actors are cut off from the rest of the network.',
    });
    expect(withdrawalSentence('X', 1).fr).toBe(
      'Si « X » se retire, 1 acteur est coupé du reste du réseau.',
    );
    expect(withdrawalSentence('X', 1).en).toBe(
      'If “X” withdraws, 1 actor is cut off from the rest of the network.',
    );
  });

  it('who is cut off during a "what if"', () => {
    expect(strandedSentence('ASV', ['A', 'B', 'C'])).toEqual({
      fr: 'Sans « ASV », ces 3 acteurs sont coupés du reste du réseau : A, B et C.',
      en: 'Without “ASV”, these 3 actors are cut off from the rest of the network: A, B and C.',
    });
    expect(strandedSentence('ASV', ['A']).fr).toBe(
      'Sans « ASV », cet acteur est coupé du reste du réseau : A.',
    );
    expect(strandedSentence('ASV', []).fr).toBe('Sans « ASV », le reste du réseau reste relié.');
  });

  it('bridge', () => {
    expect(bridgeSentence('A', 'B', ['B', 'C'])).toEqual({
      fr: 'Le lien entre « A » et « B » est le seul chemin entre deux parties du réseau : sans lui, 2 acteurs sont coupés du reste (B et C).',
      en: 'The link between “A” and “B” is the only path between two parts of the network: without it, 2 actors are cut off from the rest (B and C).',
    });
  });

  it('lists of names, long ones shortened', () => {
    expect(listNames([])).toEqual({ fr: '', en: '' });
    expect(listNames(['A'])).toEqual({ fr: 'A', en: 'A' });
    expect(listNames(['A', 'B'])).toEqual({ fr: 'A et B', en: 'A and B' });
    expect(listNames(['A', 'B', 'C', 'D'], 2)).toEqual({
      fr: 'A, B et 2 autres',
      en: 'A, B and 2 others',
    });
    expect(listNames(['A', 'B', 'C'], 2).fr).toBe('A, B et 1 autre');
  });
});
