// Big maps, filled in progressively so that the page never freezes for long: a still
// picture of the map first (overview.ts), the links on a layer of their own (edge-layer.ts),
// Cytoscape given the actors a chunk per frame with its drawing held, and a layout's
// positions applied the same way.
import type { CollectionReturnValue, Core, ElementDefinition, NodeCollection } from 'cytoscape';
import type { Viewport } from '../layout';
import type { MaillageGraph } from '../model';
import { EdgeLayer } from './edge-layer.ts';
import { circlesOf, shownNodeElements } from './element-places.ts';
import { applyPositions } from './layout.ts';
import { overlayCanvas } from './overlay-canvas.ts';
import { NodeLooks } from './node-look.ts';
import {
  drawOverview,
  followTransform,
  type OverviewNode,
  type OverviewScene,
} from './overview.ts';
import { LivePicture } from './picture-live.ts';
import { BIG_EDGE_OPACITY, EDGE, type StyleBlock } from './style.ts';
import type { NodeVisual } from './elements.ts';
import type { Filters } from './types.ts';

/** Big maps add their elements in chunks of about this many milliseconds of work each. */
const CHUNK_BUDGET = 80;
/** Big maps move their actors to the layout's positions this many at a time (1,500 made a
 * task of about 200 ms on two busy cores: events and bounding boxes of every actor moved). */
const PLACE_CHUNK = 500;
/** The picture is drawn again at the viewport once it has rested this long (ms). */
const REST = 150;

/** Has Cytoscape compute (and cache) the bounding boxes of `elements` now, so that its next
 * frame need not. */
function measureBounds(elements: CollectionReturnValue | NodeCollection): void {
  elements.forEach((element) => {
    element.boundingBox();
  });
}

/** Resolves in a task of its own. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after the next animation frame, in a task of its own. */
export function frameThenTask(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    }),
  );
}

/** Waits for two animation frames: Cytoscape has drawn what was set before the call. */
export const twoFrames = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** What the filling needs of the map. */
export interface FillHost {
  readonly cy: Core;
  readonly graph: MaillageGraph;
  readonly container: HTMLElement;
  filters(): Filters;
  destroyed(): boolean;
  viewportForCircles(circles: number[], width: number, height: number): Viewport | null;
  onPreparing?: ((fraction: number | null) => void) | undefined;
  /** The stylesheet (the picture draws the actors' marks as Cytoscape would). */
  style(): readonly StyleBlock[];
  /** Canvas pixels per CSS pixel. */
  pixelRatio(): number;
}

export class ProgressiveFill {
  private readonly host: FillHost;
  private readonly cy: Core;
  /** The still picture shown until the first frame, and the viewport it was drawn for. */
  private overview: HTMLCanvasElement | null = null;
  private overviewViewport: Viewport | null = null;
  /** What the picture is drawn from (every actor, in map order), and its live part. */
  private scene: OverviewScene | null = null;
  private live: LivePicture | null = null;
  /** The actors' display states, as marks.ts last wrote them (null: none yet). */
  private states: Uint16Array | null = null;
  /** The elements being filled in, how many are actors, and how many Cytoscape has. */
  private elements: ElementDefinition[] | null = null;
  private order = 0;
  private added = 0;
  private pictureFrame = 0;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  /** Holds on Cytoscape's drawing (holdDrawing), and what they put aside. */
  private holds = 0;
  private heldOwn = false;
  private heldRender: unknown = undefined;

  constructor(host: FillHost) {
    this.host = host;
    this.cy = host.cy;
  }

  /** The still picture follows a pan or zoom made while the map fills in, as the links'
   * layer does. */
  followViewport(): void {
    if (this.overview && this.overviewViewport) {
      this.overview.style.transform = followTransform(
        this.overviewViewport,
        this.cy.zoom(),
        this.cy.pan(),
      );
      // Drawn again at the new viewport once it rests: sharp when zoomed in.
      clearTimeout(this.restTimer);
      this.restTimer = setTimeout(() => this.schedulePicture(), REST);
    }
    this.live?.follow();
  }

  /** The viewport the map opens on: the actors the filters keep, at their element
   * positions (the first `order` elements), fitted into the map. */
  private openingViewport(elements: ElementDefinition[], order: number): Viewport | null {
    const { cy, graph } = this.host;
    const shown = shownNodeElements(elements, order, graph, this.host.filters());
    return this.host.viewportForCircles(circlesOf(shown), cy.width(), cy.height());
  }

  /** The zoom the map opens at (null: nothing to frame). */
  openingZoom(elements: ElementDefinition[], order: number): number | null {
    return this.openingViewport(elements, order)?.zoom ?? null;
  }

  /**
   * Puts the links on their own layer (canvas renderer), framed on the viewport the map will
   * open on, while Cytoscape takes the actors. The layer starts drawing once the caller has
   * given it the links' states.
   */
  linksLayer(
    elements: ElementDefinition[],
    ids: string[],
    xy: Float64Array,
    blocks: readonly StyleBlock[],
    pixelRatio: number,
  ): EdgeLayer {
    const { cy } = this.host;
    const viewport = this.openingViewport(elements, ids.length);
    // The picture has framed the map already (showOverview): not moved again for nothing.
    const { x, y } = cy.pan();
    if (viewport && (viewport.zoom !== cy.zoom() || viewport.pan.x !== x || viewport.pan.y !== y)) {
      cy.viewport(viewport);
    }
    const links = elements.slice(ids.length);
    return new EdgeLayer(cy, this.host.container, ids, xy, links, blocks, pixelRatio);
  }

  /**
   * Puts a still picture of the map (overview.ts) over the container until Cytoscape's first
   * frame: the actors shown, at their positions, framed as the map will open, and the links
   * when `withLinks` (no links layer). The picture is live (picture-live.ts): the pointer
   * finds its actors, and it is drawn again with their marks and at the viewport once it
   * rests. Nothing when there is nothing to draw or no 2D context.
   */
  private showOverview(elements: ElementDefinition[], order: number, withLinks: boolean): void {
    const started = performance.now();
    const { container, graph } = this.host;
    const width = this.cy.width();
    const height = this.cy.height();
    const canvas = overlayCanvas(container.ownerDocument, 'map-overview', {
      width: `${width}px`,
      height: `${height}px`,
      zIndex: '5',
      background: 'transparent',
    });
    const ctx = canvas.getContext('2d');
    if (!ctx || width <= 0 || height <= 0) return;
    const shownNodes = shownNodeElements(elements, order, graph, this.host.filters());
    if (shownNodes.length === 0) return;
    const viewport = this.host.viewportForCircles(circlesOf(shownNodes), width, height);
    if (!viewport) return;
    // The map opens on this viewport: the picture and the links layer are drawn for it.
    this.cy.viewport(viewport);
    const shown = new Set(shownNodes.map(({ data }) => data.id as string));
    // Every actor, in map order (the marks' order); those the filters leave out at alpha 0.
    const ids: string[] = [];
    const labels: string[] = [];
    const index = new Map<string, number>();
    const nodes: OverviewNode[] = elements.slice(0, order).map(({ data, position }, i) => {
      const id = data.id as string;
      ids.push(id);
      labels.push(String(data.label ?? ''));
      index.set(id, i);
      return {
        x: position?.x ?? 0,
        y: position?.y ?? 0,
        size: Number(data.size),
        colour: String(data.colour),
        shape: data.shape as OverviewNode['shape'],
        alpha: shown.has(id) ? 1 : 0,
      };
    });
    const edges: number[] = [];
    const widths: number[] = [];
    for (let i = withLinks ? order : elements.length; i < elements.length; i++) {
      const { data } = elements[i] as ElementDefinition;
      const a = index.get(data.source as string);
      const b = index.get(data.target as string);
      if (a === undefined || b === undefined || !shown.has(data.source as string)) continue;
      if (!shown.has(data.target as string)) continue;
      edges.push(a, b);
      widths.push(Number(data.width));
    }
    canvas.width = width;
    canvas.height = height;
    this.overview = canvas;
    this.scene = {
      nodes,
      edges,
      widths,
      edgeColour: EDGE,
      edgeOpacity: BIG_EDGE_OPACITY,
      viewport,
    };
    this.live = new LivePicture(
      {
        container,
        width: () => this.cy.width(),
        height: () => this.cy.height(),
        viewport: () => ({ zoom: this.cy.zoom(), pan: this.cy.pan() }),
        pixelRatio: this.host.pixelRatio(),
      },
      ids,
      nodes,
      labels,
    );
    if (this.states) this.live.setStates(this.states);
    this.drawPicture(viewport);
    container.appendChild(canvas);
    performance.measure('maillage:overview', { start: started, end: performance.now() });
    this.host.onPreparing?.(0);
  }

  /** The actors' display states (marks.ts), drawn on the picture while it is on screen. */
  setStates(states: Uint16Array): void {
    this.states = Uint16Array.from(states);
    if (!this.live) return;
    this.live.setStates(this.states);
    this.schedulePicture();
  }

  /** Draws the picture again, with the actors' marks, soon (one drawing per frame at most). */
  private schedulePicture(): void {
    if (this.pictureFrame || !this.overview) return;
    this.pictureFrame = requestAnimationFrame(() => {
      this.pictureFrame = 0;
      this.drawPicture({ zoom: this.cy.zoom(), pan: { ...this.cy.pan() } });
    });
  }

  /** Draws the picture at `viewport`, each actor in the look of its marks. */
  private drawPicture(viewport: Viewport): void {
    const { overview, scene, live } = this;
    const ctx = overview?.getContext('2d');
    if (!overview || !scene || !ctx) return;
    const looks = new NodeLooks(this.host.style());
    const nodes = scene.nodes.map((node, i) => {
      if (!live || !this.states) return node;
      const look = looks.of(live.state(i));
      if (!look) return { ...node, alpha: 0 };
      return {
        ...node,
        alpha: look.opacity,
        ...(look.border > 0
          ? { ring: { width: look.border, colour: look.borderColour, opacity: look.borderOpacity } }
          : {}),
      };
    });
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, overview.width, overview.height);
    drawOverview(ctx, { ...scene, nodes, viewport });
    this.overviewViewport = viewport;
    overview.style.transform = followTransform(viewport, this.cy.zoom(), this.cy.pan());
  }

  /**
   * A change of look (colour, shape, size) while the map fills in: the actors Cytoscape does
   * not have yet take it from their definitions (those it has were rewritten by the caller),
   * and the picture and its hit index are made again with it.
   */
  restyle(visualOf: (id: string) => Partial<NodeVisual>): void {
    const { elements, scene } = this;
    if (!elements) return;
    for (let i = this.added; i < this.order; i++) {
      const { data } = elements[i] as ElementDefinition;
      Object.assign(data, visualOf(data.id as string));
    }
    if (!scene) return;
    scene.nodes.forEach((node, i) => {
      const { data } = elements[i] as ElementDefinition;
      node.colour = String(data.colour);
      node.size = Number(data.size);
      node.shape = data.shape as OverviewNode['shape'];
    });
    this.live?.resized();
    this.schedulePicture();
  }

  /** The actor at (x, y) (model pixels) on the live picture, or null (no picture, none). */
  hitAt(position: { x: number; y: number }): string | null {
    return this.live ? this.live.hitAt(position.x, position.y) : null;
  }

  /** Glides to the actors of `ids` (null: all shown) from the picture's positions, while
   * the picture stands in for Cytoscape; false when it does not. */
  glideTo(ids: readonly string[] | null): boolean {
    if (!this.live) return false;
    const viewport = this.host.viewportForCircles(
      this.live.circles(ids),
      this.cy.width(),
      this.cy.height(),
    );
    if (viewport) this.cy.animate(viewport, { duration: 250 });
    return true;
  }

  /** Centres actor `id` at `zoom` from the picture's positions, while the picture stands in
   * for Cytoscape; false when it does not. */
  centreOn(id: string, zoom: number): boolean {
    if (!this.live) return false;
    const [x, y] = this.live.circles([id]);
    if (x === undefined || y === undefined) return true;
    const pan = { x: this.cy.width() / 2 - zoom * x, y: this.cy.height() / 2 - zoom * y };
    this.cy.animate({ zoom, pan }, { duration: 250 });
    return true;
  }

  /** The live picture, while it stands in for Cytoscape (tests, diagnostics). */
  get picture(): LivePicture | null {
    return this.live;
  }

  /** The picture goes (the map is drawn, or drawing failed or stopped). */
  removeOverview(): void {
    this.live?.destroy();
    this.live = null;
    cancelAnimationFrame(this.pictureFrame);
    this.pictureFrame = 0;
    clearTimeout(this.restTimer);
    if (!this.overview) return;
    this.overview.remove();
    this.overview = null;
    this.scene = null;
    if (!this.host.destroyed()) this.host.onPreparing?.(null);
  }

  /**
   * Fills Cytoscape in: the picture first (with the links when there is no layer), then the
   * links layer when there is one (`layer` makes it), then the actors (and those links) in
   * chunks. False when the map was destroyed meanwhile.
   */
  async fill(
    elements: ElementDefinition[],
    order: number,
    layer: (() => void) | null,
  ): Promise<boolean> {
    this.elements = elements;
    this.order = order;
    this.added = 0;
    // The elements were built in this task; the picture gets a task of its own, and the
    // links layer the next one (the picture is usable without its links meanwhile).
    await nextTask();
    if (this.host.destroyed()) return false;
    this.showOverview(elements, order, !layer);
    if (layer) {
      await nextTask();
      if (this.host.destroyed()) return false;
      layer();
    }
    return this.addInChunks(layer ? elements.slice(0, order) : elements, order);
  }

  /**
   * One chunk of elements per frame, outside any batch, with drawing held back. Cytoscape
   * computes styles and label sizes lazily, before the next frame: in a single batch all
   * 50,000 were computed in the first frame (one task of 10+ s). Here each frame does one
   * chunk's share, and the map is drawn once, at the end. False when the map was destroyed
   * meanwhile.
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
        this.added = Math.min(order, i);
        await frameThenTask();
        if (this.host.destroyed()) return false;
        // Bounding boxes now, chunk by chunk, rather than all in the first frame.
        measureBounds(added);
        cost[group] = (performance.now() - started) / Math.max(1, added.length);
        if (this.overview) this.host.onPreparing?.(i / elements.length);
      }
    } finally {
      release();
      this.elements = null;
    }
    return true;
  }

  /**
   * Moves the actors to a layout's positions a chunk per frame with drawing held (their
   * bounding boxes computed as they go), the links' layer waiting; then `settle` (framing,
   * names) before the one drawing. In one task, moving 10,000 actors, choosing their names
   * and drawing them took 1.5 s. False when the map was destroyed meanwhile.
   */
  async placeInChunks(
    nodes: NodeCollection,
    xy: Float64Array,
    links: EdgeLayer | null,
    settle: () => void,
  ): Promise<boolean> {
    const release = this.holdDrawing();
    const resume = links?.hold();
    try {
      for (let i = 0; i < nodes.length; i += PLACE_CHUNK) {
        const chunk = nodes.slice(i, i + PLACE_CHUNK);
        applyPositions(this.cy, chunk, xy.subarray(2 * i));
        measureBounds(chunk);
        await frameThenTask();
        if (this.host.destroyed()) return false;
      }
      settle();
      await frameThenTask();
    } finally {
      resume?.();
      release();
      performance.mark('maillage:placed');
    }
    return true;
  }

  /**
   * Lets Cytoscape's frames run their pre-draw work (styles, label sizes, link geometry of
   * the elements added since the last frame) but not draw; the returned function draws
   * again. Relies on the renderer's `render` method (Cytoscape 3.x canvas renderer).
   */
  holdDrawing(): () => void {
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
      if (!this.host.destroyed()) this.cy.forceRender();
    };
  }

  destroy(): void {
    this.live?.destroy();
    this.live = null;
    cancelAnimationFrame(this.pictureFrame);
    clearTimeout(this.restTimer);
    this.overview?.remove();
    this.overview = null;
  }
}
