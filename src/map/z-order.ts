// Cytoscape's drawing order (its renderer's z-sorted list of every element), sorted on keys
// read once an element. The renderer sorts with a comparator that reads three style
// properties of both elements at each comparison (its `zIndexSort`): at 50,000 actors about
// 5 million style reads, a task of 0.4 s of CPU (1 s and more of wall) each time the list
// is made again — the first mouse release after the map is filled in (its
// `freeDraggedElements` walks the whole list, a pan drag included), the first frame, a
// frame after elements were added or removed or a class changed what orders or hides them
// (z-index, display, visibility, opacity to or from 0, events, an empty label;
// test/bench/long-tasks.ts --pan). The keys are the
// comparator's own, in its order, so the list is the same, element for element; its
// interactive elements are found when first asked for.
import type { Core, SingularElementReturnValue } from 'cytoscape';

/** The canvas renderer's parts this reads and wraps (cytoscape's BaseRenderer). */
export interface ZSortRenderer {
  webgl?: boolean;
  cy?: Core;
  cachedZSortedEles?: unknown;
  getCachedZSortedEles?: (forceRecalc?: boolean) => unknown;
  updateCachedGrabbedEles?: () => void;
}

/** What this reads of Cytoscape's elements beyond their typings. */
interface ElementInternals {
  pstyle(name: string): { value: unknown };
  poolIndex(): number;
  zDepth(): number;
  interactive(): boolean;
  isNode(): boolean;
}
const inner = (ele: unknown) => ele as ElementInternals;

/** Cytoscape's own `MAX_INT` for `z-compound-depth: top`. */
const TOP = Number.MAX_SAFE_INTEGER;

/** The elements' list as the renderer keeps it: with its interactive ones. */
export type ZSortedList = SingularElementReturnValue[] & {
  interactive: SingularElementReturnValue[];
};

/**
 * Every element of `cy` in Cytoscape's drawing order: by compound depth (`z-compound-depth`),
 * then nodes above edges (`z-index-compare: auto`), then `z-index`, then the order added
 * (`poolIndex`), as its `zIndexSort` compares them.
 */
export function drawingOrder(cy: Core): SingularElementReturnValue[] {
  const eles = (cy as unknown as { mutableElements(): { toArray(): SingularElementReturnValue[] } })
    .mutableElements()
    .toArray();
  const compound = (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
  return inDrawingOrder(eles, compound);
}

/** `eles` (some of a map's elements) in Cytoscape's drawing order, the last on top;
 * `compound`: the map has compound nodes (their depth then counts). */
export function inDrawingOrder<T>(eles: readonly T[], compound: boolean): T[] {
  const n = eles.length;
  const depth = new Float64Array(n);
  const kind = new Uint8Array(n);
  const z = new Float64Array(n);
  const pool = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ele = inner(eles[i]);
    const zDepth = ele.pstyle('z-compound-depth').value;
    depth[i] =
      zDepth === 'auto'
        ? compound
          ? ele.zDepth()
          : 0
        : zDepth === 'bottom'
          ? -1
          : zDepth === 'top'
            ? TOP
            : 0;
    kind[i] = ele.pstyle('z-index-compare').value === 'auto' && ele.isNode() ? 1 : 0;
    z[i] = ele.pstyle('z-index').value as number;
    pool[i] = ele.poolIndex();
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) =>
      (depth[a] as number) - (depth[b] as number) ||
      (kind[a] as number) - (kind[b] as number) ||
      (z[a] as number) - (z[b] as number) ||
      (pool[a] as number) - (pool[b] as number),
  );
  return order.map((i) => eles[i] as T);
}

/**
 * Gives `eles` its interactive elements when first read (the renderer's hit test reads
 * them; a mouse release or a frame does not): Cytoscape's `interactive()` of 50,000 actors
 * was more than half of the list's making.
 */
function withInteractiveOnRead(eles: ZSortedList): void {
  Object.defineProperty(eles, 'interactive', {
    configurable: true,
    enumerable: true,
    get(this: ZSortedList) {
      const interactive = this.filter((ele) => inner(ele).interactive());
      Object.defineProperty(this, 'interactive', { value: interactive, writable: true });
      return interactive;
    },
    set(this: ZSortedList, value: SingularElementReturnValue[]) {
      Object.defineProperty(this, 'interactive', { value, writable: true });
    },
  });
}

/**
 * Wraps `renderer`'s z-sorted list (a canvas renderer's) so that, when it is made again, it is
 * sorted on keys read once an element; the list kept, its interactive elements (found when
 * first read) and the grabbed ones' lists are as the renderer's own method leaves them.
 */
export function sortOnKeys(renderer: ZSortRenderer | null): void {
  const own = renderer?.getCachedZSortedEles;
  if (!renderer || renderer.webgl || typeof own !== 'function') return;
  if (typeof renderer.updateCachedGrabbedEles !== 'function') return;
  renderer.getCachedZSortedEles = function (this: ZSortRenderer, forceRecalc?: boolean) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    if (!this.cy) return own.call(this, forceRecalc);
    const eles = drawingOrder(this.cy) as ZSortedList;
    withInteractiveOnRead(eles);
    this.cachedZSortedEles = eles;
    this.updateCachedGrabbedEles?.();
    return eles;
  };
}
