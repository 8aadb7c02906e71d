import { describe, expect, it } from 'vitest';
import { checkCrossSchemeRules } from '../../src/analysis/cross-scheme-rules.ts';
import type { Actor } from '../../src/domain/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { actor } from './fixtures.ts';

const check = (actors: Actor[]) => checkCrossSchemeRules(buildGraph(actors, []));
const clsmMayor = actor('mairie', { schemes: { CLSM: ['copil'], ASV: [] } });

describe('ASV coordinator in the CLSM COPIL', () => {
  it('does not apply without an ASV or without a CLSM', () => {
    expect(check([actor('a', { schemes: { CLSM: ['copil'] } })])).toEqual([]);
    expect(check([actor('a', { schemes: { ASV: ['coordination'] } })])).toEqual([]);
  });

  it('holds when the coordinator (ASV body "coordination") sits in the CLSM COPIL', () => {
    const result = check([
      clsmMayor,
      actor('coord', { schemes: { ASV: ['coordination'], CLSM: ['copil', 'pleniere'] } }),
    ]);
    expect(result).toEqual([
      {
        rule: 'asv-coordinator-in-clsm-copil',
        ok: true,
        actors: ['coord'],
        message: {
          fr: 'Le coordinateur de l’ASV siège au COPIL du CLSM.',
          en: 'The ASV coordinator sits in the CLSM steering committee (COPIL).',
        },
      },
    ]);
  });

  it('fails when the coordinator (found by role) is not in the COPIL', () => {
    const result = check([
      clsmMayor,
      actor('coord', { schemes: { ASV: [], CLSM: ['pleniere'] }, role: 'Coordinatrice ASV' }),
      actor('other', { schemes: { ASV: ['copil'] }, role: 'financeur' }),
    ]);
    expect(result[0]?.ok).toBe(false);
    expect(result[0]?.actors).toEqual(['coord']);
    expect(result[0]?.message.en).toBe(
      'The ASV coordinator does not sit in the CLSM steering committee (COPIL).',
    );
  });

  it('fails when no coordinator can be found', () => {
    const result = check([clsmMayor, actor('x', { schemes: { ASV: ['copil'] } })]);
    expect(result[0]?.ok).toBe(false);
    expect(result[0]?.actors).toEqual([]);
    expect(result[0]?.message.fr).toMatch(/^Aucun coordinateur de l’ASV/);
  });
});
