// Tasks and frames: how big maps spread their work over the main thread (filling.ts adds
// the elements a chunk per frame, layout-runs.ts makes a layout's input in turns), so that
// no task of theirs runs long.
import type { CollectionReturnValue, NodeCollection } from 'cytoscape';

/**
 * How many elements the next chunk takes: as many as `budget` ms allow at the last measured
 * `cost` (ms an element), between 50 and 5,000, and at most twice the `last` chunk (0: none
 * yet): a cost measured on a small chunk does not promise a big one's (Cytoscape's work per
 * element grows with what it holds, and a busy machine's frames come late).
 */
export function chunkSize(budget: number, cost: number, last: number): number {
  const most = last > 0 ? Math.min(5000, 2 * last) : 5000;
  return Math.max(50, Math.min(most, Math.round(budget / Math.max(cost, 1e-3))));
}

/** Has Cytoscape compute (and cache) the bounding boxes of `elements` now, so that its next
 * frame need not. One call for the collection: asked element by element, each call built
 * two filtered collections and a memo of its own (a chunk of 500 actors cost hundreds of
 * such), for the same cached boxes. */
export function measureBounds(elements: CollectionReturnValue | NodeCollection): void {
  if (elements.length > 0) elements.boundingBox();
}

/** Resolves in a task of its own. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in a task of its own, posted as a message: unlike a chain of `setTimeout(0)`,
 * never held back 4 ms once nested. Chromium runs waiting input before such a message as a
 * rule (a scheduling habit, not a promise of the platform). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves after the next animation frame, in a task of its own. */
export function frameThenTask(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    }),
  );
}

/** Waits for two animation frames: Cytoscape has drawn what was set before the call. */
export const twoFrames = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
