// The names of the groups of a grouped layout, readable on a projector: each name whole, on
// one line or two (split at the space that balances them), large at the whole map's zoom,
// above its group and never over an actor or another group's name. The layout keeps room for
// each name above its group (grouped.ts); the map places each name in that room from where
// the actors stand (`placeGroupNames`). Pure arithmetic on boxes, in model coordinates.
import type { Measure } from './text.ts';

/** The names' size on screen at the whole map's zoom (pixels, bold). */
export const GROUP_NAME_PX = 20;
/** Their line height (as the stylesheet says), and the room between a name and its group
 * (a share of the name's size). */
export const GROUP_NAME_LINE = 1.2;
export const GROUP_NAME_PAD = 0.35;

/** A group's name as it can be drawn: its words on one line, or on two. */
export interface NameLines {
  one: string;
  /** The two lines, or null for a single word. */
  two: [string, string] | null;
  /** Widths for a font of 1 pixel: on one line, and the longer of the two lines. */
  width1: number;
  width2: number;
}

/** `text` on one line and on two, the two lines split at the space that makes the longer
 * one shortest. */
export function nameLines(text: string, measure: Measure): NameLines {
  const one = text.replace(/\s+/g, ' ').trim();
  const px = GROUP_NAME_PX;
  const width1 = measure(one, px, true) / px;
  const words = one.split(' ');
  let two: [string, string] | null = null;
  let width2 = width1;
  for (let k = 1; k < words.length; k++) {
    const lines: [string, string] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const width = Math.max(...lines.map((l) => measure(l, px, true))) / px;
    if (width < width2) {
      width2 = width;
      two = lines;
    }
  }
  return { one, two, width1, width2 };
}

/** The widths of names for the layout worker: (width1, width2) of each group. */
export function nameWidths(names: readonly NameLines[]): Float64Array {
  return Float64Array.from(names.flatMap((n) => [n.width1, n.width2]));
}

/** A name's box at `font` (model pixels) on `lines` lines. */
export function nameSize(
  widths: ArrayLike<number>,
  g: number,
  font: number,
  lines: 1 | 2,
): { width: number; height: number } {
  const width = (lines === 1 ? (widths[2 * g] ?? 0) : (widths[2 * g + 1] ?? 0)) * font;
  return { width, height: lines * GROUP_NAME_LINE * font };
}

/** A name up to this many times its font wide stays on one line, whatever its group's
 * width: a short name ("Groupe 1", "Bailleur social") reads best whole. */
export const GROUP_NAME_ONE_LINE = 10;

/** Whether group `g`'s name is short (GROUP_NAME_ONE_LINE): always on one line. */
const isShort = (widths: ArrayLike<number>, g: number) =>
  (widths[2 * g] ?? 0) <= GROUP_NAME_ONE_LINE;

/** The line count a group's name takes at `font` over a group `span` wide: one line when
 * it is no wider than the group or short (GROUP_NAME_ONE_LINE), or a single word; two
 * otherwise (a name breaks only where it must). */
export function linesFor(widths: ArrayLike<number>, g: number, font: number, span: number) {
  const one = (widths[2 * g] ?? 0) * font;
  const two = (widths[2 * g + 1] ?? 0) * font;
  return isShort(widths, g) || one <= span || two >= one ? 1 : 2;
}

/** A box, in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A group's name as placed: its box, font (model pixels) and lines. */
export interface PlacedName extends Box {
  group: number;
  font: number;
  lines: 1 | 2;
}

export interface NamePlacement {
  /** Each actor's group (−1: not shown). */
  groups: Int32Array;
  /** Each actor's box (x1, y1, x2, y2): its shape and its name under it. */
  boxes: Float64Array;
  /** The names' widths (`nameWidths`), a pair per group. */
  widths: ArrayLike<number>;
  /** The largest font a name takes (model pixels): the names' size at the whole map's zoom. */
  font: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The smallest share of `font` a name is placed at, and the step down to it. */
const SMALLEST = 0.3;
const STEP = 0.88;

/** The actors of each of `count` groups (−1: none), the box around each group's actors, and
 * whether a box is free of every actor's box. */
function groupExtents(groups: Int32Array, boxes: Float64Array, count: number) {
  const members: number[][] = Array.from({ length: count }, () => []);
  const extent: Box[] = members.map(() => ({
    x1: Infinity,
    y1: Infinity,
    x2: -Infinity,
    y2: -Infinity,
  }));
  const actorBox = (i: number): Box => ({
    x1: boxes[4 * i] as number,
    y1: boxes[4 * i + 1] as number,
    x2: boxes[4 * i + 2] as number,
    y2: boxes[4 * i + 3] as number,
  });
  groups.forEach((g, i) => {
    const box = extent[g];
    if (!box) return;
    members[g]?.push(i);
    const own = actorBox(i);
    box.x1 = Math.min(box.x1, own.x1);
    box.y1 = Math.min(box.y1, own.y1);
    box.x2 = Math.max(box.x2, own.x2);
    box.y2 = Math.max(box.y2, own.y2);
  });
  // Only the groups whose extent the box meets have actors to look at.
  const clear = (box: Box): boolean =>
    extent.every(
      (e, h) => !overlaps(e, box) || (members[h] ?? []).every((i) => !overlaps(box, actorBox(i))),
    );
  return { members, extent, clear };
}

/**
 * Places each group's name above its actors, centred on them: every name at one size, as
 * large as `font` allows and the room above every group allows; where some name finds no
 * room even at a third of `font`, each name as large as its own room allows. On one line
 * when it is no wider than its group, else on two (the other way where that fits and this
 * does not); a short name (GROUP_NAME_ONE_LINE) only ever on one line, smaller rather than
 * broken. A name never covers an actor's box or another name; the biggest
 * groups are named first. A group whose name finds no room (or with no actor shown) is left
 * out.
 */
export function placeGroupNames(input: NamePlacement): PlacedName[] {
  const { groups, boxes, widths, font } = input;
  const { members, extent, clear } = groupExtents(groups, boxes, widths.length / 2);
  const order = members
    .map((_, g) => g)
    .filter((g) => (members[g]?.length ?? 0) > 0)
    .sort((a, b) => (members[b]?.length ?? 0) - (members[a]?.length ?? 0) || a - b);
  /** Group `g`'s name at font `f`, where it is free of actors and of the names `placed`. */
  const at = (g: number, f: number, placed: readonly PlacedName[]): PlacedName | undefined => {
    const e = extent[g] as Box;
    const centre = (e.x1 + e.x2) / 2;
    const first = linesFor(widths, g, f, e.x2 - e.x1);
    // A short name stays whole on one line ("Groupe 12"): smaller rather than broken.
    const tries: (1 | 2)[] = isShort(widths, g) ? [1] : first === 1 ? [1, 2] : [2, 1];
    return tries
      .filter((lines, k) => k === 0 || (widths[2 * g + 1] ?? 0) < (widths[2 * g] ?? 0))
      .map((lines) => {
        const { width, height } = nameSize(widths, g, f, lines);
        // Above the group's top, from its actors' shapes: the names under them hang below.
        const y2 = e.y1 - GROUP_NAME_PAD * f;
        const box = { x1: centre - width / 2, x2: centre + width / 2, y1: y2 - height, y2 };
        return { ...box, group: g, font: f, lines };
      })
      .find((box) => !placed.some((p) => overlaps(p, box)) && clear(box));
  };
  // One size for every name, the largest that fits them all.
  for (let f = font; f >= SMALLEST * font; f *= STEP) {
    const placed: PlacedName[] = [];
    for (const g of order) {
      const found = at(g, f, placed);
      if (!found) break;
      placed.push(found);
    }
    if (placed.length === order.length) return placed;
  }
  // Else each name as large as its room allows.
  const placed: PlacedName[] = [];
  for (const g of order) {
    for (let f = font; f >= SMALLEST * font; f *= STEP) {
      const found = at(g, f, placed);
      if (found) {
        placed.push(found);
        break;
      }
    }
  }
  return placed;
}
