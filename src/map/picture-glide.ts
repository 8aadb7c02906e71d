// A map drawn picture-first (filling.ts) glides to fcose's positions on its picture and links
// layer, Cytoscape's drawing held: a frame draws the actors' discs and the links on two
// canvases (tens of milliseconds at 1,000 actors), where moving every actor in Cytoscape and
// measuring its box again made frames of 450 ms (BENCHMARKS.md, the seventh round).
// Cytoscape is given the last positions at the end (a chunk per frame, its drawing still
// held: layout-runs.ts), and draws again only then.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Viewport } from '../layout';
import type { EdgeLayer } from './edge-layer.ts';
import { applyPositions, easeInOut, positionsBetween, positionsOf } from './layout.ts';
import type { StillPicture } from './still-picture.ts';

/**
 * While the actors wait for fcose's positions, the picture stands for Cytoscape on a view of
 * more than this many actors: the first arrangement is not drawn by Cytoscape (its first frame
 * of 1,000 actors, with their textures, took about 1.4 s of the main thread), and zoomed in
 * on fewer, Cytoscape draws them with their names.
 */
export const WAITING_STAND_ACTORS = 300;

/** The picture stands through the glide's frames, whatever the view shows (unless put aside:
 * suggested links, a comparison). */
export const GLIDING_STAND_ACTORS = -1;

/** The picture and links layer the actors glide on, while the picture stands. */
export class GlideSurface {
  constructor(
    private readonly cy: Core,
    private readonly still: StillPicture,
    private readonly links: EdgeLayer | null,
    /** Whether the picture stands now (suggested links or a comparison put it aside). */
    readonly standing: () => boolean,
  ) {}

  /** Draws the actors and their links at `xy` (map order) now. */
  draw(xy: Float64Array): void {
    this.still.drawAt(xy);
    this.links?.follow(xy);
  }

  /** Cytoscape holds the positions the picture shows: the links follow Cytoscape's again. */
  landed(): void {
    this.links?.follow(null);
  }

  /** A glide stopped midway: the picture and links go back to Cytoscape's positions. */
  abandon(nodes: NodeCollection): void {
    this.still.placeAt(nodes, positionsOf(nodes));
    this.links?.follow(null);
  }
}

/** The viewport a fraction `k` (already eased) of the way from `from` to `to`: the zoom and
 * the point in the middle of the screen move together, so that the map does not swing. */
export function viewportBetween(
  from: Viewport,
  to: Viewport,
  k: number,
  width: number,
  height: number,
): Viewport {
  const centre = (v: Viewport) => ({
    x: (width / 2 - v.pan.x) / v.zoom,
    y: (height / 2 - v.pan.y) / v.zoom,
  });
  const a = centre(from);
  const b = centre(to);
  // The zoom eased on its logarithm: each frame scales the map by the same ratio.
  const zoom = from.zoom * (to.zoom / from.zoom) ** k;
  const x = a.x + (b.x - a.x) * k;
  const y = a.y + (b.y - a.y) * k;
  return { zoom, pan: { x: width / 2 - zoom * x, y: height / 2 - zoom * y } };
}

/** What a glide on the picture needs. */
export interface PictureGlideRun {
  readonly cy: Core;
  readonly surface: GlideSurface;
  /** Cytoscape's actors, in map order (the picture's and the links layer's). */
  readonly nodes: NodeCollection;
  /** Where they go, in map order. */
  readonly to: Float64Array;
  /** The viewport the map ends on (framed on `to`), null: the camera stays. */
  readonly camera: Viewport | null;
  readonly ms: number;
  stopped(): boolean;
  /** An actor dragged meanwhile stays where it was put. */
  kept(node: NodeSingular): boolean;
}

/**
 * Moves the actors from where Cytoscape holds them to `to` over `ms` milliseconds, eased, one
 * drawing of the picture and the links a frame (the camera moving with them to `camera`),
 * Cytoscape's actors staying where they are. Resolves with the last positions (`to`, but the
 * actors kept where Cytoscape holds them), for Cytoscape to take; null when stopped midway
 * (the picture and links then show Cytoscape's positions again).
 */
export async function glideOnPicture(run: PictureGlideRun): Promise<Float64Array | null> {
  const { cy, surface, nodes, to, camera } = run;
  const from = positionsOf(nodes);
  const at = new Float64Array(to.length);
  const start = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const width = cy.width();
  const height = cy.height();
  const started = performance.now();
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (run.stopped()) {
      surface.abandon(nodes);
      return null;
    }
    const t = Math.min(1, (performance.now() - started) / run.ms);
    if (t < 1) positionsBetween(from, to, t, at);
    else at.set(to);
    nodes.forEach((node, i) => {
      if (!run.kept(node)) return;
      const p = node.position();
      at[2 * i] = p.x;
      at[2 * i + 1] = p.y;
    });
    if (camera) {
      cy.viewport(t < 1 ? viewportBetween(start, camera, easeInOut(t), width, height) : camera);
    }
    if (surface.standing()) surface.draw(at);
    else {
      // The picture stepped aside meanwhile (suggested links, a comparison): Cytoscape draws,
      // so its actors move, and the links follow them.
      surface.landed();
      applyPositions(cy, nodes, at);
    }
    if (t >= 1) return at;
  }
}
