// The map's layout runs: the input a worker takes (layout.ts `PositionsRunner`), the first
// positions of a small map, and a run on the actors shown with its progress, applied live
// on small maps and once at the end, a chunk per frame, on big ones. A run is the force
// layout, or the actors grouped by a column (src/layout/grouped.ts), whose groups are then
// named on the map (group-names.ts).
import type { Core, ElementDefinition, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import { FCOSE_MAX, firstLayoutInput, nameBox, type LayoutRun, type Viewport } from '../layout';
import type { MaillageGraph } from '../model';
import type { MapMetrics } from './types.ts';
import { BIG_MAP, diameterOf } from './elements.ts';
import { GroupNames } from './group-names.ts';
import type { Grouping } from './groups.ts';
import { nextTask } from './turns.ts';
import {
  GLIDING_STAND_ACTORS,
  glideOnPicture,
  WAITING_STAND_ACTORS,
  type GlideSurface,
} from './picture-glide.ts';
import { canvasMeasure } from './labels.ts';
import { SCREEN_LABELS_MAX } from './names.ts';
import {
  applyPositions,
  glidePositions,
  groupedPositions,
  normalisePositions,
  type LayoutProgress,
  type PositionsRunner,
  runFcose,
} from './layout.ts';

/** Up to this many actors, fcose keeps room for the names under the actors. */
export const DECLUTTER_MAX = 1500;

/** Big maps make a layout's input in turns of about this many milliseconds. */
const TURN_BUDGET = 40;

/** How long the actors take to glide from their first arrangement to fcose's positions. */
const GLIDE_MS = 600;

/** What the layout runs need of the map. */
export interface LayoutHost {
  readonly cy: Core;
  readonly graph: MaillageGraph;
  readonly positions: PositionsRunner | undefined;
  readonly onLayout: ((progress: LayoutProgress) => void) | undefined;
  /** Where the groups' names go. */
  readonly container: HTMLElement;
  /** The groups of these actors under the layout chosen; null: the force layout. */
  grouping(ids: readonly string[]): Grouping | null;
  /** Names are drawn (fcose keeps room for them). */
  named(): boolean;
  destroyed(): boolean;
  /** The actors are at their new places: framing and names. */
  settle(nodes: NodeCollection): void;
  /** Big maps: moves the actors a chunk per frame, `settle` before the one drawing; false
   * when the map was destroyed meanwhile (filling.ts). */
  placeInChunks(nodes: NodeCollection, xy: Float64Array, settle: () => void): Promise<boolean>;
  /** Names for the actors in view, once the actors are placed. */
  nameInView(): void;
  /** The picture and links layer to glide on while the picture stands (filling.ts), else
   * null; `keepPicture` says on how many actors in view it stands (null: as before). */
  glideSurface(): GlideSurface | null;
  keepPicture(most: number | null): void;
  /** The viewport framing these (x, y, diameter) circles, and the groups' names. */
  frameAt(circles: number[]): Viewport | null;
  /** Resolves once Cytoscape's textures for its next frame are drawn ahead. */
  warmed(): Promise<unknown>;
}

export class MapLayouts {
  private readonly host: LayoutHost;
  private abort: AbortController | null = null;
  /** The names of the groups on the map, when it is grouped. */
  readonly groupNames: GroupNames;

  constructor(host: LayoutHost) {
    this.host = host;
    this.groupNames = new GroupNames(host.cy, host.container);
  }

  /** Names the groups of the layout chosen where the actors stand (none for forces). */
  nameGroups(): void {
    const ids = this.host.graph.nodes();
    this.groupNames.set(this.host.grouping(ids), ids);
  }

  /** Names the groups where the actors stand and frames `nodes` with `fit`: the names are
   * placed again for the zoom the map took, and the map framed once more if they moved. */
  nameAndFrame(nodes: NodeCollection, fit: (nodes: NodeCollection) => void): void {
    this.nameGroups();
    fit(nodes);
    if (this.groupNames.fitted()) fit(nodes);
  }

  get running(): boolean {
    return this.abort !== null;
  }

  /** Stops a layout running in a worker; the actors stay where they are. */
  cancel(): void {
    this.abort?.abort();
    this.abort = null;
  }

  /** Runs the layout again on `nodes`: in a worker, else fcose here, which reads the links
   * from Cytoscape (a map with a links layer lends them for the run through `lend`). */
  async again(nodes: NodeCollection, lend: (run: () => void) => void): Promise<void> {
    if (nodes.length === 0) return;
    if (this.host.positions) return this.run(nodes);
    lend(() => runFcose(this.host.cy, nodes));
    this.host.settle(nodes);
  }

  /** The graph's links between actors of `index` (actor id → position), as index pairs. */
  private edgesAmong(index: ReadonlyMap<string, number>): Int32Array {
    const pairs = new Int32Array(this.host.graph.size * 2);
    const reading = this.pairsAmong(index, pairs);
    let step = reading.next();
    while (!step.done) step = reading.next();
    return pairs.slice(0, step.value);
  }

  /** Writes the graph's links between actors of `index` into `pairs`, as index pairs; yields
   * every 1,024 links read (where a reader in turns checks its time), returns how many
   * numbers it wrote. One loop for the reader at once and the reader in turns. */
  private *pairsAmong(
    index: ReadonlyMap<string, number>,
    pairs: Int32Array,
  ): Generator<void, number> {
    let count = 0;
    let read = 0;
    for (const { source, target } of this.host.graph.edgeEntries()) {
      if (++read % 1024 === 0) yield;
      const a = index.get(source);
      const b = index.get(target);
      if (a === undefined || b === undefined) continue;
      pairs[count++] = a;
      pairs[count++] = b;
    }
    return count;
  }

  private get aspect(): number {
    return this.host.cy.width() / Math.max(1, this.host.cy.height());
  }

  /** The actors grouped by community, where a map without positions starts. */
  start(ids: readonly string[], metrics: MapMetrics | null): Float64Array {
    const community = (id: string) => metrics?.nodes[id]?.community ?? 0;
    return groupedPositions(ids, community, this.host.graph.order > BIG_MAP ? 14 : 40);
  }

  /** A small map's first positions, by fcose in a worker from `start`. */
  firstPositions(
    elements: readonly ElementDefinition[],
    ids: readonly string[],
    start: Float64Array,
    runner: PositionsRunner,
  ): Promise<Float64Array | null> {
    const sizes = Float64Array.from(elements.slice(0, ids.length), (e) => Number(e.data.size));
    const edges = this.edgesAmong(new Map(ids.map((id, i) => [id, i])));
    const input = { mode: 'fcose' as const, n: ids.length, edges, sizes, xy: start };
    return runner({ ...input, aspect: this.aspect }, () => undefined, new AbortController().signal);
  }

  /**
   * fcose's layout of the whole map, the one the pipeline worker computes for smaller maps
   * (same input, seed and options: the same map once settled), started in a worker from
   * `start` once `after` resolves (the map drawn there: a worker started with the filling took
   * a core the filling needed); `glide` then moves the actors to it. Null when there is no
   * worker. `cancel` stops it.
   */
  first(start: Float64Array, after: Promise<unknown>): Promise<Float64Array | null> | null {
    const runner = this.host.positions;
    if (!runner) return null;
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    // The picture stands from the filling's end until the glide (picture-glide.ts).
    this.host.keepPicture(WAITING_STAND_ACTORS);
    const input: LayoutRun = {
      ...firstLayoutInput(this.host.graph, this.aspect),
      mode: 'fcose',
      xy: start,
    };
    return after
      .then(() => (abort.signal.aborted ? null : runner(input, () => undefined, abort.signal)))
      .then((xy) => (abort.signal.aborted ? null : xy));
  }

  /**
   * The actors of the drawn map glide to the positions `first` computes (`ids`' order: the
   * graph's), then the map is framed and named as after any layout. A layout started or cancelled meanwhile leaves them where they are.
   */
  async glide(positions: Promise<Float64Array | null>, ids: readonly string[]): Promise<void> {
    const { host } = this;
    const abort = this.abort;
    const stopped = () => host.destroyed() || this.abort !== abort;
    host.onLayout?.({ running: true, fraction: 0 });
    // The actors the coordinator drags before fcose's positions come, or during the glide,
    // stay where they are put.
    const dragged = new Set<string>();
    const onDrag = (event: EventObject) => dragged.add((event.target as NodeSingular).id());
    host.cy.on('drag', 'node', onDrag);
    // Once placed on the picture, Cytoscape takes over with its textures drawn ahead.
    let handOver: Promise<unknown> = Promise.resolve();
    try {
      const xy = await positions;
      if (!xy || stopped()) return;
      // The positions in Cytoscape's order of the actors.
      const index = new Map(ids.map((id, i) => [id, i]));
      const nodes = host.cy.nodes();
      const to = new Float64Array(nodes.length * 2);
      nodes.forEach((node, k) => {
        const i = index.get(node.id()) ?? k;
        const p = dragged.has(node.id()) ? node.position() : null;
        to[2 * k] = p ? p.x : (xy[2 * i] as number);
        to[2 * k + 1] = p ? p.y : (xy[2 * i + 1] as number);
      });
      const shown = nodes.not('.hidden');
      const kept = (node: NodeSingular) => dragged.has(node.id());
      // On the picture while it stands (its actors in map order, as Cytoscape's), the camera
      // moving with the actors to the framing they end on; else in Cytoscape, the camera
      // staying (each zoom would size every name again), framed at the end.
      const inMapOrder = nodes.every((node, k) => (node as NodeSingular).id() === ids[k]);
      const surface = inMapOrder ? host.glideSurface() : null;
      if (surface) {
        if (!(await this.glideOnPicture(surface, nodes, to, stopped, kept))) return;
      } else if (await glidePositions(host.cy, nodes, to, GLIDE_MS, stopped, kept)) {
        host.settle(shown);
      } else {
        return;
      }
      if (stopped()) return;
      host.nameInView();
      if (surface) handOver = host.warmed();
    } finally {
      void handOver.then(() => !host.destroyed() && host.keepPicture(null));
      host.cy.off('drag', 'node', onDrag);
      if (this.abort === abort) this.abort = null;
      if (!host.destroyed()) host.onLayout?.({ running: false, fraction: 1 });
    }
  }

  /**
   * The glide on the picture while it stands (picture-glide.ts), the camera moving with the
   * actors to the framing they end on; then Cytoscape takes the last positions a chunk per
   * frame, its drawing held, and the map is framed and named. False: stopped midway.
   */
  private async glideOnPicture(
    surface: GlideSurface,
    nodes: NodeCollection,
    to: Float64Array,
    stopped: () => boolean,
    kept: (node: NodeSingular) => boolean,
  ): Promise<boolean> {
    const { host } = this;
    host.keepPicture(GLIDING_STAND_ACTORS);
    const circles: number[] = [];
    nodes.forEach((node, k) => {
      if (node.hasClass('hidden')) return;
      circles.push(to[2 * k] as number, to[2 * k + 1] as number, diameterOf(node.data('size')));
    });
    const camera = host.frameAt(circles);
    const run = { cy: host.cy, surface, nodes, to, camera, ms: GLIDE_MS, stopped, kept };
    const last = await glideOnPicture(run);
    if (!last) return false;
    const shown = nodes.not('.hidden');
    // A layout started or cancelled while the positions are placed keeps its own framing.
    const placed = await host.placeInChunks(nodes, last, () => stopped() || host.settle(shown));
    surface.landed();
    return placed;
  }

  /** The graph's links between `nodes` (big maps draw theirs outside Cytoscape), not the
   * suggested ones, as index pairs in node order; on big maps read in turns of about
   * TURN_BUDGET ms (`turn` between them; false: stopped, null). */
  private async edgesOf(
    nodes: NodeCollection,
    turn: () => Promise<boolean>,
  ): Promise<Int32Array | null> {
    const index = new Map<string, number>();
    nodes.forEach((n, i) => {
      index.set(n.id(), i);
    });
    const { graph } = this.host;
    if (graph.order <= BIG_MAP) return this.edgesAmong(index);
    const pairs = new Int32Array(graph.size * 2);
    const reading = this.pairsAmong(index, pairs);
    let started = performance.now();
    for (let step = reading.next(); ; step = reading.next()) {
      if (step.done) return pairs.slice(0, step.value);
      if (performance.now() - started > TURN_BUDGET) {
        if (!(await turn())) return null;
        started = performance.now();
      }
    }
  }

  /** The graph as the layouts take it: node index pairs and sizes, in node order. */
  private input(nodes: NodeCollection, edges: Int32Array) {
    const xy = new Float64Array(nodes.length * 2);
    const sizes = new Float64Array(nodes.length);
    const labels = new Float64Array(nodes.length * 2);
    const named = this.host.named() && nodes.length <= DECLUTTER_MAX;
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
    return { n: nodes.length, edges, sizes, xy, aspect: this.aspect, ...(named ? { labels } : {}) };
  }

  /** A run stopped before it started (cancelled, or the map destroyed). */
  private stopped(abort: AbortController): void {
    if (this.abort === abort) this.abort = null;
  }

  /** Lays `nodes` out in a worker: grouped by the column chosen, else by forces (fcose up to
   * FCOSE_MAX actors, ForceAtlas2 above). */
  async run(nodes: NodeCollection): Promise<void> {
    const { host } = this;
    const runner = host.positions;
    if (!runner) return;
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    const fcoseMode = nodes.length <= FCOSE_MAX;
    // Small maps show the layout taking shape; big ones only at the end (moving and
    // redrawing 10,000 actors is a long task of its own), and make its input in turns.
    const live = nodes.length <= BIG_MAP;
    const turn = async () => {
      if (!live) await nextTask();
      return !abort.signal.aborted && !host.destroyed();
    };
    if (!(await turn())) return this.stopped(abort);
    const edges = await this.edgesOf(nodes, turn);
    if (!edges || !(await turn())) return this.stopped(abort);
    const grouping = host.grouping(nodes.map((n) => n.id()));
    const input = {
      ...this.input(nodes, edges),
      mode: grouping ? 'grouped' : fcoseMode ? 'fcose' : 'forceatlas2',
      // The groups' names, for the layout to keep room for them at the whole map's zoom.
      ...(grouping
        ? {
            groups: grouping.groups,
            names: this.groupNames.widths(grouping),
            screen: { width: host.cy.width(), height: host.cy.height() },
            labelsOnScreen: nodes.length <= SCREEN_LABELS_MAX,
          }
        : {}),
    } as const;
    host.onLayout?.({ running: true, fraction: 0 });
    let lastApplied = performance.now();
    const place = (xy: Float64Array) =>
      fcoseMode || grouping ? xy : normalisePositions(xy, input.edges, 80);
    // Big grouped maps are drawn a step at a time: every actor in its group's region first,
    // then each group as it is laid out.
    const steps = !live && grouping ? new GroupedSteps(host, nodes) : null;
    try {
      const result = await runner(
        input,
        (fraction, partial) => {
          if (abort.signal.aborted || host.destroyed()) return;
          host.onLayout?.({ running: true, fraction });
          steps?.step(partial);
          if (live && performance.now() - lastApplied > 1000) {
            applyPositions(host.cy, nodes, place(partial));
            lastApplied = performance.now();
          }
        },
        abort.signal,
      );
      if (result && !abort.signal.aborted && !host.destroyed()) {
        if (live) {
          applyPositions(host.cy, nodes, place(result));
          host.settle(nodes);
          host.nameInView();
        } else if (steps) {
          if (await steps.last(result)) host.nameInView();
        } else if (await host.placeInChunks(nodes, place(result), () => host.settle(nodes))) {
          host.nameInView();
        }
      }
    } finally {
      if (this.abort === abort) this.abort = null;
      if (!host.destroyed()) host.onLayout?.({ running: false, fraction: 1 });
    }
  }
}

/** The steps of a grouped layout on a big map, placed one after the other: each moves only
 * the actors whose positions changed since the step before, a chunk per frame (the first
 * frames the map and names the groups). */
class GroupedSteps {
  private readonly host: LayoutHost;
  private readonly nodes: NodeCollection;
  private shown: Float64Array | null = null;
  private pending: Float64Array | null = null;
  private placing: Promise<boolean> = Promise.resolve(true);

  constructor(host: LayoutHost, nodes: NodeCollection) {
    this.host = host;
    this.nodes = nodes;
  }

  /** Positions of a step: placed once the steps before are. */
  step(xy: Float64Array): void {
    const idle = this.pending === null;
    this.pending = xy;
    if (idle) this.placing = this.placing.then((ok) => ok && this.placePending(false));
  }

  /** The last positions, then the map framed and named; false when the map was destroyed. */
  async last(xy: Float64Array): Promise<boolean> {
    if (!(await this.placing)) return false;
    this.pending = xy;
    return this.placePending(true);
  }

  private async placePending(last: boolean): Promise<boolean> {
    const xy = this.pending;
    this.pending = null;
    if (!xy) return true;
    const { shown } = this;
    const moved: number[] = [];
    const moves = new Uint8Array(this.nodes.length);
    for (let i = 0; i < this.nodes.length; i++) {
      if (!shown || shown[2 * i] !== xy[2 * i] || shown[2 * i + 1] !== xy[2 * i + 1]) {
        moved.push(i);
        moves[i] = 1;
      }
    }
    this.shown = xy;
    const nodes = this.nodes.filter((_, i) => moves[i] === 1);
    const at = new Float64Array(moved.length * 2);
    moved.forEach((i, k) => {
      at[2 * k] = xy[2 * i] as number;
      at[2 * k + 1] = xy[2 * i + 1] as number;
    });
    const settle = last || !shown ? () => this.host.settle(this.nodes) : () => undefined;
    return this.host.placeInChunks(nodes, at, settle);
  }
}
