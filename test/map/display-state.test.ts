// The display state of every actor and link, from each input alone and from several at
// once: one table, read as "under these inputs, this element has these marks".
import { describe, expect, it } from 'vitest';
import {
  displayStates,
  fragilityInput,
  sameFragility,
  markClasses,
  markLinks,
  MARKS,
  NO_MARKS,
  visibleInput,
  type Mark,
  type MarkInputs,
  type MarkScene,
} from '../../src/map/display-state.ts';
import { NO_FILTERS } from '../../src/map/types.ts';
import { smallGraph } from './helpers.ts';

// a — b — c — d, a — c; e alone; a suggested partnership b ⋯ e.
const scene: MarkScene = {
  nodes: ['a', 'b', 'c', 'd', 'e'],
  links: markLinks([
    { id: 'ab', source: 'a', target: 'b', suggested: false },
    { id: 'bc', source: 'b', target: 'c', suggested: false },
    { id: 'ac', source: 'a', target: 'c', suggested: false },
    { id: 'cd', source: 'c', target: 'd', suggested: false },
    { id: 'be', source: 'b', target: 'e', suggested: true },
  ]),
};

/** The marks of every element, by id ('' for none). */
function marksOf(inputs: Partial<MarkInputs>): Record<string, string> {
  const states = displayStates(scene, { ...NO_MARKS, ...inputs });
  const names = (bits: number) =>
    (Object.keys(MARKS) as Mark[]).filter((m) => (bits & MARKS[m]) !== 0).join(' ');
  const out: Record<string, string> = {};
  scene.nodes.forEach((id, i) => {
    out[id] = names(states.nodes[i] ?? 0);
  });
  scene.links.ids.forEach((id, i) => {
    out[id] = names(states.links[i] ?? 0);
  });
  return out;
}

const cases: [string, Partial<MarkInputs>, Record<string, string>][] = [
  ['nothing on', {}, { a: '', b: '', c: '', d: '', e: '', ab: '', bc: '', ac: '', cd: '', be: '' }],
  [
    'filters keep a, b, e: a suggested link shows when both its actors do',
    { visible: { nodes: new Set(['a', 'b', 'e']), edges: new Set(['ab']) } },
    {
      a: '',
      b: '',
      c: 'hidden',
      d: 'hidden',
      e: '',
      ab: '',
      bc: 'hidden',
      ac: 'hidden',
      cd: 'hidden',
      be: '',
    },
  ],
  [
    'focus on d: only d, its partner c and its own link stay plain',
    { focus: 'd' },
    {
      a: 'faded',
      b: 'faded',
      c: '',
      d: '',
      e: 'faded',
      ab: 'faded',
      bc: 'faded',
      ac: 'faded',
      cd: '',
      be: 'faded',
    },
  ],
  [
    'focus on e: the suggested partner counts',
    { focus: 'e' },
    {
      a: 'faded',
      b: '',
      c: 'faded',
      d: 'faded',
      e: '',
      ab: 'faded',
      bc: 'faded',
      ac: 'faded',
      cd: 'faded',
      be: '',
    },
  ],
  [
    'selection of a: its partners and links are neighbours',
    { selected: 'a' },
    {
      a: 'selected',
      b: 'neighbour',
      c: 'neighbour',
      d: '',
      e: '',
      ab: 'neighbour',
      bc: '',
      ac: 'neighbour',
      cd: '',
      be: '',
    },
  ],
  [
    'fragility: c is a cut vertex, cd a bridge; a suggested link is neither',
    { fragility: { cuts: new Set(['c']), bridges: new Set(['cd']) } },
    {
      a: 'dim',
      b: 'dim',
      c: 'critical',
      d: 'dim',
      e: 'dim',
      ab: 'dim',
      bc: 'dim',
      ac: 'dim',
      cd: 'critical',
      be: '',
    },
  ],
  [
    'lit row b, e (and an unknown id): the suggested link between them is lit',
    { lit: new Set(['b', 'e', 'zz']) },
    {
      a: 'unlit',
      b: 'lit',
      c: 'unlit',
      d: 'unlit',
      e: 'lit',
      ab: 'unlit',
      bc: 'unlit',
      ac: 'unlit',
      cd: 'unlit',
      be: 'lit',
    },
  ],
  [
    'a lit row of a and d: no link between them is lit, a suggested one is never dimmed',
    { lit: new Set(['a', 'd']) },
    {
      a: 'lit',
      b: 'unlit',
      c: 'unlit',
      d: 'lit',
      e: 'unlit',
      ab: 'unlit',
      bc: 'unlit',
      ac: 'unlit',
      cd: 'unlit',
      be: '',
    },
  ],
  [
    'what if c left: c and its links are gone, d stranded',
    { whatIf: { id: 'c', stranded: new Set(['d']) } },
    {
      a: '',
      b: '',
      c: 'gone',
      d: 'stranded',
      e: '',
      ab: '',
      bc: 'gone',
      ac: 'gone',
      cd: 'gone',
      be: '',
    },
  ],
  [
    'no names: every actor is nolabel, no link',
    { nameless: true },
    {
      a: 'nolabel',
      b: 'nolabel',
      c: 'nolabel',
      d: 'nolabel',
      e: 'nolabel',
      ab: '',
      bc: '',
      ac: '',
      cd: '',
      be: '',
    },
  ],
  [
    'ids not on the map mark nothing',
    { focus: 'zz', selected: 'zz', whatIf: { id: 'zz', stranded: new Set(['a']) } },
    { a: '', b: '', c: '', d: '', e: '', ab: '', bc: '', ac: '', cd: '', be: '' },
  ],
  [
    'everything at once adds up',
    {
      visible: { nodes: new Set(['a', 'b', 'c', 'd']), edges: new Set(['ab', 'bc', 'ac', 'cd']) },
      focus: 'c',
      selected: 'b',
      fragility: { cuts: new Set(['c']), bridges: new Set(['cd']) },
      lit: new Set(['c', 'd']),
    },
    {
      a: 'neighbour dim unlit',
      b: 'dim unlit selected',
      c: 'neighbour critical lit',
      d: 'dim lit',
      e: 'faded neighbour dim unlit hidden',
      ab: 'faded neighbour dim unlit',
      bc: 'neighbour dim unlit',
      ac: 'dim unlit',
      cd: 'critical lit',
      be: 'faded neighbour hidden',
    },
  ],
];

describe('displayStates', () => {
  it.each(cases)('%s', (_name, inputs, expected) => {
    expect(marksOf(inputs)).toEqual(expected);
  });

  it('gives the links the links layer’s own bits', () => {
    const states = displayStates(scene, { ...NO_MARKS, focus: 'd', lit: new Set(['c', 'd']) });
    expect(states.links[3]).toBe(MARKS.lit);
    expect(states.links[0]).toBe(MARKS.faded | MARKS.unlit);
  });
});

describe('markClasses', () => {
  it('names the classes of a mark set, the selection left out', () => {
    expect(markClasses(MARKS.faded | MARKS.selected | MARKS.nolabel)).toBe('faded nolabel');
    expect(markClasses(0)).toBe('');
  });
});

describe('the inputs from the map', () => {
  it('are off without filters or without the fragility switch and metrics', () => {
    const graph = smallGraph();
    expect(visibleInput(graph, NO_FILTERS)).toBeNull();
    expect(fragilityInput(graph, null, true)).toBeNull();
  });

  it('keep what the filters keep, and the cut vertices and bridges of the metrics', () => {
    const graph = smallGraph();
    const visible = visibleInput(graph, { ...NO_FILTERS, types: ['ars', 'association'] });
    expect([...(visible?.nodes ?? [])].sort()).toEqual(['b', 'c']);
    const metrics = {
      nodes: { c: { cutOff: 1 }, a: { cutOff: 0 } },
      bridges: ['x'],
    } as unknown as Parameters<typeof fragilityInput>[1];
    const fragility = fragilityInput(graph, metrics, true);
    expect([...(fragility?.cuts ?? [])]).toEqual(['c']);
    expect([...(fragility?.bridges ?? [])]).toEqual(['x']);
    expect(fragilityInput(graph, metrics, false)).toBeNull();
  });
});

describe('sameFragility', () => {
  it('tells the same cut vertices and bridges from others, whatever their order', () => {
    const of = (cuts: string[], bridges: string[]) => ({
      cuts: new Set(cuts),
      bridges: new Set(bridges),
    });
    expect(sameFragility(null, null)).toBe(true);
    expect(sameFragility(of([], []), null)).toBe(false);
    expect(sameFragility(of(['a', 'b'], ['x']), of(['b', 'a'], ['x']))).toBe(true);
    expect(sameFragility(of(['a', 'b'], ['x']), of(['a', 'c'], ['x']))).toBe(false);
    expect(sameFragility(of(['a'], ['x']), of(['a'], ['x', 'y']))).toBe(false);
  });
});
