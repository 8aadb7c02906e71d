import { describe, expect, it } from 'vitest';
import { DEFAULT_ENCODINGS, type MapMetrics } from '../../src/map/types.ts';
import { groupingOf } from '../../src/map/groups.ts';
import { actor, graphOf } from '../factory.ts';
import { smallGraph } from './helpers.ts';

/** The key of each actor's group under a grouping. */
const keysOf = (g: ReturnType<typeof groupingOf>) =>
  g ? Array.from(g.groups, (i) => g.keys[i]) : null;

describe('groups of a grouped layout', () => {
  const graph = smallGraph();
  const ids = graph.nodes();

  it('has none for the force layout, or a free column not named', () => {
    expect(groupingOf(graph, ids, DEFAULT_ENCODINGS, null)).toBeNull();
    expect(groupingOf(graph, ids, { ...DEFAULT_ENCODINGS, layoutBy: 'force' }, null)).toBeNull();
    expect(groupingOf(graph, ids, { ...DEFAULT_ENCODINGS, layoutBy: 'column' }, null)).toBeNull();
  });

  it('groups by type and by scheme combination, as the actors say', () => {
    const byType = groupingOf(graph, ids, { ...DEFAULT_ENCODINGS, layoutBy: 'type' }, null);
    expect(keysOf(byType)).toEqual(ids.map((id) => graph.getNodeAttribute(id, 'type')));
    const byScheme = groupingOf(graph, ids, { ...DEFAULT_ENCODINGS, layoutBy: 'scheme' }, null);
    expect(keysOf(byScheme)).toEqual(['CLS', 'CLS+CLSM', 'ASV', 'other', 'none']);
  });

  it('groups by territory and by a free column, biggest group first, "not given" as one', () => {
    const g = graphOf([
      actor('a', { territory: 'Nord', attributes: { Quartier: 'QPV' } }),
      actor('b', { territory: ' Nord ', attributes: { Quartier: 'QPV' } }),
      actor('c', { territory: 'Sud' }),
      actor('d', {}),
    ]);
    const gIds = g.nodes();
    const territory = groupingOf(g, gIds, { ...DEFAULT_ENCODINGS, layoutBy: 'territory' }, null);
    expect(keysOf(territory)).toEqual(['Nord', 'Nord', 'Sud', '']);
    expect(territory?.keys[0]).toBe('Nord');
    const column = groupingOf(
      g,
      gIds,
      { ...DEFAULT_ENCODINGS, layoutBy: 'column', layoutColumn: 'Quartier' },
      null,
    );
    expect(keysOf(column)).toEqual(['=QPV', '=QPV', '', '']);
  });

  it('groups by community, the small communities together', () => {
    const metrics = {
      nodes: Object.fromEntries(ids.map((id, i) => [id, { community: [0, 0, 1, 12, 15][i] }])),
    } as unknown as MapMetrics;
    const byCommunity = groupingOf(
      graph,
      ids,
      { ...DEFAULT_ENCODINGS, layoutBy: 'community' },
      metrics,
    );
    expect(keysOf(byCommunity)).toEqual(['0', '0', '1', 'other', 'other']);
    expect(
      keysOf(groupingOf(graph, ids, { ...DEFAULT_ENCODINGS, layoutBy: 'community' }, null)),
    ).toEqual(['', '', '', '', '']);
  });
});
