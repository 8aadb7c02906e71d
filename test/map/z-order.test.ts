// The drawing order sorted on keys is Cytoscape's own, element for element (its canvas
// renderer's method run on the same headless core), with the same interactive elements and
// grabbed lists; the wrapper keeps the list while it is valid and leaves WebGL alone.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { drawingOrder, sortOnKeys, type ZSortRenderer } from '../../src/map/z-order.ts';

/** Cytoscape's canvas renderer's own z-sorted list (its prototype's method). */
const canvasRenderer = (
  cytoscape as unknown as (
    type: string,
    name: string,
  ) => { prototype: Required<Pick<ZSortRenderer, 'getCachedZSortedEles'>> }
)('renderer', 'canvas');

type Listed = cytoscape.SingularElementReturnValue[] & {
  interactive?: cytoscape.SingularElementReturnValue[];
  drag?: unknown[];
};

/** A renderer-like object on `cy` whose grabbed lists are made as Cytoscape makes them. */
function rendererOn(cy: cytoscape.Core): ZSortRenderer & { grabbedLists: number } {
  return {
    cy,
    cachedZSortedEles: null,
    getCachedZSortedEles: canvasRenderer.prototype.getCachedZSortedEles,
    grabbedLists: 0,
    updateCachedGrabbedEles(this: ZSortRenderer & { grabbedLists: number }) {
      this.grabbedLists++;
    },
  };
}

const ids = (list: unknown) => (list as Listed).map((e) => e.id());

/** Actors and links with z-indices, classes, a hidden one, and (`compound`) parents. */
function map(compound: boolean): cytoscape.Core {
  const nodes = Array.from({ length: 60 }, (_, i) => ({
    data: { id: `n${i}`, ...(compound && i % 7 === 3 ? { parent: `p${i % 2}` } : {}) },
    classes: i % 5 === 0 ? 'lit' : i % 11 === 0 ? 'hidden' : i % 13 === 0 ? 'faded' : '',
  }));
  const edges = Array.from({ length: 80 }, (_, i) => ({
    data: { id: `e${i}`, source: `n${i % 60}`, target: `n${(i * 7 + 3) % 60}` },
    classes: i % 9 === 0 ? 'lit' : '',
  }));
  const parents = compound ? [{ data: { id: 'p0' } }, { data: { id: 'p1' } }] : [];
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [...parents, ...edges.slice(0, 40), ...nodes, ...edges.slice(40)],
    style: [
      { selector: 'node', style: { 'z-index': 2 } },
      { selector: 'edge', style: { 'z-index': 1 } },
      { selector: '.lit', style: { 'z-index': 9 } },
      { selector: 'edge.lit', style: { 'z-index-compare': 'manual', 'z-index': 20 } },
      { selector: '.faded', style: { 'z-compound-depth': 'bottom' } },
      { selector: 'node[id = "n12"]', style: { 'z-compound-depth': 'top' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
}

describe('drawingOrder', () => {
  for (const compound of [false, true]) {
    it(`is Cytoscape's z-sorted list, element for element${compound ? ' (compound)' : ''}`, () => {
      const cy = map(compound);
      const theirs = canvasRenderer.prototype.getCachedZSortedEles.call(rendererOn(cy));
      expect(ids(drawingOrder(cy))).toEqual(ids(theirs));
      // The list is not the order added: the test tells them apart.
      expect(ids(drawingOrder(cy))).not.toEqual(cy.elements().map((e) => e.id()));
    });
  }

  it('follows a class changed since', () => {
    const cy = map(false);
    cy.getElementById('n1').addClass('lit');
    cy.getElementById('n0').removeClass('lit');
    const theirs = canvasRenderer.prototype.getCachedZSortedEles.call(rendererOn(cy));
    expect(ids(drawingOrder(cy))).toEqual(ids(theirs));
  });
});

describe('sortOnKeys', () => {
  it("keeps the renderer's list, its interactive elements and grabbed lists", () => {
    const cy = map(true);
    const theirs = canvasRenderer.prototype.getCachedZSortedEles.call(rendererOn(cy)) as Listed;
    const renderer = rendererOn(cy);
    sortOnKeys(renderer);
    const ours = renderer.getCachedZSortedEles?.() as Listed;
    expect(ids(ours)).toEqual(ids(theirs));
    expect(ids(ours.interactive)).toEqual(ids(theirs.interactive));
    expect(ours.interactive?.length).toBeLessThan(ours.length);
    expect(renderer.cachedZSortedEles).toBe(ours);
    expect(renderer.grabbedLists).toBe(1);
    // Kept while valid, made again when dropped or forced.
    expect(renderer.getCachedZSortedEles?.()).toBe(ours);
    renderer.cachedZSortedEles = null;
    expect(renderer.getCachedZSortedEles?.()).not.toBe(ours);
    const again = renderer.getCachedZSortedEles?.(true);
    expect(ids(again)).toEqual(ids(theirs));
    expect(renderer.grabbedLists).toBe(3);
  });

  it("reads each element's style keys once, not at each comparison", () => {
    const cy = map(false);
    const proto = Object.getPrototypeOf(cy.collection()) as { pstyle(name: string): unknown };
    const pstyle = proto.pstyle;
    let reads = 0;
    proto.pstyle = function (this: unknown, name: string) {
      reads++;
      return pstyle.call(this, name);
    };
    try {
      const renderer = rendererOn(cy);
      canvasRenderer.prototype.getCachedZSortedEles.call(renderer);
      const theirs = reads;
      reads = 0;
      sortOnKeys(renderer);
      renderer.getCachedZSortedEles?.(true);
      // Three keys an element, and the interactive filter's own reads.
      expect(reads).toBeLessThan(theirs / 2);
      expect(reads).toBeLessThanOrEqual(8 * cy.elements().length);
    } finally {
      proto.pstyle = pstyle;
    }
  });

  it('finds the interactive elements when they are first read, once', () => {
    const cy = map(false);
    const proto = Object.getPrototypeOf(cy.collection()) as { interactive(): boolean };
    const interactive = proto.interactive;
    let asked = 0;
    proto.interactive = function (this: unknown) {
      asked++;
      return interactive.call(this);
    };
    try {
      const renderer = rendererOn(cy);
      sortOnKeys(renderer);
      const list = renderer.getCachedZSortedEles?.() as Listed;
      expect(asked).toBe(0);
      const first = list.interactive;
      expect(asked).toBe(list.length);
      expect(list.interactive).toBe(first);
      expect(asked).toBe(list.length);
    } finally {
      proto.interactive = interactive;
    }
  });

  it('leaves a WebGL renderer and a renderer without the method as they are', () => {
    const own = () => 'own';
    const webgl: ZSortRenderer = { webgl: true, getCachedZSortedEles: own };
    sortOnKeys(webgl);
    expect(webgl.getCachedZSortedEles).toBe(own);
    const bare: ZSortRenderer = {};
    sortOnKeys(bare);
    expect(bare.getCachedZSortedEles).toBeUndefined();
    sortOnKeys(null);
  });
});
