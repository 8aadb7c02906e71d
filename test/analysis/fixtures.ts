// Small inline inventories and reference data for the analysis tests, so that they do
// not depend on data/*.json.
import Graph from 'graphology';
import type { Actor, Link, ReferenceData } from '../../src/domain/types.ts';
import { actor, link } from '../factory.ts';

const entry = (id: string, fr: string, en = fr) => ({ id, label: { fr, en }, synonyms: [] });

export function reference(): ReferenceData {
  const bodies = {
    copil: entry('copil', 'Comité de pilotage', 'Steering committee'),
    cotech: entry('cotech', 'Comité technique', 'Technical committee'),
    gt: entry('gt', 'Groupe de travail', 'Working group'),
    coordination: entry('coordination', 'Coordination'),
    pleniere: entry('pleniere', 'Assemblée plénière', 'Plenary assembly'),
  };
  const scheme = (id: string, bodyIds: (keyof typeof bodies)[]) => ({
    ...entry(id, id),
    longLabel: { fr: id, en: id },
    core: true,
    bodies: bodyIds.map((b) => bodies[b]),
  });
  return {
    schemes: [
      scheme('CLS', ['copil', 'cotech', 'gt', 'coordination']),
      scheme('CLSM', ['pleniere', 'copil', 'gt', 'coordination']),
      scheme('ASV', ['copil', 'gt', 'coordination']),
    ],
    actorTypes: [
      'collectivite',
      'etat',
      'ars',
      'etablissement-sante',
      'association',
      'bailleur',
      'habitant',
      'autre',
    ].map((id) => entry(id, id)),
    sectors: [
      'soins',
      'sante-mentale',
      'social',
      'logement',
      'education',
      'sport',
      'culture',
      'citoyennete',
    ].map((id) => ({ ...entry(id, id), layer: 'conditions' })),
    sectorLayers: [
      { id: 'conditions', label: { fr: 'Conditions de vie', en: 'Living conditions' } },
    ],
    expected: [],
  };
}

/** A plain graphology graph over nodes 0..n−1, for comparisons with graphology-metrics. */
export function plainGraph(n: number, edges: readonly (readonly [number, number])[]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [a, b] of edges) {
    if (a !== b && !g.hasEdge(String(a), String(b))) g.addEdge(String(a), String(b));
  }
  return g;
}

/** Zachary's karate club, 1-based as published: node → its higher-numbered partners. */
const KARATE: Record<number, number[]> = {
  1: [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32],
  2: [3, 4, 8, 14, 18, 20, 22, 31],
  3: [4, 8, 9, 10, 14, 28, 29, 33],
  4: [8, 13, 14],
  5: [7, 11],
  6: [7, 11, 17],
  7: [17],
  9: [31, 33, 34],
  10: [34],
  14: [34],
  15: [33, 34],
  16: [33, 34],
  19: [33, 34],
  20: [34],
  21: [33, 34],
  23: [33, 34],
  24: [26, 28, 30, 33, 34],
  25: [26, 28, 32],
  26: [32],
  27: [30, 34],
  28: [34],
  29: [32, 34],
  30: [33, 34],
  31: [33, 34],
  32: [33, 34],
  33: [34],
};

/** The 78 edges, 0-based. */
export const KARATE_EDGES: [number, number][] = Object.entries(KARATE).flatMap(([a, list]) =>
  list.map((b): [number, number] => [Number(a) - 1, b - 1]),
);

/**
 * Two versions of one territory whose differences are known by construction (the same story
 * as test/fixtures/compare/): the Mission locale left (and with it the only partner of the
 * Collège), the CCAS was renamed (same SIRET) and works on housing, the Ville joined the
 * COTECH, a social landlord and a residents' council joined, the Clinique found partners.
 */
export function versionPair(): Record<'before' | 'after', { actors: Actor[]; links: Link[] }> {
  const ville = (cotech: boolean) =>
    actor('ville', {
      name: 'Ville de Rochebrune',
      type: 'collectivite',
      sectors: ['soins', 'social'],
      schemes: { CLS: cotech ? ['copil', 'coordination', 'cotech'] : ['copil', 'coordination'] },
      siret: '21240123400011',
      role: 'Porteur du CLS',
    });
  const shared = [
    actor('ars', {
      name: 'Délégation de l’ARS',
      type: 'ars',
      sectors: ['soins'],
      schemes: { CLS: ['copil'], CLSM: ['copil'] },
    }),
    actor('ch', {
      name: 'Centre hospitalier',
      type: 'etablissement-sante',
      sectors: ['soins', 'sante-mentale'],
      schemes: { CLS: ['copil'] },
      finess: '240000117',
    }),
    actor('clinique', {
      name: 'Clinique du Parc',
      type: 'etablissement-sante',
      sectors: ['soins'],
      schemes: { CLS: ['gt'] },
      finess: '240000224',
    }),
    actor('fil', {
      name: 'Association Le Fil',
      type: 'association',
      sectors: ['sante-mentale'],
      schemes: { CLS: ['gt'] },
    }),
    actor('college', {
      name: 'Collège Jean Moulin',
      type: 'education',
      sectors: ['education'],
      schemes: { CLS: ['cotech'] },
    }),
  ];
  const before = {
    actors: [
      ville(false),
      actor('ccas', {
        name: 'CCAS Rochebrune',
        type: 'collectivite',
        sectors: ['social'],
        schemes: { CLS: ['cotech'] },
        siret: '26240456700018',
      }),
      actor('mission-locale', {
        name: 'Mission locale',
        type: 'autre',
        sectors: ['education'],
        schemes: { CLS: ['cotech'] },
      }),
      ...shared,
    ],
    links: [
      link('ville', 'ars', { types: ['convention'], strength: 3, schemes: ['CLS'] }),
      link('ville', 'ccas', { types: ['coordination'], strength: 3, schemes: ['CLS'] }),
      link('ville', 'ch', { types: ['convention'], strength: 2, schemes: ['CLS'] }),
      link('ch', 'fil', { types: ['orientation'], strength: 2, schemes: ['CLSM'] }),
      link('ville', 'mission-locale', { types: ['information'], strength: 1, schemes: ['CLS'] }),
      link('mission-locale', 'college', { types: ['orientation'], strength: 1, schemes: ['CLS'] }),
      link('ccas', 'fil', { types: ['orientation'], strength: 1, schemes: ['CLS'] }),
    ],
  };
  const after = {
    actors: [
      ville(true),
      actor('centre-communal', {
        name: 'Centre communal d’action sociale',
        type: 'collectivite',
        sectors: ['social', 'logement'],
        schemes: { CLS: ['cotech'] },
        siret: '262 404 567 00018',
      }),
      ...shared,
      actor('habitat', {
        name: 'Habitat Rochebrune',
        type: 'bailleur',
        sectors: ['logement'],
        schemes: { CLS: ['copil'] },
      }),
      actor('conseil', {
        name: 'Conseil citoyen',
        type: 'habitant',
        sectors: ['citoyennete'],
        schemes: { CLS: ['cotech'] },
      }),
    ],
    links: [
      link('ars', 'ville', { types: ['convention'], strength: 3, schemes: ['CLS', 'CLSM'] }),
      link('ville', 'centre-communal', { types: ['coordination'], strength: 3, schemes: ['CLS'] }),
      link('ville', 'ch', { types: ['convention'], strength: 2, schemes: ['CLS'] }),
      link('ch', 'fil', { types: ['orientation'], strength: 2, schemes: ['CLSM'] }),
      link('centre-communal', 'fil', { types: ['orientation'], strength: 1, schemes: ['CLS'] }),
      link('fil', 'centre-communal', { types: ['coordination'], strength: 2, schemes: ['CLS'] }),
      link('clinique', 'ch', { types: ['orientation'], strength: 2, schemes: ['CLS'] }),
      link('clinique', 'ville', { types: ['convention'], strength: 1, schemes: ['CLS'] }),
      link('habitat', 'centre-communal', { types: ['convention'], strength: 2, schemes: ['CLS'] }),
      link('conseil', 'ville', { types: ['information'], strength: 1, schemes: ['CLS'] }),
    ],
  };
  return { before, after };
}
