// Positions on the map in the two shapes they travel in: by actor id (the workspace file,
// readable and independent of the order of the actors) and as one typed array in the
// graph's node order (x0, y0, x1, y1, …: what the layouts, the map and the workers pass
// around, transferable between threads).
import type { Point } from './workspace-document.ts';

export type PositionRecord = Record<string, Point>;

/** The array in `ids` order, or null when an actor has no finite position. */
export function positionsInOrder(
  ids: readonly string[],
  positions: PositionRecord | null,
): Float64Array | null {
  if (!positions) return null;
  const xy = new Float64Array(ids.length * 2);
  for (let i = 0; i < ids.length; i++) {
    const p = positions[ids[i] as string];
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return null;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  }
  return xy;
}

/** The record of an array in `ids` order; null when the array does not fit the ids. */
export function positionRecord(
  ids: readonly string[],
  xy: Float64Array | null,
): PositionRecord | null {
  if (!xy || xy.length !== ids.length * 2) return null;
  const record: PositionRecord = {};
  for (let i = 0; i < ids.length; i++) {
    record[ids[i] as string] = { x: xy[2 * i] as number, y: xy[2 * i + 1] as number };
  }
  return record;
}
