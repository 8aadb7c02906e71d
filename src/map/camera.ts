// Where the map looks: fitting actors into the view from their positions and sizes alone
// (Cytoscape's own fit measures every label and link first: seconds on a big map), the
// saved views' cameras and their framing, zoom buttons. The app moves it through `MapView`
// (NetworkMap's `view`); the map's other managers use the rest of MapCamera.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { fitViewport, type Viewport } from '../layout';
import { diameterOf, LABEL_PX } from './elements.ts';

/** A part of the map, in model coordinates. */
export interface Camera {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const PADDING = 40;

/** What the framing needs to know of the names: whether they are drawn under the actors,
 * and how much bigger than usual (presentation mode). */
export interface NameRoom {
  named(): boolean;
  textBoost(): number;
}

/** The camera as the app moves it: saved views, the zoom buttons, the workspace file. */
export interface MapView {
  /** The part of the map on screen, in model coordinates. */
  camera(): Camera;
  /** Shows this part of the map, as large as the screen allows. */
  setCamera(camera: Camera, options?: { animate?: boolean }): void;
  /** Frames a saved view about `focus` (else every actor shown): see MapCamera `frameNodes`.
   * `insets`: room taken on the right and at the bottom by overlays. */
  frameView(
    camera: Camera | null,
    focus: readonly string[],
    insets?: { right: number; bottom: number },
  ): void;
  /** Fits the actors shown, smoothly. */
  fit(): void;
  /** Zooms in (factor > 1) or out about the middle of the view. */
  zoomBy(factor: number): void;
}

export class MapCamera implements MapView {
  private readonly cy: Core;
  private readonly names: NameRoom;
  /** The actors shown (not hidden by the filters or a focus). */
  private readonly shown: () => NodeCollection;
  /** More to frame with `count` actors (x, y, diameter triples): the groups' names. */
  private readonly around: (count: number) => number[];

  constructor(
    cy: Core,
    names: NameRoom,
    shown: () => NodeCollection,
    around: (count: number) => number[] = () => [],
  ) {
    this.cy = cy;
    this.names = names;
    this.shown = shown;
    this.around = around;
  }

  /** Zoom and pan to show `nodes` at once. */
  fitNow(nodes: NodeCollection): void {
    const viewport = this.viewportFor(nodes);
    if (!viewport) return;
    // Not set again when shown already (a big map opens on this framing).
    if (!showsViewport(this.cy, viewport)) this.cy.viewport(viewport);
  }

  /** Moves smoothly to show `nodes` (nothing when there are none). */
  glideTo(nodes: NodeCollection, duration: number): void {
    const viewport = this.viewportFor(nodes);
    if (viewport) this.cy.animate(viewport, { duration });
  }

  /** The viewport that fits `nodes` into the map, or into its top-left `width` × `height`
   * when overlays cover the rest. */
  viewportFor(nodes: NodeCollection, width = this.cy.width(), height = this.cy.height()) {
    const boxes: number[] = [];
    nodes.forEach((n) => {
      const p = n.position();
      boxes.push(p.x, p.y, diameterOf(n.data('size')));
    });
    return this.viewportAt(boxes, width, height);
  }

  /** viewportFor, on the (x, y, diameter) triples of actors placed elsewhere than Cytoscape
   * holds them (a glide's end): with the groups' names around them. */
  viewportAt(circles: number[], width = this.cy.width(), height = this.cy.height()) {
    return this.viewportForCircles([...circles, ...this.around(circles.length / 3)], width, height);
  }

  /** viewportFor, on (x, y, diameter) triples. */
  viewportForCircles(boxes: number[], width: number, height: number): Viewport | null {
    // Names hang below the actors and spread sideways: leave them room (more in
    // presentation mode, where they are bigger).
    const named = this.names.named();
    // A short map (the analysis drawer open) keeps margins in proportion, or the network
    // would shrink to a strip.
    const room = Math.min(width, height);
    const label = named
      ? Math.min(3 * (LABEL_PX[2] as number) * this.names.textBoost(), 0.08 * room)
      : 0;
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

  private cameraViewport(camera: Camera, width: number, height: number): Viewport {
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

  frameView(
    camera: Camera | null,
    focus: readonly string[],
    insets = { right: 0, bottom: 0 },
  ): void {
    const shown = this.shown();
    const wanted = new Set(focus);
    const about = shown.filter((node) => wanted.has(node.id()));
    if (about.nonempty()) this.frameNodes(camera, about, insets);
    else this.frameNodes(camera, shown, insets, false);
  }

  /**
   * Frames a saved view: its camera when `nodes` (the actors it is about) all fall inside
   * it, else those actors, fitted. A camera saved on another screen size, or before a
   * filter changed what is shown, would otherwise leave them off screen. `insets`: room
   * taken on the right and at the bottom by overlays (presentation mode). `lit`: false when
   * `nodes` are every actor shown (nothing lit): the camera is then kept as it was saved —
   * a view saved zoomed in comes back zoomed in — as long as it shows one of them.
   */
  private frameNodes(
    camera: Camera | null,
    nodes: NodeCollection,
    insets: { right: number; bottom: number },
    lit = true,
  ): void {
    this.cy.stop();
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
      if (!lit && this.showsOne(nodes, viewport, width, height)) {
        this.cy.animate(viewport, { duration: 300 });
        return;
      }
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

  /** Whether one of `nodes` falls on screen under `viewport`. */
  private showsOne(nodes: NodeCollection, viewport: Viewport, width: number, height: number) {
    return nodes.some((node) => {
      const p = (node as NodeSingular).position();
      const x = p.x * viewport.zoom + viewport.pan.x;
      const y = p.y * viewport.zoom + viewport.pan.y;
      return x >= 0 && x <= width && y >= 0 && y <= height;
    });
  }

  /** Brings an actor shown into the middle of the view, zoomed in to at least 1; false when
   * Cytoscape does not hold it shown. */
  centerOn(id: string): boolean {
    const node = this.cy.getElementById(id);
    if (node.empty() || node.hasClass('hidden')) return false;
    this.cy.animate(
      { center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) },
      { duration: 250 },
    );
    return true;
  }

  /** The actors of `ids` that are on the map (unknown ids are ignored). */
  nodesOf(ids: Iterable<string>): NodeCollection {
    const nodes = this.cy.collection();
    for (const id of ids) {
      const node = this.cy.getElementById(id);
      if (node.nonempty() && node.isNode()) nodes.merge(node);
    }
    return nodes as unknown as NodeCollection;
  }

  fit(): void {
    this.glideTo(this.shown(), 200);
  }

  zoomBy(factor: number): void {
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }
}

/** Whether Cytoscape shows `viewport` now, to the last bit (a viewport set again to the one it
 * has is announced all the same, and the layers over the map draw again for it). */
export function showsViewport(cy: Core, viewport: Viewport): boolean {
  const { x, y } = cy.pan();
  return viewport.zoom === cy.zoom() && viewport.pan.x === x && viewport.pan.y === y;
}
