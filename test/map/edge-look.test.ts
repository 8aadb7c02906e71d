import { describe, expect, it } from 'vitest';
import {
  LINK_STATE_COUNT,
  LINK_STATES,
  linkLook,
  linkState,
  lookTable,
  LookTable,
  stateClasses,
  type LinkState,
} from '../../src/map/edge-look.ts';
import { MARKS } from '../../src/map/display-state.ts';
import { BIG_EDGE_OPACITY, CRITICAL, EDGE, styleBlocks } from '../../src/map/style.ts';

const big = styleBlocks({ big: true, webgl: false });
const look = (...states: LinkState[]) => linkLook(big, new Set(states));

describe('linkLook, read from the stylesheet', () => {
  it('gives a plain link the big map’s colour and opacity, and its own width', () => {
    expect(look()).toEqual({ colour: EDGE, opacity: BIG_EDGE_OPACITY, width: null, dash: null });
  });

  it('follows the state rules in the stylesheet’s order, later ones overriding', () => {
    // edge.faded (0.06) comes after .faded (0.12).
    expect(look('faded')?.opacity).toBe(0.06);
    expect(look('neighbour')).toMatchObject({ colour: '#4B5563', opacity: 1 });
    expect(look('dim')?.opacity).toBe(0.28);
    expect(look('critical')).toEqual({ colour: CRITICAL, opacity: 1, width: 6, dash: [10, 5] });
    // A bridge next to the selected actor: critical comes later than neighbour.
    expect(look('neighbour', 'critical')?.colour).toBe(CRITICAL);
    // A lit link that is also faded by a focus: lit comes last.
    expect(look('faded', 'lit')).toMatchObject({ colour: '#4B5563', opacity: 1 });
    expect(look('unlit')?.opacity).toBe(0.06);
  });

  it('does not draw links hidden by a filter or gone in a "what if"', () => {
    expect(look('hidden')).toBeNull();
    expect(look('gone')).toBeNull();
    expect(look('lit', 'hidden')).toBeNull();
  });

  it('has no dashes under WebGL and darker links in presentation mode', () => {
    const webgl = styleBlocks({ big: true, webgl: true });
    expect(linkLook(webgl, new Set(['critical']))?.dash).toBeNull();
    const projector = styleBlocks({ big: true, webgl: false, presentation: true });
    expect(linkLook(projector, new Set())).toMatchObject({ colour: '#4B5563', opacity: 0.8 });
  });

  it('ignores rules that cannot select a plain link', () => {
    const blocks = [
      { selector: 'edge', style: { 'line-color': '#111111', opacity: 0.5 } },
      { selector: 'node', style: { 'line-color': '#FF0000', opacity: 0.1 } },
      { selector: 'edge.suggested', style: { 'line-color': '#00FF00' } },
      { selector: 'edge:selected', style: { 'line-color': '#0000FF' } },
      { selector: 'node.critical, edge.critical', style: { width: 6 } },
      { selector: 'core', style: { opacity: 0 } },
    ];
    expect(linkLook(blocks, new Set())).toEqual({
      colour: '#111111',
      opacity: 0.5,
      width: null,
      dash: null,
    });
    // An alternative of a selector list applies on its own.
    expect(linkLook(blocks, new Set(['critical']))?.width).toBe(6);
  });

  it('understands every rule of the stylesheet that is about links', () => {
    // A link rule the reader would skip (a pseudo-class, an attribute) would make the
    // layer's links differ from Cytoscape's without a word.
    for (const options of [
      { big: true, webgl: false },
      { big: true, webgl: false, presentation: true },
    ]) {
      const linkRules = styleBlocks(options)
        .flatMap((block) => block.selector.split(','))
        .map((selector) => selector.trim())
        .filter((selector) => selector.startsWith('edge') || selector.startsWith('.'));
      expect(linkRules.length).toBeGreaterThan(5);
      for (const selector of linkRules) expect(selector).toMatch(/^(edge)?(\.[\w-]+)*$/);
    }
  });
});

describe('lookTable', () => {
  it('has the look of every combination of states, by their bits', () => {
    const table = lookTable(big);
    expect(table).toHaveLength(LINK_STATE_COUNT);
    expect(table[0]).toEqual(look());
    expect(table[LINK_STATES.critical | LINK_STATES.neighbour]).toEqual(
      look('critical', 'neighbour'),
    );
    expect(table[LINK_STATES.hidden | LINK_STATES.lit]).toBeNull();
  });

  it('draws a comparison in three styles: gained thick and green, lost red and dashed, kept pale', () => {
    const table = lookTable(big);
    const gained = table[LINK_STATES.gained];
    const lost = table[LINK_STATES.lost];
    const kept = table[LINK_STATES.kept];
    expect(gained).toEqual({ colour: '#15803D', opacity: 1, width: 6, dash: null });
    expect(lost).toEqual({ colour: '#B91C1C', opacity: 1, width: 4, dash: [8, 5] });
    expect(kept).toMatchObject({ colour: EDGE, opacity: 0.35, width: null, dash: null });
    // A filter still hides a gained link; a lost one next to the selection stays red.
    expect(table[LINK_STATES.gained | LINK_STATES.hidden]).toBeNull();
    expect(table[LINK_STATES.lost | LINK_STATES.neighbour]?.colour).toBe('#B91C1C');
  });

  it('LookTable looks up only the states its links have, as lookTable would', () => {
    const table = new LookTable(big);
    const states = [LINK_STATES.gained, LINK_STATES.lost | LINK_STATES.neighbour, 0];
    const looks = table.of(Uint16Array.from(states));
    const all = lookTable(big);
    for (const state of states) expect(looks[state]).toEqual(all[state]);
    // A state no link has: not looked up (not drawn) until one has it.
    expect(looks[LINK_STATES.kept]).toBeNull();
    expect(table.of([LINK_STATES.kept])[LINK_STATES.kept]).toEqual(all[LINK_STATES.kept]);
  });

  it('linkState keeps a link’s marks and packs a comparison’s after them', () => {
    expect(linkState(MARKS.critical | MARKS.gained)).toBe(
      LINK_STATES.critical | LINK_STATES.gained,
    );
    expect(linkState(MARKS.lost)).toBe(LINK_STATES.lost);
    expect(linkState(MARKS.kept | MARKS.faded)).toBe(LINK_STATES.kept | LINK_STATES.faded);
    // Marks a link cannot have are left out.
    expect(linkState(MARKS.selected | MARKS.nolabel | MARKS.stranded)).toBe(0);
  });

  it('stateClasses names the bits of a state', () => {
    expect([...stateClasses(LINK_STATES.faded | LINK_STATES.gone)].sort()).toEqual([
      'faded',
      'gone',
    ]);
    expect(stateClasses(0).size).toBe(0);
  });
});
