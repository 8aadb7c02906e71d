// Which actor is under the pointer, asked by Cytoscape's canvas renderer itself. On every
// mouse move it does not drag, the renderer tests every element (its findNearestElements:
// each node's box, then its label's box, measured again after positions change): 60 to
// 500 ms a move at 10,000 actors on a loaded machine (test/bench/long-tasks.ts --pan), the
// longest tasks after the interactive map. Its WebGL renderer answers from a picking
// buffer instead ("the canvas version of this function is very slow on large graphs", its
// own comment). On a map with no link in Cytoscape (big maps draw theirs on the links
// layer) and no compound node, the same test runs here on the few actors whose centre is
// near the pointer: the renderer's own test, given those actors as its elements.
import type { Core, NodeSingular } from 'cytoscape';
import { diameterOf } from './elements.ts';
import { inDrawingOrder } from './z-order.ts';

/** The canvas renderer's parts this reads and wraps (cytoscape's BaseRenderer). */
export interface HitRenderer {
  webgl?: boolean;
  cachedZSortedEles?: unknown;
  findNearestElements?: (
    x: number,
    y: number,
    interactiveElementsOnly: boolean,
    isTouch: boolean,
  ) => unknown[];
}

/** What this reads of Cytoscape's elements and core beyond their typings. */
interface NodeInternals {
  interactive(): boolean;
}
const inner = (node: NodeSingular) => node as unknown as NodeInternals;

/** Model pixels around an actor's disc still tested: its widest border (style.ts draws 6 at
 * most, half of it outside the disc: its test checks it) and the renderer's padding, with
 * room to spare. */
export const BORDER_REACH = 12;

/** Cytoscape's own reach around a node: 2 screen pixels for a mouse, 8 for a touch. */
const POINTER_REACH = { mouse: 2, touch: 8 };

/**
 * The actors whose disc, with `reach` model pixels around it, may hold (x, y), in Cytoscape's
 * drawing order (z-order.ts): the last one is on top. An actor's disc is its `size` data
 * (elements.ts diameterOf), as the stylesheet draws it.
 */
export function actorsNear(cy: Core, x: number, y: number, reach: number): NodeSingular[] {
  const near: NodeSingular[] = [];
  cy.nodes().forEach((node) => {
    const p = node.position();
    const r = diameterOf(node.data('size')) / 2 + reach;
    if (Math.abs(p.x - x) <= r && Math.abs(p.y - y) <= r) near.push(node);
  });
  // Asked only while the map has no compound node (testNearbyActorsOnly).
  return near.length < 2 ? near : inDrawingOrder(near, false);
}

/**
 * Wraps `renderer`'s hit test (a canvas renderer's) so that, while `cy` holds no link and no
 * compound node, it tests only the actors near the pointer. Labels take no pointer events on
 * this map (no `text-events` in style.ts), so an actor away from the pointer cannot be hit.
 */
export function testNearbyActorsOnly(cy: Core, renderer: HitRenderer | null): void {
  const own = renderer?.findNearestElements;
  if (!renderer || renderer.webgl || typeof own !== 'function') return;
  renderer.findNearestElements = function (x, y, interactiveElementsOnly, isTouch) {
    const compound = (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
    if (compound || cy.edges().nonempty()) {
      return own.call(this, x, y, interactiveElementsOnly, isTouch);
    }
    const reach = BORDER_REACH + (isTouch ? POINTER_REACH.touch : POINTER_REACH.mouse) / cy.zoom();
    const near = actorsNear(cy, x, y, reach);
    if (near.length === 0) return [];
    // The renderer's test reads its z-sorted elements (and their interactive ones) from this
    // cache: given the nearby actors for one call, the whole map's list put back after.
    const list = Object.assign([...near], {
      interactive: near.filter((n) => inner(n).interactive()),
    });
    const kept = renderer.cachedZSortedEles;
    renderer.cachedZSortedEles = list;
    try {
      return own.call(this, x, y, interactiveElementsOnly, isTouch);
    } finally {
      // Put back only if the test left the list: an actor restyled during it (a class
      // changed since its last read, e.g. hovered) drops the renderer's list, the drawing
      // order being out of date; putting the old one back would keep that order.
      if (renderer.cachedZSortedEles === list) renderer.cachedZSortedEles = kept;
    }
  };
}
