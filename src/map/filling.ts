// Big maps, filled in progressively so that the page never freezes for long: a still
// picture of the map first (overview.ts), the links on a layer of their own (edge-layer.ts),
// Cytoscape given the actors a chunk per frame with its drawing held, and a layout's
// positions applied the same way.
import type { Core, ElementDefinition, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import type { Viewport } from '../layout';
import type { MaillageGraph } from '../model';
import { showsViewport } from './camera.ts';
import { DrawingHold } from './drawing-hold.ts';
import { EdgeLayer } from './edge-layer.ts';
import { circlesOf, shownNodeElements } from './element-places.ts';
import { applyPositionsInChunks } from './layout.ts';
import { overlayCanvas } from './overlay-canvas.ts';
import { comparedActors } from './compare-marks.ts';
import type { LivePicture } from './picture-live.ts';
import { GlideSurface } from './picture-glide.ts';
import { PictureStand } from './picture-stand.ts';
import { StillPicture } from './still-picture.ts';
import { chunkSize, frameThenTask, measureBounds, nextTask, nextTurn, twoFrames } from './turns.ts';
import type { StyleBlock } from './style.ts';
import { BIG_MAP, type NodeVisual } from './elements.ts';
import type { Filters } from './types.ts';

/** Big maps add their elements in chunks of about this many milliseconds of work each. */
const CHUNK_BUDGET = 80;
/** Maps of up to BIG_MAP actors come in at most this many chunks (70 ms of CPU each at 1,000). */
const FEWEST_CHUNKS = 4;

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
  /** Cytoscape would draw names at this zoom (the picture then steps aside). */
  namesDrawn(): boolean;
}

export class ProgressiveFill {
  private readonly host: FillHost;
  private readonly cy: Core;
  /** The still picture (until the first frame, or as the actors' layer). */
  private still: StillPicture | null = null;
  /** The actors' display states, as marks.ts last wrote them (null: none yet). */
  private states: Uint16Array | null = null;
  /** The elements being filled in, how many are actors, and how many Cytoscape has. */
  private elements: ElementDefinition[] | null = null;
  private order = 0;
  private added = 0;
  private readonly drawing: DrawingHold;
  /** Once Cytoscape holds every actor: the picture stays the actors' layer while the view
   * shows many of them (picture-stand.ts). */
  private stand: PictureStand | null = null;
  /** The suggested links on the map (Cytoscape draws them, so it draws the actors too). */
  private suggested = 0;
  /** A layout's end being placed: the picture has its positions already. */
  private placing = false;
  /** The picture stands on a view of more than this many actors (null: STAND_ACTORS). */
  private standMost: number | null = null;
  /** The viewport the map opens on, for the elements, filters and size it was fitted to. */
  private opening: {
    elements: ElementDefinition[];
    filters: Filters;
    width: number;
    height: number;
    viewport: Viewport | null;
  } | null = null;

  constructor(host: FillHost) {
    this.host = host;
    this.cy = host.cy;
    this.drawing = new DrawingHold(host.cy, () => host.destroyed());
  }

  /** The still picture follows a pan or zoom made while the map fills in, as the links'
   * layer does. */
  followViewport(): void {
    this.still?.follow();
    this.stand?.viewportMoved();
  }

  /** The viewport the map opens on: the actors the filters keep, at their element
   * positions (the first `order` elements), fitted into the map. */
  private openingViewport(elements: ElementDefinition[], order: number): Viewport | null {
    const { cy, graph } = this.host;
    const filters = this.host.filters();
    const width = cy.width();
    const height = cy.height();
    // Asked three times as a big map opens (names' scale, picture, links layer): fitted once.
    const last = this.opening;
    if (
      last?.elements === elements &&
      last.filters === filters &&
      last.width === width &&
      last.height === height
    ) {
      return last.viewport;
    }
    const shown = shownNodeElements(elements, order, graph, filters);
    const viewport = this.host.viewportForCircles(circlesOf(shown), width, height);
    this.opening = { elements, filters, width, height, viewport };
    return viewport;
  }

  /** Names keep their size on screen through a stylesheet scaled by 1 / zoom: built for
   * the zoom the map opens at, the elements are styled once, not twice (100–200 ms on the
   * demo). `scale` takes it (nothing when there is nothing to frame). */
  scaleForOpening(elements: ElementDefinition[], order: number, scale: (s: number) => void) {
    const zoom = this.openingViewport(elements, order)?.zoom;
    if (zoom !== undefined) scale(1 / zoom);
  }

  /**
   * Puts the links on their own layer (canvas renderer), framed on the viewport the map will
   * open on, while Cytoscape takes the actors; `wire` gives it the links' states (marks.ts).
   * It draws once started (`fill` starts it in a task of its own).
   */
  showLinks(
    elements: ElementDefinition[],
    ids: string[],
    xy: Float64Array,
    wire: (layer: EdgeLayer) => void,
  ): EdgeLayer {
    const started = performance.now();
    const { cy } = this.host;
    const viewport = this.openingViewport(elements, ids.length);
    // The picture has framed the map already (showOverview): not moved again for nothing.
    if (viewport && !showsViewport(cy, viewport)) cy.viewport(viewport);
    const links = elements.slice(ids.length);
    const { container } = this.host;
    const layer = new EdgeLayer(
      cy,
      container,
      ids,
      xy,
      links,
      this.host.style(),
      this.host.pixelRatio(),
    );
    wire(layer);
    performance.measure('maillage:links-shown', { start: started, end: performance.now() });
    return layer;
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
    const viewport = this.openingViewport(elements, order);
    if (shownNodes.length === 0 || !viewport) return;
    // The map opens on this viewport: the picture and the links layer are drawn for it.
    this.cy.viewport(viewport);
    // Every actor shown (no filter): no set of their ids to ask.
    const shown =
      shownNodes.length === order ? null : new Set(shownNodes.map(({ data }) => data.id as string));
    canvas.width = width;
    canvas.height = height;
    // Every actor, in map order (the marks' order); those the filters leave out at alpha 0.
    const host = {
      cy: this.cy,
      container,
      style: () => this.host.style(),
      pixelRatio: this.host.pixelRatio(),
    };
    this.still = new StillPicture(host, canvas, elements, order, shown, viewport, withLinks);
    if (this.states) this.still.setStates(this.states);
    this.still.draw(viewport);
    container.appendChild(canvas);
    performance.measure('maillage:overview', { start: started, end: performance.now() });
    this.host.onPreparing?.(0);
  }

  /** The actors' display states (marks.ts), drawn on the picture while it is on screen. */
  setStates(states: Uint16Array): void {
    // The marks are written again on many changes that leave the actors' as they were (the
    // suggested links at each render of the app): the picture of 50,000 actors is not drawn
    // again for those.
    const last = this.states;
    const same = last?.length === states.length && last.every((state, i) => state === states[i]);
    if (!same) {
      this.states = Uint16Array.from(states);
      this.still?.setStates(this.states);
    }
    // A filter that leaves few actors in view, or suggested links (Cytoscape's to draw):
    // the layer is chosen again, as after a zoom.
    const suggested = this.cy.edges('.suggested').length;
    if (same && suggested === this.suggested) return;
    this.suggested = suggested;
    this.stand?.choose();
  }

  /**
   * A change of look (colour, shape, size) while the map fills in: the actors Cytoscape does
   * not have yet take it from their definitions (those it has were rewritten by the caller),
   * and the picture and its hit index are made again with it.
   */
  restyle(visualOf: (id: string) => Partial<NodeVisual>): void {
    const { elements } = this;
    if (elements) {
      for (let i = this.added; i < this.order; i++) {
        const { data } = elements[i] as ElementDefinition;
        Object.assign(data, visualOf(data.id as string));
      }
    }
    // Filling in: the definitions have the new look; afterwards, the look asked.
    this.still?.restyle((id, i) =>
      elements ? ((elements[i] as ElementDefinition).data as Partial<NodeVisual>) : visualOf(id),
    );
  }

  /** The actor at (x, y) (model pixels) on the live picture, or null (no picture, none). */
  hitAt(position: { x: number; y: number }): string | null {
    return this.shown ? (this.still?.live.hitAt(position.x, position.y) ?? null) : null;
  }

  /** The picture is on screen (filling in, or standing for Cytoscape). */
  private get shown(): boolean {
    return this.stand ? this.stand.standing : this.still !== null;
  }

  /** Glides to the actors of `ids` (null: all shown) from the picture's positions, while
   * the picture stands in for Cytoscape; false when it does not. */
  glideTo(ids: readonly string[] | null): boolean {
    if (!this.still || this.stand) return false;
    const viewport = this.host.viewportForCircles(
      this.still.live.circles(ids),
      this.cy.width(),
      this.cy.height(),
    );
    if (viewport) this.cy.animate(viewport, { duration: 250 });
    return true;
  }

  /** Centres actor `id` at `zoom` from the picture's positions, while the picture stands in
   * for Cytoscape; false when it does not. */
  centreOn(id: string, zoom: number): boolean {
    if (!this.still || this.stand) return false;
    const [x, y] = this.still.live.circles([id]);
    if (x === undefined || y === undefined) return true;
    const pan = { x: this.cy.width() / 2 - zoom * x, y: this.cy.height() / 2 - zoom * y };
    this.cy.animate({ zoom, pan }, { duration: 250 });
    return true;
  }

  /** The live picture, while it stands in for Cytoscape (tests, diagnostics). */
  get picture(): LivePicture | null {
    return this.shown ? (this.still?.live ?? null) : null;
  }

  /**
   * Cytoscape holds every actor: the picture stays the actors' layer while the view shows
   * many of them, Cytoscape's drawing held (picture-stand.ts), and follows the positions
   * Cytoscape's actors take (a drag).
   */
  private standIn(): void {
    const { still } = this;
    if (!still || this.stand) return;
    this.cy.on('position', 'node', this.onPosition);
    this.stand = new PictureStand({
      cy: this.cy,
      container: this.host.container,
      hold: () => this.holdDrawing(),
      show: (on) => still.show(on),
      inView: () => {
        const { x1, y1, x2, y2 } = this.cy.extent();
        return still.live.countIn(x1, y1, x2, y2);
      },
      namesDrawn: () => this.host.namesDrawn(),
      // A comparison's lost actors and the suggested links are not on the picture.
      aside: () => this.suggested > 0 || comparedActors(this.cy),
      drawn: twoFrames,
      destroyed: () => this.host.destroyed(),
      most: () => this.standMost ?? undefined,
    });
  }

  /** The picture stands for Cytoscape on a view of more than `most` actors whatever the
   * map's size (a glide on it follows: picture-glide.ts); null: as on any big map. */
  keepPicture(most: number | null): void {
    this.standMost = most;
    this.stand?.choose();
  }

  /** The picture and links layer to glide on, while the picture stands; else null. */
  glideSurface(links: EdgeLayer | null): GlideSurface | null {
    const stand = this.stand;
    return this.still && stand?.standing
      ? new GlideSurface(this.cy, this.still, links, () => stand.standing)
      : null;
  }

  /** Chooses again which layer draws the actors (the map's contents changed). */
  chooseLayer(): void {
    this.stand?.choose();
  }

  /**
   * The filling is over: the picture stays as the actors' layer (its progress line goes) if
   * it stands for Cytoscape, else it goes.
   */
  filled(): void {
    if (!this.stand || !this.still) {
      this.removeOverview();
      return;
    }
    this.still.canvas.dataset.testid = 'map-actors';
    if (!this.host.destroyed()) this.host.onPreparing?.(null);
  }

  private readonly onPosition = (event: EventObject): void => {
    if (!this.placing) this.still?.moved((event.target as NodeSingular).id());
  };

  /** The names the picture draws on hover and selection, read again from Cytoscape's
   * actors (anonymous mode changed them). */
  relabel(): void {
    if (!this.stand) return;
    this.still?.live.relabel((id) => String(this.cy.getElementById(id).data('label') ?? ''));
  }

  private leaveStand(): void {
    if (!this.stand) return;
    this.cy.off('position', 'node', this.onPosition);
    this.stand.destroy();
    this.stand = null;
  }

  /** The picture goes (the map is drawn, or drawing failed or stopped). */
  removeOverview(): void {
    this.leaveStand();
    if (!this.still) return;
    this.still.destroy();
    this.still = null;
    if (!this.host.destroyed()) this.host.onPreparing?.(null);
  }

  /**
   * Fills Cytoscape in: the picture first (with the links when there is no layer), then the
   * links layer when there is one (`layer` makes it), then the actors (and those links) in
   * chunks. False when the map was destroyed meanwhile. `ready` runs once every element is
   * in, Cytoscape's drawing still held and the picture on screen (the map named, framed and
   * its textures drawn ahead: Cytoscape's first frame then only copies); false stops.
   */
  async fill(
    elements: ElementDefinition[],
    order: number,
    layer: (() => EdgeLayer) | null,
    ready: () => Promise<boolean> = () => Promise.resolve(true),
  ): Promise<boolean> {
    this.elements = elements;
    this.order = order;
    this.added = 0;
    // The picture gets a task of its own, and the links layer the next three: its set-up,
    // its drawing order, its first drawing (the picture is usable without them meanwhile).
    if (!(await this.after(nextTask))) return false;
    this.showOverview(elements, order, !layer);
    if (layer) {
      if (!(await this.after(nextTask))) return false;
      const links = layer();
      if (!(await this.after(nextTask))) return false;
      links.prepare();
      if (!(await this.after(nextTask))) return false;
      links.start();
    }
    const standing = () => {
      if (layer) this.standIn();
    };
    return this.addInChunks(layer ? elements.slice(0, order) : elements, order, standing, ready);
  }

  /** Waits for `turn`; false if the map was destroyed meanwhile. */
  private async after(turn: () => Promise<void>): Promise<boolean> {
    await turn();
    return !this.host.destroyed();
  }

  /**
   * One chunk of elements per turn, drawing held back, outside any batch (in one, all 50,000
   * were styled in the first frame: a task of 10+ s). Big maps: a chunk per frame, whose
   * pre-draw work styles it. Up to BIG_MAP actors: a chunk per task, styled and bounded in
   * it, without a frame's wait that drew nothing. Drawn once, at the end. False when the
   * map was destroyed meanwhile.
   */
  private async addInChunks(
    elements: ElementDefinition[],
    order: number,
    full: () => void,
    ready: () => Promise<boolean>,
  ): Promise<boolean> {
    const release = this.holdDrawing();
    performance.clearMeasures('maillage:fill-chunk'); // this filling's chunks only
    try {
      // Chunk sizes follow the time the last chunk took (a big map's: frame and task),
      // aiming at CHUNK_BUDGET ms a turn; actors cost several times as much as links.
      const cost = { nodes: 1, edges: 0.25 };
      let last = 0;
      // Late frames on a busy machine, counted in the cost, made chunks of 50 actors.
      const fewest = order <= BIG_MAP ? Math.ceil(order / FEWEST_CHUNKS) : 0;
      for (let i = 0; i < elements.length;) {
        const group = i < order ? 'nodes' : 'edges';
        const limit = group === 'nodes' ? order : elements.length;
        const size = Math.max(chunkSize(CHUNK_BUDGET, cost[group], last), fewest);
        last = size;
        const end = Math.min(limit, i + size);
        const started = performance.now();
        const added = this.cy.add(elements.slice(i, end));
        i = end;
        this.added = Math.min(order, i);
        // Big maps: styles and label sizes in Cytoscape's next frame, bounds after it.
        if (fewest === 0 && !(await this.after(frameThenTask))) return false;
        // Styles, label sizes, bounds now, chunk by chunk, not all in the first frame.
        measureBounds(added);
        cost[group] = (performance.now() - started) / Math.max(1, added.length);
        performance.measure('maillage:fill-chunk', { start: started, end: performance.now() });
        if (this.still) this.host.onPreparing?.(i / elements.length);
        if (fewest > 0 && !(await this.after(nextTurn))) return false;
      }
      if (!(await ready()) || this.host.destroyed()) return false;
      // Every actor in: the picture may stay, its hold taken before this one goes.
      full();
    } finally {
      release();
      // Nor the element definitions kept for the opening's framing (every link's among them).
      this.elements = null;
      this.opening = null;
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
    // The picture standing takes every position at once; Cytoscape a chunk per frame.
    this.placing = this.stand !== null;
    if (this.placing) this.still?.placeAt(nodes, xy);
    try {
      if (!(await applyPositionsInChunks(this.cy, nodes, xy, () => this.host.destroyed()))) {
        return false;
      }
      settle();
      await frameThenTask();
    } finally {
      this.placing = false;
      resume?.();
      release();
      performance.mark('maillage:placed');
    }
    return true;
  }

  /** Holds Cytoscape's drawing (drawing-hold.ts); the returned function draws again. */
  holdDrawing(): () => void {
    return this.drawing.hold();
  }

  destroy(): void {
    this.leaveStand();
    this.still?.destroy();
    this.still = null;
  }
}
