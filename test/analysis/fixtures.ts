// Small inline inventories and reference data for the analysis tests, so that they do
// not depend on data/*.json.
import Graph from 'graphology';
import type { Actor, Link, ReferenceData } from '../../src/domain/types.ts';
import { buildGraph, type MaillageGraph } from '../../src/model/graph.ts';

export function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return {
    id,
    name: fields.name ?? id.toUpperCase(),
    type: 'autre',
    sectors: [],
    schemes: {},
    groups: {},
    attributes: {},
    files: ['acteurs.csv'],
    sources: [],
    ...fields,
  };
}

export function link(source: string, target: string, fields: Partial<Link> = {}): Link {
  return {
    source,
    target,
    types: [],
    schemes: [],
    directed: false,
    attributes: {},
    files: ['liens.csv'],
    sources: [],
    ...fields,
  };
}

/** Actors named by ids, linked by "a-b" pairs. */
export function graphOf(ids: string[], pairs: string[]): MaillageGraph {
  return buildGraph(
    ids.map((id) => actor(id)),
    pairs.map((p) => {
      const [a, b] = p.split('-') as [string, string];
      return link(a, b);
    }),
  );
}

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
