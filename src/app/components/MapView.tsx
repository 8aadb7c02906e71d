// The React side of the map: creates one NetworkMap per workspace (and destroys it when
// the workspace goes), then forwards encodings, filters, metrics, selection and focus.
import { useEffect, useRef, useState, type RefObject } from 'react';
import {
  type LayoutProgress,
  LinkDrawing,
  NetworkMap,
  probeWebGL,
  type WebGLProbe,
} from '../../map';
import { layoutInWorker } from '../../workers';
import { useApp } from '../app-context.ts';
import { layoutKey, useMapFollowsApp, type MapInputs } from '../hooks/use-map-follows-app.ts';
import { LayoutChoice } from './LayoutChoice.tsx';
import { useText } from '../i18n/text-context.tsx';
import { LinkForm } from './edit/LinkForm.tsx';

interface Props extends MapInputs {
  /** More buttons for the toolbar (export, present). */
  tools?: React.ReactNode;
  layout: LayoutProgress;
  mapRef: React.MutableRefObject<NetworkMap | null>;
  onSelect: (id: string | null) => void;
  onDrawn: (serial: number) => void;
  /** A first picture of the map is on screen (big maps: before the interactive map). */
  onShown: (serial: number) => void;
  onLayout: (progress: LayoutProgress) => void;
  /** An actor was moved by hand (the autosave keeps positions). */
  onMoved: () => void;
}

let probe: WebGLProbe | null | undefined;

/** Whether the still picture stands in for the map: the map area's `data-overview`, which
 * React writes too (with the same value, a render later). */
function showOverview(area: HTMLElement | null, shown: boolean): void {
  if (area) area.dataset.overview = shown ? 'shown' : 'none';
}

export function MapView(props: Props) {
  const { workspace, encodings, visible, mapRef } = props;
  const t = useText();
  const container = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  /** Big maps: share of the elements Cytoscape has, while a still picture stands in. */
  const [preparing, setPreparing] = useState<number | null>(null);
  /** Why this workspace's map could not be drawn (said over the empty map). */
  const [drawFailure, setDrawFailure] = useState<string | null>(null);
  // Callbacks change identity on every render; the map keeps the latest through a ref.
  const latest = useRef(props);
  latest.current = props;
  /** The layout the actors' positions were made by (a change asked for lays them out). */
  const laidOutBy = useRef(layoutKey(encodings));

  useEffect(() => {
    const element = container.current;
    const mapArea = area.current;
    if (!element) return;
    performance.mark('maillage:map-effect');
    probe ??= probeWebGL();
    const p = latest.current;
    laidOutBy.current = layoutKey(p.encodings);
    let alive = true;
    const map = new NetworkMap({
      container: element,
      graph: workspace.graph,
      ref: p.ref_,
      metrics: workspace.metrics,
      encodings: p.encodings,
      filters: p.filters,
      initial: workspace.positions,
      positions: layoutInWorker,
      probe,
      forceRenderer: forcedRenderer(),
      names: p.names,
      onSelect: (id) => latest.current.onSelect(id),
      onLayout: (progress) => latest.current.onLayout(progress),
      onMoved: () => latest.current.onMoved(),
      onPreparing: (fraction) => {
        if (!alive) return;
        // Said at once, in the task that put the picture on screen (or took it away):
        // React's render of it comes later, after the work that task scheduled.
        showOverview(mapArea, fraction !== null);
        setPreparing(fraction);
        if (fraction === 0) latest.current.onShown(workspace.serial);
      },
    });
    mapRef.current = map;
    map.draw().then(
      () => {
        if (alive) latest.current.onDrawn(workspace.serial);
      },
      (e: unknown) => {
        if (!alive) return;
        setDrawFailure(e instanceof Error ? e.message : String(e));
        latest.current.onFailed('draw', e);
      },
    );
    return () => {
      alive = false;
      showOverview(mapArea, false);
      setPreparing(null);
      setDrawFailure(null);
      map.destroy();
      if (mapRef.current === map) mapRef.current = null;
    };
    // A new map for a new workspace only; metrics and the rest arrive through the effects
    // below (positions belong to the workspace and never change within it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspace.serial, workspace.graph, mapRef]);

  const { chose } = useMapFollowsApp(mapRef, container, laidOutBy, props);
  const { dispatch } = useApp();

  const { linking, setLinking, drawn, setDrawn } = useLinkDrawing(
    mapRef,
    container,
    workspace.serial,
  );

  const { layout } = props;
  const withMap = (fn: (map: NetworkMap) => void) => () => {
    if (mapRef.current) fn(mapRef.current);
  };
  return (
    <div
      ref={area}
      className="map-area"
      hidden={!visible}
      data-testid="map-area"
      data-overview={preparing !== null ? 'shown' : 'none'}
    >
      <div
        ref={container}
        id="maillage-map"
        // Skip links land here (then Tab goes on to the toolbar).
        tabIndex={-1}
        className="map-canvas"
        role="img"
        aria-label={t.mapDescription(workspace.graph.order, workspace.graph.size)}
        data-testid="map"
      />
      <div className="map-toolbar" role="toolbar" aria-label={t.mapLabel}>
        <LayoutChoice
          graph={workspace.graph}
          encodings={encodings}
          running={layout.running}
          onChoose={(layoutBy, column) => {
            chose.current = true;
            dispatch({
              type: 'encodings',
              encodings: { layoutBy, layoutColumn: layoutBy === 'column' ? column : undefined },
            });
          }}
          onRelayout={withMap((m) => {
            m.relayout().catch((e: unknown) => latest.current.onFailed('layout', e));
          })}
        />
        {props.tools}
      </div>
      <ZoomTools linking={linking} onLinking={setLinking} withMap={withMap} />
      {linking && (
        <p className="layout-progress link-drawing-hint" role="status" data-testid="link-hint">
          {t.linkDrawing}
        </p>
      )}
      {drawn && workspace.graph.hasNode(drawn.source) && workspace.graph.hasNode(drawn.target) && (
        <LinkForm from={drawn.source} to={drawn.target} onClose={() => setDrawn(null)} />
      )}
      {drawFailure !== null && (
        <p className="map-failed notice error" data-testid="map-failed">
          {t.failure('draw', drawFailure)}
        </p>
      )}
      <MapProgress
        preparing={preparing}
        layout={layout}
        onCancel={withMap((m) => m.cancelLayout())}
      />
    </div>
  );
}

/** "Link" mode: dragging from an actor to another opens the link form with both ends
 * (`drawn`); wired on the map's Cytoscape and container, the facade stays as it is. */
function useLinkDrawing(
  mapRef: RefObject<NetworkMap | null>,
  container: RefObject<HTMLDivElement | null>,
  serial: number,
) {
  const [linking, setLinking] = useState(false);
  const [drawn, setDrawn] = useState<{ source: string; target: string } | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    const element = container.current;
    if (!map || !element || !linking) return;
    const drawing = new LinkDrawing({
      cy: map.cy,
      container: element,
      onDrawn: (source, target) => setDrawn({ source, target }),
      onStop: () => setLinking(false),
      actorAt: (position) => map.actorAt(position),
    });
    return () => drawing.stop();
  }, [linking, serial, mapRef, container]);
  return { linking, setLinking, drawn, setDrawn };
}

/** Zoom and fit in a corner of their own (the toolbar above stays on one row at 1280 pixels),
 * with the 'link' mode's switch. */
function ZoomTools(props: {
  linking: boolean;
  onLinking: (on: boolean) => void;
  withMap: (fn: (map: NetworkMap) => void) => () => void;
}) {
  const { linking, onLinking, withMap } = props;
  const t = useText();
  return (
    <div className="map-zoom" role="toolbar" aria-label={t.zoomTools}>
      {/* Drawing links: with the map's own gestures (the toolbar above is full at 1280 px). */}
      <button
        type="button"
        data-testid="draw-link"
        aria-pressed={linking}
        title={t.linkDrawTitle}
        onClick={() => onLinking(!linking)}
      >
        {t.linkDraw}
      </button>
      <button
        type="button"
        onClick={withMap((m) => m.view.zoomBy(1.25))}
        aria-label={t.zoomIn}
        title={t.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        onClick={withMap((m) => m.view.zoomBy(0.8))}
        aria-label={t.zoomOut}
        title={t.zoomOut}
      >
        −
      </button>
      <button type="button" onClick={withMap((m) => m.view.fit())}>
        {t.fit}
      </button>
    </div>
  );
}

/** Over the map: how far a big map's filling in or a layout has gone (the layout can be
 * cancelled). */
function MapProgress(props: {
  preparing: number | null;
  layout: LayoutProgress;
  onCancel: () => void;
}) {
  const { preparing, layout, onCancel } = props;
  const t = useText();
  return (
    <>
      {preparing !== null && (
        <div className="layout-progress" role="status" data-testid="map-preparing">
          <progress
            max={100}
            value={Math.round(preparing * 100)}
            aria-label={t.mapPreparing(Math.round(preparing * 100))}
          />
          <span>{t.mapPreparing(Math.round(preparing * 100))}</span>
        </div>
      )}
      {layout.running && preparing === null && (
        <div className="layout-progress" role="status" data-testid="layout-progress">
          <progress
            max={100}
            value={Math.round(layout.fraction * 100)}
            aria-label={t.layoutRunning(Math.round(layout.fraction * 100))}
          />
          <span>{t.layoutRunning(Math.round(layout.fraction * 100))}</span>
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      )}
    </>
  );
}

/** `?renderer=webgl` or `?renderer=canvas` in the address forces a renderer (diagnostics). */
function forcedRenderer(): 'webgl' | 'canvas' | null {
  const value = new URLSearchParams(window.location.search).get('renderer');
  return value === 'webgl' || value === 'canvas' ? value : null;
}
