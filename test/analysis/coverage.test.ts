import { actor } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/analysis/coverage.ts';
import type { ReferenceData } from '../../src/domain/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { reference } from './fixtures.ts';

function withRules(): ReferenceData {
  const ref = reference();
  ref.expected = [
    {
      scheme: 'CLS',
      body: 'copil',
      rules: [
        { level: 'required', kind: 'type', anyOf: ['ars'] },
        { level: 'required', kind: 'type', anyOf: ['collectivite'] },
        {
          level: 'recommended',
          kind: 'type',
          anyOf: ['habitant', 'association'],
          note: { fr: 'art. L.1434-10', en: 'art. L.1434-10' },
        },
        { level: 'recommended', kind: 'sector', anyOf: ['logement'] },
      ],
    },
    {
      scheme: 'CLS',
      body: 'coordination',
      rules: [{ level: 'required', kind: 'type', anyOf: ['collectivite'] }],
    },
    {
      scheme: 'CLSM',
      body: 'pleniere',
      rules: [
        { level: 'required', kind: 'type', anyOf: ['collectivite'] },
        { level: 'required', kind: 'sector', anyOf: ['sante-mentale'] },
        { level: 'required', kind: 'type', anyOf: ['habitant', 'association'] },
        { level: 'recommended', kind: 'type', anyOf: ['bailleur'] },
      ],
    },
    {
      scheme: 'CLSM',
      body: 'copil',
      rules: [
        { level: 'required', kind: 'type', anyOf: ['collectivite'] },
        { level: 'required', kind: 'type', anyOf: ['etablissement-sante'] },
        { level: 'recommended', kind: 'sector', anyOf: ['citoyennete', 'logement'] },
      ],
    },
    {
      scheme: 'ASV',
      body: 'ensemble',
      rules: [
        { level: 'required', kind: 'type', anyOf: ['collectivite'] },
        { level: 'required', kind: 'type', anyOf: ['etat'] },
        { level: 'required', kind: 'type', anyOf: ['habitant'] },
      ],
    },
  ];
  return ref;
}

/** Six actors of a small territory, with gaps known by hand. */
const inventory = [
  actor('mairie', {
    type: 'collectivite',
    sectors: ['social'],
    schemes: { CLS: ['copil', 'cotech'], CLSM: ['pleniere', 'copil'] },
  }),
  actor('ars', { type: 'ars', sectors: ['soins'], schemes: { CLS: ['copil'] } }),
  actor('ch', {
    type: 'etablissement-sante',
    sectors: ['soins', 'sante-mentale'],
    schemes: { CLS: ['gt'], CLSM: ['pleniere'] },
  }),
  actor('gem', {
    type: 'association',
    sectors: ['sante-mentale', 'citoyennete'],
    schemes: { CLSM: ['pleniere'] },
  }),
  actor('oph', {
    type: 'bailleur',
    sectors: ['logement'],
    schemes: { CLS: [], CLSM: ['gt'] },
    groups: { CLSM: ['Logement'] },
  }),
  actor('mjc', { type: 'autre', sectors: ['jeunesse'], schemes: { CLS: ['comite-jeunes'] } }),
];
const graph = buildGraph(inventory, []);

describe('coverage', () => {
  const coverage = computeCoverage(graph, withRules());

  it('reports the schemes present, bodies in reference order, custom bodies, then the whole scheme', () => {
    expect(Object.keys(coverage)).toEqual(['CLS', 'CLSM']);
    expect(Object.keys(coverage.CLS ?? {})).toEqual([
      'copil',
      'cotech',
      'gt',
      'coordination',
      'comite-jeunes',
      'ensemble',
    ]);
    expect(Object.keys(coverage.CLSM ?? {})).toEqual(['pleniere', 'copil', 'gt', 'ensemble']);
    expect(coverage.CLS?.['comite-jeunes']?.custom).toBe(true);
    expect(coverage.CLS?.copil?.custom).toBe(false);
  });

  it('CLS COPIL: signatories present, residents and housing only recommended', () => {
    expect(coverage.CLS?.copil).toEqual({
      actors: ['mairie', 'ars'],
      sectors: { soins: ['ars'], social: ['mairie'] },
      types: { collectivite: ['mairie'], ars: ['ars'] },
      missingSectors: [],
      missingTypes: [],
      recommendedMissingSectors: ['logement'],
      recommendedMissingTypes: ['habitant', 'association'],
      gaps: [
        {
          level: 'recommended',
          kind: 'type',
          anyOf: ['habitant', 'association'],
          note: { fr: 'art. L.1434-10', en: 'art. L.1434-10' },
        },
        { level: 'recommended', kind: 'sector', anyOf: ['logement'] },
      ],
      custom: false,
    });
  });

  it('members of a body in actor order, each once even when the inventory names the body twice', () => {
    const twice = buildGraph(
      [
        actor('b', { schemes: { CLS: ['gt', 'copil', 'gt'] } }),
        actor('a', { schemes: { CLS: ['copil'] } }),
        actor('c', { schemes: { CLS: ['gt'] } }),
      ],
      [],
    );
    const cls = computeCoverage(twice, withRules()).CLS;
    expect(cls?.gt?.actors).toEqual(['b', 'c']);
    expect(cls?.copil?.actors).toEqual(['b', 'a']);
    expect(cls?.ensemble?.actors).toEqual(['b', 'a', 'c']);
  });

  it('an expected body without members has all its rules unmet', () => {
    expect(coverage.CLS?.coordination?.actors).toEqual([]);
    expect(coverage.CLS?.coordination?.missingTypes).toEqual(['collectivite']);
  });

  it('CLSM plenary complete but for the recommended social landlord', () => {
    const pleniere = coverage.CLSM?.pleniere;
    expect(pleniere?.actors).toEqual(['mairie', 'ch', 'gem']);
    expect(pleniere?.sectors).toEqual({
      soins: ['ch'],
      'sante-mentale': ['ch', 'gem'],
      social: ['mairie'],
      citoyennete: ['gem'],
    });
    expect(pleniere?.missingTypes).toEqual([]);
    expect(pleniere?.missingSectors).toEqual([]);
    expect(pleniere?.recommendedMissingTypes).toEqual(['bailleur']);
  });

  it('CLSM COPIL lacks the psychiatry sector head (required) and users (recommended)', () => {
    const copil = coverage.CLSM?.copil;
    expect(copil?.missingTypes).toEqual(['etablissement-sante']);
    expect(copil?.recommendedMissingSectors).toEqual(['citoyennete', 'logement']);
    expect(copil?.gaps.map((g) => g.level)).toEqual(['required', 'recommended']);
  });

  it('the whole scheme holds every member, plain members and unknown sectors included', () => {
    const all = coverage.CLS?.ensemble;
    expect(all?.actors).toEqual(['mairie', 'ars', 'ch', 'oph', 'mjc']);
    expect(Object.keys(all?.sectors ?? {})).toEqual([
      'soins',
      'sante-mentale',
      'social',
      'logement',
      'jeunesse',
    ]);
    expect(all?.types.autre).toEqual(['mjc']);
    expect(all?.gaps).toEqual([]);
  });

  it('reports an absent scheme with expectations only on request', () => {
    const withAbsent = computeCoverage(graph, withRules(), { includeAbsentSchemes: true });
    expect(Object.keys(withAbsent)).toEqual(['CLS', 'CLSM', 'ASV']);
    expect(withAbsent.ASV).toEqual({
      ensemble: expect.objectContaining({
        actors: [],
        missingTypes: ['collectivite', 'etat', 'habitant'],
        custom: false,
      }),
    });
  });
});
