// What a graph built from an import opens: the workspace, then what goes with it (the old
// territory's views dropped, the comparison, a workspace file's own state restored).
import { describe, expect, it } from 'vitest';
import { workerMetrics } from '../factory.ts';
import { openingActions, type Opening } from '../../src/app/workspace-opening.ts';
import { CURRENT } from '../../src/app/state.ts';
import { packGraph } from '../../src/workers/graph-transfer.ts';
import type { RestoredWorkspace } from '../../src/workers/protocol.ts';
import { smallGraph } from '../map/helpers.ts';

const RESTORED: RestoredWorkspace = {
  title: 'Mon territoire',
  expected: null,
  rules: null,
  views: [],
  settings: {},
  mappings: [],
  versions: [],
  history: null,
};

function opening(patch: Partial<Opening>, restored?: RestoredWorkspace): Opening {
  const graph = smallGraph();
  return {
    reply: {
      id: 1,
      kind: 'graph',
      graph: packGraph(graph),
      report: { files: [], issues: [], doubtful: [] },
      positions: null,
      ...(restored ? { restored } : {}),
      ms: 1,
    },
    graph,
    metrics: workerMetrics(),
    serial: 7,
    demo: false,
    quiet: false,
    reportStays: false,
    newTerritory: false,
    compareWith: null,
    edited: null,
    ...patch,
  };
}

describe('workspace opening', () => {
  it('opens the workspace, drops the old territory’s views and compares with the version kept', () => {
    const actions = openingActions(opening({ newTerritory: true, compareWith: 'v1' }));
    expect(actions.map((a) => a.type)).toEqual(['workspace', 'views', 'compare']);
    const [workspace, , compare] = actions;
    expect(workspace).toMatchObject({ type: 'workspace', openReport: false });
    expect(workspace?.type === 'workspace' && workspace.workspace.serial).toBe(7);
    expect(compare).toEqual({ type: 'compare', comparison: { before: 'v1', after: CURRENT } });
  });

  it('restores a workspace file’s state, with its title, its views and the actor edited', () => {
    const actions = openingActions(
      opening({ quiet: true, newTerritory: true, edited: { selected: 'a' } }, RESTORED),
    );
    // A workspace file brings its own views: the old ones are not dropped first.
    expect(actions.map((a) => a.type)).toEqual(['workspace', 'restore']);
    const [workspace, restore] = actions;
    expect(workspace?.type === 'workspace' && workspace.workspace.title).toBe('Mon territoire');
    expect(restore).toMatchObject({ type: 'restore', serial: 7, ownAutosave: true, selected: 'a' });
  });

  it('opens the report when the user’s files have errors, or when it is to stay open', () => {
    const withError = opening({});
    withError.reply.report.issues.push({ severity: 'error' } as never);
    expect(openingActions(withError)[0]).toMatchObject({ openReport: true });
    expect(openingActions({ ...withError, quiet: true })[0]).toMatchObject({ openReport: false });
    expect(openingActions(opening({ reportStays: true }))[0]).toMatchObject({ openReport: true });
  });
});
