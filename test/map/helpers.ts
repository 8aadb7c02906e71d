// A small graph for the map adapter's and the app's tests, built through the test factory.
import type { MaillageGraph } from '../../src/model/graph.ts';
import { actor, graphOf, link } from '../factory.ts';

/** a — b — c, c — d (bridge c–d), e isolated. */
export function smallGraph(): MaillageGraph {
  return graphOf(
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
