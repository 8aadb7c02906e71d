// The renderer's hit test on a map without links in Cytoscape: it is given only the actors
// near the pointer (in drawing order, the top one last), the whole map's list is put back
// after, and maps with links, or a WebGL renderer, keep the renderer's own test.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  actorsNear,
  BORDER_REACH,
  testNearbyActorsOnly,
  type HitRenderer,
} from '../../src/map/node-hits.ts';
import { styleBlocks } from '../../src/map/style.ts';

const WHOLE_MAP = ['the whole map'];

/** Actors a, b (a at the origin drawn above b, 4 px away, by its class), c at 100, d far. */
function map(withLink = false): cytoscape.Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a', size: 20 }, classes: 'top' },
      { data: { id: 'b', size: 20 } },
      { data: { id: 'c', size: 40 } },
      { data: { id: 'd' } },
      ...(withLink ? [{ data: { id: 'ab', source: 'a', target: 'b' } }] : []),
    ],
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'z-index': 1 } },
      { selector: '.top', style: { 'z-index': 5 } },
    ],
  });
  // Placed once the core is up (its initial layout would place them otherwise).
  const at: Record<string, number> = { a: 0, b: 4, c: 100, d: 10_000 };
  cy.nodes().forEach((node) => {
    node.position({ x: at[node.id()] ?? 0, y: 0 });
  });
  return cy;
}

/** A canvas renderer whose own test records the elements it was given. */
function renderer(seen: string[][], webgl = false): HitRenderer {
  return {
    webgl,
    cachedZSortedEles: WHOLE_MAP,
    findNearestElements(this: HitRenderer) {
      const list = this.cachedZSortedEles as (string | cytoscape.NodeSingular)[];
      seen.push(list.map((e) => (typeof e === 'string' ? e : e.id())));
      return [];
    },
  };
}

describe('actorsNear', () => {
  it('keeps the actors whose disc reaches the point, the one drawn on top last', () => {
    const cy = map();
    expect(actorsNear(cy, 2, 0, 2).map((n) => n.id())).toEqual(['b', 'a']);
    expect(actorsNear(cy, 75, 0, 2).map((n) => n.id())).toEqual([]);
    expect(actorsNear(cy, 80, 0, 2).map((n) => n.id())).toEqual(['c']);
    // A missing size counts as 20.
    expect(actorsNear(cy, 10_011, 0, 2).map((n) => n.id())).toEqual(['d']);
  });
});

describe('testNearbyActorsOnly', () => {
  it('gives the renderer the nearby actors only, then its whole list back', () => {
    const cy = map();
    const seen: string[][] = [];
    const r = renderer(seen);
    testNearbyActorsOnly(cy, r);
    r.findNearestElements?.(95, 0, true, false);
    expect(seen).toEqual([['c']]);
    expect(r.cachedZSortedEles).toBe(WHOLE_MAP);
  });

  it('keeps the list the renderer made during its test (an actor restyled drops the old order)', () => {
    const cy = map();
    const r = renderer([]);
    const own = r.findNearestElements;
    // The renderer's test restyles the actor (a class changed since its last read) and drops
    // its z-sorted list, as Cytoscape does on a z-order change.
    r.findNearestElements = function (this: HitRenderer, ...args) {
      const found = own!.apply(this, args);
      this.cachedZSortedEles = null;
      return found;
    };
    testNearbyActorsOnly(cy, r);
    r.findNearestElements?.(95, 0, true, false);
    expect(r.cachedZSortedEles).toBeNull();
  });

  it('reaches the widest border and padding the stylesheet draws around an actor', () => {
    let widest = 0;
    for (const big of [false, true]) {
      for (const { selector, style } of styleBlocks({ big, webgl: false, presentation: !big })) {
        if (!selector.startsWith('node')) continue;
        // Cytoscape's hit test reaches half the border and the padding beyond the disc.
        const beyond = Number(style['border-width'] ?? 0) / 2 + Number(style['padding'] ?? 0);
        expect(beyond, selector).toBeLessThanOrEqual(BORDER_REACH / 2); // room to spare: 2×
        widest = Math.max(widest, beyond);
      }
    }
    expect(widest).toBeGreaterThan(0); // the blocks were read
  });

  it('answers nothing, without the renderer, where no actor is near', () => {
    const cy = map();
    const seen: string[][] = [];
    const r = renderer(seen);
    testNearbyActorsOnly(cy, r);
    expect(r.findNearestElements?.(50, 500, true, false)).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('leaves the renderer its own test while Cytoscape holds links, and on WebGL', () => {
    const seen: string[][] = [];
    const withLinks = renderer(seen);
    testNearbyActorsOnly(map(true), withLinks);
    withLinks.findNearestElements?.(95, 0, true, false);
    expect(seen).toEqual([WHOLE_MAP]);
    const webgl = renderer([], true);
    const own = webgl.findNearestElements;
    testNearbyActorsOnly(map(), webgl);
    expect(webgl.findNearestElements).toBe(own);
  });
});
