// The warm-up of Cytoscape's texture caches before its first frame: the actors in view and
// their names are drawn into the caches, a task at a time with drawing held, and nothing is
// done for a renderer without those caches (WebGL, headless).
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { TextureWarmer, textureLevel, warmTextures } from '../../src/map/texture-warmup.ts';

interface Fake {
  cy: cytoscape.Core;
  warmed: { body: string[]; label: string[] };
  /** The texture level each drawing was asked at (undefined: the zoom's). */
  levels: (number | undefined)[];
}

/** A headless Cytoscape whose renderer has the canvas renderer's texture caches, recorded. */
function withCaches(webgl = false): Fake {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'gone' }, classes: 'hidden' },
      { data: { id: 'far' } },
    ],
    style: [
      { selector: 'node', style: { width: 20, height: 20, label: 'data(id)' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  cy.viewport({ zoom: 1, pan: { x: 100, y: 100 } });
  // Placed again once the core is up: bounding boxes measured at these places.
  cy.nodes().forEach((node, i) => {
    node.position({ x: node.id() === 'far' ? 100_000 : 50 * i, y: 0 });
  });
  const warmed = { body: [] as string[], label: [] as string[] };
  const levels: (number | undefined)[] = [];
  const cache = (into: string[]) => ({
    getBoundingBox: () => ({ w: 10, h: 10 }),
    reasons: { highQuality: 'highQuality' },
    getElement: (
      ele: cytoscape.NodeSingular,
      _bb: unknown,
      _px: number,
      level?: number,
      reason?: string,
    ) => {
      levels.push(level);
      // Drawn now, not queued behind another level's texture.
      if (reason === 'highQuality') into.push(ele.id());
    },
  });
  // The headless renderer, given the canvas renderer's parts used.
  const renderer = (cy as unknown as { renderer: () => object }).renderer();
  Object.assign(renderer, {
    webgl,
    getPixelRatio: () => 1,
    data: { eleTxrCache: cache(warmed.body), lblTxrCache: cache(warmed.label) },
  });
  // A headless core has no size: the extent is that of a 800 × 600 canvas.
  (cy as unknown as { extent: () => unknown }).extent = () => ({
    x1: -100,
    y1: -100,
    x2: 700,
    y2: 500,
  });
  return { cy, warmed, levels };
}

/** withCaches, each actor's drawing outlasting a task's budget: a warm-up yields after each. */
function slowWarmUp(): Fake {
  const fake = withCaches();
  const body = (
    fake.cy as unknown as { renderer: () => { data: { eleTxrCache: object } } }
  ).renderer().data.eleTxrCache as { getElement: (...args: unknown[]) => unknown };
  const draw = body.getElement;
  body.getElement = (...args: unknown[]) => {
    const until = performance.now() + 45;
    while (performance.now() < until);
    return draw(...args);
  };
  return fake;
}

/** A hold that records each hold and release in `holds`. */
function holdInto(holds: string[]): () => () => void {
  return () => {
    holds.push('hold');
    return () => holds.push('release');
  };
}

describe('warmTextures', () => {
  it('draws the shown actors in view and their names into the caches, drawing held', async () => {
    const { cy, warmed } = withCaches();
    const holds: string[] = [];
    const count = await warmTextures(cy, holdInto(holds), () => false);
    expect(count).toBe(2);
    expect(warmed.body).toEqual(['a', 'b']);
    expect(warmed.label).toEqual(['a', 'b']);
    expect(holds).toEqual(['hold', 'release']);
  });

  it('at a zoom to come: every shown actor, in or out of view, at that zoom’s level', async () => {
    const { cy, warmed, levels } = withCaches();
    const count = await warmTextures(
      cy,
      () => () => undefined,
      () => false,
      0.3,
    );
    expect(count).toBe(3);
    expect(warmed.body).toEqual(['a', 'b', 'far']);
    // 0.3 × pixel ratio 1 → textures of 2^-1 pixels a unit.
    expect(textureLevel(0.3, 1)).toBe(-1);
    expect(textureLevel(1.5, 2)).toBe(2);
    expect(new Set(levels)).toEqual(new Set([-1]));
  });

  it('in tasks of its budget, or all in the calling task when unbounded (small maps)', () => {
    const bounded = slowWarmUp();
    void warmTextures(
      bounded.cy,
      () => () => undefined,
      () => false,
    );
    expect(bounded.warmed.body).toEqual(['a']);
    const unbounded = slowWarmUp();
    void warmTextures(
      unbounded.cy,
      () => () => undefined,
      () => false,
      undefined,
      Infinity,
    );
    expect(unbounded.warmed.body).toEqual(['a', 'b']);
  });

  it('one warm-up after the other, each holding the drawing in turn', async () => {
    const { cy, warmed } = slowWarmUp();
    const holds: string[] = [];
    const warmer = new TextureWarmer(cy, holdInto(holds), () => false);
    const first = warmer.warm();
    const second = warmer.warm(2);
    await Promise.all([first, second]);
    expect(holds).toEqual(['hold', 'release', 'hold', 'release']);
    expect(warmed.body).toEqual(['a', 'b', 'a', 'b', 'far']);
  });

  it('leaves out an actor removed between two of its tasks', async () => {
    const { cy, warmed } = slowWarmUp();
    let tasks = 0;
    await warmTextures(
      cy,
      () => () => undefined,
      () => {
        if (tasks++ === 0) cy.getElementById('b').remove();
        return false;
      },
    );
    expect(warmed.body).toEqual(['a']);
  });

  it('a warm-up that fails gives the drawing back and the next one still runs', async () => {
    const { cy, warmed } = withCaches();
    const caches = (
      cy as unknown as { renderer: () => { data: { lblTxrCache: object } } }
    ).renderer().data.lblTxrCache as { getElement: (...args: unknown[]) => unknown };
    const draw = caches.getElement;
    caches.getElement = () => {
      throw new Error('private cache changed');
    };
    const holds: string[] = [];
    const warmer = new TextureWarmer(cy, holdInto(holds), () => false);
    await expect(warmer.warm()).resolves.toBe(0);
    caches.getElement = draw;
    await warmer.warm();
    expect(holds).toEqual(['hold', 'release', 'hold', 'release']);
    expect(warmed.label).toEqual(['a', 'b']);
  });

  it('does nothing without the canvas renderer’s caches (WebGL, headless)', async () => {
    const { cy, warmed } = withCaches(true);
    let held = false;
    const count = await warmTextures(
      cy,
      () => {
        held = true;
        return () => undefined;
      },
      () => false,
    );
    expect(count).toBe(0);
    expect(held).toBe(false);
    expect(warmed.body).toEqual([]);
    const headless = cytoscape({ headless: true, elements: [{ data: { id: 'x' } }] });
    expect(
      await warmTextures(
        headless,
        () => () => undefined,
        () => false,
      ),
    ).toBe(0);
  });
});
