import { actor } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { coverageOfActors } from '../../src/analysis/coverage.ts';
import {
  combinedRules,
  compositionChanges,
  sameComposition,
  singleLevel,
  withCombinedLevel,
  withSingleLevel,
} from '../../src/analysis/expected-edit.ts';
import { defaultReference } from '../../src/domain/reference.ts';
import type { ExpectedComposition } from '../../src/domain/types.ts';
import { reference } from './fixtures.ts';

const note = { fr: 'art. L.1434-10', en: 'art. L.1434-10' };

function base(): ExpectedComposition[] {
  return [
    {
      scheme: 'CLS',
      body: 'copil',
      rules: [
        { level: 'required', kind: 'type', anyOf: ['ars'], note },
        { level: 'recommended', kind: 'type', anyOf: ['habitant', 'association'] },
        { level: 'recommended', kind: 'sector', anyOf: ['logement'] },
      ],
    },
    {
      scheme: 'ASV',
      body: 'ensemble',
      rules: [{ level: 'required', kind: 'type', anyOf: ['habitant'] }],
    },
  ];
}

describe('singleLevel and combinedRules', () => {
  it('read the single-entry rules and the "any of" rules apart', () => {
    const e = base();
    expect(singleLevel(e, 'CLS', 'copil', 'type', 'ars')).toBe('required');
    expect(singleLevel(e, 'CLS', 'copil', 'sector', 'logement')).toBe('recommended');
    // habitant is only in an "any of" rule in the CLS COPIL.
    expect(singleLevel(e, 'CLS', 'copil', 'type', 'habitant')).toBeNull();
    expect(singleLevel(e, 'ASV', 'ensemble', 'type', 'habitant')).toBe('required');
    expect(singleLevel(e, 'CLS', 'copil', 'type', 'logement')).toBeNull();
    expect(combinedRules(e, 'CLS', 'copil').map((r) => r.anyOf)).toEqual([
      ['habitant', 'association'],
    ]);
    expect(combinedRules(e, 'CLSM', 'copil')).toEqual([]);
  });
});

describe('withSingleLevel', () => {
  it('changes a rule in place, keeping its note and place, and leaves the input as it was', () => {
    const e = base();
    const before = structuredClone(e);
    const next = withSingleLevel(e, 'CLS', 'copil', 'type', 'ars', 'recommended');
    expect(e).toEqual(before);
    expect(next[0]?.rules[0]).toEqual({
      level: 'recommended',
      kind: 'type',
      anyOf: ['ars'],
      note,
    });
    expect(next[0]?.rules).toHaveLength(3);
    expect(next[1]).toEqual(e[1]);
  });

  it('adds a new rule last, and a new body entry last', () => {
    const e = base();
    const next = withSingleLevel(e, 'CLS', 'copil', 'sector', 'education', 'required');
    expect(next[0]?.rules.at(-1)).toEqual({
      level: 'required',
      kind: 'sector',
      anyOf: ['education'],
    });
    const more = withSingleLevel(next, 'CLSM', 'copil', 'type', 'collectivite', 'required');
    expect(more.at(-1)).toEqual({
      scheme: 'CLSM',
      body: 'copil',
      rules: [{ level: 'required', kind: 'type', anyOf: ['collectivite'] }],
    });
  });

  it('removes a rule, never touches the "any of" rules, and drops an entry left empty', () => {
    const e = base();
    const next = withSingleLevel(e, 'CLS', 'copil', 'type', 'habitant', null);
    expect(next).toEqual(e);
    const gone = withSingleLevel(e, 'ASV', 'ensemble', 'type', 'habitant', null);
    expect(gone).toHaveLength(1);
    expect(gone[0]?.scheme).toBe('CLS');
    // Setting habitant alone in the CLS COPIL adds a rule beside the "any of" one.
    const alone = withSingleLevel(e, 'CLS', 'copil', 'type', 'habitant', 'required');
    expect(alone[0]?.rules.map((r) => [r.level, r.anyOf.join('+')])).toEqual([
      ['required', 'ars'],
      ['recommended', 'habitant+association'],
      ['recommended', 'logement'],
      ['required', 'habitant'],
    ]);
  });

  it('merges duplicate rules and entries of the same body into one', () => {
    const e: ExpectedComposition[] = [
      {
        scheme: 'CLS',
        body: 'copil',
        rules: [{ level: 'recommended', kind: 'type', anyOf: ['x'] }],
      },
      { scheme: 'CLS', body: 'gt', rules: [] },
      { scheme: 'CLS', body: 'copil', rules: [{ level: 'required', kind: 'type', anyOf: ['x'] }] },
    ];
    expect(singleLevel(e, 'CLS', 'copil', 'type', 'x')).toBe('required');
    const next = withSingleLevel(e, 'CLS', 'copil', 'type', 'x', 'recommended');
    expect(next).toEqual([
      {
        scheme: 'CLS',
        body: 'copil',
        rules: [{ level: 'recommended', kind: 'type', anyOf: ['x'] }],
      },
      { scheme: 'CLS', body: 'gt', rules: [] },
    ]);
  });
});

describe('withCombinedLevel', () => {
  it('finds the rule whatever the order of its entries, changes or removes it', () => {
    const e = base();
    const required = withCombinedLevel(
      e,
      'CLS',
      'copil',
      'type',
      ['association', 'habitant'],
      'required',
    );
    expect(required[0]?.rules[1]).toEqual({
      level: 'required',
      kind: 'type',
      anyOf: ['habitant', 'association'],
    });
    const removed = withCombinedLevel(e, 'CLS', 'copil', 'type', ['habitant', 'association'], null);
    expect(removed[0]?.rules.map((r) => r.anyOf.join('+'))).toEqual(['ars', 'logement']);
    // Not the same kind: a new rule.
    const added = withCombinedLevel(
      e,
      'CLS',
      'copil',
      'sector',
      ['habitant', 'association'],
      'recommended',
    );
    expect(added[0]?.rules).toHaveLength(4);
  });
});

describe('compositionChanges and sameComposition', () => {
  it('lists what was changed, added and removed, notes and order aside', () => {
    const e = base();
    let next = withSingleLevel(e, 'CLS', 'copil', 'sector', 'logement', 'required');
    next = withSingleLevel(next, 'ASV', 'ensemble', 'type', 'habitant', null);
    next = withSingleLevel(next, 'CLSM', 'copil', 'type', 'etat', 'recommended');
    expect(compositionChanges(e, next)).toEqual([
      {
        scheme: 'CLS',
        body: 'copil',
        kind: 'sector',
        anyOf: ['logement'],
        from: 'recommended',
        to: 'required',
      },
      {
        scheme: 'ASV',
        body: 'ensemble',
        kind: 'type',
        anyOf: ['habitant'],
        from: 'required',
        to: null,
      },
      {
        scheme: 'CLSM',
        body: 'copil',
        kind: 'type',
        anyOf: ['etat'],
        from: null,
        to: 'recommended',
      },
    ]);
    expect(sameComposition(e, next)).toBe(false);
  });

  it('sees a composition edited back to the reference as the same', () => {
    const e = base();
    let next = withSingleLevel(e, 'CLS', 'copil', 'type', 'ars', null);
    next = withSingleLevel(next, 'CLS', 'copil', 'type', 'ars', 'required');
    // The note is gone and the rule moved last, but it asks for the same.
    expect(next[0]?.rules.at(-1)).toEqual({ level: 'required', kind: 'type', anyOf: ['ars'] });
    expect(sameComposition(e, next)).toBe(true);
    expect(sameComposition(defaultReference().expected, defaultReference().expected)).toBe(true);
  });
});

describe('an edit changes the gaps at once', () => {
  it('turns a recommendation into a gap, and removes a gap', () => {
    const ref = reference();
    ref.expected = base();
    const actors = [
      actor('ars', { type: 'ars', schemes: { CLS: ['copil'] } }),
      actor('centre', { type: 'education', schemes: { ASV: [] } }),
    ];
    const before = coverageOfActors(actors, ref);
    expect(before.CLS?.copil?.missingSectors).toEqual([]);
    expect(before.CLS?.copil?.recommendedMissingSectors).toEqual(['logement']);
    expect(before.ASV?.ensemble?.missingTypes).toEqual(['habitant']);
    let edited = withSingleLevel(ref.expected, 'CLS', 'copil', 'sector', 'logement', 'required');
    edited = withSingleLevel(edited, 'ASV', 'ensemble', 'type', 'habitant', null);
    const after = coverageOfActors(actors, { ...ref, expected: edited });
    expect(after.CLS?.copil?.missingSectors).toEqual(['logement']);
    expect(after.CLS?.copil?.recommendedMissingSectors).toEqual([]);
    expect(after.ASV?.ensemble?.gaps).toEqual([]);
  });
});
