import { describe, expect, it } from 'vitest';
import { PictureHits } from '../../src/map/picture-hits.ts';

// Three actors: a big one at the origin, a small one to its right, one far away.
const xy = [0, 0, 30, 0, 1000, 1000];
const sizes = [40, 10, 20];

describe('PictureHits', () => {
  it('indexes every actor from its position and size', () => {
    const hits = new PictureHits(xy, sizes);
    expect(hits.size).toBe(3);
    expect(hits.circle(0)).toEqual({ x: 0, y: 0, r: 20 });
    expect(hits.circle(1)).toEqual({ x: 30, y: 0, r: 5 });
    // The discs' boxes meet a rectangle around them, and only theirs.
    expect(hits.within(-5, -5, 5, 5)).toEqual([0]);
    expect(hits.within(990, 990, 1010, 1010)).toEqual([2]);
    expect(hits.within(400, 400, 500, 500)).toEqual([]);
  });

  it('hits the actor whose disc holds the point, not its box corner', () => {
    const hits = new PictureHits(xy, sizes);
    expect(hits.at(0, 0)).toBe(0);
    expect(hits.at(19, 0)).toBe(0);
    expect(hits.at(30, 4)).toBe(1);
    expect(hits.at(1000, 1009)).toBe(2);
    // Inside the big actor's box but outside its disc.
    expect(hits.at(18, 18)).toBe(-1);
    expect(hits.at(500, 500)).toBe(-1);
  });

  it('of overlapping discs, picks the one whose centre is closest', () => {
    const hits = new PictureHits([0, 0, 10, 0], [40, 40]);
    expect(hits.at(2, 0)).toBe(0);
    expect(hits.at(8, 0)).toBe(1);
  });

  it('finds the nearest actor within a radius, by the gap to its disc', () => {
    const hits = new PictureHits(xy, sizes);
    // 3 past the small actor's edge, 13 past the big one's: the small one.
    expect(hits.nearest(38, 0, 5)).toBe(1);
    // Out of reach of both.
    expect(hits.nearest(60, 0, 5)).toBe(-1);
    expect(hits.nearest(60, 0, 30)).toBe(1);
    // A point between the two discs goes to the closer edge.
    expect(hits.nearest(23, 0, 10)).toBe(1);
    expect(hits.nearest(21, 0, 10)).toBe(0);
  });

  it('leaves out the actors `keep` refuses (hidden ones)', () => {
    const hits = new PictureHits(xy, sizes);
    expect(hits.at(0, 0, (i) => i !== 0)).toBe(-1);
    expect(hits.nearest(24, 0, 10, (i) => i !== 1)).toBe(0);
  });

  it('counts the actors `keep` keeps in a rectangle, as `within` lists them', () => {
    const hits = new PictureHits(xy, sizes);
    expect(hits.count(-100, -100, 2000, 2000, () => true)).toBe(3);
    expect(hits.count(-100, -100, 2000, 2000, (i) => i !== 1)).toBe(2);
    expect(hits.count(-5, -5, 40, 5, () => true)).toBe(hits.within(-5, -5, 40, 5).length);
    expect(hits.count(400, 400, 500, 500, () => true)).toBe(0);
    expect(new PictureHits([], []).count(-1, -1, 1, 1, () => true)).toBe(0);
  });

  it('reads unreadable sizes as 20 and answers -1 on an empty map', () => {
    const hits = new PictureHits([0, 0], [Number.NaN]);
    expect(hits.circle(0).r).toBe(10);
    expect(hits.at(9, 0)).toBe(0);
    const empty = new PictureHits([], []);
    expect(empty.size).toBe(0);
    expect(empty.at(0, 0)).toBe(-1);
    expect(empty.within(-1, -1, 1, 1)).toEqual([]);
  });

  it('answers among 10,000 actors as a scan of them all does', () => {
    const n = 10_000;
    const positions = Array.from({ length: 2 * n }, (_, i) => ((i * 7919) % 10007) * 3.1);
    const diameters = Array.from({ length: n }, (_, i) => 8 + (i % 5) * 6);
    const hits = new PictureHits(positions, diameters);
    const scan = (x: number, y: number, radius: number) => {
      let best = -1;
      let bestGap = Infinity;
      let bestCentre = Infinity;
      for (let i = 0; i < n; i++) {
        const centre = Math.hypot(x - positions[2 * i]!, y - positions[2 * i + 1]!);
        const gap = Math.max(0, centre - diameters[i]! / 2);
        if (gap > radius) continue;
        if (gap < bestGap || (gap === bestGap && centre < bestCentre)) {
          [best, bestGap, bestCentre] = [i, gap, centre];
        }
      }
      return best;
    };
    let found = 0;
    for (let k = 0; k < 200; k++) {
      // Half the points near an actor, half anywhere.
      const near = k % 2 === 0;
      const x = near ? positions[2 * k * 37]! + (k % 9) - 4 : (k * 157.3) % 31000;
      const y = near ? positions[2 * k * 37 + 1]! - (k % 7) : (k * 911.7) % 31000;
      const hit = hits.nearest(x, y, 12);
      expect(hit).toBe(scan(x, y, 12));
      if (hit >= 0) found++;
    }
    expect(found).toBeGreaterThanOrEqual(100);
  });
});

describe('PictureHits.of', () => {
  it('indexes the picture’s actors from their centres and diameters', () => {
    const hits = PictureHits.of([
      { x: 0, y: 0, size: 40 },
      { x: 30, y: 0, size: 10 },
    ]);
    expect(hits.size).toBe(2);
    expect(hits.circle(1)).toEqual({ x: 30, y: 0, r: 5 });
    expect(hits.at(30, 4)).toBe(1);
    // A new size makes a new index: the grown actor is hit where it was not.
    expect(hits.at(0, 25)).toBe(-1);
    expect(PictureHits.of([{ x: 0, y: 0, size: 60 }]).at(0, 25)).toBe(0);
  });
});
