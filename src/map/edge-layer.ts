// The links of a big map on the canvas renderer, drawn on a canvas of our own under
// Cytoscape's, instead of as Cytoscape elements.
//
// At 10,000 actors / 36,000 links, Cytoscape spent about two thirds of its ~10 s on the
// links (their styles, bounding boxes and first frame, BENCHMARKS.md), and its first frame
// was one task of ~3 s. Stroked here in one path per look (links-drawing.ts), they take
// tens of milliseconds. Cytoscape keeps the actors and the suggested links; the links'
// states (filters, focus, selection, articulation highlight, lit rows, "what if") are the
// same classes, kept here as bits, and their looks come from the same stylesheet
// (edge-look.ts), written by marks.ts with Cytoscape's. Links are not clickable on any
// map, so no interaction is lost; exports put the links back into Cytoscape for the time
// of the picture (`lend`, through NetworkMap.forPicture).
import type { Core, ElementDefinition } from 'cytoscape';
import { LINK_STATES, linkState, LookTable, stateClasses, type LinkState } from './edge-look.ts';
import { drawingOrder, drawLinks, LINKS_PER_PATH, type LinkScene } from './links-drawing.ts';
import { overlayCanvas } from './overlay-canvas.ts';
import { followTransform } from './overview.ts';
import type { StyleBlock } from './style.ts';

/** A draw slower than this (ms) is not repeated on each frame of a pan or zoom: the last
 * picture is moved and scaled instead, and drawn again once the viewport rests. */
const FRAME_BUDGET = 24;
/** How long the viewport must rest before that redraw (ms). */
const REST = 120;
/** A drawing slower than this (ms), or of more than BULK_LINKS links, is made in turns of
 * about this long on a canvas aside, then shown at once (200,000 links took one task of
 * hundreds of milliseconds: the strokes' rasterising as much as the paths). */
const TURN_BUDGET = 40;
const BULK_LINKS = 50_000;

/** A drawing made in turns: its scene, how far it has come, and its cost so far. */
interface Turns {
  scene: LinkScene;
  next: number;
  work: number;
}

export class EdgeLayer {
  private readonly canvas: HTMLCanvasElement;
  /** The links as columns, not as the element definitions given (at 200,000 links those
   * objects were tens of MB of the page's heap, kept for the exports only): their ids, their
   * ends (indices into `nodeIds`), their own classes (an index into `classNames`), widths. */
  private readonly ids: readonly string[];
  private readonly nodeIds: readonly string[];
  private readonly classOf: Uint16Array;
  private readonly classNames: string[] = [];
  private readonly cy: Core;
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly nodeIndex: Map<string, number>;
  private readonly pairs: Int32Array;
  private readonly widths: Float64Array;
  private readonly states: Uint16Array;
  private readonly ratio: number;
  private xy: Float64Array;
  private looks: LookTable;
  private order: Int32Array | null = null;
  /** Positions moved in Cytoscape (layout, drag): read them again before drawing. */
  private positionsStale = false;
  /** The positions are given (`follow`: a glide on the picture), not read from Cytoscape. */
  private given = false;
  private frame = 0;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  /** The viewport of the picture on the canvas, and what drawing it cost. */
  private drawnAt: { zoom: number; pan: { x: number; y: number } } | null = null;
  private cost = 0;
  private destroyed = false;
  /** Until `start`, nothing is drawn. */
  private live = false;
  /** Holds not yet released (`hold`). */
  private holds = 0;
  /** The canvas a drawing made in turns goes to, and that drawing (null: none under way). */
  private aside: HTMLCanvasElement | null = null;
  private turns: Turns | null = null;
  /** Positions or the viewport changed while a drawing in turns was under way: drawn again
   * once it is shown. */
  private again = false;

  constructor(
    cy: Core,
    container: HTMLElement,
    nodeIds: readonly string[],
    /** The actors' positions, in `nodeIds` order (x0, y0, …), until Cytoscape has them. */
    xy: Float64Array,
    links: readonly ElementDefinition[],
    blocks: readonly StyleBlock[],
    pixelRatio: number,
  ) {
    this.cy = cy;
    this.ratio = pixelRatio;
    this.nodeIds = nodeIds;
    this.nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
    this.xy = Float64Array.from(xy);
    this.ids = links.map(({ data }) => data.id as string);
    this.pairs = new Int32Array(links.length * 2);
    this.widths = new Float64Array(links.length);
    this.states = new Uint16Array(links.length);
    this.classOf = new Uint16Array(links.length);
    const classIndex = new Map<string, number>();
    links.forEach(({ data, classes }, i) => {
      this.pairs[2 * i] = this.nodeIndex.get(data.source as string) ?? -1;
      this.pairs[2 * i + 1] = this.nodeIndex.get(data.target as string) ?? -1;
      this.widths[i] = Number(data.width) || 1;
      const own = typeof classes === 'string' ? classes : '';
      let k = classIndex.get(own);
      if (k === undefined) {
        k = this.classNames.push(own) - 1;
        classIndex.set(own, k);
      }
      this.classOf[i] = k;
    });
    this.looks = new LookTable(blocks);
    const canvas = overlayCanvas(container.ownerDocument, 'map-links');
    // Under Cytoscape's own layers, which come after it in the container.
    container.insertBefore(canvas, container.firstChild);
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.resize();

    cy.on('viewport', () => this.onViewport());
    cy.on('position', 'node', () => {
      if (this.given) return;
      this.positionsStale = true;
      this.schedule();
    });
    cy.on('resize', () => {
      this.resize();
      this.schedule(true);
    });
  }

  /** Readies the first drawing in a task before it: the drawing order of the links' states
   * (marks.ts wrote them) and the canvas' pixels (a first drawing op allocates them). */
  prepare(): void {
    const { ctx } = this;
    if (!ctx || this.destroyed) return;
    this.order ??= drawingOrder({
      widths: this.widths,
      states: this.states,
      looks: this.looks.of(this.states),
    });
    ctx.clearRect(0, 0, 1, 1);
  }

  /** Starts drawing. */
  start(): void {
    this.live = true;
    this.drawNow();
  }

  /** Stops drawing until the returned function is called (the actors are moving in
   * Cytoscape with its drawing held: the links wait for them). */
  hold(): () => void {
    // Holds may overlap (a layout's positions placed, textures drawn ahead): the last
    // release draws again.
    this.holds++;
    this.live = false;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holds > 0) return;
      this.live = true;
      this.positionsStale = true;
      this.schedule();
    };
  }

  /** Draws the links now between the actors at `xy` (in the order of the ids given), not
   * where Cytoscape holds them: the frames of a glide on the picture (picture-glide.ts).
   * Null: Cytoscape's positions again. */
  follow(xy: Float64Array | null): void {
    this.given = xy !== null;
    if (xy) {
      this.xy.set(xy);
      this.positionsStale = false;
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.drawNow();
    } else {
      this.positionsStale = true;
      this.schedule();
    }
  }

  /** The stylesheet changed (presentation mode). */
  setStyle(blocks: readonly StyleBlock[]): void {
    this.looks = new LookTable(blocks);
    this.order = null;
    this.schedule(true);
  }

  /** The links' states, in the order of the links given, from their display-state.ts marks
   * (edge-look.ts `linkState`). The one writer of the states is marks.ts. */
  setStates(states: ArrayLike<number>): void {
    let changed = false;
    for (let i = 0; i < this.ids.length; i++) {
      const after = linkState(states[i] ?? 0);
      if (after !== this.states[i]) {
        this.states[i] = after;
        changed = true;
      }
    }
    if (changed) {
      this.order = null;
      this.schedule(true);
    }
  }

  /** The links with a state, by id. */
  withState(state: LinkState): string[] {
    const bit = LINK_STATES[state];
    return this.ids.filter((_, i) => ((this.states[i] as number) & bit) !== 0);
  }

  /** The link elements with the classes of their states, for a picture made by Cytoscape. */
  elements(): ElementDefinition[] {
    return this.ids.map((id, i) => ({
      group: 'edges',
      data: {
        id,
        source: this.nodeIds[this.pairs[2 * i] as number],
        target: this.nodeIds[this.pairs[2 * i + 1] as number],
        width: this.widths[i],
      },
      classes: [
        this.classNames[this.classOf[i] as number] ?? '',
        ...stateClasses(this.states[i] as number),
      ]
        .filter(Boolean)
        .join(' '),
    }));
  }

  /**
   * Runs `draw` with the links in Cytoscape, with their states: its pictures and layouts
   * would leave them out. While the map fills in, only the links whose actors Cytoscape has
   * already. Cytoscape's own links (the suggested ones) stay.
   */
  lend<T>(draw: () => T): T {
    const { cy } = this;
    const links = this.elements().filter(
      ({ data }) =>
        cy.hasElementWithId(data.source as string) && cy.hasElementWithId(data.target as string),
    );
    try {
      cy.add(links);
      return draw();
    } finally {
      cy.edges(':not(.suggested)').remove();
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.turns = null;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.restTimer);
    this.canvas.remove();
  }

  private resize(): void {
    const width = this.cy.width();
    const height = this.cy.height();
    this.canvas.width = Math.max(1, Math.round(width * this.ratio));
    this.canvas.height = Math.max(1, Math.round(height * this.ratio));
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.drawnAt = null;
  }

  private onViewport(): void {
    if (!this.live) return;
    if (this.cost <= FRAME_BUDGET || !this.drawnAt) {
      this.schedule();
      return;
    }
    // Moves and scales the last picture with the viewport; drawn again when it rests.
    this.canvas.style.transform = followTransform(this.drawnAt, this.cy.zoom(), this.cy.pan());
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.schedule(), REST);
  }

  /** Draws again at the next frame. A drawing in turns under way is dropped for a change of
   * states, look or size (`restart`: its order, looks or canvas are no longer the map's);
   * for moved positions or viewport it is completed, shown, then made again: dropped at
   * each move, a map whose actors move faster than a drawing completes (a drag, a layout's
   * positions in chunks) would show the drawing before them until they rest. */
  private schedule(restart = false): void {
    if (this.turns && !restart) {
      this.again = true;
      return;
    }
    this.turns = null;
    this.again = false;
    if (!this.live || this.destroyed || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  private readPositions(): void {
    this.cy.nodes().forEach((node) => {
      const i = this.nodeIndex.get(node.id());
      if (i === undefined) return;
      const p = node.position();
      this.xy[2 * i] = p.x;
      this.xy[2 * i + 1] = p.y;
    });
    this.positionsStale = false;
  }

  private drawNow(): void {
    const ctx = this.ctx;
    if (!ctx || this.destroyed || !this.live) return;
    const started = performance.now();
    if (this.positionsStale) this.readPositions();
    const zoom = this.cy.zoom();
    // A copy: Cytoscape changes its pan object in place, and a drawing in turns outlives a pan.
    const pan = { ...this.cy.pan() };
    const scene: LinkScene = {
      xy: this.xy,
      pairs: this.pairs,
      widths: this.widths,
      states: this.states,
      looks: this.looks.of(this.order ? [] : this.states),
      viewport: { zoom, pan },
      screen: { width: this.cy.width(), height: this.cy.height() },
    };
    this.order ??= drawingOrder(scene);
    if (this.cost > TURN_BUDGET || this.order.length > BULK_LINKS) {
      this.turns = { scene, next: 0, work: performance.now() - started };
      this.drawTurn();
      return;
    }
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    drawLinks(ctx, scene, this.order);
    this.shown(scene.viewport);
    this.cost = performance.now() - started;
    performance.measure('maillage:links-layer', { start: started, end: performance.now() });
  }

  /** The canvas shows the links as at `viewport`, followed to the viewport now. */
  private shown(viewport: LinkScene['viewport']): void {
    this.drawnAt = { zoom: viewport.zoom, pan: { x: viewport.pan.x, y: viewport.pan.y } };
    const now = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    const moved = now.zoom !== viewport.zoom || now.pan.x !== viewport.pan.x;
    this.canvas.style.transform =
      moved || now.pan.y !== viewport.pan.y ? followTransform(this.drawnAt, now.zoom, now.pan) : '';
  }

  /**
   * One turn of a drawing made in turns (about TURN_BUDGET ms of links, whole paths of
   * LINKS_PER_PATH) on the canvas aside; the last one shows it on the layer's canvas in one
   * copy. Meanwhile the layer shows the drawing before, following the viewport.
   */
  private drawTurn(): void {
    const turns = this.turns;
    const order = this.order;
    if (!turns || !order || this.destroyed || !this.live) {
      this.turns = null;
      return;
    }
    const started = performance.now();
    const aside = this.asideCanvas();
    const ctx = aside.getContext('2d');
    if (!ctx || !this.ctx) {
      this.turns = null;
      return;
    }
    if (turns.next === 0) {
      ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
      ctx.clearRect(0, 0, aside.width, aside.height);
    }
    do {
      const end = Math.min(order.length, turns.next + LINKS_PER_PATH);
      drawLinks(ctx, turns.scene, order, turns.next, end);
      turns.next = end;
    } while (turns.next < order.length && performance.now() - started < TURN_BUDGET);
    turns.work += performance.now() - started;
    if (turns.next < order.length) {
      performance.measure('maillage:links-turn', { start: started, end: performance.now() });
      setTimeout(() => {
        if (this.turns === turns) this.drawTurn();
      }, 0);
      return;
    }
    this.turns = null;
    const front = this.ctx;
    front.setTransform(1, 0, 0, 1, 0, 0);
    front.clearRect(0, 0, this.canvas.width, this.canvas.height);
    front.drawImage(aside, 0, 0);
    this.shown(turns.scene.viewport);
    this.cost = turns.work;
    performance.measure('maillage:links-layer', { start: started, end: performance.now() });
    if (this.again) this.schedule();
  }

  /** The canvas aside, at the layer's size. */
  private asideCanvas(): HTMLCanvasElement {
    const aside = (this.aside ??= this.canvas.ownerDocument.createElement('canvas'));
    if (aside.width !== this.canvas.width) aside.width = this.canvas.width;
    if (aside.height !== this.canvas.height) aside.height = this.canvas.height;
    return aside;
  }
}

/** Holds Cytoscape's drawing (`holdCytoscape`) and the links layer's, when there is one,
 * together: the returned function releases both. */
export function holdWithLinks(
  holdCytoscape: () => () => void,
  layer: EdgeLayer | null,
): () => void {
  const releases = [holdCytoscape(), layer?.hold()];
  return () => {
    for (const release of releases) release?.();
  };
}
