// The app shell: the state (state.ts), the import session (import-session.ts) and the
// derived chain (view-model.ts), handed to the layout — header, status, workspace, dialogs
// — through the app context, with the actions that move the focus as they act.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { defaultReference } from '../domain';
import { positionsFromMap, type NetworkMap } from '../map';
import {
  freezeVersion,
  toWorkspaceFile,
  type Edit,
  type HistoryEntry,
  type WorkspaceContents,
} from '../model';
import { AppContext, type AppActions, type AppContextValue, type Printing } from './app-context.ts';
import { AppDialogs } from './components/AppDialogs.tsx';
import { AppHeader } from './components/AppHeader.tsx';
import { downloadBlob, fileStem } from './components/download.ts';
import { Legend } from './components/Legend.tsx';
import { SkipLinks, type SkipTarget } from './components/SkipLinks.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { compareStates } from './components/versions/comparison.ts';
import { WorkspaceLayout } from './components/WorkspaceLayout.tsx';
import { focusedElement, focusSoon } from './focus.ts';
import {
  editWorkspace,
  historyKey,
  stepHistory,
  unmergeWorkspace,
  type EditBase,
  type Edited,
} from './editing.ts';
import { catalogues } from './i18n/index.ts';
import { TextProvider } from './i18n/text-context.tsx';
import type { WorkspaceSettings } from './settings.ts';
import { initialState, reducer } from './state.ts';
import { installTestHooks } from './test-hooks.ts';
import { useAutosave } from './use-autosave.ts';
import { useDropFiles } from './use-drop-files.ts';
import { useImportSession } from './use-import-session.ts';
import { useViewModel } from './view-model.ts';

/** Room taken by the legend (right) and the caption (bottom) in presentation mode. */
const PRESENTATION_INSETS = { right: 340, bottom: 170 };

export function App() {
  const [state, dispatch] = useReducer(reducer, initialState);
  const ref = useMemo(() => defaultReference(), []);
  const mapRef = useRef<NetworkMap | null>(null);
  const [printing, setPrinting] = useState<Printing | null>(null);
  const [help, setHelp] = useState(false);
  const t = catalogues[state.lang];
  // Filled below with the freezing of the workspace as it is at each render.
  const keepAsVersion = useRef<(name: string) => string | null>(() => null);
  const {
    session,
    view: sessionView,
    pipeline,
    space,
  } = useImportSession(ref, dispatch, state.mappings, keepAsVersion, state.rules);
  const model = useViewModel(state, ref, t.demoTerritory);
  const { workspace } = state;
  // The comparison open: computed again when a side changes (the workspace now, a version).
  const currentName = t.verCurrent;
  const comparison = useMemo(
    () =>
      state.comparison
        ? compareStates(
            state.comparison,
            state.versions,
            workspace,
            model.ref,
            currentName,
            model.coverage,
            state.rules,
            model.namesIn,
          )
        : null,
    [
      state.comparison,
      state.versions,
      workspace,
      model.ref,
      currentName,
      model.coverage,
      state.rules,
      model.namesIn,
    ],
  );

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${t.appName} — ${t.tagline}`;
  }, [state.lang, t]);

  useEffect(() => {
    installTestHooks(() => ({ map: mapRef.current, state }));
  }, [state]);

  // Drag and drop anywhere on the page.
  const dragging = useDropFiles((files) => void session.importFiles(files ? [...files] : []));

  const select = useCallback((id: string | null) => dispatch({ type: 'select', id }), []);
  // Focus: an actor picked from the search or the tables puts it on the details' heading,
  // and closing the details puts it back where the actor was picked; leaving the
  // presentation puts it back on the button that started it.
  const detailsFrom = useRef<HTMLElement | null>(null);
  const presentedFrom = useRef<HTMLElement | null>(null);
  const pickActor = (id: string) => {
    const from = focusedElement();
    if (from && !from.closest('[data-testid="details"]')) detailsFrom.current = from;
    select(id);
    focusSoon('#details-title');
  };
  const present = (index: number | null) => {
    if (state.presenting === null && index !== null) presentedFrom.current = focusedElement();
    dispatch({ type: 'present', index });
    if (index === null) focusSoon(presentedFrom.current, '[data-testid="present"]');
  };
  const skipTo = (target: SkipTarget) => {
    if (target === 'map' || target === 'tables') dispatch({ type: 'view', view: target });
    focusSoon(
      {
        map: '[data-testid="map"]',
        search: '[data-testid="search-input"]',
        details: '#details-title',
        analysis: '[data-testid="analysis-drawer"] [role="tab"][tabindex="0"]',
        tables: '[data-testid="tables"] [role="tab"][aria-selected="true"]',
      }[target],
    );
  };

  // What the workspace file and the autosave keep: the graph, the composition, the views,
  // the settings and the positions on the map.
  const workspaceContents = (): WorkspaceContents | null => {
    if (!workspace) return null;
    const map = mapRef.current;
    const settings: WorkspaceSettings = {
      encodings: state.encodings,
      filters: state.filters,
      anonymous: state.anonymous,
      lang: state.lang,
      demo: workspace.demo,
      camera: map && state.drawn ? map.camera() : null,
    };
    return {
      title: workspace.title,
      graph: workspace.graph,
      expected: state.expected,
      rules: state.rules,
      views: state.views,
      settings: { ...settings },
      positions: map && state.drawn ? positionsFromMap(map.cy) : null,
      report: workspace.report,
      mappings: state.mappings,
      versions: state.versions,
      history: state.history,
    };
  };

  // Editing: the engine gives the edited lists; the workspace is written as a workspace
  // file (positions kept, new actors near their partners) and reopened through the
  // pipeline worker, which rebuilds the graph, autosaves it and runs the analysis.
  const editBase = (): EditBase | null => {
    const contents = workspaceContents();
    if (!contents) return null;
    return {
      graph: contents.graph,
      expected: state.expected,
      mappings: state.mappings,
      history: state.history,
      positions: contents.positions ?? {},
    };
  };
  const showEdited = (edited: Edited, selected: string | null) => {
    const contents = workspaceContents();
    if (!contents) return;
    const text = toWorkspaceFile({
      ...contents,
      graph: edited.graph,
      expected: edited.expected,
      positions: edited.positions,
      history: edited.history,
    });
    session.openEdited(text, selected);
  };
  const doEdit = (edit: Edit, select?: string | null | 'added') => {
    const base = editBase();
    if (!base) return { ok: false, issues: [] };
    const result = editWorkspace(base, edit, ref);
    if (!result.ok) return { ok: false, issues: result.issues };
    const { edited } = result;
    const shown = select === 'added' ? (edited.id ?? null) : (select ?? state.selected);
    showEdited(edited, shown);
    return { ok: true, issues: edited.issues };
  };
  const doUnmerge = (entry: HistoryEntry) => {
    const base = editBase();
    if (!base) return { ok: false, issues: [] };
    const result = unmergeWorkspace(base, entry);
    if (!result.ok) return { ok: false, issues: result.issues };
    showEdited(result.edited, state.selected);
    return { ok: true, issues: result.edited.issues };
  };
  const stepEdits = (direction: 'undo' | 'redo') => {
    const base = editBase();
    const result = base && stepHistory(base, direction);
    if (!result) return;
    if (!result.ok) {
      dispatch({
        type: 'notice',
        notice: { step: 'edit', detail: result.issues[0]?.message[state.lang] ?? '' },
      });
      return;
    }
    showEdited(result.edited, state.selected);
  };
  const stepRef = useRef(stepEdits);
  stepRef.current = stepEdits;
  // Ctrl+Z / Ctrl+Shift+Z, anywhere but in a field (where they undo the typing).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const direction = historyKey({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        target,
      });
      if (!direction || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      stepRef.current(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useAutosave(state, workspaceContents, () => session.importId(), space, pipeline, mapRef);

  const actions: AppActions = {
    select,
    pickActor,
    closeDetails: () => {
      select(null);
      focusSoon(detailsFrom.current, '#details-title');
      detailsFrom.current = null;
    },
    selectOnMap: (id) => {
      detailsFrom.current = null;
      select(id);
    },
    centerOn: (id) => {
      dispatch({ type: 'view', view: 'map' });
      // After the map is shown again (and resized).
      requestAnimationFrame(() => mapRef.current?.select(id, { center: true }));
    },
    present,
    help: setHelp,
    print: setPrinting,
    workspaceContents,
    /** The workspace file, offered where the app says the browser does not keep the work. */
    downloadWorkspace: () => {
      const contents = workspaceContents();
      if (!contents) return;
      const text = toWorkspaceFile(contents, { anonymous: state.anonymous, ref, lang: state.lang });
      downloadBlob(
        new Blob([text], { type: 'application/json' }),
        `${fileStem(contents.title)}.maillage.json`,
      );
    },
    freezeVersion: (name) => {
      if (!workspace) return null;
      const version = freezeVersion(workspace.graph, name, new Date(), state.versions);
      dispatch({ type: 'versions', versions: [...state.versions, version] });
      return version;
    },
    compare: (before, after) => dispatch({ type: 'compare', comparison: { before, after } }),
    captureView: (base) => ({
      ...base,
      filters: state.filters,
      encodings: state.encodings,
      lit: state.highlight?.ids ?? [],
      camera: mapRef.current?.camera() ?? null,
      selected: state.selected,
    }),
    edit: doEdit,
    unmerge: doUnmerge,
    undo: () => stepEdits('undo'),
    redo: () => stepEdits('redo'),
  };

  keepAsVersion.current = (name) =>
    actions.freezeVersion(name.trim() || t.verDefaultName(new Date()))?.id ?? null;

  // Presenting or showing a saved view: once the map has its new size and the view's
  // filters, frame it as the view was framed.
  const shown = state.shownView;
  const presentingNow = state.presenting !== null;
  const shownLit = state.highlight?.ids;
  useEffect(() => {
    if (!shown) return;
    const view = state.views[shown.index];
    if (!view) return;
    const id = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        mapRef.current?.frameView(
          view.camera,
          shownLit ?? [],
          // The legend and the caption of presentation mode cover part of the screen.
          presentingNow ? PRESENTATION_INSETS : undefined,
        );
      }),
    );
    return () => cancelAnimationFrame(id);
    // Keyed on the tick: showing the same view twice frames it again, and editing the
    // views or lighting other actors afterwards must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown?.tick, presentingNow]);

  // One legend, shown beside the map, over the presentation and in the printable report.
  const legend = workspace ? (
    <Legend
      graph={workspace.graph}
      metrics={workspace.metrics}
      ref_={ref}
      encodings={state.encodings}
    />
  ) : null;

  const context: AppContextValue = {
    state,
    dispatch,
    ref,
    model,
    session,
    sessionView,
    space,
    mapRef,
    help,
    printing,
    actions,
    comparison,
  };
  const ready = state.drawn && workspace !== null;
  return (
    <TextProvider lang={state.lang}>
      <AppContext.Provider value={context}>
        <div
          className={
            state.presenting !== null
              ? 'app presenting'
              : sessionView.applied.length > 0
                ? 'app with-notice'
                : 'app'
          }
          data-testid="app"
          data-ready={ready ? 'true' : 'false'}
          data-analysis={workspace?.metrics.centrality ? 'done' : 'pending'}
          data-layout={state.layout.running ? 'running' : 'idle'}
          data-busy={state.stage !== null && state.stage !== 'analysis' ? 'true' : 'false'}
        >
          {workspace && <SkipLinks onSkip={skipTo} />}
          <AppHeader />
          <StatusBar />
          {workspace && model.visible ? (
            <WorkspaceLayout workspace={workspace} visible={model.visible} legend={legend} />
          ) : (
            // Before the first workspace: what is being done, or why nothing came.
            <div className="loading-screen" data-testid="loading">
              {state.notice ? (
                <span className="notice error">
                  {t.failure(state.notice.step, state.notice.detail)}
                </span>
              ) : (
                <>
                  <span className="spinner" aria-hidden="true" /> {t.loading}
                </>
              )}
            </div>
          )}
          <AppDialogs legend={legend} dragging={dragging} />
        </div>
      </AppContext.Provider>
    </TextProvider>
  );
}
