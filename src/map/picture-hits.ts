// Which actor is under the pointer on a big map's still picture, while Cytoscape is still
// taking the actors in (filling.ts): a spatial index (flatbush, a packed Hilbert R-tree) over
// the actors' discs, built once from their positions and sizes in a few milliseconds at
// 10,000 actors, and asked in microseconds. Positions are in model pixels, as Cytoscape's.
import Flatbush from 'flatbush';

export class PictureHits {
  private readonly index: Flatbush | null;
  private readonly xy: Float64Array;
  private readonly radii: Float64Array;

  /**
   * `xy`: x0, y0, x1, y1, … in model pixels; `sizes`: each actor's diameter (missing or
   * unreadable sizes count as 20, as elsewhere on the map).
   */
  constructor(xy: ArrayLike<number>, sizes: ArrayLike<number>) {
    const count = Math.min(sizes.length, Math.floor(xy.length / 2));
    this.xy = Float64Array.from({ length: 2 * count }, (_, i) => Number(xy[i]) || 0);
    this.radii = Float64Array.from({ length: count }, (_, i) => {
      const size = Number(sizes[i]);
      return (size > 0 ? size : 20) / 2;
    });
    if (count === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(count);
    for (let i = 0; i < count; i++) {
      const x = this.xy[2 * i] as number;
      const y = this.xy[2 * i + 1] as number;
      const r = this.radii[i] as number;
      index.add(x - r, y - r, x + r, y + r);
    }
    index.finish();
    this.index = index;
  }

  /** The index over actors given as centres and diameters (the picture's nodes). */
  static of(nodes: readonly { x: number; y: number; size: number }[]): PictureHits {
    const xy = new Float64Array(2 * nodes.length);
    nodes.forEach((n, i) => {
      xy[2 * i] = n.x;
      xy[2 * i + 1] = n.y;
    });
    return new PictureHits(
      xy,
      nodes.map((n) => n.size),
    );
  }

  get size(): number {
    return this.radii.length;
  }

  /** Actor `i`'s centre and radius. */
  circle(i: number): { x: number; y: number; r: number } {
    return {
      x: this.xy[2 * i] as number,
      y: this.xy[2 * i + 1] as number,
      r: this.radii[i] as number,
    };
  }

  /** How far (x, y) lies outside actor `i`'s disc (0 inside). */
  private gap(i: number, x: number, y: number): number {
    const dx = x - (this.xy[2 * i] as number);
    const dy = y - (this.xy[2 * i + 1] as number);
    return Math.max(0, Math.hypot(dx, dy) - (this.radii[i] as number));
  }

  /**
   * The actor whose disc holds (x, y) — of several, the one whose centre is closest — or -1.
   * `keep(i)` leaves out actors that cannot be hit (hidden by a filter).
   */
  at(x: number, y: number, keep: (i: number) => boolean = () => true): number {
    return this.nearest(x, y, 0, keep);
  }

  /**
   * The actor nearest to (x, y) whose disc lies within `radius` of it (a pointer's slack, in
   * model pixels), or -1. Inside several discs, the one whose centre is closest wins.
   */
  nearest(x: number, y: number, radius: number, keep: (i: number) => boolean = () => true): number {
    if (!this.index) return -1;
    const slack = Math.max(0, radius);
    // Boxes within reach: the disc's box is never farther than the disc itself.
    const candidates = this.index.search(
      x - slack,
      y - slack,
      x + slack,
      y + slack,
      (i) => keep(i) && this.gap(i, x, y) <= slack,
    );
    let best = -1;
    let bestGap = Infinity;
    let bestCentre = Infinity;
    for (const i of candidates) {
      const gap = this.gap(i, x, y);
      const centre = Math.hypot(x - (this.xy[2 * i] as number), y - (this.xy[2 * i + 1] as number));
      if (gap < bestGap || (gap === bestGap && centre < bestCentre)) {
        best = i;
        bestGap = gap;
        bestCentre = centre;
      }
    }
    return best;
  }

  /** How many actors `keep` keeps meet the rectangle (model pixels), counted as the index
   * is searched (no list of the actors met: a whole view holds every one). */
  count(x1: number, y1: number, x2: number, y2: number, keep: (i: number) => boolean): number {
    let count = 0;
    this.index?.search(x1, y1, x2, y2, (i) => {
      if (keep(i)) count++;
      return false;
    });
    return count;
  }

  /** The actors whose discs meet the rectangle (model pixels), for tests and diagnostics. */
  within(x1: number, y1: number, x2: number, y2: number): number[] {
    return this.index ? this.index.search(x1, y1, x2, y2) : [];
  }
}
