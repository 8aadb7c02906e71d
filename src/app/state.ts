// The app's state and its transitions. A workspace is replaced only by an import that
// produced actors: a bad file leaves the map as it was.
import type { Analysis } from '../analysis';
import type { ExpectedComposition, Lang } from '../domain';
import {
  type LayoutProgress,
  DEFAULT_ENCODINGS,
  NO_FILTERS,
  type Camera,
  type Encodings,
  type Filters,
} from '../map';
import { rememberMapping, type SavedMapping } from '../model';
import type { ImportReport, Stage, WorkerMetrics } from '../workers';
import type { WorkspaceSettings } from './settings.ts';
import { litAt, type SavedView } from './views.ts';
import type { Workspace } from './workspace.ts';

export type View = 'map' | 'tables';

/** The analysis panels under the map. */
export type PanelId = 'coverage' | 'links' | 'articulation' | 'views';

/** Actors lit on the map by a row of a panel; `key` names the row (to show it pressed). */
export interface Highlight {
  key: string;
  ids: string[];
}

/** The step that failed: the status bar says so in the language shown (catalogue
 * `failure`), with the error's own words as the detail. */
export type FailedStep = 'import' | 'open' | 'draw' | 'layout';

export interface Notice {
  step: FailedStep;
  detail: string;
}

/** The action that reports a failure, whatever was thrown or rejected. */
export function failed(step: FailedStep, e: unknown): Action {
  return { type: 'failed', step, detail: e instanceof Error ? e.message : String(e) };
}

export interface AppState {
  lang: Lang;
  workspace: Workspace | null;
  /** What the pipeline is doing for the latest import, null when idle. */
  stage: Stage | null;
  /** The report of the latest import (even one that produced nothing). */
  report: ImportReport | null;
  /** The latest import kept the previous map (it produced no actor). */
  reportKeptMap: boolean;
  reportOpen: boolean;
  notice: Notice | null;
  encodings: Encodings;
  filters: Filters;
  selected: string | null;
  focus: boolean;
  view: View;
  /** The current workspace is drawn. */
  drawn: boolean;
  layout: LayoutProgress;
  /** The open analysis panel, null when the drawer is closed. */
  panel: PanelId | null;
  highlight: Highlight | null;
  /** The expected composition of the bodies as edited by the coordinator; null means the
   * reference one (data/expected-composition.json). Kept across imports, like a setting. */
  expected: ExpectedComposition[] | null;
  /** Suggested partnerships drawn dashed on the map ("source|target" keys). */
  suggested: string[];
  /** "What if" this actor left the network (null: nobody). */
  whatIf: string | null;
  /** Anonymous mode: persons shown by their role or type everywhere. */
  anonymous: boolean;
  /** Saved views for restitution, in presentation order. */
  views: SavedView[];
  /** Presentation mode: the index of the view shown (-1: the map as it is, when no view
   * is saved); null when not presenting. */
  presenting: number | null;
  /** The saved view last put on the map, and a counter that moves each time one is (the
   * app frames the map as the view was framed). */
  shownView: { index: number; tick: number } | null;
  /** Counts the actors moved by hand, so that the autosave keeps their positions. */
  moves: number;
  /** Columns mapped by hand, kept with the workspace and offered again for the same headers. */
  mappings: SavedMapping[];
  /** Where the map looked when the workspace was saved: put back once it is drawn. */
  camera: Camera | null;
}

export const initialState: AppState = {
  lang: 'fr',
  workspace: null,
  stage: 'reading',
  report: null,
  reportKeptMap: false,
  reportOpen: false,
  notice: null,
  encodings: DEFAULT_ENCODINGS,
  filters: NO_FILTERS,
  selected: null,
  focus: false,
  view: 'map',
  drawn: false,
  layout: { running: false, fraction: 0 },
  panel: null,
  highlight: null,
  expected: null,
  suggested: [],
  whatIf: null,
  anonymous: false,
  views: [],
  presenting: null,
  shownView: null,
  moves: 0,
  mappings: [],
  camera: null,
};

export type Action =
  | { type: 'lang'; lang: Lang }
  | { type: 'stage'; stage: Stage | null }
  | { type: 'workspace'; workspace: Workspace; openReport: boolean }
  | { type: 'analysis'; serial: number; metrics: WorkerMetrics; analysis: Analysis }
  | { type: 'empty'; report: ImportReport }
  | { type: 'mappings'; mappings: SavedMapping[] }
  | { type: 'failed'; step: FailedStep; detail: string }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'reportOpen'; open: boolean }
  | { type: 'encodings'; encodings: Partial<Encodings> }
  | { type: 'filters'; filters: Partial<Filters> }
  | { type: 'resetFilters' }
  | { type: 'select'; id: string | null }
  | { type: 'focus'; on: boolean }
  | { type: 'view'; view: View }
  | { type: 'drawn'; serial: number }
  | { type: 'layout'; progress: LayoutProgress }
  | { type: 'panel'; panel: PanelId | null }
  | { type: 'highlight'; highlight: Highlight | null }
  | { type: 'expected'; expected: ExpectedComposition[] | null }
  | { type: 'suggested'; suggested: string[] }
  | { type: 'whatIf'; id: string | null }
  | { type: 'anonymous'; on: boolean }
  | { type: 'views'; views: SavedView[] }
  | { type: 'showView'; index: number }
  | { type: 'present'; index: number | null }
  | { type: 'moved' }
  /** Forget what this browser kept: views, composition, settings (not the language). */
  | { type: 'forget' }
  /** A workspace file was opened: what it kept besides the graph. */
  | {
      type: 'restore';
      serial: number;
      expected: ExpectedComposition[] | null;
      views: SavedView[];
      settings: WorkspaceSettings;
      /** The workspace is this browser's autosave (not a file opened by the user). */
      ownAutosave: boolean;
      /** The file's saved column mappings: added to this browser's (the file's win). */
      mappings?: SavedMapping[];
    };

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'lang':
      return { ...state, lang: action.lang };
    case 'stage':
      return { ...state, stage: action.stage };
    case 'workspace':
      return {
        ...state,
        workspace: action.workspace,
        stage: 'analysis',
        report: action.workspace.report,
        reportKeptMap: false,
        reportOpen: action.openReport,
        filters: NO_FILTERS,
        selected: null,
        focus: false,
        drawn: false,
        notice: null,
        highlight: null,
        suggested: [],
        whatIf: null,
        presenting: null,
        shownView: null,
      };
    case 'analysis':
      if (!state.workspace || state.workspace.serial !== action.serial) return state;
      return {
        ...state,
        stage: null,
        workspace: { ...state.workspace, metrics: action.metrics, analysis: action.analysis },
      };
    case 'empty':
      return {
        ...state,
        stage: null,
        report: action.report,
        reportKeptMap: state.workspace !== null,
        reportOpen: true,
      };
    case 'failed':
      return { ...state, stage: null, notice: { step: action.step, detail: action.detail } };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'mappings':
      return { ...state, mappings: action.mappings };
    case 'reportOpen':
      return { ...state, reportOpen: action.open };
    case 'encodings':
      return { ...state, encodings: { ...state.encodings, ...action.encodings } };
    case 'filters': {
      const filters = { ...state.filters, ...action.filters };
      return { ...state, filters };
    }
    case 'resetFilters':
      return { ...state, filters: NO_FILTERS };
    case 'select':
      return { ...state, selected: action.id, focus: action.id === null ? false : state.focus };
    case 'focus':
      return { ...state, focus: action.on };
    case 'view':
      return { ...state, view: action.view };
    case 'drawn':
      if (!state.workspace || state.workspace.serial !== action.serial) return state;
      return { ...state, drawn: true };
    case 'layout':
      return { ...state, layout: action.progress };
    case 'panel':
      // Closing the drawer puts the map back as it was.
      return action.panel === null
        ? { ...state, panel: null, highlight: null, whatIf: null }
        : { ...state, panel: action.panel };
    case 'highlight':
      return { ...state, highlight: action.highlight };
    case 'expected':
      return { ...state, expected: action.expected };
    case 'suggested':
      return { ...state, suggested: action.suggested };
    case 'whatIf':
      return { ...state, whatIf: action.id };
    case 'anonymous':
      return { ...state, anonymous: action.on };
    case 'views':
      return { ...state, views: action.views };
    case 'forget':
      return {
        ...state,
        views: [],
        expected: null,
        encodings: DEFAULT_ENCODINGS,
        filters: NO_FILTERS,
        anonymous: false,
        presenting: null,
        shownView: null,
        highlight: null,
        suggested: [],
        whatIf: null,
        mappings: [],
        camera: null,
      };
    case 'moved':
      return { ...state, moves: state.moves + 1 };
    case 'restore':
      if (!state.workspace || state.workspace.serial !== action.serial) return state;
      return {
        ...state,
        expected: action.expected,
        views: action.views,
        encodings: action.settings.encodings,
        filters: action.settings.filters,
        anonymous: action.settings.anonymous,
        mappings: (action.mappings ?? []).reduce(rememberMapping, state.mappings),
        // A file someone sent keeps the reader's language; this browser's autosave brings
        // back the language it was left in.
        lang: action.ownAutosave ? action.settings.lang : state.lang,
        workspace: { ...state.workspace, demo: action.settings.demo },
        camera: action.settings.camera,
      };
    case 'showView':
      return showView(state, action.index);
    case 'present':
      if (action.index === null) return { ...state, presenting: null };
      return {
        ...showView(state, action.index),
        presenting: state.views.length ? clampIndex(action.index, state.views) : -1,
        view: 'map',
      };
  }
}

function clampIndex(index: number, views: readonly SavedView[]): number {
  return Math.max(0, Math.min(views.length - 1, index));
}

/** Puts the map as view `index` saw it (nothing changes when there is no such view). */
function showView(state: AppState, index: number): AppState {
  if (!state.views.length) return state;
  const i = clampIndex(index, state.views);
  const view = state.views[i] as SavedView;
  const known = (id: string) => state.workspace?.graph.hasNode(id) ?? false;
  // Ids of another territory's map light nothing (and must not fade the whole map).
  const lit = litAt(state.views, i).filter(known);
  return {
    ...state,
    filters: view.filters,
    encodings: view.encodings,
    highlight: lit.length ? { key: `view:${view.id}`, ids: lit } : null,
    selected: view.selected !== null && known(view.selected) ? view.selected : null,
    focus: false,
    whatIf: null,
    presenting: state.presenting === null ? null : i,
    shownView: { index: i, tick: (state.shownView?.tick ?? 0) + 1 },
  };
}
