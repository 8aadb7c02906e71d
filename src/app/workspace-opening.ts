// What a graph built from an import opens, as the app's actions: the workspace itself (its
// report open when it must be), the previous territory's views dropped, the comparison
// with the version kept at the import, and what a workspace file restores. Pure: the import
// session (import-session.ts) dispatches them in this order.
import type { MaillageGraph } from '../model';
import type { PipelineReply, WorkerMetrics } from '../workers';
import { readSettings } from './settings.ts';
import { CURRENT, type Action } from './state.ts';
import { readViews } from './views.ts';
import { guessTitle } from './workspace.ts';

/** The import's circumstances, as the session holds them when its graph is built. */
export interface Opening {
  reply: Extract<PipelineReply, { kind: 'graph' }>;
  graph: MaillageGraph;
  metrics: WorkerMetrics;
  serial: number;
  /** The demo territory's files. */
  demo: boolean;
  /** The autosave or an edit reopened: its report does not pop up. */
  quiet: boolean;
  /** The report stays open (the user chose an encoding in it). */
  reportStays: boolean;
  /** Another territory: the views of the previous one go. */
  newTerritory: boolean;
  /** The version kept at the import, to compare the new workspace with. */
  compareWith: string | null;
  /** An edit reopened: the actor to select again. */
  edited: { selected: string | null } | null;
}

export function openingActions(o: Opening): Action[] {
  const { restored, report } = o.reply;
  const actions: Action[] = [
    {
      type: 'workspace',
      openReport:
        o.reportStays || (!o.demo && !o.quiet && report.issues.some((i) => i.severity === 'error')),
      workspace: {
        serial: o.serial,
        graph: o.graph,
        report,
        metrics: o.metrics,
        positions: o.reply.positions,
        analysis: null,
        demo: o.demo,
        title: restored?.title || (o.demo ? '' : guessTitle(o.graph, report)),
        ms: o.reply.ms,
      },
    },
  ];
  // Another territory: the views of the previous one do not belong to it.
  if (o.newTerritory && !restored) actions.push({ type: 'views', views: [] });
  if (o.compareWith) {
    actions.push({ type: 'compare', comparison: { before: o.compareWith, after: CURRENT } });
  }
  if (restored) {
    actions.push({
      type: 'restore',
      serial: o.serial,
      expected: restored.expected,
      rules: restored.rules,
      views: readViews(restored.views),
      settings: readSettings(restored.settings),
      ownAutosave: o.quiet,
      mappings: restored.mappings,
      versions: restored.versions,
      ...(restored.history ? { history: restored.history } : {}),
      ...(o.edited ? { selected: o.edited.selected } : {}),
    });
  }
  return actions;
}
