// The app shell: header (territory, counts, search, import, report, language), side panel
// (encodings, filters, legend), the map or the tables, and the details panel.
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { cutOffActors, coverageOfActors } from '../analysis';
import {
  homonymsToldApart,
  shownNames,
  defaultReference,
  type ColumnMapping,
  type FileReport,
  type FileRole,
  type InputFile,
} from '../domain';
import { isFiltering, visibleElements, positionsFromMap, type NetworkMap } from '../map';
import {
  nameRedactor,
  redactReport,
  headerSignature,
  rememberMapping,
  canChooseEncoding,
  canMapColumns,
  copyFiles,
  firstUnmapped,
  reportHeaders,
  savedMappingsFor,
  withColumns,
  withEncoding,
  withoutColumns,
  toWorkspaceFile,
  type WorkspaceContents,
} from '../model';
import { PipelineClient, type PipelineReply, clearAutosave, loadAutosave } from '../workers';
import { AnalysisDrawer } from './components/AnalysisDrawer.tsx';
import { DetailsPanel } from './components/DetailsPanel.tsx';
import { HelpDialog } from './components/HelpDialog.tsx';
import { MappingDialog } from './components/MappingDialog.tsx';
import { Presentation } from './components/Presentation.tsx';
import type { PaperFormat } from './components/report/PrintableReport.tsx';
import { ViewsPanel } from './components/ViewsPanel.tsx';
import type { PanelProps } from './components/panels/types.ts';
import { Legend } from './components/Legend.tsx';
import { MapView } from './components/MapView.tsx';
import { ReportDialog, type Rereading } from './components/ReportDialog.tsx';
import { SearchBox } from './components/SearchBox.tsx';
import { SidePanel } from './components/SidePanel.tsx';
import { StorageNotice, type StorageState } from './components/StorageNotice.tsx';
import { downloadBlob, fileStem } from './components/download.ts';
import { SkipLinks, type SkipTarget } from './components/SkipLinks.tsx';
import { Tables } from './components/Tables.tsx';
import { focusedElement, focusSoon } from './focus.ts';
import { catalogues } from './i18n.ts';
import { initialState, reducer, type AppState } from './state.ts';
import { readSettings, type WorkspaceSettings } from './settings.ts';
import { useAutosave } from './use-autosave.ts';
import { useDropFiles } from './use-drop-files.ts';
import { readViews, type SavedView } from './views.ts';
import { installTestHooks } from './test-hooks.ts';
import { demoFiles, graphFrom, guessTitle, readFiles } from './workspace.ts';

// CSV inventories, workbooks, Kumu/Gephi exports, or a workspace saved by Maillage (JSON).
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.ods,.json,.gexf,.graphml,text/csv,application/json';

// Loaded when first shown: the first map of the demo does not wait for the panels, the
// exports (GEXF, SVG writers) or the printable report.
const ExportMenu = lazy(() =>
  import('./components/ExportMenu.tsx').then((m) => ({ default: m.ExportMenu })),
);
const PrintableReport = lazy(() =>
  import('./components/report/PrintableReport.tsx').then((m) => ({ default: m.PrintableReport })),
);
const CoveragePanel = lazy(() =>
  import('./components/panels/CoveragePanel.tsx').then((m) => ({ default: m.CoveragePanel })),
);
const LinksPanel = lazy(() =>
  import('./components/panels/LinksPanel.tsx').then((m) => ({ default: m.LinksPanel })),
);
const ArticulationPanel = lazy(() =>
  import('./components/panels/ArticulationPanel.tsx').then((m) => ({
    default: m.ArticulationPanel,
  })),
);

/** The name the autosaved workspace is read under (it never appears as a file). */
const AUTOSAVE_NAME = 'maillage-autosave.json';
/** Room taken by the legend (right) and the caption (bottom) in presentation mode. */
const PRESENTATION_INSETS = { right: 340, bottom: 170 };

const formatCount = (n: number, lang: 'fr' | 'en') =>
  n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');

export function App() {
  const [state, dispatch] = useReducer(reducer, initialState);
  const ref = useMemo(() => defaultReference(), []);
  const pipeline = useRef<PipelineClient | null>(null);
  const mapRef = useRef<NetworkMap | null>(null);
  const serial = useRef(0);
  /** The latest import. */
  const latestRun = useRef(0);
  /** The import whose graph is (or is being) shown, and its workspace serial once built. */
  const current = useRef<{ id: number; workspace: Promise<number | null> } | null>(null);
  /** The workspace whose map the pipeline worker waits for before its full analysis. */
  const awaitedMap = useRef<{ serial: number; id: number } | null>(null);
  const demo = useRef(true);
  /** The import restores the autosave: its report does not pop up again. */
  const quiet = useRef(false);
  /** Forgets the workspace saved in this browser and opens the demo (set below). */
  const forgetAndOpenDemo = useRef<() => void>(() => undefined);
  /** The printable report, when open: its paper format and the map picture. */
  const [printing, setPrinting] = useState<{ format: PaperFormat; image: string | null } | null>(
    null,
  );
  /** Whether the last autosave was really written in this browser (unknown before one). */
  const [storage, setStorage] = useState<StorageState>('unknown');
  const t = catalogues[state.lang];
  /** The user's files of the latest import (the app's own copies), with the choices made in
   * its report (columns mapped by hand, encoding): read again when one changes. */
  const kept = useRef<InputFile[] | null>(null);
  /** Files (by report name) whose mapping the user closed or undid: not offered again. */
  const declined = useRef(new Set<string>());
  const savedMappings = useRef(state.mappings);
  savedMappings.current = state.mappings;
  /** The next report stays open (the user chose an encoding in it). */
  const keepReport = useRef(false);
  /** Reads the kept files again (set below, once `run` exists). */
  const rerun = useRef<() => void>(() => undefined);
  /** The file whose columns are being mapped, the help, and the files a saved mapping was
   * applied to (with a notice the user can undo). */
  const [mapping, setMapping] = useState<FileReport | null>(null);
  const [help, setHelp] = useState(false);
  const [applied, setApplied] = useState<FileReport[]>([]);

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${t.appName} — ${t.tagline}`;
  }, [state.lang, t]);

  const onReply = useCallback(
    (reply: PipelineReply) => {
      // Only the latest import speaks, except the analysis of the map on screen.
      if (reply.kind !== 'analysis' && reply.id !== latestRun.current) return;
      // The user's files: a file whose headers were mapped before is read again with that
      // mapping; a file with no name column gets the mapping dialog.
      const files = !demo.current && !quiet.current ? kept.current : null;
      let unmapped: FileReport | undefined;
      if (files && (reply.kind === 'graph' || reply.kind === 'empty')) {
        const offered = savedMappingsFor(
          files,
          reply.report.files,
          savedMappings.current,
          declined.current,
        );
        if (offered.length > 0) {
          kept.current = offered.reduce(
            (all, o) => withColumns(all, o.report, o.mapping.columns, o.mapping.role),
            files,
          );
          setApplied((old) => [...old, ...offered.map((o) => o.report)]);
          rerun.current();
          return;
        }
        unmapped = firstUnmapped(files, reply.report.files, declined.current);
      }
      const reportStays = keepReport.current && (reply.kind === 'graph' || reply.kind === 'empty');
      if (reply.kind === 'graph' || reply.kind === 'empty') keepReport.current = false;
      switch (reply.kind) {
        case 'stage':
          dispatch({ type: 'stage', stage: reply.stage });
          break;
        case 'graph': {
          performance.mark('maillage:graph-message');
          const id = reply.id;
          // The graph is rebuilt in chunks (no long task); the analysis may arrive meanwhile
          // and waits for the workspace it belongs to.
          const built = graphFrom(reply.graph).then((graph) => {
            if (current.current?.id !== id || latestRun.current !== id) return null;
            performance.mark('maillage:graph-built');
            const s = ++serial.current;
            awaitedMap.current = { serial: s, id };
            const restored = reply.restored;
            dispatch({
              type: 'workspace',
              openReport:
                reportStays ||
                (!demo.current &&
                  !quiet.current &&
                  reply.report.issues.some((i) => i.severity === 'error')),
              workspace: {
                serial: s,
                graph,
                report: reply.report,
                metrics: reply.metrics,
                positions: reply.positions,
                analysis: null,
                demo: demo.current,
                title: restored?.title || (demo.current ? '' : guessTitle(graph, reply.report)),
                ms: reply.ms,
              },
            });
            if (restored) {
              dispatch({
                type: 'restore',
                serial: s,
                expected: restored.expected,
                views: readViews(restored.views),
                settings: readSettings(restored.settings),
                ownAutosave: quiet.current,
                mappings: restored.mappings,
              });
            }
            quiet.current = false;
            if (unmapped) setMapping(unmapped);
            return s;
          });
          current.current = { id, workspace: built };
          break;
        }
        case 'analysis': {
          // What let it start (the map on screen, or the worker's wait running out), for
          // the profiles and the tests.
          performance.mark(`maillage:analysis-started-on-${reply.startedOn}`);
          const entry = current.current;
          if (!entry || entry.id !== reply.id) break;
          void entry.workspace.then((s) => {
            if (s !== null) {
              dispatch({
                type: 'analysis',
                serial: s,
                metrics: reply.metrics,
                analysis: reply.analysis,
              });
            }
          });
          break;
        }
        case 'empty':
          // An autosave that no longer opens is dropped, and the demo opens instead.
          if (quiet.current) {
            forgetAndOpenDemo.current();
            break;
          }
          dispatch({ type: 'empty', report: reply.report });
          if (unmapped) setMapping(unmapped);
          break;
        case 'error':
          if (quiet.current) {
            forgetAndOpenDemo.current();
            break;
          }
          dispatch({ type: 'failed', message: reply.message });
          break;
        case 'saved':
          setStorage(reply.kept ? 'kept' : 'refused');
          break;
      }
    },
    [dispatch],
  );

  /** A workspace's map is on screen (a still picture or the map): its analysis may start. */
  const mapShown = useCallback((s: number) => {
    const awaited = awaitedMap.current;
    if (awaited?.serial !== s) return;
    awaitedMap.current = null;
    pipeline.current?.shown(awaited.id);
  }, []);

  const run = useCallback(
    (files: InputFile[], isDemo: boolean) => {
      performance.mark('maillage:files');
      if (files.some((f) => f.name !== AUTOSAVE_NAME)) quiet.current = false;
      pipeline.current ??= new PipelineClient();
      demo.current = isDemo;
      dispatch({ type: 'stage', stage: 'reading' });
      // The map's screen area (both side panels are fixed-width), for the first layout.
      const aspect =
        Math.max(300, window.innerWidth - 632) / Math.max(300, window.innerHeight - 95);
      latestRun.current = pipeline.current.run(files, ref, aspect, onReply);
    },
    [ref, onReply],
  );
  rerun.current = () => {
    if (kept.current) run(copyFiles(kept.current), false);
  };

  forgetAndOpenDemo.current = () => {
    quiet.current = false;
    kept.current = null;
    dispatch({ type: 'forget' });
    void clearAutosave();
    demoFiles()
      .then((files) => run(files, true))
      .catch((e: unknown) => dispatch({ type: 'failed', message: String(e) }));
  };

  // Open on the workspace autosaved in this browser, else on the demo territory, read
  // through the same path as the user's files.
  useEffect(() => {
    let cancelled = false;
    void loadAutosave()
      .then(async (saved) => {
        if (cancelled) return;
        if (saved) {
          quiet.current = true;
          run([{ name: AUTOSAVE_NAME, bytes: new TextEncoder().encode(saved) }], false);
        } else {
          const files = await demoFiles();
          if (!cancelled) run(files, true);
        }
      })
      .catch((e: unknown) => dispatch({ type: 'failed', message: String(e) }));
    return () => {
      cancelled = true;
    };
  }, [run]);

  useEffect(() => () => pipeline.current?.dispose(), []);

  const importFiles = useCallback(
    async (list: FileList | File[] | null) => {
      const files = list ? [...list] : [];
      if (files.length === 0) return;
      const read = await readFiles(files);
      kept.current = copyFiles(read);
      declined.current = new Set();
      setApplied([]);
      run(read, false);
    },
    [run],
  );

  // Drag and drop anywhere on the page.
  const dragging = useDropFiles((files) => void importFiles(files));

  const workspace = state.workspace;
  const visible = useMemo(
    () => (workspace ? visibleElements(workspace.graph, state.filters) : null),
    [workspace, state.filters],
  );

  useEffect(() => {
    installTestHooks(() => ({ map: mapRef.current, state }));
  }, [state]);

  // The reference lists with the expected composition as edited, and the coverage under it
  // (recomputed here at once: it is a linear pass over the actors).
  const effectiveRef = useMemo(
    () => (state.expected ? { ...ref, expected: state.expected } : ref),
    [ref, state.expected],
  );
  const analysis = workspace?.analysis ?? null;
  const coverage = useMemo(() => {
    if (!workspace || !analysis) return null;
    if (!state.expected) return analysis.coverage;
    return coverageOfActors(
      workspace.graph.mapNodes((_, actor) => actor),
      effectiveRef,
    );
  }, [workspace, analysis, state.expected, effectiveRef]);
  const names = useMemo(() => {
    if (!workspace) return new Map<string, string>();
    const actors = workspace.graph.mapNodes((_, actor) => actor);
    return homonymsToldApart(shownNames(actors, ref, state.lang, state.anonymous), actors);
  }, [workspace, ref, state.lang, state.anonymous]);
  // Anonymous mode also hides the persons' names quoted in free text: the import report's
  // messages, the roles and territories of the details panel.
  const redact = useMemo(
    () =>
      workspace && state.anonymous
        ? nameRedactor(workspace.graph.mapNodes((_, actor) => actor))
        : (text: string) => text,
    [workspace, state.anonymous],
  );
  // The territory's title (guessed from the data or file names) and the views' titles and
  // comments are free text too: shown redacted (the views themselves keep what was typed).
  const shownTitle = workspace ? redact(workspace.demo ? t.demoTerritory : workspace.title) : '';
  const shownViews = useMemo(
    () =>
      state.anonymous
        ? state.views.map((v) => ({ ...v, title: redact(v.title), comment: redact(v.comment) }))
        : state.views,
    [state.views, state.anonymous, redact],
  );
  const shownReport = useMemo(
    () => (state.report && state.anonymous ? redactReport(state.report, redact) : state.report),
    [state.report, state.anonymous, redact],
  );
  // Keyed on the graph, not the workspace: the analysis arriving must not replay the
  // "what if" framing.
  const graph = workspace?.graph ?? null;
  const stranded = useMemo(
    () =>
      graph && state.whatIf && graph.hasNode(state.whatIf) ? cutOffActors(graph, state.whatIf) : [],
    [graph, state.whatIf],
  );

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
  const closeDetails = () => {
    select(null);
    focusSoon(detailsFrom.current, '#details-title');
    detailsFrom.current = null;
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

  // Reading a file of the report again: its columns mapped by hand, another encoding.
  const rereading: Rereading = {
    canMap: (f) => kept.current !== null && canMapColumns(kept.current, f),
    canEncode: (f) => kept.current !== null && canChooseEncoding(kept.current, f),
    onMap: setMapping,
    onEncoding: (f, encoding) => {
      if (!kept.current) return;
      kept.current = withEncoding(kept.current, f, encoding);
      keepReport.current = true;
      rerun.current();
    },
  };
  const applyMapping = (file: FileReport, columns: ColumnMapping[], role: FileRole) => {
    if (!kept.current) return;
    const saved = { signature: headerSignature(reportHeaders(file)), role, columns };
    dispatch({ type: 'mappings', mappings: rememberMapping(state.mappings, saved) });
    kept.current = withColumns(kept.current, file, columns, role);
    declined.current.delete(file.name);
    setMapping(null);
    setApplied([]);
    dispatch({ type: 'reportOpen', open: false });
    rerun.current();
  };
  const closeMapping = () => {
    if (mapping) declined.current.add(mapping.name);
    setMapping(null);
  };
  // Undoing the saved mappings applied on their own: the import's guess again.
  const undoApplied = () => {
    if (!kept.current) return;
    for (const f of applied) {
      declined.current.add(f.name);
      kept.current = withoutColumns(kept.current, f);
    }
    setApplied([]);
    rerun.current();
  };
  // One legend, shown beside the map, over the presentation and in the printable report.
  const legend = workspace ? (
    <Legend
      graph={workspace.graph}
      metrics={workspace.metrics}
      ref_={ref}
      encodings={state.encodings}
      t={t}
    />
  ) : null;

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
    };
    return {
      title: workspace.title,
      graph: workspace.graph,
      expected: state.expected,
      views: state.views,
      settings: { ...settings },
      positions: map && state.drawn ? positionsFromMap(map.cy) : null,
      report: workspace.report,
      mappings: state.mappings,
    };
  };
  useAutosave(state, workspaceContents, () => current.current?.id, pipeline, mapRef);

  /** The workspace file, offered where the app says the browser does not keep the work. */
  const downloadWorkspace = () => {
    const contents = workspaceContents();
    if (!contents) return;
    const text = toWorkspaceFile(contents, { anonymous: state.anonymous, ref, lang: state.lang });
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      `${fileStem(contents.title)}.maillage.json`,
    );
  };

  const captureView = (
    base: Pick<SavedView, 'id' | 'title' | 'comment' | 'cumulative'>,
  ): SavedView | null => ({
    ...base,
    filters: state.filters,
    encodings: state.encodings,
    lit: state.highlight?.ids ?? [],
    camera: mapRef.current?.camera() ?? null,
    selected: state.selected,
  });

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

  const renderPanel = (panel: AppState['panel'], common: PanelProps) => (
    <Suspense fallback={null}>{panelContent(panel, common)}</Suspense>
  );

  const panelContent = (panel: AppState['panel'], common: PanelProps) => {
    switch (panel) {
      case 'coverage':
        return (
          <CoveragePanel
            {...common}
            coverage={coverage ?? common.analysis.coverage}
            expected={effectiveRef.expected}
            edited={state.expected !== null}
            onExpected={(expected) => dispatch({ type: 'expected', expected })}
          />
        );
      case 'links':
        return (
          <LinksPanel
            {...common}
            suggested={state.suggested}
            onSuggested={(suggested) => dispatch({ type: 'suggested', suggested })}
          />
        );
      case 'views':
        return (
          <ViewsPanel
            views={state.views}
            shown={redact}
            capture={captureView}
            litCount={state.highlight?.ids.length ?? 0}
            t={t}
            onViews={(views) => dispatch({ type: 'views', views })}
            onShow={(index) => dispatch({ type: 'showView', index })}
            onPresent={present}
          />
        );
      case 'articulation':
        return (
          <ArticulationPanel
            {...common}
            whatIf={state.whatIf}
            onWhatIf={(id) => dispatch({ type: 'whatIf', id })}
          />
        );
      default:
        return null;
    }
  };
  const ready = state.drawn && workspace !== null;
  const filtering = isFiltering(state.filters);
  const stageText =
    state.stage === 'reading'
      ? t.stageReading
      : state.stage === 'graph'
        ? t.stageGraph
        : state.stage === 'analysis' && ready
          ? t.stageAnalysis
          : state.stage === 'analysis'
            ? t.stageGraph
            : null;

  return (
    <div
      className={
        state.presenting !== null
          ? 'app presenting'
          : applied.length > 0
            ? 'app with-notice'
            : 'app'
      }
      data-testid="app"
      data-ready={ready ? 'true' : 'false'}
      data-analysis={workspace?.metrics.centrality ? 'done' : 'pending'}
      data-layout={state.layout.running ? 'running' : 'idle'}
      data-busy={state.stage !== null && state.stage !== 'analysis' ? 'true' : 'false'}
    >
      {workspace && <SkipLinks t={t} onSkip={skipTo} />}
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="26" height="26">
              <circle cx="5" cy="6" r="3" />
              <circle cx="19" cy="5" r="2.5" />
              <circle cx="12" cy="13" r="3.5" />
              <circle cx="5" cy="19" r="2.5" />
              <circle cx="19" cy="19" r="3" />
              <path d="M5 6 L12 13 L19 5 M12 13 L5 19 M12 13 L19 19 M5 6 L19 5" />
            </svg>
          </span>
          <div>
            <h1>
              {t.appName}
              <span className="visually-hidden"> — {t.tagline}</span>
            </h1>
            <p className="territory" data-testid="territory">
              {workspace
                ? workspace.demo
                  ? t.demoTerritory
                  : t.territoryOf(shownTitle)
                : t.loading}
            </p>
            {state.anonymous && (
              <p
                className="anonymous-badge"
                data-testid="anonymous-badge"
                title={t.anonymousSwitchHint}
              >
                {t.anonymousBadge}
              </p>
            )}
          </div>
        </div>
        {workspace && (
          <p className="counts" aria-label={t.counts}>
            <span>
              <strong data-testid="actor-count" data-value={workspace.graph.order}>
                {formatCount(workspace.graph.order, state.lang)}
              </strong>{' '}
              {t.actorsWord(workspace.graph.order)}
            </span>
            <span aria-hidden="true"> · </span>
            <span>
              <strong data-testid="link-count" data-value={workspace.graph.size}>
                {formatCount(workspace.graph.size, state.lang)}
              </strong>{' '}
              {t.linksWord(workspace.graph.size)}
            </span>
            {filtering && visible && (
              <span className="shown" data-testid="visible-count">
                {t.shownOf(visible.nodes.size, workspace.graph.order)}
              </span>
            )}
          </p>
        )}
        {workspace && <SearchBox graph={workspace.graph} names={names} t={t} onPick={pickActor} />}
        <div className="header-actions">
          {/* The import button with, under it, the help to prepare the files. */}
          <div className="import-group">
            <label className="button primary file-button">
              <input
                type="file"
                multiple
                accept={ACCEPT}
                data-testid="file-input"
                onChange={(e) => {
                  const files = e.target.files ? [...e.target.files] : [];
                  e.target.value = '';
                  void importFiles(files);
                }}
              />
              <span>{t.importButton}</span>
            </label>
            <button
              type="button"
              className="link-button help-button"
              data-testid="help-button"
              onClick={() => setHelp(true)}
            >
              {t.helpButton}
            </button>
          </div>
          {state.report && (
            <button
              type="button"
              data-testid="report-button"
              onClick={() => dispatch({ type: 'reportOpen', open: true })}
            >
              {t.reportButton(state.report.issues.length)}
            </button>
          )}
          <button
            type="button"
            lang={state.lang === 'fr' ? 'en' : 'fr'}
            data-testid="language-switch"
            aria-label={t.languageLabel}
            onClick={() => dispatch({ type: 'lang', lang: state.lang === 'fr' ? 'en' : 'fr' })}
          >
            {t.language}
          </button>
        </div>
      </header>

      <div className="status-bar" role="status" aria-live="polite" data-testid="status">
        {state.notice ? (
          <span className={`notice ${state.notice.kind}`}>{state.notice.text}</span>
        ) : stageText ? (
          <span className="busy">
            <span className="spinner" aria-hidden="true" /> {stageText}
          </span>
        ) : storage === 'refused' && workspace && !workspace.demo ? (
          <StorageNotice t={t} place="status" onDownload={downloadWorkspace} />
        ) : ready && workspace ? (
          <span>{t.ready(workspace.graph.order, workspace.graph.size)}</span>
        ) : null}
      </div>
      {applied.length > 0 && (
        <div className="mapping-notice" data-testid="mapping-notice">
          <span>{t.mappingSavedApplied(applied.map((f) => f.name).join(', '))}</span>
          <button type="button" data-testid="mapping-undo" onClick={undoApplied}>
            {t.mappingUndo}
          </button>
        </div>
      )}

      {workspace && visible ? (
        <div className="workspace">
          <div className="left-column">
            <SidePanel
              graph={workspace.graph}
              ref_={ref}
              encodings={state.encodings}
              filters={state.filters}
              centrality={workspace.metrics.centrality}
              t={t}
              onEncodings={(encodings) => dispatch({ type: 'encodings', encodings })}
              onFilters={(filters) => dispatch({ type: 'filters', filters })}
              onReset={() => dispatch({ type: 'resetFilters' })}
              anonymous={state.anonymous}
              onAnonymous={(on) => dispatch({ type: 'anonymous', on })}
            />
            {legend}
          </div>
          <main className="center">
            <div className="view-switch" role="group" aria-label={t.views}>
              <button
                type="button"
                aria-pressed={state.view === 'map'}
                data-testid="view-map"
                onClick={() => dispatch({ type: 'view', view: 'map' })}
              >
                {t.viewMap}
              </button>
              <button
                type="button"
                aria-pressed={state.view === 'tables'}
                id="maillage-view-tables"
                data-testid="view-tables"
                onClick={() => dispatch({ type: 'view', view: 'tables' })}
              >
                {t.viewTables}
              </button>
            </div>
            <MapView
              highlight={state.highlight}
              suggested={state.suggested}
              whatIf={state.whatIf}
              stranded={stranded}
              names={names}
              presenting={state.presenting !== null}
              tools={
                <>
                  <Suspense fallback={null}>
                    <ExportMenu
                      mapRef={mapRef}
                      graph={workspace.graph}
                      metrics={workspace.metrics}
                      encodings={state.encodings}
                      ref_={ref}
                      t={t}
                      anonymous={state.anonymous}
                      title={shownTitle}
                      workspaceFile={() => {
                        const c = workspaceContents();
                        if (!c) throw new Error('no workspace');
                        // The menu reads the positions from the map itself.
                        return { ...c, positions: undefined };
                      }}
                    />
                  </Suspense>
                  <button
                    type="button"
                    data-testid="open-report"
                    disabled={!analysis}
                    onClick={() =>
                      setPrinting({
                        format: 'a4-portrait',
                        image: mapRef.current?.pngDataUrl() ?? null,
                      })
                    }
                  >
                    {t.printReport}
                  </button>
                  <button type="button" data-testid="present" onClick={() => present(0)}>
                    {t.present}
                  </button>
                </>
              }
              workspace={workspace}
              ref_={ref}
              encodings={state.encodings}
              filters={state.filters}
              selected={state.selected}
              focus={state.focus}
              visible={state.view === 'map'}
              layout={state.layout}
              t={t}
              mapRef={mapRef}
              onSelect={(id) => {
                detailsFrom.current = null;
                select(id);
              }}
              onShown={mapShown}
              onDrawn={(s) => {
                mapShown(s);
                dispatch({ type: 'drawn', serial: s });
              }}
              onLayout={(progress) => dispatch({ type: 'layout', progress })}
              onMoved={() => dispatch({ type: 'moved' })}
            />
            {state.view === 'tables' && (
              <Tables
                workspace={workspace}
                ref_={ref}
                visible={visible}
                names={names}
                t={t}
                onSelect={pickActor}
              />
            )}
            <AnalysisDrawer
              panel={state.panel}
              ready={analysis !== null && coverage !== null}
              t={t}
              onPanel={(panel) => dispatch({ type: 'panel', panel })}
            >
              {analysis &&
                coverage &&
                renderPanel(state.panel, {
                  workspace,
                  analysis,
                  ref_: effectiveRef,
                  t,
                  lang: state.lang,
                  names,
                  highlight: state.highlight,
                  onHighlight: (highlight) => dispatch({ type: 'highlight', highlight }),
                  onSelect: select,
                })}
            </AnalysisDrawer>
          </main>
          <DetailsPanel
            workspace={workspace}
            ref_={ref}
            selected={state.selected}
            focus={state.focus}
            names={names}
            anonymous={state.anonymous}
            redact={redact}
            t={t}
            onSelect={(id) => (id === null ? closeDetails() : pickActor(id))}
            onForget={() => forgetAndOpenDemo.current()}
            storage={storage}
            onDownloadWorkspace={downloadWorkspace}
            onFocus={(on) => dispatch({ type: 'focus', on })}
            onCenter={(id) => {
              dispatch({ type: 'view', view: 'map' });
              // After the map is shown again (and resized).
              requestAnimationFrame(() => mapRef.current?.select(id, { center: true }));
            }}
          />
        </div>
      ) : (
        <div className="loading-screen">
          <span className="spinner" aria-hidden="true" /> {t.loading}
        </div>
      )}

      {printing && workspace && analysis && coverage && (
        <Suspense fallback={null}>
          <PrintableReport
            workspace={workspace}
            analysis={analysis}
            coverage={coverage}
            ref_={effectiveRef}
            names={names}
            anonymous={state.anonymous}
            title={shownTitle}
            mapImage={printing.image}
            filteredTo={filtering && visible ? visible.nodes.size : null}
            legend={legend}
            format={printing.format}
            t={t}
            onFormat={(format) => setPrinting({ ...printing, format })}
            onClose={() => setPrinting(null)}
          />
        </Suspense>
      )}

      {state.presenting !== null && workspace && (
        <Presentation
          views={shownViews}
          index={state.presenting}
          fallbackTitle={shownTitle}
          anonymous={state.anonymous}
          t={t}
          legend={legend}
          onStep={present}
          onExit={() => present(null)}
        />
      )}

      {state.report && (
        <ReportDialog
          report={shownReport ?? state.report}
          open={state.reportOpen}
          keptMap={state.reportKeptMap}
          t={t}
          rereading={rereading}
          onClose={() => dispatch({ type: 'reportOpen', open: false })}
          onHelp={() => setHelp(true)}
        />
      )}

      {/* After the report: opened together, the mapping dialog is the one on top. */}
      {mapping && (
        <MappingDialog
          key={mapping.name}
          file={
            state.anonymous
              ? { ...mapping, sample: mapping.sample?.map((row) => row.map(redact)) }
              : mapping
          }
          ref_={ref}
          t={t}
          onApply={(columns, role) => applyMapping(mapping, columns, role)}
          onClose={closeMapping}
          onHelp={() => setHelp(true)}
        />
      )}
      {help && <HelpDialog ref_={ref} t={t} onClose={() => setHelp(false)} />}

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>
            <p className="drop-title">{t.dropHere}</p>
            <p>{t.dropHint}</p>
          </div>
        </div>
      )}
    </div>
  );
}
