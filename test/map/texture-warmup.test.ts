// The warm-up of Cytoscape's texture caches before its first frame: the actors in view and
// their names are drawn into the caches, a task at a time with drawing held, and nothing is
// done for a renderer without those caches (WebGL, headless).
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { warmTextures } from '../../src/map/texture-warmup.ts';

interface Fake {
  cy: cytoscape.Core;
  warmed: { body: string[]; label: string[] };
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
  const cache = (into: string[]) => ({
    getBoundingBox: () => ({ w: 10, h: 10 }),
    getElement: (ele: cytoscape.NodeSingular) => into.push(ele.id()),
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
  return { cy, warmed };
}

describe('warmTextures', () => {
  it('draws the shown actors in view and their names into the caches, drawing held', async () => {
    const { cy, warmed } = withCaches();
    const holds: string[] = [];
    const count = await warmTextures(
      cy,
      () => {
        holds.push('hold');
        return () => holds.push('release');
      },
      () => false,
    );
    expect(count).toBe(2);
    expect(warmed.body).toEqual(['a', 'b']);
    expect(warmed.label).toEqual(['a', 'b']);
    expect(holds).toEqual(['hold', 'release']);
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
