// Where a new actor goes on the map without laying it out again: near its partners
// (their centre), turned by an angle drawn from its id so that two new actors with the same
// partners do not land on each other; with no partner placed, beside the map's right edge.
import type { Point } from '../model';

/** FNV-1a of the id, as a fraction of a turn: the same id always gets the same angle. */
function turn(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x100000000;
}

/**
 * A position for the actor `id`: `distance` away from the centre of its partners' positions
 * (those known), or, without any, to the right of every position known (`all`).
 */
export function placeNear(
  id: string,
  partners: readonly Point[],
  all: readonly Point[] = [],
  distance = 60,
): Point {
  const angle = 2 * Math.PI * turn(id);
  const known = partners.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (known.length > 0) {
    const cx = known.reduce((s, p) => s + p.x, 0) / known.length;
    const cy = known.reduce((s, p) => s + p.y, 0) / known.length;
    return { x: cx + distance * Math.cos(angle), y: cy + distance * Math.sin(angle) };
  }
  const placed = all.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (placed.length === 0) return { x: 0, y: 0 };
  const right = Math.max(...placed.map((p) => p.x));
  const top = Math.min(...placed.map((p) => p.y));
  const bottom = Math.max(...placed.map((p) => p.y));
  return { x: right + distance, y: top + (bottom - top) * turn(id) };
}
