// Cytoscape keeps on each element the hashes it computes the element's style keys from
// (`_private.styleKeys`: two numbers for each of its property groups, each pair an array of
// its own). It reads them only while it computes those keys (its style's
// `updateStyleHints`, which first writes every group afresh), yet keeps them after: about
// 1.2 KB an actor, the largest single share of what an actor costs the page (heap census at
// 10,000 actors, test/bench/heap-census.ts: 12 of Cytoscape's 34 MB). One object lent to
// every element in turn holds them as well; the keys computed are the same.
import cytoscape from 'cytoscape';

interface StyleHints {
  updateStyleHints(this: unknown, element: { _private: { styleKeys: object } }): boolean;
}

let shared = false;

/** Makes Cytoscape's elements share one scratch object for their style hashes (once; every
 * map after it). Left as it is if Cytoscape's style no longer works this way. */
export function shareStyleScratch(): void {
  if (shared) return;
  shared = true;
  const probe = cytoscape({ headless: true, styleEnabled: true });
  const style: unknown = Object.getPrototypeOf(probe.style());
  probe.destroy();
  if (typeof (style as Partial<StyleHints> | null)?.updateStyleHints !== 'function') return;
  const hints = style as StyleHints;
  const update = hints.updateStyleHints;
  const scratch = {};
  hints.updateStyleHints = function (element) {
    element._private.styleKeys = scratch;
    return update.call(this, element);
  };
}
