// The map: one Cytoscape instance over one graph, driven by plain method calls (no React
// here). The app creates a NetworkMap when a new graph arrives and destroys it when it
// leaves; encodings, filters, selection and focus change classes and data in place, so
// positions survive every change except an explicit relayout.
//
// NetworkMap is a facade over a few managers, one job each, made and wired in map-parts.ts:
// the display states of the elements (marks.ts), the names (names.ts), the camera (camera.ts;
// the app moves it through `view`), big maps' progressive filling (filling.ts), the layouts
// (layout-runs.ts) and the looks restyled (restyle.ts).
//
// Layouts run off the main thread through a `PositionsRunner` the app supplies (fcose up to
// FCOSE_MAX actors, ForceAtlas2 above); the elements are added once, at their positions when
// known (the pipeline worker lays small maps out with the import), else at a first one.
import cytoscape, { type Core, type ElementDefinition, type NodeCollection } from 'cytoscape';
import type { ReferenceData } from '../domain';
import { FCOSE_MAX, LAYOUT_FIRST_MAX } from '../layout';
import type { MaillageGraph } from '../model';
import type { MapCamera, MapView } from './camera.ts';
import type { EdgeLayer } from './edge-layer.ts';
import type { LinkState } from './edge-look.ts';
import {
  BIG_MAP,
  colourColumnOf,
  encodingChanges,
  toElements,
  toElementsInTurns,
  type ElementContext,
} from './elements.ts';
import { placeElements } from './element-places.ts';
import type { ProgressiveFill } from './filling.ts';
import { nextTask, nextTurn, twoFrames } from './turns.ts';
import { drawCompare, type CompareMarks } from './compare-marks.ts';
import { fragilityInput, visibleInput } from './display-state.ts';
import { runFcose } from './layout.ts';
import { applyMetrics, restyle, type Restyling } from './restyle.ts';
import { makeMapParts } from './map-parts.ts';
import type { MapMarks } from './marks.ts';
import type { MapLayouts } from './layout-runs.ts';
import type { MapNames } from './names.ts';
import type { TextureWarmer } from './texture-warmup.ts';
import type { LivePicture } from './picture-live.ts';
import {
  chooseRenderer,
  cytoscapeOptions,
  registerExtensions,
  type RendererChoice,
} from './renderer.ts';
import {
  NO_FILTERS,
  type Encodings,
  type Filters,
  type MapMetrics,
  type NetworkMapSetup,
} from './types.ts';

export type { Camera, MapView } from './camera.ts';
export type { NetworkMapSetup } from './types.ts';
export { SCREEN_LABELS_MAX } from './names.ts';
export { DECLUTTER_MAX } from './layout-runs.ts';

/** A map's elements and the metrics their looks were made with. */
interface BuiltElements {
  elements: ElementDefinition[];
  metrics: MapMetrics | null;
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
  private names: ReadonlyMap<string, string> | undefined;
  private destroyed = false;
  private drawn = false;
  /** Calls that mark actors, made before the marks hold the map's elements (the app selects,
   * compares or suggests as the map is created, while a big map's elements are converted
   * in turns or a small one waits for its first positions): made, in order, once they do.
   * Null once they do. */
  private beforeElements: (() => void)[] | null = [];
  /** Big maps on the canvas renderer: the links, drawn outside Cytoscape (edge-layer.ts). */
  private links: EdgeLayer | null = null;
  /** Where the map looks, as the app moves it (saved views, zoom buttons, fit). */
  readonly view: MapView;
  private readonly marks: MapMarks;
  private readonly labels: MapNames;
  private readonly camera: MapCamera;
  private readonly filling: ProgressiveFill;
  private readonly layouts: MapLayouts;
  private readonly restyling: Restyling;
  private readonly warmer: TextureWarmer;

  constructor(setup: NetworkMapSetup) {
    registerExtensions();
    // Without its metrics: they change (setMetrics), and the first ones (an actor's figures
    // each, MBs on a big map) were kept here after the full analysis replaced them.
    this.setup = { ...setup, metrics: null };
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
    this.cy = (setup.cytoscape ?? cytoscape)(cytoscapeOptions(setup.container, this.renderer));
    const parts = makeMapParts(this.cy, this.graph, this.renderer, this.setup, {
      encodings: () => this.encodings,
      filters: () => this.filters,
      metrics: () => this.metrics,
      links: () => this.links,
      destroyed: () => this.destroyed,
      live: () => this.drawn && !this.destroyed,
      visibleNodes: () => this.visibleNodes(),
      context: () => this.context(),
    });
    this.labels = parts.labels;
    this.camera = parts.camera;
    this.view = parts.camera;
    this.marks = parts.marks;
    this.filling = parts.filling;
    this.warmer = parts.warmer;
    this.layouts = parts.layouts;
    this.restyling = parts.restyling;
  }

  private get big(): boolean {
    return this.graph.order > BIG_MAP;
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

  // ----------------------------------------------------------------------------------- draw

  /** Adds the elements; resolves once the map is drawn. Small maps: at the positions the
   * import computed, else after fcose in a worker. Above LAYOUT_FIRST_MAX actors, the picture
   * first (filling.ts), the links on their own layer; without positions, on a first
   * arrangement, then fcose once drawn (the actors glide to it) or, above FCOSE_MAX,
   * ForceAtlas2. */
  async draw(): Promise<void> {
    // The elements carry the metrics they were built with: metrics arriving while they are
    // converted, placed or filled in are applied once the map is drawn (setMetrics waits).
    const built = this.big ? await this.elementsInTurns() : this.elementsNow();
    if (!built) return;
    const { elements, metrics: builtWith } = built;
    const ids = this.graph.nodes();
    const small = this.graph.order <= FCOSE_MAX;
    const pictureFirst = this.graph.order > LAYOUT_FIRST_MAX;
    const start = this.layouts.start(ids, this.metrics);
    let xy = this.setup.initial ?? null;
    // fcose starts once the map is drawn: with the filling, its worker took a core it needed.
    let drawn = (): void => undefined;
    const afterDrawing = new Promise<void>((resolve) => (drawn = resolve));
    const settling = !xy && small && pictureFirst ? this.layouts.first(start, afterDrawing) : null;
    // The picture stands until the actors have glided to fcose's positions (picture-glide.ts).
    const glides = settling !== null && !this.renderer.webgl;
    if (!xy && small && !pictureFirst && this.setup.positions) {
      xy = await this.layouts.firstPositions(elements, ids, start, this.setup.positions);
      if (this.destroyed) return;
    }
    const at = xy ?? start;
    placeElements(elements, ids, at);
    this.marks.setElements(elements, ids.length);
    if ((xy || settling) && this.labels.onScreen) {
      this.filling.scaleForOpening(elements, ids.length, (scale) => this.labels.setScale(scale));
    }
    const t0 = performance.now();
    // Named and framed (after the filling, in a task of its own); up to BIG_MAP actors with
    // the textures of Cytoscape's first frame drawn ahead, on the picture-first route while
    // the picture shows and Cytoscape's drawing is held: that frame only copies.
    const ready = async (): Promise<boolean> => {
      if (pictureFirst) {
        this.marks.write();
        await nextTask();
        if (this.destroyed) return false;
      }
      performance.measure('maillage:add-elements', { start: t0, end: performance.now() });
      if (!xy && small && !settling) this.lendLinks(() => runFcose(this.cy, this.cy.nodes()));
      this.layouts.nameAndFrame(this.visibleNodes(), (shown) => this.camera.fitNow(shown));
      this.drawn = true;
      if (this.metrics !== builtWith)
        applyMetrics(this.restyling, builtWith, this.metrics, this.encodings);
      const t1 = performance.now();
      if (!glides) this.nameOpening();
      performance.measure('maillage:labels', { start: t1, end: performance.now() });
      if (!this.big && !glides) await this.warmer.warm();
      return !this.destroyed;
    };
    try {
      if (pictureFirst) {
        // On the canvas renderer the links go to a layer of their own (edge-layer.ts), on
        // screen from now on; under WebGL, Cytoscape draws them well.
        const layer = this.renderer.webgl
          ? null
          : () => {
              this.links = this.filling.showLinks(elements, ids, at, (links) => {
                this.marks.setLayer(links);
                this.marks.write();
              });
              return this.links;
            };
        // Big maps (the picture may stay the actors' layer) are named once filled in.
        const filled = this.filling.fill(elements, ids.length, layer, this.big ? undefined : ready);
        this.callsWithElements();
        if (!(await filled) || (this.big && !(await ready()))) return;
      } else {
        this.cy.batch(() => {
          this.cy.add(elements);
          this.marks.write();
        });
        this.callsWithElements();
        if (!(await ready())) return;
      }
      const t2 = performance.now();
      // The picture standing until the glide (Cytoscape's drawing held): no frame of
      // Cytoscape's to wait for, its first comes at the glide's end.
      if (!glides || !this.filling.picture) await twoFrames();
      performance.measure('maillage:first-frame', { start: t2, end: performance.now() });
    } finally {
      // The picture goes (drawing done, failed or stopped), or stays the actors' layer.
      this.filling.filled();
      drawn();
    }
    // fcose's positions to glide to; big maps laid out in a worker, unless saved with theirs.
    if (this.destroyed) return;
    // The picture was to stand until the glide, but does not (filters, suggested links): named.
    if (glides && !this.filling.picture) this.nameOpening();
    if (settling) void this.layouts.glide(settling, ids);
    else if (!small && !this.setup.initial) void this.layouts.run(this.visibleNodes());
  }

  /** The graph's elements under the looks' inputs now, and the metrics they carry. */
  private elementsNow(): BuiltElements {
    const ctx = this.context();
    return { elements: toElements(this.graph, ctx), metrics: ctx.metrics };
  }

  /** A big map's elements, converted in turns (null: the map was destroyed meanwhile), and
   * again if the encodings or names changed meanwhile (metrics are applied after). */
  private async elementsInTurns(): Promise<BuiltElements | null> {
    for (;;) {
      const ctx = this.context();
      const elements = await toElementsInTurns(this.graph, ctx, nextTurn, () => this.destroyed);
      if (!elements) return null;
      if (ctx.encodings === this.encodings && ctx.names === this.names) {
        return { elements, metrics: ctx.metrics };
      }
    }
  }

  /** Whether `call` waits for the marks to hold the map's elements (it is then made once
   * they do). */
  private waitsForElements(call: () => void): boolean {
    this.beforeElements?.push(call);
    return this.beforeElements !== null;
  }

  private callsWithElements(): void {
    const calls = this.beforeElements ?? [];
    this.beforeElements = null;
    for (const call of calls) call();
  }

  /** Names the map as it opens; a big map about to be laid out chooses its names once the
   * actors are in place. */
  private nameOpening(): void {
    if (!this.big || this.setup.initial) this.labels.rescale(true);
    this.labels.nameInView();
  }

  private visibleNodes(): NodeCollection {
    // One pass (`not('.hidden')` built two collections of every actor on a big map).
    return this.cy.nodes().filter((node) => !node.hasClass('hidden'));
  }

  // -------------------------------------------------------------------------------- layouts

  /** Runs the layout again on the actors shown (hidden ones keep their place). */
  async relayout(): Promise<void> {
    await this.layouts.again(this.visibleNodes(), this.lendLinks);
  }

  /** The words of the groups' names on a grouped map (the app's language). */
  setGroupWords(words: (key: string) => string): void {
    this.layouts.groupNames.setWords(words);
  }

  /** Stops a layout running in a worker; the actors stay where they are. */
  cancelLayout(): void {
    this.layouts.cancel();
  }

  get layoutRunning(): boolean {
    return this.layouts.running;
  }

  // --------------------------------------------------------------------------------- names

  /** Shows these names instead of the actors' own (anonymous mode); ids not in the map
   * keep their name. Labels are chosen again so they still do not overlap. */
  setNames(names: ReadonlyMap<string, string>): void {
    this.names = names;
    this.labels.setNames(names);
    this.filling.relabel();
  }

  /** Presentation mode on or off: names grow and darken, and are chosen again. */
  setPresentation(on: boolean): void {
    this.labels.setPresentation(on);
  }

  // ------------------------------------------------------------------------ encodings, state

  setEncodings(encodings: Encodings): void {
    const changed = encodingChanges(this.encodings, encodings);
    this.encodings = encodings;
    if (changed.looks) restyle(this.restyling, 'all'); // the actors still to come too
    if (changed.names || changed.fragility) {
      this.marks.update({
        nameless: encodings.labels === 'none',
        fragility: fragilityInput(this.graph, this.metrics, this.encodings.articulation),
      });
    }
    if (changed.names || changed.size || changed.fragility) {
      this.labels.declutter(changed.names || changed.size ? 'layout' : 'state');
    }
    // The actors move only when the app asks (relayout); the names follow the choice.
    if (changed.grouping) this.layouts.nameGroups();
  }

  setMetrics(metrics: MapMetrics | null): void {
    const before = this.metrics;
    if (metrics === before) return;
    this.metrics = metrics;
    if (!this.drawn) return;
    const started = performance.now();
    applyMetrics(this.restyling, before, metrics, this.encodings);
    if (this.encodings.sizeBy === 'betweenness') this.labels.declutter('layout');
    performance.measure('maillage:metrics-applied', { start: started, end: performance.now() });
  }

  setFilters(filters: Filters): void {
    if (filters === this.filters) return;
    this.filters = filters;
    this.marks.update({ visible: visibleInput(this.graph, this.filters) });
    this.layouts.groupNames.measure();
    this.labels.declutter('layout');
    this.labels.nameInView();
    const { focus } = this.marks.current;
    if (focus !== null && this.marks.has(focus, 'hidden')) this.focus(null);
  }

  /** Selects an actor (null: none), marks its links, and brings it into view. */
  select(id: string | null, options: { center?: boolean } = {}): void {
    if (this.waitsForElements(() => this.select(id, options))) return;
    this.marks.update({ selected: id });
    this.labels.declutter();
    if (id !== null && options.center && !this.camera.centerOn(id)) {
      this.filling.centreOn(id, Math.max(this.cy.zoom(), 1));
    }
  }

  /** Shows only an actor and its partners (null: everything again). */
  focus(id: string | null): void {
    if (this.waitsForElements(() => this.focus(id))) return;
    this.marks.update({ focus: id });
    if (this.filling.glideTo(id === null ? null : [id, ...this.marks.partners(id)])) return;
    const target =
      id === null ? this.visibleNodes() : this.camera.nodesOf([id, ...this.marks.partners(id)]);
    this.camera.glideTo(target.not('.hidden'), 250);
  }

  /** Lights a set of actors (a row of an analysis panel) and the links between them, and
   * brings them into view; null lights nothing. Unknown ids are ignored. */
  highlight(ids: readonly string[] | null, options: { fit?: boolean } = {}): void {
    if (this.waitsForElements(() => this.highlight(ids, options))) return;
    this.marks.update({ lit: ids && new Set(ids) });
    // Lit actors get their names first.
    this.labels.declutter();
    if (ids !== null && options.fit !== false) {
      this.camera.glideTo(this.camera.nodesOf(ids).not('.hidden'), 250);
    }
  }

  /** "What if this actor left": it fades out with its links, and `stranded` (the actors it
   * cuts off) are marked. null restores the map. */
  whatIf(id: string | null, stranded: readonly string[] = []): void {
    if (this.waitsForElements(() => this.whatIf(id, stranded))) return;
    this.marks.update({ whatIf: id === null ? null : { id, stranded: new Set(stranded) } });
    this.labels.declutter();
    if (id !== null) {
      const around = this.camera.nodesOf([id, ...this.strandedIds()]);
      this.camera.glideTo(around.not('.hidden'), 250);
    }
  }

  /** Draws suggested partnerships as dashed links (replacing those drawn before); pairs
   * whose actors are not on the map are skipped. */
  setSuggested(pairs: readonly { source: string; target: string }[]): void {
    if (this.waitsForElements(() => this.setSuggested(pairs))) return;
    this.marks.setSuggested(pairs);
  }

  /** Draws a comparison of two versions (gained, lost, kept), or (null) leaves it. */
  setCompare(compare: CompareMarks | null): void {
    if (this.waitsForElements(() => this.setCompare(compare))) return;
    drawCompare(this.cy, this.marks, compare);
    this.filling.chooseLayer();
  }

  /** The suggested links drawn now, as "source|target". */
  suggestedPairs(): string[] {
    return this.cy.edges('.suggested').map((e) => `${e.data('source')}|${e.data('target')}`);
  }

  /** The links with a state (big maps' link layer; for tests and diagnostics). */
  layerLinks(state: LinkState): string[] | null {
    return this.links ? this.links.withState(state) : null;
  }

  /** The still picture standing in for Cytoscape on a big map (null when Cytoscape draws). */
  get picture(): LivePicture | null {
    return this.filling.picture;
  }

  /** The actor at a model point on the still picture, when it is on screen (else null). */
  actorAt(position: { x: number; y: number }): string | null {
    return this.filling.hitAt(position);
  }

  /** The actors lit now, in map order. */
  litIds(): string[] {
    return this.cy.nodes('.lit').map((n) => n.id());
  }

  /** The actors marked as cut off by `whatIf`. */
  strandedIds(): string[] {
    return this.cy.nodes('.stranded').map((n) => n.id());
  }

  get focusedId(): string | null {
    return this.marks.current.focus;
  }

  // ------------------------------------------------------------------------------- pictures

  /**
   * Runs `draw` (a picture made by Cytoscape: PNG, SVG) on the map as a picture needs it:
   * names chosen (big maps choose them only when they are drawn) and every link in
   * Cytoscape (big maps lend theirs, see `lendLinks`).
   */
  forPicture<T>(draw: () => T): T {
    this.labels.forPicture();
    return this.layouts.groupNames.inPicture(() => this.lendLinks(draw));
  }

  /** Runs `draw` with every link in Cytoscape (big maps lend the links of their layer). */
  private lendLinks = <T>(draw: () => T): T => (this.links ? this.links.lend(draw) : draw());

  /**
   * The actors shown, as a PNG data URL about `width` CSS pixels wide (drawn at twice that
   * for print), for the printable report. Names are sized for the picture, as they would
   * be on a screen showing the whole map, whatever the zoom on screen now.
   */
  pngDataUrl(width = 1400): string {
    return this.labels.png(width, (draw) => this.forPicture(draw));
  }

  destroy(): void {
    this.destroyed = true;
    this.cancelLayout();
    this.filling.destroy();
    this.links?.destroy();
    this.links = null;
    this.layouts.groupNames.destroy();
    this.cy.destroy();
  }
}
