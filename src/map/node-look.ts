// How an actor looks in each display state on a big map's still picture, read from the
// Cytoscape stylesheet (style.ts) as edge-look.ts reads the links': the blocks that select
// actors are applied in order, a later one overriding an earlier one. Only what the picture
// draws is read: the opacity, the border, and whether the actor is drawn at all.
import { CLASS_MARKS, MARKS } from './display-state.ts';
import type { StyleBlock } from './style.ts';

export interface NodeLook {
  opacity: number;
  /** Border width in model pixels (0: none) and colour. */
  border: number;
  borderColour: string;
  borderOpacity: number;
}

/** The classes a selector requires of an actor (`:selected` as "selected"), or null when it
 * cannot select an actor (another group, an attribute test). */
function nodeClasses(selector: string): string[] | null {
  const match = /^(node)?((?:\.[\w-]+|:selected)*)$/.exec(selector.trim());
  if (!match || (!match[1] && !match[2])) return null;
  return (match[2] ?? '').split(/(?=[.:])/).flatMap((part) => {
    const name = part.replace(/^[.:]/, '');
    return name ? [name] : [];
  });
}

/** The classes of a display state (display-state.ts marks), the selection as "selected",
 * and "hover" when the pointer is over the actor. */
export function nodeStateClasses(state: number, hover = false): Set<string> {
  const classes = new Set<string>(CLASS_MARKS.filter((m) => (state & MARKS[m]) !== 0));
  if (state & MARKS.selected) classes.add('selected');
  if (hover) classes.add('hover');
  return classes;
}

/** The look of an actor with these classes under `blocks`, or null when it is not drawn. */
export function nodeLook(
  blocks: readonly StyleBlock[],
  classes: ReadonlySet<string>,
): NodeLook | null {
  const look: NodeLook = { opacity: 1, border: 0, borderColour: '#3E4A57', borderOpacity: 1 };
  let shown = true;
  for (const block of blocks) {
    const applies = block.selector.split(',').some((alternative) => {
      const required = nodeClasses(alternative);
      return required !== null && required.every((c) => classes.has(c));
    });
    if (!applies) continue;
    const s = block.style;
    if (typeof s.opacity === 'number') look.opacity = s.opacity;
    if (typeof s['border-width'] === 'number') look.border = s['border-width'];
    if (typeof s['border-color'] === 'string') look.borderColour = s['border-color'];
    if (typeof s['border-opacity'] === 'number') look.borderOpacity = s['border-opacity'];
    if (s.display === 'none') shown = false;
    else if (s.display === 'element') shown = true;
  }
  return shown ? look : null;
}

/** nodeLook by state, computed once per state met (a picture has a handful of them). */
export class NodeLooks {
  private readonly blocks: readonly StyleBlock[];
  private readonly known = new Map<number, NodeLook | null>();

  constructor(blocks: readonly StyleBlock[]) {
    this.blocks = blocks;
  }

  of(state: number): NodeLook | null {
    let look = this.known.get(state);
    if (look === undefined) {
      look = nodeLook(this.blocks, nodeStateClasses(state));
      this.known.set(state, look);
    }
    return look;
  }
}
