// The workspace on screen: the side panel and the legend (left), the map or the tables
// with the analysis drawer under them (centre), the details of the selected actor (right).
import { lazy, Suspense, type ReactNode } from 'react';
import type { Visible } from '../../map';
import { useApp } from '../app-context.ts';
import { useText } from '../i18n/text-context.tsx';
import { failed, type AppState } from '../state.ts';
import { mapMarks } from '../view-model.ts';
import type { Workspace } from '../workspace.ts';
import { AnalysisDrawer } from './AnalysisDrawer.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { MapView } from './MapView.tsx';
import type { PanelProps } from './panels/types.ts';
import { SidePanel } from './SidePanel.tsx';
import { Tables } from './Tables.tsx';
import { CompareBar } from './versions/CompareBar.tsx';
import { ViewsPanel } from './ViewsPanel.tsx';

// Loaded when first shown: the first map of the demo does not wait for the panels or the
// exports (GEXF, SVG writers).
const ExportMenu = lazy(() => import('./ExportMenu.tsx').then((m) => ({ default: m.ExportMenu })));
const CoveragePanel = lazy(() =>
  import('./panels/CoveragePanel.tsx').then((m) => ({ default: m.CoveragePanel })),
);
const LinksPanel = lazy(() =>
  import('./panels/LinksPanel.tsx').then((m) => ({ default: m.LinksPanel })),
);
const ArticulationPanel = lazy(() =>
  import('./panels/ArticulationPanel.tsx').then((m) => ({ default: m.ArticulationPanel })),
);

interface Props {
  workspace: Workspace;
  visible: Visible;
  /** The legend, shown under the side panel. */
  legend: ReactNode;
}

export function WorkspaceLayout({ workspace, visible, legend }: Props) {
  const t = useText();
  const { state, dispatch, ref, model, session, sessionView, mapRef, actions, comparison } =
    useApp();
  const analysis = model.analysis;
  const { coverage, names } = model;
  return (
    <div className="workspace">
      <div className="left-column">
        <SidePanel
          graph={workspace.graph}
          ref_={ref}
          encodings={state.encodings}
          filters={state.filters}
          centrality={workspace.metrics.centrality}
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
          {...mapMarks(state, model)}
          tools={
            <>
              <Suspense fallback={null}>
                <ExportMenu
                  mapRef={mapRef}
                  graph={workspace.graph}
                  metrics={workspace.metrics}
                  encodings={state.encodings}
                  ref_={ref}
                  anonymous={state.anonymous}
                  title={model.title}
                  workspaceFile={() => {
                    const c = actions.workspaceContents();
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
                  actions.print({
                    format: 'a4-portrait',
                    image: mapRef.current?.pngDataUrl() ?? null,
                  })
                }
              >
                {t.printReport}
              </button>
              {/* Beside the map's other tools: the header must hold on one row at 1366 px. */}
              <button
                type="button"
                data-testid="versions-button"
                onClick={() => dispatch({ type: 'versionsOpen', open: true })}
              >
                {t.verButton}
              </button>
              <button type="button" data-testid="present" onClick={() => actions.present(0)}>
                {t.present}
              </button>
            </>
          }
          workspace={workspace}
          ref_={ref}
          visible={state.view === 'map'}
          layout={state.layout}
          mapRef={mapRef}
          onSelect={actions.selectOnMap}
          onShown={(s) => session.mapShown(s, false)}
          onDrawn={(s) => {
            session.mapShown(s, true);
            dispatch({ type: 'drawn', serial: s });
            // A reload keeps the zoom and pan the workspace was saved with.
            if (state.camera) mapRef.current?.view.setCamera(state.camera);
          }}
          onFailed={(step, e) => {
            // The analysis does not wait for a map that will not come (the panels and tables
            // still need it).
            if (step === 'draw') session.mapShown(workspace.serial, true);
            dispatch(failed(step, e));
          }}
          onLayout={(progress) => dispatch({ type: 'layout', progress })}
          onMoved={() => dispatch({ type: 'moved' })}
        />
        {/* The comparison's legend: in the column's flow, it takes room from the map. */}
        {comparison && state.compareOnMap && state.view === 'map' && (
          <CompareBar shown={comparison} />
        )}
        {state.view === 'tables' && (
          <Tables
            workspace={workspace}
            ref_={ref}
            visible={visible}
            names={names}
            onSelect={actions.pickActor}
          />
        )}
        <AnalysisDrawer
          panel={state.panel}
          ready={analysis !== null && coverage !== null}
          onPanel={(panel) => dispatch({ type: 'panel', panel })}
        >
          {analysis && coverage && (
            <Suspense fallback={null}>
              <Panel
                panel={state.panel}
                common={{
                  workspace,
                  analysis,
                  ref_: model.ref,
                  lang: state.lang,
                  names,
                  highlight: state.highlight,
                  onHighlight: (highlight) => dispatch({ type: 'highlight', highlight }),
                  onSelect: actions.select,
                }}
              />
            </Suspense>
          )}
        </AnalysisDrawer>
      </main>
      <DetailsPanel
        workspace={workspace}
        ref_={ref}
        selected={state.selected}
        focus={state.focus}
        names={names}
        anonymous={state.anonymous}
        redact={model.redact}
        onSelect={(id) => (id === null ? actions.closeDetails() : actions.pickActor(id))}
        onForget={() => session.forgetAndOpenDemo()}
        storage={sessionView.storage}
        onDownloadWorkspace={actions.downloadWorkspace}
        onFocus={(on) => dispatch({ type: 'focus', on })}
        onCenter={actions.centerOn}
      />
    </div>
  );
}

/** The open analysis panel. */
function Panel({ panel, common }: { panel: AppState['panel']; common: PanelProps }) {
  const { state, dispatch, model, actions } = useApp();
  switch (panel) {
    case 'coverage':
      return (
        <CoveragePanel
          {...common}
          coverage={model.coverage ?? common.analysis.coverage}
          expected={model.ref.expected}
          edited={state.expected !== null}
          onExpected={(expected) => dispatch({ type: 'expected', expected })}
          rules={state.rules}
          onRules={(rules) => dispatch({ type: 'rules', rules })}
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
          shown={model.redact}
          capture={actions.captureView}
          litCount={state.highlight?.ids.length ?? 0}
          onViews={(views) => dispatch({ type: 'views', views })}
          onShow={(index) => dispatch({ type: 'showView', index })}
          onPresent={actions.present}
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
}
