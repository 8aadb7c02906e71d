// An actor's first style in Cytoscape, its triggers run once rather than once a property.
// Cytoscape (3.x) applies every property of the stylesheet, defaults included, to a new
// element; each one set from nothing runs the property's triggers: the element's style
// cache dropped (its connected edges collected for it), its bounds dropped (a `bounds`
// event and a renderer notification), its connected edges' bounds dropped, its z-order
// invalidated. About 80 of those properties bear on bounds: for 1,000 actors, tens of
// thousands of events and collections, a quarter of the filling's main-thread time
// (profiled with test/bench/to-ready.ts). A new actor has nothing cached yet: the same
// triggers are run once for it, when its first style has been applied. Written on
// Cytoscape's style prototype (`apply`, `checkTriggers`), which has no such option, as
// drawing-hold.ts relies on its renderer's `render`; without those methods nothing changes.
import type { CollectionArgument, Core, NodeCollection, NodeSingular } from 'cytoscape';

/** What the patch reads of Cytoscape's style object (its prototype's methods). */
interface StyleMethods {
  apply(eles: unknown): unknown;
  checkTriggers(ele: NodeSingular, name: string, from: unknown, to: unknown): void;
  _private: { cy: Core };
}

/** The parts of an element's private state read here. */
interface ElementState {
  group: 'nodes' | 'edges';
  appliedInitStyle?: boolean;
  styleCache: unknown;
}

const stateOf = (ele: NodeSingular) => (ele as unknown as { _private: ElementState })._private;

/** Methods Cytoscape has but does not type. */
interface Notifying {
  notify(event: string, eles: NodeCollection): void;
}
interface Dirtying {
  dirtyStyleCache(): void;
  dirtyCompoundBoundsCache(): void;
  dirtyBoundingBoxCache(): void;
}
const dirtying = (eles: unknown) => eles as Dirtying;

let installed = false;

/** Runs the triggers of an actor's first style once, for every Cytoscape in the page (the
 * style prototype is shared). Idempotent. */
export function triggerFirstStyleOnce(cy: Core): void {
  if (installed) return;
  const proto = Object.getPrototypeOf(cy.style()) as StyleMethods;
  if (typeof proto.apply !== 'function' || typeof proto.checkTriggers !== 'function') return;
  installed = true;
  const { apply, checkTriggers } = proto;
  // The actors given their first style in the running `apply` (null: none running).
  let fresh: NodeSingular[] | null = null;
  proto.checkTriggers = function (ele, name, from, to) {
    const state = stateOf(ele);
    if (fresh === null || state.group !== 'nodes' || state.appliedInitStyle) {
      checkTriggers.call(this, ele, name, from, to);
      return;
    }
    // Read again if asked before the end of this style (its edges' caches: at the end).
    state.styleCache = null;
    if (fresh[fresh.length - 1] !== ele) fresh.push(ele);
  };
  proto.apply = function (eles) {
    if (fresh !== null) return apply.call(this, eles);
    fresh = [];
    try {
      return apply.call(this, eles);
    } finally {
      const nodes = fresh;
      fresh = null;
      if (nodes.length > 0) {
        const { cy: core } = this._private;
        const styled = core.collection(nodes as unknown as CollectionArgument) as NodeCollection;
        // What each property's triggers did, once: style caches, bounds (the `bounds`
        // event), connected edges' bounds, z-order.
        dirtying(styled).dirtyStyleCache();
        dirtying(styled).dirtyCompoundBoundsCache();
        dirtying(styled).dirtyBoundingBoxCache();
        dirtying(styled.connectedEdges()).dirtyBoundingBoxCache();
        (core as unknown as Notifying).notify('zorder', styled);
      }
    }
  };
}
