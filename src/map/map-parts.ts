// The managers a map is made of, one job each, and how they are wired: which one asks which.
// network-map.ts is the facade the app drives; this file builds what it drives, once, over a
// new Cytoscape instance: the names (names.ts), the camera (camera.ts), the display states
// (marks.ts: one writer for Cytoscape and the links layer), big maps' progressive filling
// (filling.ts), the textures drawn ahead (texture-warmup.ts), the layouts (layout-runs.ts),
// the looks restyled (restyle.ts) and the pointer and viewport events (map-events.ts).
import type cytoscape from 'cytoscape';
import type { Core, NodeCollection } from 'cytoscape';
import type { MaillageGraph } from '../model';
import { LAYOUT_FIRST_MAX } from '../layout';
import { MapCamera } from './camera.ts';
import { fragilityInput, visibleInput } from './display-state.ts';
import { holdWithLinks, type EdgeLayer } from './edge-layer.ts';
import type { ElementContext } from './elements.ts';
import { ProgressiveFill } from './filling.ts';
import { groupingOf } from './groups.ts';
import { MapLayouts } from './layout-runs.ts';
import { listenToMap } from './map-events.ts';
import { MapMarks } from './marks.ts';
import { MapNames } from './names.ts';
import type { RendererChoice } from './renderer.ts';
import type { Restyling } from './restyle.ts';
import { TASK_BUDGET, TextureWarmer } from './texture-warmup.ts';
import type { Encodings, Filters, MapMetrics, NetworkMapSetup } from './types.ts';

export interface MapParts {
  readonly labels: MapNames;
  readonly camera: MapCamera;
  readonly marks: MapMarks;
  readonly filling: ProgressiveFill;
  readonly warmer: TextureWarmer;
  readonly layouts: MapLayouts;
  readonly restyling: Restyling;
}

/** What the managers read of the map as it changes (the facade holds it). */
export interface MapNow {
  encodings(): Encodings;
  filters(): Filters;
  metrics(): MapMetrics | null;
  /** Big maps on the canvas renderer: the links, drawn outside Cytoscape (edge-layer.ts). */
  links(): EdgeLayer | null;
  destroyed(): boolean;
  /** Drawn and not destroyed. */
  live(): boolean;
  /** The actors not hidden. */
  visibleNodes(): NodeCollection;
  /** The looks' inputs now (encodings, metrics, names). */
  context(): ElementContext;
}

/** Makes the managers of a map over `cy` (created empty: the elements come in `draw`). */
export function makeMapParts(
  cy: Core,
  graph: MaillageGraph,
  renderer: RendererChoice,
  setup: NetworkMapSetup,
  now: MapNow,
): MapParts {
  // The layouts are made last; the others ask them only once the map is drawn.
  const groupNames = () => layouts.groupNames;
  const labels = new MapNames({
    cy,
    graph,
    renderer,
    labels: () => now.encodings().labels,
    live: now.live,
    links: now.links,
    visibleNodes: now.visibleNodes,
    reserved: () => groupNames().boxes(),
    warm: () => void warmer.warm(),
  });
  cy.style(labels.style() as unknown as cytoscape.StylesheetJson);
  // The whole map is framed with its groups' names (group-names.ts).
  const camera = new MapCamera(cy, labels, now.visibleNodes, (count) =>
    groupNames().circles(count),
  );
  const marks = new MapMarks(cy);
  marks.update({
    visible: visibleInput(graph, now.filters()),
    fragility: fragilityInput(graph, now.metrics(), now.encodings().articulation),
    nameless: now.encodings().labels === 'none',
  });
  const filling = new ProgressiveFill({
    cy,
    graph,
    container: setup.container,
    filters: now.filters,
    destroyed: now.destroyed,
    viewportForCircles: (circles, w, h) => camera.viewportForCircles(circles, w, h),
    onPreparing: setup.onPreparing,
    style: () => labels.style(),
    pixelRatio: () => labels.pixelRatio,
    namesDrawn: () => labels.namesDrawn(),
  });
  // The links layer waits with Cytoscape (else it shows the next zoom over the last frame).
  // Maps drawn without a picture warm in one task (tens of ms; in tasks, Cytoscape's held
  // frames ran their pre-draw work between them, a frame's wait each).
  const warmer = new TextureWarmer(
    cy,
    () => holdWithLinks(() => filling.holdDrawing(), now.links()),
    now.destroyed,
    graph.order > LAYOUT_FIRST_MAX ? TASK_BUDGET : Infinity,
  );
  // The still picture draws the actors' marks while it is on screen (filling.ts).
  marks.setPicture((nodes) => filling.setStates(nodes));
  const layouts: MapLayouts = new MapLayouts({
    cy,
    graph,
    positions: setup.positions,
    onLayout: setup.onLayout,
    container: setup.container,
    grouping: (ids) => groupingOf(graph, ids, now.encodings(), now.metrics()),
    named: () => now.encodings().labels !== 'none',
    destroyed: now.destroyed,
    // The actors are at new places: framed, and their names sized and chosen again.
    settle: (nodes) => {
      layouts.nameAndFrame(nodes, (shown) => camera.fitNow(shown));
      labels.rescale(true);
    },
    placeInChunks: (nodes, xy, settle) => filling.placeInChunks(nodes, xy, now.links(), settle),
    nameInView: () => labels.nameInView(),
    glideSurface: () => filling.glideSurface(now.links()),
    keepPicture: (most) => filling.keepPicture(most),
    frameAt: (circles) => camera.viewportAt(circles),
    warmed: () => warmer.warm(),
  });
  const restyling = { cy, graph, filling, marks, context: now.context };
  listenToMap(cy, setup, {
    hitAt: (position) => filling.hitAt(position),
    viewport: () => {
      filling.followViewport();
      labels.afterViewport(now.destroyed);
    },
  });
  return { labels, camera, marks, filling, warmer, layouts, restyling };
}
