// The map: one Cytoscape instance over one graph, driven by plain method calls (no React
// here). The app creates a NetworkMap when a new graph arrives and destroys it when it
// leaves; encodings, filters, selection and focus change classes and data in place, so
// positions survive every change except an explicit relayout.
//
// Layouts run off the main thread through a `PositionsRunner` the app supplies (fcose up to
// FCOSE_MAX actors, ForceAtlas2 above); the elements are added once, at their final
// positions when they are known (the pipeline worker lays small maps out with the import),
// so Cytoscape never lays out or restyles twice on the main thread.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ReferenceData } from '../domain';
import { FCOSE_MAX, labelSize, mapLabel, nameBox, fitViewport } from '../layout';
import type { MaillageGraph } from '../model';
import { declutter, type LabelBox } from './declutter.ts';
import { EdgeLayer } from './edge-layer.ts';
import {
  BIG_MAP,
  LABEL_PX,
  nodeClasses,
  colourColumnOf,
  nodeVisual,
  sizeScale,
  toElements,
  type ElementContext,
} from './elements.ts';
import { isFiltering, visibleElements } from './filters.ts';
import { canvasMeasure } from './labels.ts';
import { nameEveryone } from './export-image.ts';
import { overlayCanvas } from './overlay-canvas.ts';
import { drawOverview, followTransform, type OverviewNode } from './overview.ts';
import {
  applyPositions,
  groupedPositions,
  normalisePositions,
  runFcose,
  type LayoutProgress,
  type PositionsRunner,
} from './layout.ts';
import { chooseRenderer, type RendererChoice, type WebGLProbe } from './renderer.ts';
import { BIG_EDGE_OPACITY, BIG_MIN_FONT, EDGE, NAMED, styleBlocks } from './style.ts';
import { NO_FILTERS, type Encodings, type Filters, type MapMetrics } from './types.ts';

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export interface NetworkMapSetup {
  container: HTMLElement;
  graph: MaillageGraph;
  ref: ReferenceData;
  metrics: MapMetrics | null;
  encodings: Encodings;
  filters?: Filters;
  /** Positions already computed (x0, y0, … in the graph's node order), e.g. by the import. */
  initial?: Float64Array | null;
  /** Off-main-thread layouts. Without it, small maps are laid out here. */
  positions?: PositionsRunner;
  /** WebGL probe (null = canvas). */
  probe?: WebGLProbe | null;
  /** Forces a renderer (diagnostics). */
  forceRenderer?: 'webgl' | 'canvas' | null;
  /** Names to show instead of the actors' own (anonymous mode). */
  names?: ReadonlyMap<string, string>;
  onSelect?: (id: string | null) => void;
  onLayout?: (progress: LayoutProgress) => void;
  /** An actor was moved by hand. */
  onMoved?: () => void;
  /**
   * Big maps: a still picture of the map is on screen (`fraction` of the elements handed to
   * Cytoscape so far), or the interactive map has replaced it (null).
   */
  onPreparing?: (fraction: number | null) => void;
}

/** Up to this many actors, names keep the same size on screen whatever the zoom (the
 * stylesheet is rebuilt after each zoom) and are chosen again to avoid overlaps. */
export const SCREEN_LABELS_MAX = 400;
/** Up to this many actors, fcose keeps room for the names under the actors. */
export const DECLUTTER_MAX = 1500;

const PADDING = 40;

/** Names in presentation mode are this much bigger (read from the back of a room). */
const PRESENTATION_TEXT = 1.5;

/** A part of the map, in model coordinates. */
export interface Camera {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Big maps add their elements in chunks of about this many milliseconds of work each. */
const CHUNK_BUDGET = 80;
/** Big maps move their actors to the layout's positions this many at a time. */
const PLACE_CHUNK = 1500;

/** The node elements (the first `order` elements) of the actors the filters keep. */
function shownNodeElements(
  elements: ElementDefinition[],
  order: number,
  graph: MaillageGraph,
  filters: Filters,
): ElementDefinition[] {
  const shown = isFiltering(filters) ? visibleElements(graph, filters).nodes : null;
  return elements
    .slice(0, order)
    .filter((el) => el.position && (!shown || shown.has(el.data.id as string)));
}

/** Has Cytoscape compute (and cache) the bounding boxes of `elements` now, so that its next
 * frame need not. */
function measureBounds(elements: cytoscape.CollectionReturnValue | NodeCollection): void {
  elements.forEach((element) => {
    element.boundingBox();
  });
}

/** Resolves in a task of its own. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** (x, y, diameter) of node elements, as viewportForCircles takes them. */
function circlesOf(nodes: readonly ElementDefinition[]): number[] {
  return nodes.flatMap(({ data, position }) => [
    position?.x ?? 0,
    position?.y ?? 0,
    Number(data.size) || 20,
  ]);
}

export class NetworkMap {
  readonly cy: Core;
  readonly renderer: RendererChoice;
  private readonly graph: MaillageGraph;
  private readonly ref: ReferenceData;
  private readonly setup: NetworkMapSetup;
  private metrics: MapMetrics | null;
  private encodings: Encodings;
  private filters: Filters;
  private layoutAbort: AbortController | null = null;
  private focused: string | null = null;
  private destroyed = false;
  private drawn = false;
  /** Names kept by the declutter, or null when every name is drawn. */
  private kept: Set<string> | null = null;
  /** Big maps: the names are to be chosen again before they are next drawn. */
  private namesStale = false;
  /** Label scale of the current stylesheet (1 / zoom on small maps). */
  private labelScale = 1;
  private names: ReadonlyMap<string, string> | undefined;
  /** Presentation mode: bigger, high-contrast names. */
  private presenting = false;
  /** Big maps: the still picture shown until the first frame (overview.ts), and the
   * viewport it was drawn for. */
  private overview: HTMLCanvasElement | null = null;
  private overviewViewport: { zoom: number; pan: { x: number; y: number } } | null = null;
  /** Holds on Cytoscape's drawing (holdDrawing), and what they put aside. */
  private holds = 0;
  private heldOwn = false;
  private heldRender: unknown = undefined;
  /** Big maps on the canvas renderer: the links, drawn outside Cytoscape (edge-layer.ts). */
  private links: EdgeLayer | null = null;

  constructor(setup: NetworkMapSetup) {
    register();
    this.setup = setup;
    this.graph = setup.graph;
    this.ref = setup.ref;
    this.metrics = setup.metrics;
    this.encodings = setup.encodings;
    this.filters = setup.filters ?? NO_FILTERS;
    this.names = setup.names;
    this.renderer = chooseRenderer(
      this.graph.order,
      this.graph.size,
      setup.probe ?? null,
      setup.forceRenderer,
    );
    const { webgl, ...perf } = this.renderer;
    // Created empty: the elements come in `draw`, once, at their positions.
    this.cy = cytoscape({
      container: setup.container,
      style: this.style() as unknown as cytoscape.StylesheetJson,
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
      ...perf,
      ...(webgl ? { webgl: true } : {}),
    } as cytoscape.CytoscapeOptions);
    this.cy.on('dragfree', 'node', () => setup.onMoved?.());
    this.cy.on('tap', 'node', (event) => {
      setup.onSelect?.((event.target as NodeSingular).id());
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) setup.onSelect?.(null);
    });
    let viewportTimer: ReturnType<typeof setTimeout> | undefined;
    this.cy.on('viewport', () => {
      // The still picture follows a pan or zoom made while the map fills in, as the links'
      // layer does.
      if (this.overview && this.overviewViewport) {
        this.overview.style.transform = followTransform(
          this.overviewViewport,
          this.cy.zoom(),
          this.cy.pan(),
        );
      }
      clearTimeout(viewportTimer);
      viewportTimer = setTimeout(() => {
        if (this.destroyed) return;
        this.rescaleLabels();
        this.nameInView();
      }, 150);
    });
    this.cy.on('mouseover', 'node', (event) => {
      (event.target as NodeSingular).addClass('hover');
    });
    this.cy.on('mouseout', 'node', (event) => {
      (event.target as NodeSingular).removeClass('hover');
    });
  }

  private get big(): boolean {
    return this.graph.order > BIG_MAP;
  }

  /** Canvas pixels per CSS pixel, as the renderer draws. */
  private get pixelRatio(): number {
    const ratio = this.renderer.pixelRatio;
    return ratio === 'auto' ? window.devicePixelRatio || 1 : ratio;
  }

  private style() {
    return styleBlocks({
      big: this.big,
      webgl: this.renderer.webgl,
      labelScale: this.textScale,
      presentation: this.presenting,
    });
  }

  /** Applies the stylesheet again (scale or presentation changed), links layer included. */
  private restyle(): void {
    const blocks = this.style();
    this.cy.style(blocks as unknown as cytoscape.StylesheetJson);
    this.links?.setStyle(blocks);
  }

  /** Label scale of the stylesheet: the zoom compensation, times the projector boost. */
  private get textScale(): number {
    return this.labelScale * (this.presenting ? PRESENTATION_TEXT : 1);
  }

  private context(): ElementContext {
    return {
      ref: this.ref,
      metrics: this.metrics,
      encodings: this.encodings,
      names: this.names,
      column: colourColumnOf(this.graph, this.encodings),
    };
  }

  /** The graph as the layouts take it: node index pairs and sizes, in node order. */
  private layoutInput(nodes: NodeCollection) {
    const index = new Map<string, number>();
    nodes.forEach((n, i) => {
      index.set(n.id(), i);
    });
    // The graph's links (big maps draw theirs outside Cytoscape), not the suggested ones.
    const edges = this.edgesAmong(index);
    const xy = new Float64Array(nodes.length * 2);
    const sizes = new Float64Array(nodes.length);
    const labels = new Float64Array(nodes.length * 2);
    const named = this.encodings.labels !== 'none' && nodes.length <= DECLUTTER_MAX;
    nodes.forEach((n, i) => {
      const p = n.position();
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
      sizes[i] = Number(n.data('size'));
      if (named) {
        const box = nameBox(String(n.data('label')), Number(n.data('tier')), canvasMeasure);
        labels[2 * i] = box.width;
        labels[2 * i + 1] = box.height;
      }
    });
    return {
      n: nodes.length,
      edges,
      sizes,
      xy,
      aspect: this.cy.width() / Math.max(1, this.cy.height()),
      ...(named ? { labels } : {}),
    };
  }

  /**
   * Adds the elements and resolves once the map is drawn. Small maps: at the positions the
   * import computed, else after fcose in a worker. Big maps: on a grouped arrangement at
   * once, then ForceAtlas2 runs in a worker (`onLayout` reports it, `cancelLayout` stops it).
   */
  async draw(): Promise<void> {
    const elements = toElements(this.graph, this.context());
    const ids = this.graph.nodes();
    let xy = this.setup.initial ?? null;
    const small = this.graph.order <= FCOSE_MAX;
    const start = groupedPositions(
      ids,
      (id) => this.metrics?.nodes[id]?.community ?? 0,
      this.big ? 14 : 40,
    );
    if (!xy && small && this.setup.positions) {
      const sizes = Float64Array.from(elements.slice(0, ids.length), (e) => Number(e.data.size));
      const edges = this.edgesAmong(new Map(ids.map((id, i) => [id, i])));
      xy = await this.setup.positions(
        {
          mode: 'fcose',
          n: ids.length,
          edges,
          sizes,
          xy: start,
          aspect: this.cy.width() / Math.max(1, this.cy.height()),
        },
        () => undefined,
        new AbortController().signal,
      );
      if (this.destroyed) return;
    }
    const at = xy ?? start;
    ids.forEach((id, i) => {
      const el = elements[i] as ElementDefinition;
      if (el.data.id === id) el.position = { x: at[2 * i] as number, y: at[2 * i + 1] as number };
    });
    if (xy && this.graph.order <= SCREEN_LABELS_MAX) {
      // Names keep their size on screen through a stylesheet scaled by 1 / zoom
      // (rescaleLabels): built for the zoom the map opens at, the elements are styled once
      // instead of twice (the second time cost the demo's first frame 100–200 ms).
      const viewport = this.viewportForCircles(
        circlesOf(shownNodeElements(elements, ids.length, this.graph, this.filters)),
        this.cy.width(),
        this.cy.height(),
      );
      if (viewport) {
        this.labelScale = 1 / viewport.zoom;
        this.restyle();
      }
    }
    const t0 = performance.now();
    // The elements carry the metrics they were built with: a full analysis arriving while
    // a big map is being filled in is applied once the map is drawn (setMetrics waits).
    const builtWith = this.metrics;
    try {
      if (this.big) {
        // The elements were built in this task; the picture gets a task of its own.
        await nextTask();
        if (this.destroyed) return;
        // On the canvas renderer the links go to a layer of their own (edge-layer.ts), on
        // screen from now on; under WebGL, Cytoscape draws them well.
        const layered = !this.renderer.webgl;
        if (layered) {
          this.showLinks(elements, ids, at);
          await nextTask();
          if (this.destroyed) return;
        }
        // The picture: the actors, and the links when they have no layer.
        this.overview = this.showOverview(elements, ids.length, !layered);
        const added = layered ? elements.slice(0, ids.length) : elements;
        if (!(await this.addInChunks(added, ids.length))) return;
      } else {
        this.cy.batch(() => {
          this.cy.add(elements);
          if (this.encodings.labels === 'none') this.cy.nodes().addClass('nolabel');
          this.applyArticulation();
          this.applyFilters();
        });
      }
      performance.measure('maillage:add-elements', { start: t0, end: performance.now() });
      if (!xy && small) runFcose(this.cy, this.cy.nodes());
      this.fitNow(this.visibleNodes());
      this.drawn = true;
      if (this.metrics !== builtWith) {
        this.refreshVisuals();
        this.applyArticulation();
      }
      const t1 = performance.now();
      // A big map about to be laid out chooses its names once the actors are in place.
      if (!this.big || this.setup.initial) this.rescaleLabels(true);
      this.nameInView();
      performance.measure('maillage:labels', { start: t1, end: performance.now() });
      const t2 = performance.now();
      await this.nextFrame();
      performance.measure('maillage:first-frame', { start: t2, end: performance.now() });
    } finally {
      // The picture goes once the map is drawn, or if drawing failed or stopped.
      if (this.overview) {
        this.overview.remove();
        this.overview = null;
        if (!this.destroyed) this.setup.onPreparing?.(null);
      }
    }
    // Big maps are laid out in a worker, unless they come with their positions (a saved
    // workspace).
    if (!small && !this.setup.initial && !this.destroyed) {
      void this.layoutInWorker(this.visibleNodes());
    }
  }

  /**
   * Big maps: one chunk of elements per frame, outside any batch, with drawing held back.
   * Cytoscape computes styles and label sizes lazily, before the next frame: in a single
   * batch all 50,000 were computed in the first frame (one task of 10+ s). Here each frame
   * does one chunk's share, and the map is drawn once, at the end. False when the map was
   * destroyed meanwhile.
   */
  private async addInChunks(elements: ElementDefinition[], order: number): Promise<boolean> {
    const release = this.holdDrawing();
    try {
      // Chunk sizes follow the time the last chunk took (frame and task), aiming at
      // CHUNK_BUDGET ms a turn; actors cost several times as much as links (names, shapes).
      const cost = { nodes: 1, edges: 0.25 };
      for (let i = 0; i < elements.length;) {
        const group = i < order ? 'nodes' : 'edges';
        const limit = group === 'nodes' ? order : elements.length;
        const size = Math.max(50, Math.min(5000, Math.round(CHUNK_BUDGET / cost[group])));
        const end = Math.min(limit, i + size);
        const started = performance.now();
        const added = this.cy.add(elements.slice(i, end));
        i = end;
        await this.frameThenTask();
        if (this.destroyed) return false;
        // Bounding boxes now, chunk by chunk, rather than all in the first frame.
        measureBounds(added);
        cost[group] = (performance.now() - started) / Math.max(1, added.length);
        if (this.overview) this.setup.onPreparing?.(i / elements.length);
      }
    } finally {
      release();
    }
    this.cy.batch(() => {
      if (this.encodings.labels === 'none') this.cy.nodes().addClass('nolabel');
      this.applyArticulation();
      this.applyFilters();
    });
    return true;
  }

  /**
   * Big maps on the canvas renderer: puts the links on their own layer and draws them at
   * once, on the viewport the map will open on, while Cytoscape takes the actors.
   */
  private showLinks(elements: ElementDefinition[], ids: string[], xy: Float64Array): void {
    const started = performance.now();
    const shown = shownNodeElements(elements, ids.length, this.graph, this.filters);
    const viewport = this.viewportForCircles(circlesOf(shown), this.cy.width(), this.cy.height());
    if (viewport) this.cy.viewport(viewport);
    this.links = new EdgeLayer(
      this.cy,
      this.setup.container,
      ids,
      xy,
      elements.slice(ids.length),
      this.style(),
      this.pixelRatio,
    );
    this.hideFilteredLinks(visibleElements(this.graph, this.filters));
    this.links.start();
    performance.measure('maillage:links-shown', { start: started, end: performance.now() });
  }

  private hideFilteredLinks(visible: ReturnType<typeof visibleElements>): void {
    this.links?.setState('hidden', (id) => !visible.edges.has(id));
  }

  /**
   * Puts a still picture of the map (overview.ts) over the container until Cytoscape's first
   * frame: the actors shown, at their positions, framed as the map will open, and the links
   * when `withLinks` (no links layer). Returns the canvas, or null when there is nothing to
   * draw or no 2D context.
   */
  private showOverview(
    elements: ElementDefinition[],
    order: number,
    withLinks: boolean,
  ): HTMLCanvasElement | null {
    const started = performance.now();
    const container = this.setup.container;
    const width = this.cy.width();
    const height = this.cy.height();
    const canvas = overlayCanvas(container.ownerDocument, 'map-overview', {
      width: `${width}px`,
      height: `${height}px`,
      zIndex: '5',
      background: 'transparent',
    });
    const ctx = canvas.getContext('2d');
    if (!ctx || width <= 0 || height <= 0) return null;
    const shownNodes = shownNodeElements(elements, order, this.graph, this.filters);
    if (shownNodes.length === 0) return null;
    const index = new Map<string, number>();
    const nodes: OverviewNode[] = shownNodes.map(({ data, position }, i) => {
      index.set(data.id as string, i);
      return {
        x: position?.x ?? 0,
        y: position?.y ?? 0,
        size: Number(data.size),
        colour: String(data.colour),
        shape: data.shape as OverviewNode['shape'],
      };
    });
    const edges: number[] = [];
    const widths: number[] = [];
    for (let i = withLinks ? order : elements.length; i < elements.length; i++) {
      const { data } = elements[i] as ElementDefinition;
      const a = index.get(data.source as string);
      const b = index.get(data.target as string);
      if (a === undefined || b === undefined) continue;
      edges.push(a, b);
      widths.push(Number(data.width));
    }
    const viewport = this.viewportForCircles(circlesOf(shownNodes), width, height);
    if (!viewport) return null;
    canvas.width = width;
    canvas.height = height;
    this.overviewViewport = viewport;
    drawOverview(ctx, {
      nodes,
      edges,
      widths,
      edgeColour: EDGE,
      edgeOpacity: BIG_EDGE_OPACITY,
      viewport,
    });
    container.appendChild(canvas);
    performance.measure('maillage:overview', { start: started, end: performance.now() });
    this.setup.onPreparing?.(0);
    return canvas;
  }

  /**
   * Lets Cytoscape's frames run their pre-draw work (styles, label sizes, link geometry of
   * the elements added since the last frame) but not draw; the returned function draws
   * again. Relies on the renderer's `render` method (Cytoscape 3.x canvas renderer).
   */
  private holdDrawing(): () => void {
    const renderer = (this.cy as unknown as { renderer(): { render?: unknown } | null }).renderer();
    if (!renderer || typeof renderer.render !== 'function') return () => undefined;
    // Holds may overlap (filling in, then a layout's end): the first one stops drawing and
    // the last release starts it again.
    if (this.holds === 0) {
      this.heldOwn = Object.prototype.hasOwnProperty.call(renderer, 'render');
      this.heldRender = renderer.render;
      renderer.render = () => undefined;
    }
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      if (this.holds > 0) return;
      if (this.heldOwn) renderer.render = this.heldRender;
      else delete renderer.render;
      if (!this.destroyed) this.cy.forceRender();
    };
  }

  /** Resolves after the next animation frame, in a task of its own. */
  private frameThenTask(): Promise<void> {
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        setTimeout(resolve, 0);
      }),
    );
  }

  /** The graph's links between actors of `index` (actor id → position), as index pairs. */
  private edgesAmong(index: ReadonlyMap<string, number>): Int32Array {
    const pairs: number[] = [];
    this.graph.forEachEdge((_key, _link, source, target) => {
      const a = index.get(source);
      const b = index.get(target);
      if (a !== undefined && b !== undefined) pairs.push(a, b);
    });
    return Int32Array.from(pairs);
  }

  /** Waits for two animation frames: Cytoscape has drawn what was set before the call. */
  nextFrame(): Promise<void> {
    return new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
    );
  }

  private visibleNodes(): NodeCollection {
    return this.cy.nodes().not('.hidden');
  }

  /** Runs the layout again on the actors shown (hidden ones keep their place). */
  async relayout(): Promise<void> {
    const nodes = this.visibleNodes();
    if (nodes.length === 0) return;
    if (!this.setup.positions) {
      // fcose reads the links from Cytoscape: a map with a links layer lends them for the run.
      this.lendLinks(() => runFcose(this.cy, nodes));
      this.fitNow(nodes);
      this.rescaleLabels(true);
      return;
    }
    await this.layoutInWorker(nodes);
  }

  private async layoutInWorker(nodes: NodeCollection): Promise<void> {
    const runner = this.setup.positions;
    if (!runner) return;
    this.cancelLayout();
    const abort = new AbortController();
    this.layoutAbort = abort;
    const fcoseMode = nodes.length <= FCOSE_MAX;
    const input = {
      ...this.layoutInput(nodes),
      mode: fcoseMode ? 'fcose' : 'forceatlas2',
    } as const;
    this.setup.onLayout?.({ running: true, fraction: 0 });
    let lastApplied = performance.now();
    // Small maps show the layout taking shape; big ones only at the end (moving and
    // redrawing 10,000 actors is a long task of its own).
    const live = nodes.length <= BIG_MAP;
    const place = (xy: Float64Array) => (fcoseMode ? xy : normalisePositions(xy, input.edges, 80));
    try {
      const result = await runner(
        input,
        (fraction, partial) => {
          if (abort.signal.aborted || this.destroyed) return;
          this.setup.onLayout?.({ running: true, fraction });
          if (live && performance.now() - lastApplied > 1000) {
            applyPositions(this.cy, nodes, place(partial));
            lastApplied = performance.now();
          }
        },
        abort.signal,
      );
      if (result && !abort.signal.aborted && !this.destroyed) {
        if (live) {
          applyPositions(this.cy, nodes, place(result));
          this.fitNow(nodes);
          this.rescaleLabels(true);
          this.nameInView();
        } else {
          await this.placeInChunks(nodes, place(result));
        }
      }
    } finally {
      if (this.layoutAbort === abort) this.layoutAbort = null;
      if (!this.destroyed) this.setup.onLayout?.({ running: false, fraction: 1 });
    }
  }

  /**
   * Big maps: moves the actors to the layout's positions a chunk per frame with drawing
   * held (their bounding boxes computed as they go), chooses the names in a task of their
   * own if they are drawn at this zoom (else at the first zoom that draws them), then draws
   * once. In one task, moving 10,000 actors, choosing their names and drawing them took
   * 1.5 s.
   */
  private async placeInChunks(nodes: NodeCollection, xy: Float64Array): Promise<void> {
    const release = this.holdDrawing();
    const resume = this.links?.hold();
    try {
      for (let i = 0; i < nodes.length; i += PLACE_CHUNK) {
        const chunk = nodes.slice(i, i + PLACE_CHUNK);
        applyPositions(this.cy, chunk, xy.subarray(2 * i));
        measureBounds(chunk);
        await this.frameThenTask();
        if (this.destroyed) return;
      }
      this.fitNow(nodes);
      this.rescaleLabels(true);
      await this.frameThenTask();
    } finally {
      resume?.();
      release();
      performance.mark('maillage:placed');
    }
    this.nameInView();
  }

  /** Stops a layout running in a worker; the actors stay where they are. */
  cancelLayout(): void {
    this.layoutAbort?.abort();
    this.layoutAbort = null;
  }

  get layoutRunning(): boolean {
    return this.layoutAbort !== null;
  }

  /** Zoom and pan to show `nodes`, computed from positions and sizes only (Cytoscape's own
   * fit measures every label and link first: seconds on a big map). */
  private fitNow(nodes: NodeCollection): void {
    const viewport = this.viewportFor(nodes);
    if (viewport) this.cy.viewport(viewport);
  }

  /** The viewport that fits `nodes` into the map, or into its top-left `width` × `height`
   * when overlays cover the rest. */
  private viewportFor(nodes: NodeCollection, width = this.cy.width(), height = this.cy.height()) {
    const boxes: number[] = [];
    nodes.forEach((n) => {
      const p = n.position();
      boxes.push(p.x, p.y, Number(n.data('size')) || 20);
    });
    return this.viewportForCircles(boxes, width, height);
  }

  /** viewportFor, on (x, y, diameter) triples. */
  private viewportForCircles(boxes: number[], width: number, height: number) {
    // Names hang below the actors and spread sideways: leave them room (more in
    // presentation mode, where they are bigger).
    const named = this.graph.order <= SCREEN_LABELS_MAX && this.encodings.labels !== 'none';
    // A short map (the analysis drawer open) keeps margins in proportion, or the network
    // would shrink to a strip.
    const room = Math.min(width, height);
    const text = this.presenting ? PRESENTATION_TEXT : 1;
    const label = named ? Math.min(3 * (LABEL_PX[2] as number) * text, 0.08 * room) : 0;
    return fitViewport(
      boxes,
      width,
      height,
      Math.min(PADDING + (named ? 50 : 0), 0.1 * room),
      label,
      this.cy.minZoom(),
      Math.min(this.cy.maxZoom(), 1.6),
    );
  }

  // ------------------------------------------------------------------------------- names

  /** Names that must win the declutter: the selected actor, the articulation points while
   * they are highlighted, the partners of the selected actor. */
  private boost(node: NodeSingular): number {
    if (node.selected()) return 1e9;
    if (node.hasClass('critical')) return 1e8;
    if (node.hasClass('neighbour')) return 1e7;
    if (node.hasClass('lit') || node.hasClass('stranded')) return 1e6;
    return 0;
  }

  /**
   * Leaves out the names that would overlap, on maps of every size (big maps draw the names
   * kept only once zoomed in: `min-zoomed-font-size`). Label boxes are measured here
   * (labels.ts) rather than asked of Cytoscape, which would lay out every label and link
   * first.
   */
  declutter(cause: 'layout' | 'state' = 'state'): void {
    if (!this.drawn) return;
    // Big maps choose again only when positions, names, their sizes or the actors shown
    // change: each choice restyles thousands of actors, and the selected, hovered and lit
    // ones show their names anyway.
    if (this.big && cause === 'state') return;
    // Nor do they choose while their names are too small to be drawn (a whole-map zoom):
    // the choice waits for a zoom that draws them (nameInView) or for a picture.
    if (this.big && !this.namesDrawable()) {
      this.namesStale = true;
      return;
    }
    this.declutterNow();
  }

  private declutterNow(): void {
    const started = performance.now();
    this.namesStale = false;
    if (this.encodings.labels !== 'auto') {
      this.kept = null;
      this.cy.nodes('.quiet').removeClass('quiet');
      return;
    }
    const k = this.textScale;
    const labels: LabelBox[] = [];
    this.visibleNodes().forEach((node) => {
      const tier = Number(node.data('tier'));
      const text = String(node.data('label'));
      if (!text) return;
      const font = (LABEL_PX[tier] as number) * k;
      // Presentation mode draws every name bold.
      const bold = tier === 3 || this.presenting;
      const box = labelSize(text, font, (tier === 3 ? 150 : 124) * k, bold, canvasMeasure);
      const p = node.position();
      const size = Number(node.data('size'));
      const top = p.y + size / 2 + 3 * k;
      labels.push({
        id: node.id(),
        x1: p.x - box.width / 2,
        x2: p.x + box.width / 2,
        y1: top,
        y2: top + box.height,
        priority: Number(node.data('size')) + this.boost(node),
      });
    });
    // Names may cross links and other actors (their background keeps them legible) but
    // never another name.
    this.kept = declutter(labels, [], 4 * k);
    const kept = this.kept;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const show = kept.has(node.id());
        if (show === node.hasClass('quiet')) {
          if (show) node.removeClass('quiet');
          else node.addClass('quiet');
        }
      });
    });
    // Names that came back on a big map get their label if they are in view.
    this.nameInView();
    performance.measure('maillage:declutter', { start: started, end: performance.now() });
  }

  /**
   * Big maps: gives their names to the actors in view (and a margin around) once names are
   * big enough on screen to be drawn. Names stay once given. Cytoscape draws a name when its
   * size at the zoom's texture level (the next power of two of zoom × pixel ratio) reaches
   * `min-zoomed-font-size`: the same test here, for the biggest names.
   */
  private nameInView(): void {
    if (!this.big || !this.drawn || this.destroyed || !this.namesDrawable()) return;
    if (this.namesStale) this.declutterNow();
    const { x1, y1, w, h } = this.cy.extent();
    const mx = w * 0.25;
    const my = h * 0.25;
    const unnamed = this.cy.nodes(':visible').filter((n) => {
      // A name left out by the declutter needs no label (hover and selection give it one).
      if (n.hasClass(NAMED) || n.hasClass('quiet')) return false;
      const p = n.position();
      return p.x >= x1 - mx && p.x <= x1 + w + mx && p.y >= y1 - my && p.y <= y1 + h + my;
    });
    if (unnamed.length > 0) unnamed.addClass(NAMED);
  }

  /** Big maps: Cytoscape draws names at this zoom (the biggest ones at least). */
  private namesDrawable(): boolean {
    const level = 2 ** Math.ceil(Math.log2(this.cy.zoom() * this.pixelRatio));
    return (LABEL_PX[3] as number) * this.textScale * level >= BIG_MIN_FONT;
  }

  /**
   * Small maps keep names the same size on screen whatever the zoom (a new stylesheet with
   * names scaled by 1 / zoom), then choose again which names fit: zooming in shows more of
   * them. Bigger maps keep fixed names (restyling every actor on each zoom would stall).
   */
  rescaleLabels(force = false): void {
    if (!this.drawn) return;
    if (this.graph.order <= SCREEN_LABELS_MAX) {
      const scale = 1 / this.cy.zoom();
      const changed = Math.abs(scale - this.labelScale) / this.labelScale >= 0.04;
      if (!changed && !force) return;
      if (changed) {
        this.labelScale = scale;
        this.restyle();
      }
    } else if (!force) {
      return;
    }
    this.declutter('layout');
  }

  // ------------------------------------------------------------------------------- state

  setEncodings(encodings: Encodings): void {
    const before = this.encodings;
    this.encodings = encodings;
    const sizeChanged =
      before.sizeBy !== encodings.sizeBy || before.sizeColumn !== encodings.sizeColumn;
    if (
      sizeChanged ||
      before.colourBy !== encodings.colourBy ||
      before.colourColumn !== encodings.colourColumn
    ) {
      this.refreshVisuals();
    }
    if (before.labels !== encodings.labels) {
      if (encodings.labels === 'none') this.cy.nodes().addClass('nolabel');
      else this.cy.nodes().removeClass('nolabel');
    }
    if (before.articulation !== encodings.articulation) this.applyArticulation();
    if (
      before.labels !== encodings.labels ||
      sizeChanged ||
      before.articulation !== encodings.articulation
    ) {
      this.declutter(before.labels !== encodings.labels || sizeChanged ? 'layout' : 'state');
    }
  }

  setMetrics(metrics: MapMetrics | null): void {
    if (metrics === this.metrics) return;
    this.metrics = metrics;
    if (!this.drawn) return;
    const started = performance.now();
    this.refreshVisuals();
    this.applyArticulation();
    if (this.encodings.sizeBy === 'betweenness') this.declutter('layout');
    performance.measure('maillage:metrics-applied', { start: started, end: performance.now() });
  }

  /** Rewrites the visual data that changed (only those: restyling 10,000 actors for
   * nothing is a long task). */
  private refreshVisuals(): void {
    const { sizeBy, sizeColumn } = this.encodings;
    const size = sizeScale(this.graph, this.metrics, sizeBy, sizeColumn);
    const ctx = this.context();
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const id = node.id();
        const actor = this.graph.getNodeAttributes(id);
        const visual = nodeVisual(actor, ctx, size(id), this.graph.order);
        const current = node.data() as Record<string, unknown>;
        const changed = Object.entries(visual).filter(([k, v]) => current[k] !== v);
        if (changed.length) node.data(Object.fromEntries(changed));
      });
    });
  }

  private applyArticulation(): void {
    const on = this.encodings.articulation && this.metrics !== null;
    const bridges = new Set(this.metrics?.bridges ?? []);
    this.cy.batch(() => {
      this.cy.elements('.critical, .dim').removeClass('critical dim');
      if (!on) return;
      this.cy.nodes().forEach((node) => {
        const critical = nodeClasses(node.id(), this.metrics) === 'cut';
        node.addClass(critical ? 'critical' : 'dim');
      });
      this.cy.edges(':not(.suggested)').forEach((edge) => {
        edge.addClass(bridges.has(edge.id()) ? 'critical' : 'dim');
      });
    });
    this.links?.setState('critical', on ? (id) => bridges.has(id) : null);
    this.links?.setState('dim', on ? (id) => !bridges.has(id) : null);
  }

  setFilters(filters: Filters): void {
    if (filters === this.filters) return;
    this.filters = filters;
    this.applyFilters();
    this.declutter('layout');
    this.nameInView();
    if (this.focused && this.cy.getElementById(this.focused).hasClass('hidden')) {
      this.focus(null);
    }
  }

  private applyFilters(): void {
    const visible = visibleElements(this.graph, this.filters);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const show = visible.nodes.has(node.id());
        if (show === node.hasClass('hidden')) {
          if (show) node.removeClass('hidden');
          else node.addClass('hidden');
        }
      });
      this.cy.edges().forEach((edge) => {
        // A suggested link is not in the graph: it shows when both its actors do.
        const show = edge.hasClass('suggested')
          ? visible.nodes.has(edge.data('source') as string) &&
            visible.nodes.has(edge.data('target') as string)
          : visible.edges.has(edge.id());
        if (show === edge.hasClass('hidden')) {
          if (show) edge.removeClass('hidden');
          else edge.addClass('hidden');
        }
      });
    });
    this.hideFilteredLinks(visible);
  }

  /** Selects an actor (null: none), marks its links, and brings it into view. */
  select(id: string | null, options: { center?: boolean } = {}): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      this.cy.elements('.neighbour').removeClass('neighbour');
      if (id === null) return;
      const node = this.cy.getElementById(id);
      if (node.empty()) return;
      node.select();
      node.connectedEdges().addClass('neighbour');
      node.neighborhood('node').addClass('neighbour');
    });
    this.links?.setState('neighbour', this.incident(id));
    this.declutter();
    if (id !== null && options.center) {
      const node = this.cy.getElementById(id);
      if (node.nonempty() && !node.hasClass('hidden')) {
        this.cy.animate(
          { center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) },
          { duration: 250 },
        );
      }
    }
  }

  /** Shows only an actor and its partners (null: everything again). */
  focus(id: string | null): void {
    this.focused = id;
    this.cy.batch(() => {
      this.cy.elements('.faded').removeClass('faded');
      if (id === null) return;
      const node = this.cy.getElementById(id);
      if (node.empty()) return;
      const around = node.closedNeighborhood();
      this.cy.elements().not(around).addClass('faded');
    });
    const around = this.incident(id);
    this.links?.setState('faded', around && ((...link) => !around(...link)));
    const target =
      id === null
        ? this.visibleNodes()
        : this.cy.getElementById(id).closedNeighborhood().nodes().not('.hidden');
    const viewport = this.viewportFor(target);
    if (viewport) this.cy.animate(viewport, { duration: 250 });
  }

  /** Lights a set of actors (a row of an analysis panel) and the links between them, and
   * brings them into view; null lights nothing. Unknown ids are ignored. */
  highlight(ids: readonly string[] | null, options: { fit?: boolean } = {}): void {
    const nodes = this.cy.collection();
    if (ids) {
      for (const id of ids) {
        const node = this.cy.getElementById(id);
        if (node.nonempty() && node.isNode()) nodes.merge(node);
      }
    }
    this.cy.batch(() => {
      this.cy.elements('.lit, .unlit').removeClass('lit unlit');
      if (ids === null) return;
      const edges = nodes.edgesWith(nodes);
      nodes.addClass('lit');
      edges.addClass('lit');
      this.cy.elements().not(nodes).not(edges).not('.suggested').addClass('unlit');
    });
    if (this.links) {
      const lit = new Set(nodes.map((n) => n.id()));
      const inside = (_id: string, s: string, t: string) => lit.has(s) && lit.has(t);
      this.links.setState('lit', ids === null ? null : inside);
      this.links.setState('unlit', ids === null ? null : (...link) => !inside(...link));
    }
    // Lit actors get their names first.
    this.declutter();
    if (ids !== null && options.fit !== false) {
      const viewport = this.viewportFor(nodes.filter((n) => !n.hasClass('hidden')));
      if (viewport) this.cy.animate(viewport, { duration: 250 });
    }
  }

  /** Shows these names instead of the actors' own (anonymous mode); ids not in the map
   * keep their name. Labels are chosen again so they still do not overlap. */
  setNames(names: ReadonlyMap<string, string>): void {
    this.names = names;
    let changed = false;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const id = node.id();
        const name =
          names.get(id) ??
          (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'name') : null);
        if (name === null || node.data('name') === name) return;
        node.data({ name, label: mapLabel(name) });
        changed = true;
      });
    });
    if (changed) this.declutter('layout');
  }

  /** Presentation mode on or off: names grow and darken, and are chosen again. */
  setPresentation(on: boolean): void {
    if (on === this.presenting) return;
    this.presenting = on;
    this.restyle();
    this.declutter('layout');
    this.nameInView();
  }

  /** The part of the map on screen, in model coordinates (kept by saved views: restored
   * on a screen of another size, it shows the same part of the map). */
  camera(): Camera {
    const e = this.cy.extent();
    return { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 };
  }

  /** Shows this part of the map, as large as the screen allows. */
  setCamera(camera: Camera, options: { animate?: boolean } = {}): void {
    const viewport = this.cameraViewport(camera, this.cy.width(), this.cy.height());
    if (options.animate) this.cy.animate(viewport, { duration: 300 });
    else this.cy.viewport(viewport);
  }

  private cameraViewport(camera: Camera, width: number, height: number) {
    const w = Math.max(1, camera.x2 - camera.x1);
    const h = Math.max(1, camera.y2 - camera.y1);
    const zoom = Math.min(
      this.cy.maxZoom(),
      Math.max(this.cy.minZoom(), Math.min(width / w, height / h)),
    );
    const pan = {
      x: width / 2 - zoom * (camera.x1 + w / 2),
      y: height / 2 - zoom * (camera.y1 + h / 2),
    };
    return { zoom, pan };
  }

  /**
   * Frames a saved view: its camera when the actors it is about (`focus`, else every actor
   * shown) all fall inside it, else those actors, fitted. A camera saved on another screen
   * size, or before a filter changed what is shown, would otherwise leave them off screen.
   * `insets`: room taken on the right and at the bottom by overlays (presentation mode).
   */
  frameView(
    camera: Camera | null,
    focus: readonly string[],
    insets: { right: number; bottom: number } = { right: 0, bottom: 0 },
  ): void {
    this.cy.stop();
    const wanted = new Set(focus);
    const lit = this.visibleNodes().filter((node) => wanted.has(node.id()));
    const nodes = lit.nonempty() ? lit : this.visibleNodes();
    if (nodes.empty()) return;
    const width = Math.max(100, this.cy.width() - insets.right);
    const height = Math.max(100, this.cy.height() - insets.bottom);
    if (camera) {
      const viewport = this.cameraViewport(camera, width, height);
      let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
      nodes.forEach((node) => {
        const p = (node as NodeSingular).position();
        const x = p.x * viewport.zoom + viewport.pan.x;
        const y = p.y * viewport.zoom + viewport.pan.y;
        [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
      });
      const inside = x1 >= 0 && x2 <= width && y1 >= 0 && y2 <= height;
      // A camera much wider than what the view is about (saved before a filter) is not kept.
      const tiny = Math.max((x2 - x1) / width, (y2 - y1) / height) < 0.6;
      if (inside && !tiny) {
        this.cy.animate(viewport, { duration: 300 });
        return;
      }
    }
    const viewport = this.viewportFor(nodes, width, height);
    if (viewport) this.cy.animate(viewport, { duration: 300 });
  }

  /** Tells the links of an actor on the map (null: no actor, or not on the map). */
  private incident(id: string | null): ((id: string, s: string, t: string) => boolean) | null {
    if (id === null || this.cy.getElementById(id).empty()) return null;
    return (_link, s, t) => s === id || t === id;
  }

  /**
   * Runs `draw` (a picture made by Cytoscape: PNG, SVG) on the map as a picture needs it:
   * names chosen (big maps choose them only when they are drawn) and every link in
   * Cytoscape (big maps lend theirs, see `lendLinks`).
   */
  forPicture<T>(draw: () => T): T {
    if (this.namesStale) this.declutterNow();
    return this.lendLinks(draw);
  }

  /**
   * Runs `draw` with every link in Cytoscape: big maps draw theirs on a layer of their own
   * (edge-layer.ts), which Cytoscape's pictures and layouts would leave out. They are added
   * for the time of `draw`, with their states.
   */
  private lendLinks<T>(draw: () => T): T {
    if (!this.links) return draw();
    // While the map fills in, only the links whose actors Cytoscape has already.
    const links = this.links
      .elements()
      .filter(
        ({ data }) =>
          this.cy.hasElementWithId(data.source as string) &&
          this.cy.hasElementWithId(data.target as string),
      );
    try {
      this.cy.add(links);
      return draw();
    } finally {
      // Cytoscape's own links are the suggested ones only.
      this.cy.edges(':not(.suggested)').remove();
    }
  }

  /** The links with a state (big maps' link layer; for tests and diagnostics). */
  layerLinks(state: Parameters<EdgeLayer['withState']>[0]): string[] | null {
    return this.links ? this.links.withState(state) : null;
  }

  /** The actors lit now, in map order. */
  litIds(): string[] {
    return this.cy.nodes('.lit').map((n) => n.id());
  }

  /** Draws suggested partnerships as dashed links (replacing those drawn before); pairs
   * whose actors are not on the map are skipped. */
  setSuggested(pairs: readonly { source: string; target: string }[]): void {
    this.cy.batch(() => {
      this.cy.edges('.suggested').remove();
      const added = pairs
        .filter(
          (p) =>
            this.cy.getElementById(p.source).nonempty() &&
            this.cy.getElementById(p.target).nonempty(),
        )
        .map((p) => ({
          group: 'edges' as const,
          data: {
            id: `suggested:${p.source}|${p.target}`,
            source: p.source,
            target: p.target,
            width: 3,
          },
          classes: 'suggested',
        }));
      if (added.length) this.cy.add(added);
    });
  }

  /** The suggested links drawn now, as "source|target". */
  suggestedPairs(): string[] {
    return this.cy.edges('.suggested').map((e) => `${e.data('source')}|${e.data('target')}`);
  }

  /** "What if this actor left": it fades out with its links, and `stranded` (the actors it
   * cuts off) are marked. null restores the map. */
  whatIf(id: string | null, stranded: readonly string[] = []): void {
    this.cy.batch(() => {
      this.cy.elements('.gone, .stranded').removeClass('gone stranded');
      if (id === null) return;
      const node = this.cy.getElementById(id);
      if (node.empty()) return;
      node.addClass('gone');
      node.connectedEdges().addClass('gone');
      for (const s of stranded) this.cy.getElementById(s).addClass('stranded');
    });
    this.links?.setState('gone', this.incident(id));
    this.declutter();
    if (id !== null) {
      const around = this.cy.getElementById(id).union(this.cy.nodes('.stranded'));
      const viewport = this.viewportFor(around.filter((n) => !n.hasClass('hidden')));
      if (viewport) this.cy.animate(viewport, { duration: 250 });
    }
  }

  /** The actors marked as cut off by `whatIf`. */
  strandedIds(): string[] {
    return this.cy.nodes('.stranded').map((n) => n.id());
  }

  get focusedId(): string | null {
    return this.focused;
  }

  fit(): void {
    const viewport = this.viewportFor(this.visibleNodes());
    if (viewport) this.cy.animate(viewport, { duration: 200 });
  }

  zoomBy(factor: number): void {
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }

  /**
   * The actors shown, as a PNG data URL about `width` CSS pixels wide (drawn at twice that
   * for print), for the printable report. Names are sized for the picture, as they would
   * be on a screen showing the whole map, whatever the zoom on screen now.
   */
  pngDataUrl(width = 1400): string {
    nameEveryone(this.cy);
    const bb = this.cy.elements(':visible').boundingBox({});
    const zoom = Math.min(width / Math.max(1, bb.w), (width * 0.8) / Math.max(1, bb.h), 2);
    const before = this.labelScale;
    const resize = this.graph.order <= SCREEN_LABELS_MAX && this.presenting === false;
    if (resize) {
      this.labelScale = 1 / zoom;
      this.restyle();
      this.declutter();
    }
    try {
      return this.forPicture(() =>
        this.cy.png({ output: 'base64uri', bg: '#ffffff', full: true, scale: 2 * zoom }),
      );
    } finally {
      if (resize) {
        this.labelScale = before;
        this.restyle();
        this.declutter();
      }
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.cancelLayout();
    this.overview?.remove();
    this.overview = null;
    this.links?.destroy();
    this.links = null;
    this.cy.destroy();
  }
}
