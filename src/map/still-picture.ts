// A big map's still picture on the page (overview.ts draws it): the actors in the look of
// their marks (node-look.ts), live under the pointer (picture-live.ts), drawn again at the
// viewport once it rests, and following the actors' positions. Shown while Cytoscape fills
// in (filling.ts), then as the actors' layer of a whole view (picture-stand.ts).
import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import type { Viewport } from '../layout';
import { showsViewport } from './camera.ts';
import type { NodeVisual } from './elements.ts';
import { NodeLooks } from './node-look.ts';
import {
  drawOverview,
  followTransform,
  type OverviewNode,
  type OverviewScene,
} from './overview.ts';
import { LivePicture } from './picture-live.ts';
import { BIG_EDGE_OPACITY, EDGE, type StyleBlock } from './style.ts';

/** The picture is drawn again at the viewport once it has rested this long (ms). */
const REST = 150;

/** What the picture needs of the map. */
export interface PictureHost {
  readonly cy: Core;
  readonly container: HTMLElement;
  /** The stylesheet (the picture draws the actors' marks as Cytoscape would). */
  style(): readonly StyleBlock[];
  pixelRatio: number;
}

export class StillPicture {
  private readonly host: PictureHost;
  private readonly cy: Core;
  readonly canvas: HTMLCanvasElement;
  readonly live: LivePicture;
  private readonly scene: OverviewScene;
  /** The actors' ids in map order, and their index. */
  private readonly ids: readonly string[];
  private readonly index: ReadonlyMap<string, number>;
  /** The viewport the picture was drawn for. */
  private drawnAt: Viewport;
  private states: Uint16Array | null = null;
  private frame = 0;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  /** Actors Cytoscape moved (a drag): their positions read again before the next drawing. */
  private readonly movedIds = new Set<string>();
  /** Each actor's opacity and the borders of the last drawing (reused, not made anew). */
  private readonly alphas: Float64Array;
  private readonly rings = new Map<number, NonNullable<OverviewNode['ring']>>();
  private nodeLooks: { blocks: readonly StyleBlock[]; looks: NodeLooks } | null = null;

  /**
   * The picture of the first `order` elements (the actors, every one in map order; those
   * not in `shown` left out, null: none) and, when `withLinks`, of the links after them, drawn on
   * `canvas` for `viewport`.
   */
  constructor(
    host: PictureHost,
    canvas: HTMLCanvasElement,
    elements: readonly ElementDefinition[],
    order: number,
    shown: ReadonlySet<string> | null,
    viewport: Viewport,
    withLinks: boolean,
  ) {
    this.host = host;
    this.cy = host.cy;
    this.canvas = canvas;
    this.drawnAt = viewport;
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
        alpha: !shown || shown.has(id) ? 1 : 0,
      };
    });
    const edges: number[] = [];
    const widths: number[] = [];
    for (let i = withLinks ? order : elements.length; i < elements.length; i++) {
      const { data } = elements[i] as ElementDefinition;
      const a = index.get(data.source as string);
      const b = index.get(data.target as string);
      if (a === undefined || b === undefined) continue;
      if (shown && !(shown.has(data.source as string) && shown.has(data.target as string))) {
        continue;
      }
      edges.push(a, b);
      widths.push(Number(data.width));
    }
    this.ids = ids;
    this.index = index;
    this.alphas = new Float64Array(nodes.length);
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
        container: host.container,
        width: () => this.cy.width(),
        height: () => this.cy.height(),
        viewport: () => ({ zoom: this.cy.zoom(), pan: this.cy.pan() }),
        pixelRatio: host.pixelRatio,
      },
      ids,
      nodes,
      labels,
      index,
    );
  }

  /** On screen (not put aside while Cytoscape draws the actors). */
  get onScreen(): boolean {
    return this.canvas.style.display !== 'none';
  }

  /** Puts the picture on screen, drawn at the viewport now, or aside. Already on screen
   * (the filling's picture standing in as it ends), it is drawn again in the next frame, not
   * in the task that asked, if the viewport moved since its drawing (its marks ask for
   * their own). */
  show(on: boolean): void {
    const was = this.onScreen;
    this.canvas.style.display = on ? '' : 'none';
    this.live.setActive(on);
    if (on && was && !this.drawnAtViewport()) this.schedule();
    else if (on && !was) this.drawNow();
  }

  /** The picture was last drawn at the viewport now. */
  private drawnAtViewport(): boolean {
    return showsViewport(this.cy, this.drawnAt);
  }

  /** The actors' display states (marks.ts), drawn soon. */
  setStates(states: Uint16Array): void {
    this.states = states;
    this.live.setStates(states);
    this.schedule();
  }

  /** A pan or zoom: the picture follows at once, and is drawn again once it rests. */
  follow(): void {
    this.canvas.style.transform = followTransform(this.drawnAt, this.cy.zoom(), this.cy.pan());
    // Drawn again at the new viewport once it rests: sharp when zoomed in.
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.schedule(), REST);
    this.live.follow();
  }

  /** Draws the picture again, with the actors' marks, soon (one drawing per frame at most). */
  schedule(): void {
    if (this.frame || !this.onScreen) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  /** Draws the picture at the viewport now. */
  drawNow(): void {
    this.draw({ zoom: this.cy.zoom(), pan: { ...this.cy.pan() } });
  }

  /** The looks of the marks under the stylesheet, kept while the stylesheet is the same. */
  private looks(): NodeLooks {
    const blocks = this.host.style();
    if (this.nodeLooks?.blocks !== blocks)
      this.nodeLooks = { blocks, looks: new NodeLooks(blocks) };
    return this.nodeLooks.looks;
  }

  /** Draws the picture at `viewport`, each actor in the look of its marks: their opacities
   * and borders written into buffers kept from one drawing to the next. */
  draw(viewport: Viewport): void {
    const { canvas, scene, live } = this;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    // A drawing now serves the one asked for the next frame (the filling draws the picture
    // as it puts it on screen, the marks written just before).
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.movedIds.size > 0) this.readPositions();
    let marked: Pick<OverviewScene, 'alphas' | 'rings'> = {};
    if (this.states) {
      const looks = this.looks();
      const { alphas, rings } = this;
      rings.clear();
      for (let i = 0; i < scene.nodes.length; i++) {
        const look = looks.of(live.state(i));
        alphas[i] = look ? look.opacity : 0;
        if (look && look.border > 0) {
          rings.set(i, {
            width: look.border,
            colour: look.borderColour,
            opacity: look.borderOpacity,
          });
        }
      }
      marked = { alphas, rings };
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    drawOverview(ctx, { ...scene, ...marked, viewport });
    this.drawnAt = viewport;
    canvas.style.transform = followTransform(viewport, this.cy.zoom(), this.cy.pan());
  }

  /** A change of look (colour, shape, size) for actor `i` of `id`, then drawn again. */
  restyle(visualOf: (id: string, i: number) => Partial<NodeVisual>): void {
    this.scene.nodes.forEach((node, i) => {
      const data = visualOf(this.ids[i] as string, i);
      if (data.colour !== undefined) node.colour = String(data.colour);
      if (data.size !== undefined) node.size = Number(data.size);
      if (data.shape !== undefined) node.shape = data.shape as OverviewNode['shape'];
    });
    this.live.resized();
    this.schedule();
  }

  /** Actor `id` moved in Cytoscape (a drag): its position is read before the next drawing. */
  moved(id: string): void {
    this.movedIds.add(id);
    this.schedule();
  }

  /** The moved actors' positions read again from Cytoscape, and the hit index made again. */
  private readPositions(): void {
    for (const id of this.movedIds) {
      const node = this.cy.getElementById(id);
      const to = this.scene.nodes[this.index.get(id) ?? -1];
      if (!to || node.empty()) continue;
      const { x, y } = node.position();
      to.x = x;
      to.y = y;
    }
    this.movedIds.clear();
    this.live.resized();
  }

  /** A layout's positions (`xy`, in the order of `nodes`) taken at once. */
  placeAt(nodes: NodeCollection, xy: Float64Array): void {
    nodes.forEach((node, k) => {
      const to = this.scene.nodes[this.index.get(node.id()) ?? -1];
      if (!to) return;
      to.x = xy[2 * k] as number;
      to.y = xy[2 * k + 1] as number;
    });
    this.movedIds.clear();
    this.live.resized();
    this.schedule();
  }

  /** Every actor's position (`xy`, in map order), drawn now: a frame of a glide
   * (picture-glide.ts), its hit index following. */
  drawAt(xy: Float64Array): void {
    this.scene.nodes.forEach((node, i) => {
      node.x = xy[2 * i] as number;
      node.y = xy[2 * i + 1] as number;
    });
    this.movedIds.clear();
    this.live.resized();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.drawNow();
  }

  destroy(): void {
    this.live.destroy();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.restTimer);
    this.canvas.remove();
  }
}
