// The grouped layout: actors gathered by a column (scheme combination, territory, type,
// community…), one region per group. Group regions are sized by what their members need and
// packed first, in rows, biggest first, so they never overlap and each has room for its name
// above it (whole, as large on screen at the whole map's zoom as grouped-names.ts asks) and
// for its actors' names around it; then each group's members are laid out by a force layout the caller gives (fcose
// or ForceAtlas2 in the layout worker, on the group's own links) and fitted into the group's
// disc. Pure arithmetic: the same input and force give the same positions.
import { GROUP_NAME_PAD, GROUP_NAME_PX, linesFor, nameSize, type Box } from './grouped-names.ts';
import type { LayoutInput } from './input.ts';

/** A group's region: a disc (model pixels) and the room for its name above it. */
export interface GroupRegion {
  /** Centre of the disc. */
  x: number;
  y: number;
  /** Radius of the disc that holds every member (its shape included). */
  r: number;
  /** How many actors it holds. */
  count: number;
  /** The room kept for the group's name, above the disc (model pixels). */
  name: Box;
}

/** A force layout of one group: the group's members (0..n−1), its own links and start
 * positions in, positions out (any scale: they are fitted into the group's disc). */
export type GroupForce = (group: LayoutInput & { xy: Float64Array }) => Float64Array;

export interface GroupedInput extends LayoutInput {
  /** The group of each actor (0..g−1). */
  groups: Int32Array;
  /** Each group's name's widths on one line and on two (grouped-names.ts `nameWidths`): the
   * layout keeps room for each name as large as GROUP_NAME_PX at the whole map's zoom.
   * Without them, a fixed room (GROUP_NAME_ROOM). */
  names?: Float64Array;
  /** The map's size on screen (pixels), whose whole map's zoom the names are sized for. */
  screen?: { width: number; height: number };
  /** The actors' names (`labels`) keep their size on screen whatever the zoom (small maps):
   * at the whole map's zoom they take more room than at zoom 1. Else they shrink with the
   * map, as its actors do. */
  labelsOnScreen?: boolean;
}

/** Room kept above a region for its name when the names are not given, and between regions
 * (model pixels). */
export const GROUP_NAME_ROOM = 64;
export const GROUP_GAP = 60;
/** Share of a group's disc its members' boxes fill. */
const DENSITY = 0.3;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** The smallest the names are made at the whole map's zoom, where room is short (pixels). */
const GROUP_NAME_SMALLEST_PX = 14;
/** The share of the map's height the names take at most, the groups' and the actors' under
 * them (the rest is the actors' discs), as long as the groups' names stay
 * GROUP_NAME_SMALLEST_PX high: a coordinator on a projector reads both names and actors. */
const NAMES_SHARE = 0.4;
/** Screen pixels the map keeps around the whole map when it fits it (camera.ts, about). */
const SCREEN_MARGIN = 90;

/** Members of each group, in actor order. */
export function groupMembers(groups: Int32Array): number[][] {
  let count = 0;
  for (const g of groups) count = Math.max(count, g + 1);
  const members: number[][] = Array.from({ length: count }, () => []);
  groups.forEach((g, i) => {
    if (g >= 0) members[g]?.push(i);
  });
  return members;
}

/** The radius of the disc a group's members need: their boxes (shape and name) at a density
 * that leaves room for their links. */
function neededRadius(members: readonly number[], input: LayoutInput): number {
  let area = 0;
  let widest = 0;
  for (const i of members) {
    const size = input.sizes[i] ?? 30;
    const w = Math.max(size, input.labels?.[2 * i] ?? 0) + 12;
    const h = size + (input.labels?.[2 * i + 1] ?? 0) + 12;
    area += w * h;
    widest = Math.max(widest, w, h);
  }
  return Math.max(widest / 2, Math.sqrt(area / DENSITY / Math.PI));
}

/** The room of a group's name: its width and height (the name and the gap under it). */
export interface NameRoom {
  width: number;
  height: number;
  /** Room kept beside the disc and under it for its actors' names, which the map draws the
   * same size on screen whatever the zoom: at the whole map's zoom, wider than at zoom 1. */
  side?: number;
  below?: number;
}

/** A packing: each region's centre and name room's box, the extent of them all, and how
 * much of its height the names take (each row's highest rooms, above and below). */
interface Packing {
  centres: { x: number; y: number }[];
  names: Box[];
  width: number;
  height: number;
  namesHeight: number;
}

/** A region's cell in its row: its width and height (disc, name room, gaps), and its room. */
interface Cell {
  w: number;
  h: number;
  room: NameRoom;
}

/** The cells in `order`, in rows (each row filled up to a width): the rows that fill the
 * screen's shape (`aspect`) best, the largest zoom, and the widest row's width. */
function rowsFor(order: readonly number[], cells: readonly Cell[], aspect: number) {
  const rowsUpTo = (rowWidth: number) => {
    const rows: number[][] = [];
    let row: number[] = [];
    let width = 0;
    for (const g of order) {
      const w = (cells[g] as Cell).w;
      if (row.length > 0 && width + w > rowWidth) {
        rows.push(row);
        row = [];
        width = 0;
      }
      row.push(g);
      width += w;
    }
    if (row.length > 0) rows.push(row);
    const sum = (gs: number[], side: 'w' | 'h') => gs.map((g) => cells[g]?.[side] ?? 0);
    const wide = Math.max(0, ...rows.map((r) => sum(r, 'w').reduce((a, b) => a + b, 0)));
    const height = rows.reduce((total, r) => total + Math.max(...sum(r, 'h')), 0);
    // Rows are centred on the widest.
    return { rows, rowWidth: wide, fit: Math.min(Math.max(0.2, aspect) / wide, 1 / height) };
  };
  // The rows as wide as the first k cells, for each k.
  let widths = 0;
  return order
    .map((g) => rowsUpTo((widths += (cells[g] as Cell).w)))
    .reduce((best, next) => (next.fit > best.fit ? next : best), rowsUpTo(Infinity));
}

function pack(radii: readonly number[], aspect: number, rooms: readonly NameRoom[]): Packing {
  const order = radii.map((_, g) => g).sort((a, b) => (radii[b] ?? 0) - (radii[a] ?? 0) || a - b);
  const cells = radii.map((_, g): Cell => {
    const room = rooms[g] ?? { width: 0, height: GROUP_NAME_ROOM };
    return {
      w: Math.max(2 * (radii[g] ?? 0) + 2 * (room.side ?? 0), room.width) + GROUP_GAP,
      h: 2 * (radii[g] ?? 0) + GROUP_GAP + room.height + (room.below ?? 0),
      room,
    };
  });
  const { rows, rowWidth } = rowsFor(order, cells, aspect);
  const centres = radii.map(() => ({ x: 0, y: 0 }));
  const names: Box[] = radii.map(() => ({ x1: 0, y1: 0, x2: 0, y2: 0 }));
  let top = 0;
  let widestRow = 0;
  let namesHeight = 0;
  for (const members of rows) {
    namesHeight += Math.max(
      ...members.map((g) => (cells[g] as Cell).room.height + ((cells[g] as Cell).room.below ?? 0)),
    );
    const height = Math.max(...members.map((g) => (cells[g] as Cell).h));
    const total = members.reduce((sum, g) => sum + (cells[g] as Cell).w, 0);
    widestRow = Math.max(widestRow, total);
    let left = (rowWidth - total) / 2;
    for (const g of members) {
      const { w, room } = cells[g] as Cell;
      const r = radii[g] ?? 0;
      // The name's room, then the disc below it, at the top of the row's slot.
      const x = left + w / 2;
      const nameTop = top + GROUP_GAP / 2;
      centres[g] = { x, y: nameTop + room.height + r };
      names[g] = {
        x1: x - (w - GROUP_GAP) / 2,
        x2: x + (w - GROUP_GAP) / 2,
        y1: nameTop,
        y2: nameTop + room.height,
      };
      left += w;
    }
    top += height;
  }
  return { centres, names, width: widestRow, height: top, namesHeight };
}

/**
 * Regions for groups of these radii, packed in rows (biggest first, ties by group index),
 * the rows about as wide as the screen's shape asks (`aspect`: width / height), each row
 * centred, with room above each disc for its name (`rooms`, else GROUP_NAME_ROOM high).
 * Each region owns the rectangle of its row's slot, so regions never overlap.
 */
export function packRegions(
  radii: readonly number[],
  aspect: number,
  rooms: readonly NameRoom[] = [],
): { x: number; y: number }[] {
  return pack(radii, aspect, rooms).centres;
}

/** The names' rooms at `font` (model pixels): each name on one line where it is no wider
 * than its disc (or short), else on two; and the room its actors' names take (`hang`: the
 * widest and the highest at zoom 1), at the zoom where the names are GROUP_NAME_PX high when
 * those names keep their size on screen (`onScreen`). */
function roomsAt(
  radii: readonly number[],
  widths: Float64Array,
  font: number,
  hang: readonly { width: number; height: number }[],
  onScreen: boolean,
): NameRoom[] {
  const scale = onScreen ? font / GROUP_NAME_PX : 1;
  return radii.map((r, g) => {
    const { width, height } = nameSize(widths, g, font, linesFor(widths, g, font, 2 * r));
    return {
      // A little wider than the name: the map centres it on the group's actors, which may
      // stand a little aside from the disc's centre.
      width: width + 2 * GROUP_NAME_PAD * font,
      height: height + GROUP_NAME_PAD * font,
      side: ((hang[g]?.width ?? 0) / 2) * scale,
      below: (hang[g]?.height ?? 0) * scale,
    };
  });
}

/** The room kept around each group's disc for its actors' names at zoom 1: as wide and as
 * high (with the gap above) as its median name. The map draws the main names that fit
 * without overlap (the longest may wait for a closer zoom): room for the widest of each
 * group would leave the actors themselves little room at the whole map's zoom. */
function namesHang(members: readonly number[][], input: LayoutInput) {
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
  const labels = input.labels;
  return members.map((m) =>
    labels
      ? {
          width: median(m.map((i) => labels[2 * i] ?? 0)),
          height: median(m.map((i) => (labels[2 * i + 1] ?? 0) + 4)),
        }
      : { width: 0, height: 0 },
  );
}

/**
 * The names' font (model pixels) for which, once the map with the names' rooms is fitted
 * to `screen`, the names read GROUP_NAME_PX high, unless their rooms would then take more
 * than NAMES_SHARE of the map's height: then smaller, down to GROUP_NAME_SMALLEST_PX (or 75 %
 * of the largest they can be). The rooms grow the map, so each is found by bisection.
 */
function namesFont(
  radii: readonly number[],
  aspect: number,
  widths: Float64Array,
  screen: { width: number; height: number },
  hang: readonly { width: number; height: number }[],
  labelsOnScreen: boolean,
): number {
  const packed = (font: number) =>
    pack(radii, aspect, roomsAt(radii, widths, font, hang, labelsOnScreen));
  const onScreen = (font: number) => {
    const { width, height } = packed(font);
    const zoom = Math.min(
      Math.max(1, screen.width - 2 * SCREEN_MARGIN) / Math.max(1, width),
      Math.max(1, screen.height - 2 * SCREEN_MARGIN) / Math.max(1, height),
    );
    return font * zoom;
  };
  const share = (font: number) => {
    const { namesHeight, height } = packed(font);
    return namesHeight / Math.max(1, height);
  };
  /** The largest font for which `within` holds (it holds for the smaller ones), to a
   * millionth (24 halvings of 1e-3..1e6 on a log scale). */
  const largestWhere = (within: (font: number) => boolean) => {
    let low = 1e-3;
    let high = 1e6;
    for (let k = 0; k < 24; k++) {
      const mid = Math.sqrt(low * high);
      if (within(mid)) low = mid;
      else high = mid;
    }
    return low;
  };
  const largest = onScreen(1e6);
  // (Near the largest, the map grows without end for little more.)
  const readable = Math.min(GROUP_NAME_SMALLEST_PX, 0.75 * largest);
  const wanted = Math.min(
    largestWhere((font) => onScreen(font) <= GROUP_NAME_PX),
    largestWhere((font) => share(font) <= NAMES_SHARE),
  );
  return Math.max(
    wanted,
    largestWhere((font) => onScreen(font) <= readable),
  );
}

/** A sunflower of `count` points around (0, 0), `step` apart: a group's start positions. */
function sunflower(count: number, step: number): Float64Array {
  const xy = new Float64Array(count * 2);
  for (let k = 0; k < count; k++) {
    const r = step * Math.sqrt(k + 0.5);
    xy[2 * k] = r * Math.cos(k * GOLDEN);
    xy[2 * k + 1] = r * Math.sin(k * GOLDEN);
  }
  return xy;
}

/** Each group's own links (both ends in it), as actor index pairs. */
function linksWithin(groups: Int32Array, edges: Int32Array, count: number): number[][] {
  const within: number[][] = Array.from({ length: count }, () => []);
  for (let e = 0; e < edges.length / 2; e++) {
    const a = edges[2 * e] as number;
    const b = edges[2 * e + 1] as number;
    const g = groups[a] ?? -1;
    if (g >= 0 && g === groups[b]) within[g]?.push(a, b);
  }
  return within;
}

/** The sub-input of one group: its members' sizes and names, its own links (`local`: each
 * member's index in the group). */
function groupInput(
  members: readonly number[],
  links: readonly number[],
  input: LayoutInput,
  local: Int32Array,
): LayoutInput {
  const labels = input.labels;
  return {
    n: members.length,
    edges: Int32Array.from(links, (i) => local[i] ?? 0),
    sizes: Float64Array.from(members, (i) => input.sizes[i] ?? 30),
    aspect: 1,
    ...(labels
      ? {
          labels: Float64Array.from(
            members.flatMap((i) => [labels[2 * i] ?? 0, labels[2 * i + 1] ?? 0]),
          ),
        }
      : {}),
  };
}

/**
 * Moves a group's local positions into its region: centred on the disc's centre and scaled
 * so that nearly all members (the 95th percentile) reach its edge; a member further out is
 * brought back inside. Every member's shape ends within the disc.
 */
function fitInto(
  local: Float64Array,
  members: readonly number[],
  region: GroupRegion,
  sizes: Float64Array,
  xy: Float64Array,
): void {
  const n = members.length;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += local[2 * k] as number;
    my += local[2 * k + 1] as number;
  }
  mx /= Math.max(1, n);
  my /= Math.max(1, n);
  const distances = Array.from({ length: n }, (_, k) =>
    Math.hypot((local[2 * k] as number) - mx, (local[2 * k + 1] as number) - my),
  ).sort((a, b) => a - b);
  const reach = distances[Math.floor(0.95 * (n - 1))] ?? 0;
  for (let k = 0; k < n; k++) {
    const i = members[k] as number;
    const room = Math.max(0, region.r - (sizes[i] ?? 30) / 2);
    let dx = (local[2 * k] as number) - mx;
    let dy = (local[2 * k + 1] as number) - my;
    const scale = reach > 0 ? room / reach : 0;
    dx *= scale;
    dy *= scale;
    const d = Math.hypot(dx, dy);
    if (d > room) {
      dx *= room / d;
      dy *= room / d;
    }
    xy[2 * i] = region.x + dx;
    xy[2 * i + 1] = region.y + dy;
  }
}

/** The regions of the groups of `input`, before any member is placed, and the names' font
 * (model pixels) their rooms are for (0 when the names are not given). */
export function groupRegions(input: GroupedInput): { regions: GroupRegion[]; font: number } {
  const members = groupMembers(input.groups);
  const radii = members.map((m) => (m.length > 0 ? neededRadius(m, input) : 0));
  const { names } = input;
  const screen = input.screen ?? { width: 1200, height: 1200 / Math.max(0.2, input.aspect) };
  const hang = namesHang(members, input);
  const onScreen = input.labelsOnScreen ?? false;
  const font = names ? namesFont(radii, input.aspect, names, screen, hang, onScreen) : 0;
  const rooms = names ? roomsAt(radii, names, font, hang, onScreen) : [];
  const packing = pack(radii, input.aspect, rooms);
  const regions = members.map((m, g) => ({
    x: packing.centres[g]?.x ?? 0,
    y: packing.centres[g]?.y ?? 0,
    r: radii[g] ?? 0,
    count: m.length,
    name: packing.names[g] ?? { x1: 0, y1: 0, x2: 0, y2: 0 },
  }));
  return { regions, font };
}

/**
 * The grouped layout: every actor in its group's disc, laid out by `force` on the group's
 * own links. `onGroup` is told before the first group and after each (groups done, groups
 * in all, positions so far: the groups not yet laid out stand on a sunflower in their disc).
 */
export function groupedLayout(
  input: GroupedInput,
  force: GroupForce,
  onGroup?: (done: number, total: number, xy: Float64Array) => void,
): { xy: Float64Array; regions: GroupRegion[]; font: number } {
  const members = groupMembers(input.groups);
  const { regions, font } = groupRegions(input);
  const xy = new Float64Array(input.n * 2);
  const starts = members.map((m) => sunflower(m.length, 30));
  members.forEach((m, g) => {
    fitInto(starts[g] as Float64Array, m, regions[g] as GroupRegion, input.sizes, xy);
  });
  const links = linksWithin(input.groups, input.edges, members.length);
  const local = new Int32Array(input.n).fill(-1);
  // Biggest groups first: the progress shows the map's main regions taking shape.
  const order = members
    .map((_, g) => g)
    .sort((a, b) => (members[b]?.length ?? 0) - (members[a]?.length ?? 0) || a - b);
  // Every actor in its group's region at once: a big map draws that first.
  onGroup?.(0, order.length, xy);
  order.forEach((g, done) => {
    const m = members[g] as number[];
    if (m.length > 1) {
      m.forEach((i, k) => {
        local[i] = k;
      });
      const sub = { ...groupInput(m, links[g] ?? [], input, local), xy: starts[g] as Float64Array };
      fitInto(force(sub), m, regions[g] as GroupRegion, input.sizes, xy);
      for (const i of m) local[i] = -1;
    }
    onGroup?.(done + 1, order.length, xy);
  });
  return { xy, regions, font };
}
