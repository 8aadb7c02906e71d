import { describe, expect, it } from 'vitest';
import {
  GROUP_NAME_PX,
  nameLines,
  nameWidths,
  placeGroupNames,
  type PlacedName,
} from '../../src/layout/grouped-names.ts';
import { groupedLayout, type GroupedInput, type GroupForce } from '../../src/layout/grouped.ts';
import { estimateWidth } from '../../src/layout/text.ts';

type Box = { x1: number; y1: number; x2: number; y2: number };
/** Overlapping by more than a rounding error. */
const overlaps = (a: Box, b: Box) =>
  a.x1 < b.x2 - 1e-6 && b.x1 < a.x2 - 1e-6 && a.y1 < b.y2 - 1e-6 && b.y1 < a.y2 - 1e-6;
const inside = (a: Box, b: Box) =>
  a.x1 >= b.x1 - 1e-6 && a.x2 <= b.x2 + 1e-6 && a.y1 >= b.y1 - 1e-6 && a.y2 <= b.y2 + 1e-6;

/** Long names, short names and single words, as the demo's types are. */
const NAMES = [
  'Collectivité territoriale',
  'Établissement ou service médico-social',
  'Association',
  'Assurance maladie et protection sociale',
  'ARS',
  'Professionnel de santé libéral',
  'Autre',
];

/** `counts[g]` actors in group g, a ring of links in each, sizes 20–44, names under them. */
function input(counts: number[], screen = { width: 900, height: 560 }): GroupedInput {
  const groups = counts.flatMap((c, g) => Array<number>(c).fill(g));
  const n = groups.length;
  const pairs: number[] = [];
  let first = 0;
  for (const c of counts) {
    for (let k = 0; k + 1 < c; k++) pairs.push(first + k, first + k + 1);
    first += c;
  }
  return {
    n,
    edges: Int32Array.from(pairs),
    sizes: Float64Array.from({ length: n }, (_, i) => 20 + (i % 4) * 8),
    labels: Float64Array.from({ length: 2 * n }, (_, k) => (k % 2 === 0 ? 90 : 28)),
    aspect: screen.width / screen.height,
    groups: Int32Array.from(groups),
    names: nameWidths(NAMES.slice(0, counts.length).map((t) => nameLines(t, estimateWidth))),
    screen,
    labelsOnScreen: true,
  };
}

/** Each group's members on a sunflower, as the layout starts them. */
const still: GroupForce = (group) => group.xy.slice();

/** Each actor's box: its shape, and its name under it as the map draws it at the whole map's
 * zoom, where the groups' names are `font` model pixels high (the same size on screen
 * whatever the zoom: 1 / zoom as large as at zoom 1). */
function actorBoxes(data: GroupedInput, xy: Float64Array, font: number): Float64Array {
  const scale = font / GROUP_NAME_PX;
  const boxes = new Float64Array(data.n * 4);
  for (let i = 0; i < data.n; i++) {
    const r = (data.sizes[i] as number) / 2;
    const half = Math.max(r, ((data.labels?.[2 * i] ?? 0) / 2) * scale);
    const below = r + ((data.labels?.[2 * i + 1] ?? 0) + 4) * scale;
    const [x, y] = [xy[2 * i] as number, xy[2 * i + 1] as number];
    boxes.set([x - half, y - r, x + half, y + below], 4 * i);
  }
  return boxes;
}

const boxOf = (boxes: Float64Array, i: number): Box => ({
  x1: boxes[4 * i] as number,
  y1: boxes[4 * i + 1] as number,
  x2: boxes[4 * i + 2] as number,
  y2: boxes[4 * i + 3] as number,
});

describe('group names', () => {
  it('splits a name on two lines at the space that balances them', () => {
    const name = nameLines('Collectivité   territoriale', estimateWidth);
    expect(name.one).toBe('Collectivité territoriale');
    expect(name.two).toEqual(['Collectivité', 'territoriale']);
    expect(name.width2).toBeLessThan(name.width1 * 0.6);
    const long = nameLines('Assurance maladie et protection sociale', estimateWidth);
    expect(long.two).toEqual(['Assurance maladie et', 'protection sociale']);
    expect(nameLines('ARS', estimateWidth).two).toBeNull();
  });

  for (const screen of [
    { width: 760, height: 560 },
    { width: 1500, height: 900 },
  ]) {
    it(`keeps room for every name, whole, at the whole map's zoom (${screen.width} px)`, () => {
      const data = input([40, 25, 12, 9, 3, 2, 1], screen);
      const { xy, regions, font } = groupedLayout(data, still);
      // The regions' discs and name rooms never overlap one another.
      const rooms = regions.map((r) => r.name);
      const discs = regions.map((r) => ({
        x1: r.x - r.r,
        y1: r.y - r.r,
        x2: r.x + r.r,
        y2: r.y + r.r,
      }));
      [...rooms, ...discs].forEach((a, i, all) => {
        all.forEach((b, j) => {
          if (i < j) expect(overlaps(a, b), `${i} ${j}`).toBe(false);
        });
      });
      // The map fitted to the screen shows the names about GROUP_NAME_PX high.
      const x1 = Math.min(...rooms.map((r) => r.x1), ...discs.map((d) => d.x1));
      const x2 = Math.max(...rooms.map((r) => r.x2), ...discs.map((d) => d.x2));
      const y1 = Math.min(...rooms.map((r) => r.y1));
      const y2 = Math.max(...discs.map((d) => d.y2));
      const zoom = Math.min((screen.width - 180) / (x2 - x1), (screen.height - 180) / (y2 - y1));
      expect(font * zoom).toBeGreaterThan(14 * 0.95);
      expect(font * zoom).toBeLessThan(GROUP_NAME_PX * 1.15);
      // Placed from where the actors stand: every group named, at the layout's size, each
      // name inside its room, over no actor and no other name.
      const boxes = actorBoxes(data, xy, font);
      const names = placeGroupNames({ groups: data.groups, boxes, widths: data.names!, font });
      expect(names.map((p) => p.group).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      for (const name of names) {
        expect(name.font).toBeCloseTo(font, 6);
        // Its group's slot: the room above the disc, and the disc's band (the name stands
        // lower where the group's actors do not reach the disc's top).
        const room = rooms[name.group] as Box;
        const slot = { ...room, y2: (discs[name.group] as Box).y2 };
        expect(inside(name, slot), `${name.group}`).toBe(true);
        expect(name.y1).toBeGreaterThanOrEqual(room.y1);
        for (let i = 0; i < data.n; i++) expect(overlaps(name, boxOf(boxes, i))).toBe(false);
        for (const other of names) if (other !== name) expect(overlaps(name, other)).toBe(false);
      }
      // The long names on two lines where their group is narrower than them.
      const long = names.find((p) => p.group === 1) as PlacedName;
      expect(long.lines).toBe(2);
    });
  }

  it('never puts a name over an actor: it shrinks, turns to one line, or waits', () => {
    // Group 0 (one actor at the origin), with a wide actor of group 1 just above it and
    // another actor of group 2 right over it.
    const groups = Int32Array.from([0, 1, 2]);
    const boxes = Float64Array.from([-10, -10, 10, 10, -300, -80, -60, -60, -20, -200, 20, -170]);
    const widths = nameWidths(
      ['Collectivité territoriale', 'B', 'C'].map((t) => nameLines(t, estimateWidth)),
    );
    const names = placeGroupNames({ groups, boxes, widths, font: 40 });
    for (const name of names) {
      for (let i = 0; i < 3; i++) expect(overlaps(name, boxOf(boxes, i))).toBe(false);
      for (const other of names) if (other !== name) expect(overlaps(name, other)).toBe(false);
    }
    const first = names.find((p) => p.group === 0);
    expect(first).toBeDefined();
    expect(first!.font).toBeLessThan(40);
    // No actor shown in a group: no name.
    const none = placeGroupNames({
      groups: Int32Array.from([0, -1, 2]),
      boxes,
      widths,
      font: 20,
    });
    expect(none.map((p) => p.group)).toEqual([0, 2]);
  });

  it('keeps a short name whole on one line, smaller rather than broken', () => {
    // "Groupe 11" and "Groupe 12" side by side, too close for both on one line at 40 px:
    // each on two lines would fit at 40, but a short name stays on one line.
    const widths = nameWidths(['Groupe 11', 'Groupe 12'].map((t) => nameLines(t, estimateWidth)));
    const oneLine = (widths[0] as number) * 40;
    const twoLines = (widths[1] as number) * 40;
    const apart = (oneLine + twoLines) / 2;
    const boxes = Float64Array.from([-10, -10, 10, 10, apart - 10, -10, apart + 10, 10]);
    const names = placeGroupNames({ groups: Int32Array.from([0, 1]), boxes, widths, font: 40 });
    expect(names).toHaveLength(2);
    for (const name of names) {
      expect(name.lines).toBe(1);
      expect(name.font).toBeLessThan(40);
      expect(name.font).toBeGreaterThan(40 * (apart / oneLine) * 0.85);
    }
    expect(overlaps(names[0]!, names[1]!)).toBe(false);
  });
});
