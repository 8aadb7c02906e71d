// The one writer of the display states, with the stand-in Cytoscape and page (stand-in.ts):
// what it writes to Cytoscape's classes and selection and to the links layer, together.
import type { Core, ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawCompare } from '../../src/map/compare-marks.ts';
import { EdgeLayer } from '../../src/map/edge-layer.ts';
import { MapMarks } from '../../src/map/marks.ts';
import { styleBlocks } from '../../src/map/style.ts';
import { fakeCy, fakePage } from './stand-in.ts';

const nodes: ElementDefinition[] = ['a', 'b', 'c', 'd'].map((id) => ({
  group: 'nodes',
  data: { id },
  classes: id === 'c' ? 'cut' : '',
}));
const links: ElementDefinition[] = [
  { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' }, classes: '' },
  { group: 'edges', data: { id: 'bc', source: 'b', target: 'c' }, classes: '' },
  { group: 'edges', data: { id: 'cd', source: 'c', target: 'd' }, classes: 'directed' },
];

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A small map: every element in Cytoscape. */
function small() {
  const cy = fakeCy();
  const marks = new MapMarks(cy as unknown as Core);
  marks.setElements([...nodes, ...links], nodes.length);
  cy.add([...nodes, ...links]);
  return { cy, marks };
}

/** A big map on the canvas renderer: the actors in Cytoscape, the links on a layer. */
function layered() {
  const cy = fakeCy();
  const marks = new MapMarks(cy as unknown as Core);
  marks.setElements([...nodes, ...links], nodes.length);
  const page = fakePage();
  const layer = new EdgeLayer(
    cy as unknown as Core,
    page.container as unknown as HTMLElement,
    ['a', 'b', 'c', 'd'],
    new Float64Array(8),
    links,
    styleBlocks({ big: true, webgl: false }),
    1,
  );
  marks.setLayer(layer);
  cy.add(nodes);
  return { cy, marks, layer };
}

describe('MapMarks', () => {
  it('writes the classes of each change, keeping the elements’ own', () => {
    const { cy, marks } = small();
    marks.update({ focus: 'd' });
    expect(cy.classesOf('a')).toBe('faded');
    expect(cy.classesOf('c')).toBe('cut');
    expect(cy.classesOf('cd')).toBe('directed');
    expect(cy.classesOf('ab')).toBe('faded');
    marks.update({ focus: null, lit: new Set(['c', 'd']) });
    expect(cy.classesOf('a')).toBe('unlit');
    expect(cy.classesOf('c')).toBe('cut lit');
    expect(cy.classesOf('cd')).toBe('directed lit');
    marks.update({ lit: null });
    expect(cy.$('.faded, .lit, .unlit').length).toBe(0);
  });

  it('selects the actor in Cytoscape and marks its partners, one at a time', () => {
    const { cy, marks } = small();
    marks.update({ selected: 'b' });
    expect(cy.$(':selected').map((n) => n.id())).toEqual(['b']);
    expect(cy.$('.neighbour').map((e) => e.id())).toEqual(['a', 'c', 'ab', 'bc']);
    // A tap may change Cytoscape's selection: the next select writes it again.
    cy.getElementById('d').select();
    marks.update({ selected: 'b' });
    expect(cy.$(':selected').map((n) => n.id())).toEqual(['b']);
    marks.update({ selected: null });
    expect(cy.$(':selected, .neighbour').length).toBe(0);
  });

  it('writes nothing when an input is set to what it was', () => {
    const { cy, marks } = small();
    const filters = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    marks.update({ visible: filters });
    const spy = vi.spyOn(cy, 'batch');
    marks.update({ visible: filters });
    expect(spy).not.toHaveBeenCalled();
  });

  it('writes the links of a layered map to the layer, with the same states', () => {
    const { cy, marks, layer } = layered();
    marks.update({
      fragility: { cuts: new Set(['c']), bridges: new Set(['cd']) },
      visible: { nodes: new Set(['a', 'b', 'c']), edges: new Set(['ab', 'bc']) },
    });
    expect(cy.classesOf('c')).toBe('critical cut');
    expect(cy.classesOf('d')).toBe('dim hidden');
    expect(layer.withState('critical')).toEqual(['cd']);
    expect(layer.withState('dim')).toEqual(['ab', 'bc']);
    expect(layer.withState('hidden')).toEqual(['cd']);
    expect(cy.edges().length).toBe(0);
    marks.update({ whatIf: { id: 'b', stranded: new Set(['a']) } });
    expect(layer.withState('gone')).toEqual(['ab', 'bc']);
    expect(cy.classesOf('a')).toBe('dim stranded');
  });

  it('draws a comparison on a layered map’s links layer, adding only what was lost', () => {
    const { cy, marks, layer } = layered();
    drawCompare(cy as unknown as Core, marks, {
      actors: [
        { key: 'a', name: 'A', status: 'kept' },
        { key: 'b', name: 'B', status: 'kept' },
        { key: 'c', name: 'C', status: 'added' },
        { key: 'd', name: 'D', status: 'kept' },
        { key: 'x', name: 'X', status: 'removed' },
      ],
      links: [
        // The graph's links, marked where they are (either way round): on the layer.
        { source: 'b', target: 'a', status: 'kept' },
        { source: 'b', target: 'c', status: 'added' },
        { source: 'c', target: 'd', status: 'added' },
        // Lost: drawn in Cytoscape for the time of the comparison.
        { source: 'a', target: 'x', status: 'removed' },
      ],
    });
    expect(layer.withState('kept')).toEqual(['ab']);
    expect(layer.withState('gained')).toEqual(['bc', 'cd']);
    expect(layer.withState('lost')).toEqual([]);
    // Only the lost actor and link were added to Cytoscape, not the layer's links.
    expect(cy.edges().map((e) => e.id())).toEqual(['compared:a|x']);
    expect(cy.classesOf('compared:a|x')).toContain('lost');
    expect(cy.classesOf('x')).toContain('lost');
    expect(cy.classesOf('c')).toContain('gained');
    drawCompare(cy as unknown as Core, marks, null);
    expect(layer.withState('gained')).toEqual([]);
    expect(cy.edges().length).toBe(0);
    expect(cy.getElementById('x').empty()).toBe(true);
  });

  it('marks the actors that come to Cytoscape later, at the next write', () => {
    const cy = fakeCy();
    const marks = new MapMarks(cy as unknown as Core);
    marks.setElements([...nodes, ...links], nodes.length);
    marks.update({ lit: new Set(['a']), selected: 'a' });
    cy.add(nodes.slice(0, 2));
    marks.write();
    expect(cy.classesOf('b')).toBe('neighbour unlit');
    cy.add(nodes.slice(2));
    marks.write();
    expect(cy.classesOf('d')).toBe('unlit');
    expect(cy.$(':selected').map((n) => n.id())).toEqual(['a']);
  });

  it('draws suggested links on the map with their marks, replacing those before', () => {
    const { cy, marks } = small();
    marks.update({ focus: 'a' });
    marks.setSuggested([
      { source: 'a', target: 'd' },
      { source: 'b', target: 'zz' },
    ]);
    expect(cy.edges('.suggested').map((e) => e.id())).toEqual(['suggested:a|d']);
    // The suggested partner is a partner: not faded.
    expect(cy.classesOf('d')).toBe('');
    expect(marks.partners('a')).toEqual(['b', 'd']);
    marks.setSuggested([{ source: 'b', target: 'c' }]);
    expect(cy.edges('.suggested').map((e) => e.id())).toEqual(['suggested:b|c']);
    expect(cy.classesOf('suggested:b|c')).toBe('faded suggested');
    expect(cy.classesOf('d')).toBe('faded');
  });

  it('tells the marks an actor has, and writes no more once the map is destroyed', () => {
    const { cy, marks } = small();
    marks.update({ visible: { nodes: new Set(['a']), edges: new Set() } });
    expect(marks.has('b', 'hidden')).toBe(true);
    expect(marks.has('a', 'hidden')).toBe(false);
    expect(marks.nodesWith('hidden')).toEqual(['b', 'c', 'd']);
    cy.destroy();
    marks.update({ visible: null });
    expect(cy.classesOf('b')).toBe('hidden');
  });
});
