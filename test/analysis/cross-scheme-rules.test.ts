import { actor } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import {
  activeRules,
  composeRule,
  CROSS_SCHEME_RULES,
} from '../../src/analysis/cross-scheme-rule-list.ts';
import { checkCrossSchemeRules } from '../../src/analysis/cross-scheme-rules.ts';
import { defaultReference } from '../../src/domain/reference.ts';
import type { Actor } from '../../src/domain/types.ts';
import { buildGraph } from '../../src/model/graph.ts';

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
        label: {
          fr: 'Le coordinateur de l’ASV siège au COPIL du CLSM.',
          en: 'The ASV coordinator sits in the CLSM steering committee (COPIL).',
        },
        status: 'met',
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

describe('rules as data', () => {
  it('lists the domain’s rules with ids, both languages and a default', () => {
    const ids = CROSS_SCHEME_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CROSS_SCHEME_RULES) {
      expect(r.label.fr).not.toBe('');
      expect(r.label.en).not.toBe('');
      expect(r.source?.fr).toBeTruthy();
    }
    expect(activeRules().map((r) => r.id)).toEqual(['asv-coordinator-in-clsm-copil']);
  });

  it('checks the rules switched on, and not those switched off', () => {
    const actors = [
      actor('cls', { schemes: { CLS: ['copil', 'cotech'] } }),
      actor('coord', { schemes: { CLSM: ['coordination'], CLS: ['cotech'] } }),
      actor('hab', { type: 'habitant', schemes: { CLS: ['gt'] } }),
    ];
    const graph = buildGraph(actors, []);
    expect(checkCrossSchemeRules(graph)).toEqual([]);
    const on = checkCrossSchemeRules(graph, {
      switched: { 'clsm-coordinator-in-cls-cotech': true },
      custom: [],
    });
    expect(on.map((r) => [r.rule, r.status])).toEqual([['clsm-coordinator-in-cls-cotech', 'met']]);
    const switched = checkCrossSchemeRules(graph, {
      switched: { 'residents-in-cls-copil': true, 'clsm-coordinator-in-cls-cotech': false },
      custom: [],
    });
    expect(switched.map((r) => [r.rule, r.status, r.actors])).toEqual([
      ['residents-in-cls-copil', 'unmet', ['hab']],
    ]);
    expect(switched[0]!.message.en).toBe(
      'Not met: Residents or users sit in the CLS steering committee (COPIL).',
    );
  });

  it('composes a rule from menus and checks it with the same function', () => {
    const ref = defaultReference();
    const rule = composeRule({ types: ['ars'] }, { scheme: 'CLSM', body: 'copil' }, ref);
    expect(rule.id).toMatch(/^user-/);
    expect(rule.label.fr).toContain('ARS');
    expect(rule.label.fr).toContain('CLSM');
    const graph = buildGraph(
      [
        actor('ars', { type: 'ars', schemes: { CLSM: ['copil'] } }),
        actor('x', { schemes: { CLSM: [] } }),
      ],
      [],
    );
    const results = checkCrossSchemeRules(graph, { switched: {}, custom: [rule] });
    expect(results.find((r) => r.rule === rule.id)).toMatchObject({
      status: 'met',
      actors: ['ars'],
    });
    const off = checkCrossSchemeRules(graph, { switched: { [rule.id]: false }, custom: [rule] });
    expect(off.some((r) => r.rule === rule.id)).toBe(false);
    const nobody = checkCrossSchemeRules(buildGraph([actor('x', { schemes: { CLSM: [] } })], []), {
      switched: {},
      custom: [rule],
    });
    expect(nobody.find((r) => r.rule === rule.id)?.status).toBe('unknown');
  });
});
