// How a link looks in each state, read from the Cytoscape stylesheet (style.ts) so that
// links drawn outside Cytoscape (edge-layer.ts, on big maps) follow the very same rules:
// the blocks that select links are applied in order, a later one overriding an earlier
// one, as Cytoscape does.
import { MARKS } from './display-state.ts';
import type { StyleBlock } from './style.ts';

/** A link's state, as bits: the marks a link can have (display-state.ts), the first eight
 * the same bits, then a comparison's three (gained, lost, kept) packed after them. */
export const LINK_STATES = {
  faded: MARKS.faded,
  neighbour: MARKS.neighbour,
  dim: MARKS.dim,
  critical: MARKS.critical,
  unlit: MARKS.unlit,
  lit: MARKS.lit,
  gone: MARKS.gone,
  hidden: MARKS.hidden,
  gained: 256,
  lost: 512,
  kept: 1024,
} as const;

export type LinkState = keyof typeof LINK_STATES;

/** How many link states there are (every combination of the bits). */
export const LINK_STATE_COUNT = 2048;

/** A link's state from its marks (display-state.ts): the marks a link cannot have (the
 * selection, names) are left out, a comparison's moved to their link bits. */
export function linkState(marks: number): number {
  return (
    (marks & 255) |
    (marks & MARKS.gained ? LINK_STATES.gained : 0) |
    (marks & MARKS.lost ? LINK_STATES.lost : 0) |
    (marks & MARKS.kept ? LINK_STATES.kept : 0)
  );
}

export interface LinkLook {
  colour: string;
  opacity: number;
  /** Width in model pixels, or null: the link's own (`data(width)`). */
  width: number | null;
  /** Dash and gap lengths in model pixels, or null for a solid line. */
  dash: number[] | null;
}

/** The classes a selector requires of a link, or null when it cannot select a link. */
function linkClasses(selector: string): string[] | null {
  const match = /^(edge)?((?:\.[\w-]+)*)$/.exec(selector.trim());
  if (!match || (!match[1] && !match[2])) return null;
  return (match[2] ?? '').split('.').filter(Boolean);
}

/** The classes of a state. */
export function stateClasses(state: number): Set<string> {
  const classes = new Set<string>();
  for (const [name, bit] of Object.entries(LINK_STATES)) if (state & bit) classes.add(name);
  return classes;
}

/** The blocks that may select a link, with the classes each of their alternatives needs. */
interface LinkBlock {
  style: StyleBlock['style'];
  alternatives: string[][];
}

function linkBlocks(blocks: readonly StyleBlock[]): LinkBlock[] {
  return blocks
    .map((block) => ({
      style: block.style,
      alternatives: block.selector
        .split(',')
        .map(linkClasses)
        .filter((c): c is string[] => c !== null),
    }))
    .filter((b) => b.alternatives.length > 0);
}

/**
 * The look of a link with these classes under `blocks`, or null when it is not drawn
 * (`display: none`). Only the properties a plain straight link uses are read.
 */
export function linkLook(
  blocks: readonly StyleBlock[],
  classes: ReadonlySet<string>,
): LinkLook | null {
  return lookOf(linkBlocks(blocks), classes);
}

function lookOf(blocks: readonly LinkBlock[], classes: ReadonlySet<string>): LinkLook | null {
  const look: LinkLook = { colour: '#999999', opacity: 1, width: null, dash: null };
  let shown = true;
  for (const block of blocks) {
    const applies = block.alternatives.some((required) => required.every((c) => classes.has(c)));
    if (!applies) continue;
    const s = block.style;
    if (typeof s['line-color'] === 'string') look.colour = s['line-color'];
    if (typeof s.opacity === 'number') look.opacity = s.opacity;
    if (typeof s.width === 'number') look.width = s.width;
    else if (s.width === 'data(width)') look.width = null;
    if (s['line-style'] === 'dashed') {
      const pattern = s['line-dash-pattern'];
      look.dash = Array.isArray(pattern) ? pattern.map(Number) : [6, 3];
    } else if (s['line-style'] === 'solid') look.dash = null;
    if (s.display === 'none') shown = false;
    else if (s.display === 'element') shown = true;
  }
  return shown ? look : null;
}

/** linkLook for every state (LINK_STATE_COUNT of them), under one stylesheet. */
export function lookTable(blocks: readonly StyleBlock[]): readonly (LinkLook | null)[] {
  const table = new LookTable(blocks);
  return table.of(Uint16Array.from({ length: LINK_STATE_COUNT }, (_, state) => state));
}

/** linkLook by state under one stylesheet (its selectors read once), each state's looked up
 * the first time a link has it: all 2,048 took tens of milliseconds as a big map opened,
 * and a map's links have a handful. */
export class LookTable {
  private readonly blocks: readonly LinkBlock[];
  private readonly looks: (LinkLook | null)[] = new Array<LinkLook | null>(LINK_STATE_COUNT).fill(
    null,
  );
  private readonly known = new Uint8Array(LINK_STATE_COUNT);

  constructor(blocks: readonly StyleBlock[]) {
    this.blocks = linkBlocks(blocks);
  }

  /** The table, with the looks of every state in `states` (those of other states: null). */
  of(states: ArrayLike<number>): readonly (LinkLook | null)[] {
    for (let i = 0; i < states.length; i++) {
      const state = states[i] as number;
      if (this.known[state]) continue;
      this.known[state] = 1;
      this.looks[state] = lookOf(this.blocks, stateClasses(state));
    }
    return this.looks;
  }
}
