import { describe, expect, it } from 'vitest';
import { initialState, reducer, type AppState } from '../../src/app/state.ts';
import type { Workspace } from '../../src/app/workspace.ts';
import { catalogues } from '../../src/app/i18n.ts';
import type { WorkerMetrics } from '../../src/workers/protocol.ts';
import { smallGraph } from '../map/helpers.ts';

const metrics = (centrality: boolean): WorkerMetrics => ({
  nodes: {},
  bridges: [],
  communities: 0,
  components: 1,
  isolated: 0,
  centrality,
});

function workspace(serial: number): Workspace {
  return {
    serial,
    graph: smallGraph(),
    report: { files: [], issues: [], doubtful: [] },
    metrics: metrics(false),
    positions: null,
    analysis: null,
    demo: false,
    title: 't',
    ms: 1,
  };
}

function withWorkspace(serial = 1): AppState {
  return reducer(initialState, {
    type: 'workspace',
    workspace: workspace(serial),
    openReport: false,
  });
}

describe('app state', () => {
  it('keeps the current map when an import read no actor, and opens the report', () => {
    const before = withWorkspace();
    const report = { files: [], issues: [], doubtful: [] };
    const after = reducer(before, { type: 'empty', report });
    expect(after.workspace).toBe(before.workspace);
    expect(after.reportOpen).toBe(true);
    expect(after.reportKeptMap).toBe(true);
  });

  it('replaces the map, and resets filters and selection, when an import produced actors', () => {
    let state = withWorkspace(1);
    state = reducer(state, { type: 'filters', filters: { types: ['ars'] } });
    state = reducer(state, { type: 'select', id: 'a' });
    state = reducer(state, { type: 'workspace', workspace: workspace(2), openReport: false });
    expect(state.workspace?.serial).toBe(2);
    expect(state.filters.types).toBeNull();
    expect(state.selected).toBeNull();
    expect(state.drawn).toBe(false);
  });

  it('applies an analysis to its own workspace only', () => {
    const state = withWorkspace(2);
    const stale = reducer(state, {
      type: 'analysis',
      serial: 1,
      metrics: metrics(true),
      analysis: {} as never,
    });
    expect(stale).toBe(state);
    const fresh = reducer(state, {
      type: 'analysis',
      serial: 2,
      metrics: metrics(true),
      analysis: {} as never,
    });
    expect(fresh.workspace?.metrics.centrality).toBe(true);
    expect(fresh.stage).toBeNull();
  });

  it('marks the map drawn for the current workspace only', () => {
    const state = withWorkspace(3);
    expect(reducer(state, { type: 'drawn', serial: 2 }).drawn).toBe(false);
    expect(reducer(state, { type: 'drawn', serial: 3 }).drawn).toBe(true);
  });

  it('clears the focus with the selection', () => {
    let state = reducer(withWorkspace(), { type: 'select', id: 'a' });
    state = reducer(state, { type: 'focus', on: true });
    expect(reducer(state, { type: 'select', id: null }).focus).toBe(false);
  });
});

describe('catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort());
  });

  it('agree in number', () => {
    expect(catalogues.fr.actors(1)).toBe('1 acteur');
    expect(catalogues.fr.actors(2)).toBe('2 acteurs');
    expect(catalogues.en.links(1)).toBe('1 link');
    expect(catalogues.en.links(316)).toBe('316 links');
    expect(catalogues.fr.articulationPoint(7)).toContain('7 acteurs sont coupés');
  });
});
