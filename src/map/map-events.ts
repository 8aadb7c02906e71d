// What the map's pointer and viewport events do: a click selects the actor under it (on
// Cytoscape's elements, or on the still picture while it stands in for them), a drop tells
// the app positions moved, hovering marks the actor, and a moved viewport is followed by the
// picture and the names; the renderer's hit test asks only the actors near the pointer
// (node-hits.ts), and its drawing order is sorted on keys read once an element (z-order.ts).
import type { Core, NodeSingular } from 'cytoscape';
import { testNearbyActorsOnly, type HitRenderer } from './node-hits.ts';
import type { NetworkMapSetup } from './types.ts';
import { sortOnKeys, type ZSortRenderer } from './z-order.ts';

export interface MapEventHandlers {
  /** The actor on the still picture at a model point, if any (filling.ts). */
  hitAt: (position: { x: number; y: number }) => string | null;
  /** The viewport moved (pan, zoom). */
  viewport: () => void;
}

export function listenToMap(
  cy: Core,
  setup: Pick<NetworkMapSetup, 'onMoved' | 'onSelect'>,
  on: MapEventHandlers,
): void {
  cy.on('dragfree', 'node', () => setup.onMoved?.());
  cy.on('tap', 'node', (event) => {
    setup.onSelect?.((event.target as NodeSingular).id());
  });
  cy.on('tap', (event) => {
    // A big map filling in: the actor on the picture there, if any.
    if (event.target === cy) setup.onSelect?.(on.hitAt(event.position));
  });
  cy.on('viewport', on.viewport);
  cy.on('mouseover mouseout', 'node', (event) => {
    (event.target as NodeSingular).toggleClass('hover', event.type === 'mouseover');
  });
  // The renderer's hit test on each mouse move, on the actors near the pointer only.
  const renderer = (
    cy as unknown as { renderer(): (HitRenderer & ZSortRenderer) | null }
  ).renderer();
  testNearbyActorsOnly(cy, renderer);
  // Its drawing order, made again after elements are added or removed or restyled in what
  // orders or hides them, at a mouse release.
  sortOnKeys(renderer);
}
