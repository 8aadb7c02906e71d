import { describe, expect, it } from 'vitest';
import { MARKS } from '../../src/map/display-state.ts';
import { nodeLook, NodeLooks, nodeStateClasses } from '../../src/map/node-look.ts';
import { ACCENT, CRITICAL, LIT, styleBlocks } from '../../src/map/style.ts';

const big = styleBlocks({ big: true, webgl: false });
const look = (...classes: string[]) => nodeLook(big, new Set(classes));

describe('nodeLook, read from the stylesheet', () => {
  it('gives a plain actor of a big map no border, fully opaque', () => {
    expect(look()).toEqual({ opacity: 1, border: 0, borderColour: '#3E4A57', borderOpacity: 0.55 });
  });

  it('follows the state rules in the stylesheet’s order, later ones overriding', () => {
    expect(look('faded')?.opacity).toBe(0.12);
    expect(look('dim')?.opacity).toBe(0.28);
    expect(look('unlit')?.opacity).toBe(0.14);
    expect(look('selected')).toMatchObject({ border: 4, borderColour: ACCENT, borderOpacity: 1 });
    expect(look('critical')).toMatchObject({ border: 6, borderColour: CRITICAL });
    expect(look('lit')).toMatchObject({ border: 5, borderColour: LIT });
    expect(look('neighbour')).toMatchObject({ border: 2, borderOpacity: 1 });
    // An articulation point under the switch: critical comes after dim, but no rule of
    // its own brings the opacity back.
    expect(look('critical', 'selected')?.borderColour).toBe(CRITICAL);
    // Rules for names only (`node.quiet:selected`) never apply without their class.
    expect(look('selected')?.opacity).toBe(1);
  });

  it('does not draw actors hidden by a filter', () => {
    expect(look('hidden')).toBeNull();
    expect(look('hidden', 'selected')).toBeNull();
  });

  it('reads the marks of a display state, the selection and the hover', () => {
    const classes = nodeStateClasses(MARKS.faded | MARKS.selected | MARKS.nolabel, true);
    expect([...classes].sort()).toEqual(['faded', 'hover', 'nolabel', 'selected']);
    expect([...nodeStateClasses(0)]).toEqual([]);
  });

  it('computes each state once, as nodeLook does', () => {
    const looks = new NodeLooks(big);
    const state = MARKS.dim | MARKS.critical;
    expect(looks.of(state)).toEqual(nodeLook(big, nodeStateClasses(state)));
    expect(looks.of(state)).toBe(looks.of(state));
    expect(looks.of(MARKS.hidden)).toBeNull();
  });
});
