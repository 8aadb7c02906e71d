// Which names to draw so that no two overlap. Cytoscape draws labels in model space, so two
// labels that overlap at one zoom overlap at every zoom: the choice is made once per layout
// (and when the filters or sizes change), most important actors first. Names left out are
// shown again on hover, on selection and for the partners of the selected actor; every
// name is in the search box, the details panel and the tables.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelBox extends Box {
  id: string;
  /** Higher first (e.g. the actor's size). */
  priority: number;
}

export interface NodeBox extends Box {
  id: string;
}

function intersects(a: Box, b: Box, pad: number): boolean {
  return a.x1 - pad < b.x2 && b.x1 - pad < a.x2 && a.y1 - pad < b.y2 && b.y1 - pad < a.y2;
}

/** Shrinks a box around its centre (node shapes rarely fill their box). */
function shrink(box: Box, factor: number): Box {
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const hw = ((box.x2 - box.x1) / 2) * factor;
  const hh = ((box.y2 - box.y1) / 2) * factor;
  return { x1: cx - hw, y1: cy - hh, x2: cx + hw, y2: cy + hh };
}

/**
 * The ids whose label can be drawn: greedily by priority (then id, for a stable result), a
 * label is kept when it overlaps neither a kept label nor an obstacle (the shape of another
 * actor, when given).
 */
export function declutter(
  labels: readonly LabelBox[],
  obstacles: readonly NodeBox[] = [],
  pad = 2,
): Set<string> {
  const kept = new Set<string>();
  if (labels.length === 0) return kept;
  // A uniform grid over the boxes keeps this near-linear on big maps.
  let cell = 0;
  for (const b of labels) cell += b.x2 - b.x1 + (b.y2 - b.y1);
  cell = Math.max(8, cell / labels.length);
  const grid = new Map<string, Box[]>();
  const cells = (b: Box): string[] => {
    const keys: string[] = [];
    const x1 = Math.floor((b.x1 - pad) / cell);
    const x2 = Math.floor((b.x2 + pad) / cell);
    const y1 = Math.floor((b.y1 - pad) / cell);
    const y2 = Math.floor((b.y2 + pad) / cell);
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) keys.push(`${x},${y}`);
    return keys;
  };
  const insert = (b: Box) => {
    for (const k of cells(b)) {
      const list = grid.get(k);
      if (list) list.push(b);
      else grid.set(k, [b]);
    }
  };
  const owner = new Map<Box, string>();
  for (const n of obstacles) {
    const s = shrink(n, 0.8);
    owner.set(s, n.id);
    insert(s);
  }
  const ordered = [...labels].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const label of ordered) {
    let free = true;
    search: for (const k of cells(label)) {
      for (const other of grid.get(k) ?? []) {
        if (owner.get(other) === label.id) continue;
        if (intersects(label, other, pad)) {
          free = false;
          break search;
        }
      }
    }
    if (free) {
      kept.add(label.id);
      insert(label);
    }
  }
  return kept;
}
