// Cytoscape's canvas renderer draws each actor and each name once into a texture (its element
// and label texture caches, 1,024 pixels wide, shared by many actors), then copies it onto the
// map with drawImage. In its first frame it does both in turn for every actor: draw into a
// texture, copy from it, draw the next one into the same texture… On a software canvas
// (Chromium without a GPU) a copy from a canvas written since the last copy snapshots the
// whole texture first, so the first frame of 1,000 actors with their names made about 2,000
// snapshots: 1.5 s on this machine's quiet cores, 60 % of it in drawImage. Written first and
// copied after, the same drawings cost a few tens of milliseconds (a test page of 1,000
// shapes and names in headless Chromium: 66 ms, against 2–3.5 s in turns).
//
// `warmTextures` makes the textures the next frame will copy, at the zoom it will draw: the
// frame then only copies. Private parts of the renderer (Cytoscape 3.x canvas renderer, as
// filling.ts `holdDrawing`); without them (WebGL, another version), it does nothing.
import type { Core, NodeSingular } from 'cytoscape';

/** The part of Cytoscape's element texture cache used here. */
interface TextureCache {
  getBoundingBox(ele: NodeSingular): { w: number; h: number };
  /** `level`: the texture level (2^level pixels a model unit), else the zoom's; `reason`
   * 'highQuality': drawn now at that level, even where another level's texture exists (else
   * that one is returned and this level queued, drawn later in frames, a copy after each). */
  getElement(
    ele: NodeSingular,
    bb: { w: number; h: number },
    pxRatio: number,
    level?: number,
    reason?: string,
  ): unknown;
  reasons?: { highQuality?: string };
}

interface CanvasRendererParts {
  /** The WebGL renderer (its own atlases): nothing to warm here. */
  webgl?: boolean;
  getPixelRatio?: () => number;
  data?: { eleTxrCache?: TextureCache; lblTxrCache?: TextureCache };
}

/** Cytoscape's actor and name texture caches, with the pixel ratio it draws at (null: not the
 * canvas renderer, or not one this knows). */
function textureCaches(cy: Core): { caches: TextureCache[]; pxRatio: number } | null {
  const renderer = (cy as unknown as { renderer(): CanvasRendererParts | null }).renderer();
  const data = renderer?.data;
  if (!renderer || renderer.webgl || !data || typeof renderer.getPixelRatio !== 'function') {
    return null;
  }
  const caches = [data.eleTxrCache, data.lblTxrCache].filter(
    (cache): cache is TextureCache =>
      typeof cache?.getElement === 'function' && typeof cache.getBoundingBox === 'function',
  );
  return caches.length > 0 ? { caches, pxRatio: renderer.getPixelRatio() } : null;
}

/** An extent holding every position. */
const everywhere = { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity };

/** The warm-up works this many milliseconds a task (the picture of a big map answers between). */
export const TASK_BUDGET = 40;

/** Resolves in a task of its own. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The level of Cytoscape's textures at `zoom` (its caches keep one set a level: powers of
 * two of zoom × pixel ratio). */
export function textureLevel(zoom: number, pxRatio: number): number {
  return Math.ceil(Math.log2(zoom * pxRatio));
}

/**
 * Draws into Cytoscape's textures the actors and names in view as the next frame will draw
 * them, so that the frame only copies them: a few tasks of TASK_BUDGET ms, Cytoscape's drawing
 * held meanwhile (`hold` returns its release), then released. With `zoom`, every actor shown,
 * for a frame at that zoom (a layout's end framing the map again: the actors are not yet
 * where it will show them). Resolves with how many actors were warmed; stops early once
 * `gone`. `budget`: the milliseconds of a task (Infinity: all in the calling task).
 */
export async function warmTextures(
  cy: Core,
  hold: () => () => void,
  gone: () => boolean,
  zoom?: number,
  budget = TASK_BUDGET,
): Promise<number> {
  const found = textureCaches(cy);
  if (!found) return 0;
  const { caches, pxRatio } = found;
  const started = performance.now();
  const level = zoom === undefined ? undefined : textureLevel(zoom, pxRatio);
  const { x1, y1, x2, y2 } = level === undefined ? cy.extent() : everywhere;
  const nodes = cy.nodes();
  let warmed = 0;
  const release = hold();
  try {
    for (let i = 0; i < nodes.length;) {
      const from = performance.now();
      for (; i < nodes.length && performance.now() - from < budget; i++) {
        const node = nodes[i] as NodeSingular;
        // Styles and label sizes brought up to date first (part of the work, in the budget:
        // the textures are cached by keys that come with them).
        // An actor removed meanwhile (a merge, an edit between two tasks) is not drawn.
        if (node.removed() || !node.visible()) continue;
        const box = node.boundingBox();
        if (box.x2 < x1 || box.x1 > x2 || box.y2 < y1 || box.y1 > y2) continue;
        for (const cache of caches) {
          const bb = cache.getBoundingBox(node);
          if (bb.w > 0 && bb.h > 0) {
            cache.getElement(node, bb, pxRatio, level, cache.reasons?.highQuality);
          }
        }
        warmed++;
      }
      if (i < nodes.length) await nextTask();
      if (gone()) return warmed;
    }
  } finally {
    release();
  }
  performance.measure('maillage:textures-warmed', { start: started, end: performance.now() });
  return warmed;
}

/** Warm-ups of one map, one after the other (the next finds the textures the last made).
 * `budget`: as warmTextures'. */
export class TextureWarmer {
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly cy: Core,
    private readonly hold: () => () => void,
    private readonly gone: () => boolean,
    private readonly budget = TASK_BUDGET,
  ) {}

  /** warmTextures once the warm-ups asked before are done. */
  warm(zoom?: number | null): Promise<unknown> {
    // Only ahead of time: should the renderer's private caches fail, the frame draws the
    // textures itself (the hold is released in warmTextures' `finally`).
    const run = () =>
      warmTextures(this.cy, this.hold, this.gone, zoom ?? undefined, this.budget).catch(() => 0);
    this.last = this.last.then(run, run);
    return this.last;
  }
}
