import { describe, expect, it } from 'vitest';
import {
  GROUP_NAME_ROOM,
  groupRegions,
  groupedLayout,
  groupMembers,
  packRegions,
  type GroupForce,
  type GroupedInput,
} from '../../src/layout/grouped.ts';
import { groupForce } from '../../src/workers/layout-core.ts';

/** `counts[g]` actors in group g, interleaved (actor i in group i mod g when possible),
 * a ring of links inside each group and a few links across groups. */
function input(counts: number[], aspect = 1.6): GroupedInput {
  const groups: number[] = [];
  const left = [...counts];
  while (left.some((c) => c > 0)) {
    left.forEach((c, g) => {
      if (c > 0) {
        groups.push(g);
        left[g] = c - 1;
      }
    });
  }
  const n = groups.length;
  const pairs: number[] = [];
  counts.forEach((_, g) => {
    const members = groups.flatMap((h, i) => (h === g ? [i] : []));
    members.forEach((i, k) => {
      const next = members[(k + 1) % members.length] as number;
      if (members.length > 1 && next !== i) pairs.push(i, next);
    });
  });
  for (let i = 0; i + 7 < n; i += 11) pairs.push(i, i + 7);
  const sizes = Float64Array.from({ length: n }, (_, i) => 20 + (i % 4) * 8);
  const labels = Float64Array.from({ length: 2 * n }, (_, k) => (k % 2 === 0 ? 60 : 14));
  return {
    n,
    edges: Int32Array.from(pairs),
    sizes,
    labels,
    aspect,
    groups: Int32Array.from(groups),
  };
}

/** The force layout of each group: the start positions as they are. */
const still: GroupForce = (group) => group.xy.slice();

const dist = (xy: Float64Array, i: number, x: number, y: number) =>
  Math.hypot((xy[2 * i] as number) - x, (xy[2 * i + 1] as number) - y);

describe('grouped layout', () => {
  it('puts every actor of a group in its own group, as the groups say', () => {
    const data = input([5, 3, 1, 8]);
    expect(groupMembers(data.groups).map((m) => m.length)).toEqual([5, 3, 1, 8]);
    const members = groupMembers(data.groups);
    members.forEach((m, g) => {
      for (const i of m) expect(data.groups[i]).toBe(g);
    });
  });

  it('places every actor, inside its group region, with the real forces too', () => {
    for (const force of [still, groupForce(1)]) {
      const data = input([12, 7, 1, 4, 20]);
      const { xy, regions } = groupedLayout(data, force);
      expect(xy.every(Number.isFinite)).toBe(true);
      for (let i = 0; i < data.n; i++) {
        const region = regions[data.groups[i] as number]!;
        expect(dist(xy, i, region.x, region.y) + (data.sizes[i] ?? 0) / 2).toBeLessThanOrEqual(
          region.r + 1e-6,
        );
      }
      // Not all on one point: a group of several has several places.
      const big = groupMembers(data.groups)[4]!;
      const places = new Set(
        big.map((i) => `${Math.round(xy[2 * i]!)},${Math.round(xy[2 * i + 1]!)}`),
      );
      expect(places.size).toBe(big.length);
    }
  });

  it('keeps group regions apart, with room for each group name above its disc', () => {
    const data = input([30, 12, 12, 5, 2, 1, 1, 40, 9]);
    const { regions } = groupRegions(data);
    expect(regions.map((r) => r.count)).toEqual([30, 12, 12, 5, 2, 1, 1, 40, 9]);
    regions.forEach((a, i) => {
      regions.forEach((b, j) => {
        if (i >= j) return;
        // The discs do not touch, and neither touches the other's name room.
        const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
        expect(gap).toBeGreaterThan(0);
        const aboveB = { x: b.x, y: b.y - b.r - GROUP_NAME_ROOM / 2 };
        const inA = Math.hypot(aboveB.x - a.x, aboveB.y - a.y) < a.r;
        expect(inA).toBe(false);
      });
    });
  });

  it('packs the biggest group first and fills the screen’s shape', () => {
    const radii = [10, 100, 50, 50, 20];
    const centres = packRegions(radii, 1.6);
    // The biggest region is on the first row (the discs' tops are aligned on a row).
    const tops = centres.map((c, g) => c.y - radii[g]!);
    expect(tops[1]).toBe(Math.min(...tops));
    expect(centres[1]!.x).toBeLessThan(Math.max(...centres.map((c) => c.x)));
    const wide = packRegions(Array<number>(16).fill(50), 3);
    const tall = packRegions(Array<number>(16).fill(50), 0.4);
    const spread = (cs: { x: number; y: number }[]) =>
      (Math.max(...cs.map((c) => c.x)) - Math.min(...cs.map((c) => c.x))) /
      (Math.max(...cs.map((c) => c.y)) - Math.min(...cs.map((c) => c.y)) || 1);
    expect(spread(wide)).toBeGreaterThan(spread(tall));
  });

  it('members are closer to their own group centre than to any other', () => {
    const data = input([15, 15, 15]);
    const { xy, regions } = groupedLayout(data, groupForce(data.n));
    for (let i = 0; i < data.n; i++) {
      const own = data.groups[i] as number;
      const d = regions.map((r) => dist(xy, i, r.x, r.y));
      expect(Math.min(...d)).toBe(d[own]);
    }
  });

  it('gives the same positions for the same input, and reports each group', () => {
    const steps: number[] = [];
    const a = groupedLayout(input([9, 4, 6]), groupForce(19), (done) => steps.push(done)).xy;
    const b = groupedLayout(input([9, 4, 6]), groupForce(19)).xy;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(steps).toEqual([0, 1, 2, 3]);
  });

  it('uses ForceAtlas2 per group on big maps, still inside the regions', () => {
    const data = input([30, 20]);
    const { xy, regions } = groupedLayout(data, groupForce(5000));
    for (let i = 0; i < data.n; i++) {
      const region = regions[data.groups[i] as number]!;
      expect(dist(xy, i, region.x, region.y)).toBeLessThanOrEqual(region.r);
    }
  });

  it('handles no actor and one group', () => {
    const empty = {
      n: 0,
      edges: new Int32Array(),
      sizes: new Float64Array(),
      aspect: 1,
      groups: new Int32Array(),
    };
    expect(groupedLayout(empty, still).xy.length).toBe(0);
    const one = input([6]);
    expect(groupedLayout(one, still).regions).toHaveLength(1);
  });
});
