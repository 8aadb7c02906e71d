// Small graphs for the map adapter's tests, and the demo territory through the real import.
import { readFileSync } from 'node:fs';
import { defaultReference } from '../../src/domain/reference.ts';
import type { Actor, Link } from '../../src/domain/types.ts';
import { importFiles } from '../../src/import/index.ts';
import { buildGraph, type MaillageGraph } from '../../src/model/graph.ts';

export const ref = defaultReference();

export function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return {
    id,
    name: fields.name ?? id,
    type: 'autre',
    sectors: [],
    schemes: {},
    groups: {},
    attributes: {},
    files: ['test.csv'],
    sources: [{ file: 'test.csv', line: 2 }],
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
    sources: [{ file: 'liens.csv', line: 2 }],
    ...fields,
  };
}

/** a — b — c, c — d (bridge c–d), e isolated. */
export function smallGraph(): MaillageGraph {
  return buildGraph(
    [
      actor('a', { type: 'collectivite', sectors: ['social'], schemes: { CLS: ['copil'] } }),
      actor('b', {
        type: 'ars',
        sectors: ['soins', 'prevention'],
        schemes: { CLS: [], CLSM: ['copil'] },
      }),
      actor('c', { type: 'association', sectors: ['citoyennete'], schemes: { ASV: ['gt'] } }),
      actor('d', { type: 'habitant', schemes: { CV: [] } }),
      actor('e', { type: 'inconnu' }),
    ],
    [
      link('a', 'b', { strength: 3 }),
      link('b', 'c'),
      link('a', 'c', { strength: 2 }),
      link('c', 'd', { directed: true }),
    ],
  );
}

export function demoGraph(): MaillageGraph {
  const read = (name: string) => ({
    name,
    bytes: new Uint8Array(readFileSync(new URL(`../../data/demo/${name}`, import.meta.url))),
  });
  const result = importFiles([read('acteurs.csv'), read('liens.csv')], ref);
  return buildGraph(result.actors, result.links);
}
