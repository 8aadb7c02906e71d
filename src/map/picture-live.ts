// A big map's still picture made usable while Cytoscape fills in (filling.ts): which actor
// is under the pointer (picture-hits.ts, a spatial index over the positions the picture was
// drawn from), its name and border shown on hover, the selected actor's too, and the
// actors' display states (filters, focus, selection, fragility…) drawn on the picture by
// the caller. Cytoscape draws nothing until it holds every actor, so until then this is
// what the pointer talks to; the map's own handlers ask `hitAt` when a tap meets no
// element of Cytoscape's.
import { MARKS } from './display-state.ts';
import { overlayCanvas } from './overlay-canvas.ts';
import { shapePath, type OverviewNode } from './overview.ts';
import { PictureHits } from './picture-hits.ts';
import { ACCENT, FONT_STACK, INK } from './style.ts';

/** How close (screen pixels) the pointer must come to an actor to hit it. */
const SLACK = 4;
/** The names drawn on hover and selection, in screen pixels. */
const NAME_PX = 13;

/** What the live picture needs of the map. */
export interface LiveHost {
  readonly container: HTMLElement;
  width(): number;
  height(): number;
  viewport(): { zoom: number; pan: { x: number; y: number } };
  pixelRatio: number;
}

export class LivePicture {
  /** Built in a task of its own after the picture (or at the first question). */
  private spatial: PictureHits | null = null;
  private indexTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: LiveHost;
  private readonly ids: readonly string[];
  private readonly index: ReadonlyMap<string, number>;
  private readonly nodes: readonly OverviewNode[];
  private labels: readonly string[];
  private readonly canvas: HTMLCanvasElement;
  private states: Uint16Array | null = null;
  private hovered = -1;
  /** On screen and answering the pointer (false: Cytoscape draws the actors, picture-stand.ts). */
  private active = true;
  private readonly onMove: (event: PointerEvent) => void;
  private readonly onLeave: () => void;

  constructor(
    host: LiveHost,
    ids: readonly string[],
    nodes: readonly OverviewNode[],
    labels: readonly string[],
    /** `ids`' positions, when the caller has them already. */
    index?: ReadonlyMap<string, number>,
  ) {
    this.host = host;
    this.ids = ids;
    this.nodes = nodes;
    this.labels = labels;
    this.index = index ?? new Map(ids.map((id, i) => [id, i]));
    // The index (tens of milliseconds at 10,000 actors, more while the page warms up) is
    // not part of the picture's task: the picture shows first.
    this.indexTimer = setTimeout(() => this.hits, 0);
    // Over the picture (z-index 5), under the map's progress line.
    this.canvas = overlayCanvas(host.container.ownerDocument, 'map-hover', { zIndex: '6' });
    host.container.appendChild(this.canvas);
    this.resize();
    this.onMove = (event) => {
      if (this.active) this.hover(this.hitAtClient(event.clientX, event.clientY));
    };
    this.onLeave = () => this.hover(-1);
    host.container.addEventListener('pointermove', this.onMove);
    host.container.addEventListener('pointerleave', this.onLeave);
  }

  /** The spatial index over the actors' discs. */
  get hits(): PictureHits {
    clearTimeout(this.indexTimer);
    this.spatial ??= PictureHits.of(this.nodes);
    return this.spatial;
  }

  /** On screen and answering the pointer, or (false) put aside while Cytoscape draws. */
  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.canvas.style.display = active ? '' : 'none';
    if (!active) this.hover(-1);
    this.draw();
  }

  /** The names drawn on hover and selection (anonymous mode gives others). */
  relabel(labelOf: (id: string, i: number) => string): void {
    this.labels = this.ids.map(labelOf);
    this.draw();
  }

  /** How many actors shown meet the rectangle (model pixels). */
  countIn(x1: number, y1: number, x2: number, y2: number): number {
    return this.hits.count(x1, y1, x2, y2, (i) => this.hittable(i));
  }

  /** The actors' sizes or positions changed (a new size encoding, a layout, a drag): the
   * index is made again. */
  resized(): void {
    this.spatial = null;
    this.indexTimer = setTimeout(() => this.hits, 0);
    this.draw();
  }

  /** The actors' display states (display-state.ts marks), in map order. */
  setStates(states: Uint16Array): void {
    this.states = states.length === this.ids.length ? Uint16Array.from(states) : null;
    if (this.hovered >= 0 && !this.hittable(this.hovered)) this.hovered = -1;
    this.draw();
  }

  /** Actor `i`'s marks, or 0 before any. */
  state(i: number): number {
    return this.states?.[i] ?? 0;
  }

  /** The actors with all the marks of `bits` (tests, diagnostics). */
  idsWith(bits: number): string[] {
    return this.ids.filter((_, i) => (this.state(i) & bits) === bits);
  }

  /** Actor `id`'s colour and diameter as the picture draws them (tests, diagnostics). */
  lookOf(id: string): { colour: string; size: number } | null {
    const node = this.nodes[this.index.get(id) ?? -1];
    return node ? { colour: node.colour, size: node.size } : null;
  }

  /** Hidden actors (filters, a comparison) cannot be hit. */
  private hittable(i: number): boolean {
    return (this.state(i) & MARKS.hidden) === 0 && (this.nodes[i]?.alpha ?? 1) > 0;
  }

  /** The actor at (x, y) in model pixels, with the pointer's slack, or null. */
  hitAt(x: number, y: number): string | null {
    const { zoom } = this.host.viewport();
    const i = this.hits.nearest(x, y, SLACK / Math.max(zoom, 1e-6), (k) => this.hittable(k));
    return i < 0 ? null : (this.ids[i] as string);
  }

  private hitAtClient(clientX: number, clientY: number): number {
    const rect = this.host.container.getBoundingClientRect();
    const { zoom, pan } = this.host.viewport();
    const id = this.hitAt(
      (clientX - rect.left - pan.x) / zoom,
      (clientY - rect.top - pan.y) / zoom,
    );
    return id === null ? -1 : (this.index.get(id) as number);
  }

  /** The actor under the pointer (-1: none): its name and border drawn, the cursor a hand. */
  private hover(i: number): void {
    if (i === this.hovered) return;
    this.hovered = i;
    this.host.container.style.cursor = i >= 0 ? 'pointer' : '';
    if (i >= 0) this.canvas.dataset.actor = this.ids[i] as string;
    else delete this.canvas.dataset.actor;
    this.draw();
  }

  /** The id of the actor under the pointer (tests, diagnostics). */
  get hoveredId(): string | null {
    return this.hovered >= 0 ? (this.ids[this.hovered] as string) : null;
  }

  /** Where actor `id` is on screen (CSS pixels from the map's top left), or null. */
  renderedPosition(id: string): { x: number; y: number } | null {
    const i = this.index.get(id);
    if (i === undefined) return null;
    const { zoom, pan } = this.host.viewport();
    const { x, y } = this.hits.circle(i);
    return { x: x * zoom + pan.x, y: y * zoom + pan.y };
  }

  /** (x, y, diameter) of the actors of `ids` that are shown (null: every one shown). */
  circles(ids: readonly string[] | null): number[] {
    const chosen = ids === null ? this.ids.map((_, i) => i) : ids.map((id) => this.index.get(id));
    const circles: number[] = [];
    for (const i of chosen) {
      if (i === undefined || !this.hittable(i)) continue;
      const { x, y, r } = this.hits.circle(i);
      circles.push(x, y, 2 * r);
    }
    return circles;
  }

  /** The viewport moved or the map was resized: the names follow. */
  follow(): void {
    if (this.canvas.width !== Math.round(this.host.width() * this.host.pixelRatio)) this.resize();
    this.draw();
  }

  private resize(): void {
    const { pixelRatio } = this.host;
    const width = this.host.width();
    const height = this.host.height();
    this.canvas.width = Math.max(1, Math.round(width * pixelRatio));
    this.canvas.height = Math.max(1, Math.round(height * pixelRatio));
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
  }

  /** The hovered and the selected actors: a border and the name under the actor. */
  private draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const ratio = this.host.pixelRatio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!this.active) return;
    const marked: [number, string][] = [];
    this.ids.forEach((_, i) => {
      if (this.state(i) & MARKS.selected && this.hittable(i)) marked.push([i, ACCENT]);
    });
    if (this.hovered >= 0) marked.push([this.hovered, INK]);
    const { zoom, pan } = this.host.viewport();
    for (const [i, colour] of marked) {
      const node = this.nodes[i] as OverviewNode;
      const x = node.x * zoom + pan.x;
      const y = node.y * zoom + pan.y;
      const r = Math.max(3, (node.size * zoom) / 2);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = colour;
      ctx.lineWidth = 3;
      ctx.beginPath();
      shapePath(ctx, x, y, r + 1.5, node.shape);
      ctx.closePath();
      ctx.stroke();
      this.name(ctx, this.labels[i] ?? '', x, y + r + 4);
    }
  }

  /** A name on a white background, centred under (x, top). */
  private name(ctx: CanvasRenderingContext2D, text: string, x: number, top: number): void {
    if (!text) return;
    ctx.font = `600 ${NAME_PX}px ${FONT_STACK}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    const lines = text.split('\n');
    const width = Math.max(...lines.map((line) => ctx.measureText(line).width));
    const lineHeight = NAME_PX * 1.25;
    ctx.globalAlpha = 0.9;
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(x - width / 2 - 3, top - 2, width + 6, lines.length * lineHeight + 3);
    ctx.globalAlpha = 1;
    ctx.fillStyle = INK;
    lines.forEach((line, k) => ctx.fillText(line, x, top + k * lineHeight));
  }

  destroy(): void {
    clearTimeout(this.indexTimer);
    this.host.container.removeEventListener('pointermove', this.onMove);
    this.host.container.removeEventListener('pointerleave', this.onLeave);
    this.host.container.style.cursor = '';
    this.canvas.remove();
  }
}
