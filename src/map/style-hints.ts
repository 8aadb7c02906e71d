// Cytoscape keeps on each element the hashes it computes the element's style keys from
// (`_private.styleKeys`: two numbers for each of its property groups, each pair an array of
// its own). It reads them only while it computes those keys (its style's
// `updateStyleHints`, which first writes every group afresh), yet keeps them after: about
// 1.2 KB an actor, the largest single share of what an actor costs the page (heap census at
// 10,000 actors, test/bench/heap-census.ts: 12 of Cytoscape's 34 MB). One object lent to
// every element in turn holds them as well; the keys computed are the same.
import type { Core } from 'cytoscape';

interface StyleHints {
  updateStyleHints(this: unknown, element: { _private: { styleKeys: object } }): boolean;
}

let shared = false;

/** Makes Cytoscape's elements share one scratch object for their style hashes, for every
 * Cytoscape in the page (the style prototype, read off `cy`, is shared). Idempotent; left as
 * it is if Cytoscape's style no longer works this way. */
export function shareStyleScratch(cy: Core): void {
  if (shared) return;
  shared = true;
  const style: unknown = Object.getPrototypeOf(cy.style());
  if (typeof (style as Partial<StyleHints> | null)?.updateStyleHints !== 'function') return;
  const hints = style as StyleHints;
  const update = hints.updateStyleHints;
  const scratch = {};
  hints.updateStyleHints = function (element) {
    element._private.styleKeys = scratch;
    return update.call(this, element);
  };
}
