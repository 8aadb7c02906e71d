// The app's state and its transitions. A workspace is replaced only by an import that
// produced actors: a bad file leaves the map as it was.
import type { Analysis } from '../analysis';
import type { CrossSchemeRuleSettings, ExpectedComposition, Lang } from '../domain';
import {
  type LayoutProgress,
  DEFAULT_ENCODINGS,
  NO_FILTERS,
  type Camera,
  type Encodings,
  type Filters,
} from '../map';
import {
  emptyHistory,
  rememberMapping,
  type EditHistory,
  type SavedMapping,
  type WorkspaceVersion,
} from '../model';
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
export type FailedStep = 'import' | 'open' | 'draw' | 'layout' | 'edit';

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
  /** The cross-scheme rules switched on or off and the user's own; null: the defaults.
   * Kept with the workspace, like the composition. */
  rules: CrossSchemeRuleSettings | null;
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
  /** Frozen versions of the workspace, oldest first; kept across imports (a newer inventory
   * is compared with them). */
  versions: WorkspaceVersion[];
  /** The comparison open: two version ids, or CURRENT for the workspace as it is now. */
  comparison: Comparison | null;
  /** The comparison is drawn on the map (gained, lost, kept). */
  compareOnMap: boolean;
  /** The versions dialog is open. */
  versionsOpen: boolean;
  /** The edits made in the app, to undo and redo; saved with the workspace. A new import
   * starts an empty one. */
  history: EditHistory;
}

/** Stands for the workspace as it is now in a comparison. */
export const CURRENT = 'current';

export interface Comparison {
  before: string;
  after: string;
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
  rules: null,
  suggested: [],
  whatIf: null,
  anonymous: false,
  views: [],
  presenting: null,
  shownView: null,
  moves: 0,
  mappings: [],
  camera: null,
  versions: [],
  comparison: null,
  compareOnMap: false,
  versionsOpen: false,
  history: emptyHistory(),
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
  | { type: 'rules'; rules: CrossSchemeRuleSettings | null }
  | { type: 'suggested'; suggested: string[] }
  | { type: 'whatIf'; id: string | null }
  | { type: 'anonymous'; on: boolean }
  | { type: 'views'; views: SavedView[] }
  | { type: 'showView'; index: number }
  | { type: 'present'; index: number | null }
  | { type: 'moved' }
  | { type: 'versions'; versions: WorkspaceVersion[] }
  | { type: 'compare'; comparison: Comparison | null }
  | { type: 'compareOnMap'; on: boolean }
  | { type: 'versionsOpen'; open: boolean }
  /** Forget what this browser kept: views, composition, settings (not the language). */
  | { type: 'forget' }
  /** A workspace file was opened: what it kept besides the graph. */
  | {
      type: 'restore';
      serial: number;
      expected: ExpectedComposition[] | null;
      rules?: CrossSchemeRuleSettings | null;
      views: SavedView[];
      settings: WorkspaceSettings;
      /** The workspace is this browser's autosave (not a file opened by the user). */
      ownAutosave: boolean;
      /** The file's saved column mappings: added to this browser's (the file's win). */
      mappings?: SavedMapping[];
      /** The file's frozen versions (absent: the ones this browser holds stay). */
      versions?: WorkspaceVersion[];
      /** The file's edit history (an edit reopens the workspace with it). */
      history?: EditHistory;
      /** The actor to show again after an edit. */
      selected?: string | null;
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
        history: emptyHistory(),
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
    case 'rules':
      return { ...state, rules: action.rules };
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
        rules: null,
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
        versions: [],
        comparison: null,
        compareOnMap: false,
      };
    case 'moved':
      return { ...state, moves: state.moves + 1 };
    case 'versions': {
      // A comparison whose version was deleted closes.
      const known = (id: string) => id === CURRENT || action.versions.some((v) => v.id === id);
      const c = state.comparison;
      const open = c !== null && known(c.before) && known(c.after);
      return {
        ...state,
        versions: action.versions,
        comparison: open ? c : null,
        compareOnMap: open && state.compareOnMap,
      };
    }
    case 'versionsOpen':
      return { ...state, versionsOpen: action.open };
    case 'compare':
      return {
        ...state,
        versionsOpen: action.comparison === null && state.versionsOpen,
        comparison: action.comparison,
        compareOnMap: action.comparison !== null && state.compareOnMap,
      };
    case 'compareOnMap':
      return {
        ...state,
        compareOnMap: action.on && state.comparison !== null,
        view: action.on ? 'map' : state.view,
      };
    case 'restore':
      if (!state.workspace || state.workspace.serial !== action.serial) return state;
      return {
        ...state,
        expected: action.expected,
        rules: action.rules ?? null,
        views: action.views,
        encodings: action.settings.encodings,
        filters: action.settings.filters,
        anonymous: action.settings.anonymous,
        mappings: (action.mappings ?? []).reduce(rememberMapping, state.mappings),
        versions: action.versions?.length ? action.versions : state.versions,
        comparison: null,
        compareOnMap: false,
        // A file someone sent keeps the reader's language; this browser's autosave brings
        // back the language it was left in.
        lang: action.ownAutosave ? action.settings.lang : state.lang,
        workspace: { ...state.workspace, demo: action.settings.demo },
        camera: action.settings.camera,
        history: action.history ?? emptyHistory(),
        selected:
          action.selected && state.workspace.graph.hasNode(action.selected)
            ? action.selected
            : state.selected,
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
