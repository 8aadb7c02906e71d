// How big an actor and its name are drawn: the map writes these into its elements, and the
// pipeline worker lays out the first map with the same numbers, so the layout keeps room for
// exactly what is drawn.

/** Above this many actors the map is "big": smaller actors, lighter style. */
export const BIG_MAP = 1500;

/** Size range of actors in model pixels. */
export function sizeRange(order: number): [number, number] {
  return order > BIG_MAP ? [10, 40] : [20, 56];
}

/** The size of every actor when sizes encode nothing. */
export function uniformSize(order: number): number {
  const [min, max] = sizeRange(order);
  return Math.round((min + max) / 2.6);
}

/** An actor's size for a value out of the map's `top` (square-root scale, whole pixels). */
export function scaledSize(value: number, top: number, order: number): number {
  const [min, max] = sizeRange(order);
  const v = top > 0 ? Math.sqrt(value / top) : 0;
  return Math.round(min + (max - min) * v);
}

/** Label tier for an actor size: the biggest actors get the biggest names. */
export function tierFor(size: number, order: number): number {
  const [min, max] = sizeRange(order);
  const f = max > min ? (size - min) / (max - min) : 0;
  return f >= 0.62 ? 3 : f >= 0.32 ? 2 : 1;
}

/** Name sizes in screen pixels by tier (≥ 12 px: readable on a projector). */
export const LABEL_PX: Record<number, number> = { 1: 12, 2: 13.5, 3: 15.5 };
