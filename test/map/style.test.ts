// The stylesheet as Cytoscape applies it: the map's own elements (toElements) in a headless
// Cytoscape with the stylesheet of the map, and what each element is drawn with read back
// from Cytoscape. The tests compare elements with each other (marked or not, big map or
// not), so they hold whatever the stylesheet's exact values become.
import { REF as ref } from '../factory.ts';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/map/elements.ts';
import { styleBlocks, type StyleOptions } from '../../src/map/style.ts';
import { DEFAULT_ENCODINGS } from '../../src/map/types.ts';
import { smallGraph } from './helpers.ts';

function drawn(options: StyleOptions) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(smallGraph(), { ref, metrics: null, encodings: DEFAULT_ENCODINGS }),
    style: styleBlocks(options) as unknown as cytoscape.StylesheetJson,
  });
}

const small = { big: false, webgl: false };
const px = (value: string) => parseFloat(value);

describe('the stylesheet, as Cytoscape draws with it', () => {
  it('draws each actor with the colour, shape, size and name its data holds', () => {
    const cy = drawn(small);
    for (const node of cy.nodes()) {
      expect(node.style('label')).toBe(node.data('label'));
      expect(node.style('shape')).toBe(node.data('shape'));
      expect(px(node.style('width'))).toBe(node.data('size'));
    }
    // Two actors whose data differ in colour are drawn in different colours.
    const colours = new Set(cy.nodes().map((n) => n.data('colour') as string));
    const drawnColours = new Set(cy.nodes().map((n) => n.style('background-color') as string));
    expect(drawnColours.size).toBe(colours.size);
  });

  it('keeps names at least 12 px at zoom 1, and scales them with the label scale', () => {
    const one = drawn(small).nodes().first();
    const two = drawn({ ...small, labelScale: 2 })
      .nodes()
      .first();
    expect(px(one.style('font-size'))).toBeGreaterThanOrEqual(12);
    expect(px(two.style('font-size'))).toBe(2 * px(one.style('font-size')));
    expect(one.style('font-family')).not.toMatch(/url\(|@import/);
  });

  it('keeps suggested links at least 3 pixels wide on screen when zoomed out', () => {
    for (const zoom of [0.25, 0.5, 1, 2]) {
      const cy = drawn({ ...small, labelScale: Math.max(1, 1 / zoom) });
      const edge = cy.edges().first().addClass('suggested');
      expect(px(edge.style('width')) * zoom).toBeGreaterThanOrEqual(3);
    }
  });

  it('hides filtered elements and fades what is out of focus', () => {
    const cy = drawn(small);
    const [plain, hidden, faded] = cy.nodes().toArray();
    hidden!.addClass('hidden');
    faded!.addClass('faded');
    expect(plain!.style('display')).not.toBe('none');
    expect(hidden!.style('display')).toBe('none');
    expect(Number(faded!.style('opacity'))).toBeLessThan(Number(plain!.style('opacity')));
  });

  it('marks articulation points and bridges by more than colour', () => {
    for (const options of [small, { big: true, webgl: false }, { big: true, webgl: true }]) {
      const cy = drawn(options);
      const [plainNode, criticalNode] = cy.nodes().toArray();
      const [plainEdge, criticalEdge] = cy.edges().toArray();
      criticalNode!.addClass('critical');
      criticalEdge!.addClass('critical');
      const nodeLook = (n: cytoscape.NodeSingular) =>
        ['border-style', 'border-width'].map((p) => n.style(p)).join();
      expect(nodeLook(criticalNode!)).not.toBe(nodeLook(plainNode!));
      const edgeLook = (e: cytoscape.EdgeSingular) =>
        ['line-style', 'width'].map((p) => e.style(p)).join();
      expect(edgeLook(criticalEdge!)).not.toBe(edgeLook(plainEdge!));
    }
  });

  it('lightens big maps: simpler links, and names only for the actors named in view', () => {
    const big = drawn({ big: true, webgl: false });
    const plain = drawn(small);
    expect(big.edges().first().style('curve-style')).not.toBe(
      plain.edges().first().style('curve-style'),
    );
    const [unnamed, named] = big.nodes().toArray();
    named!.addClass('named');
    expect(unnamed!.style('label')).toBe('');
    expect(named!.style('label')).toBe(named!.data('label'));
    expect(plain.nodes().first().style('label')).toBe(plain.nodes().first().data('label'));
  });

  it('never draws a name left out by the declutter, but draws it again on hover', () => {
    for (const options of [small, { big: true, webgl: false }]) {
      const cy = drawn(options);
      const [plain, quiet, hovered] = cy.nodes().toArray();
      quiet!.addClass('quiet');
      hovered!.addClass('quiet hover');
      // Even at the map's largest zoom (6) and a 4× screen, the name stays under the size
      // Cytoscape draws from, so that it is never drawn into a texture.
      const atMost = px(quiet!.style('font-size')) * 6 * 4;
      expect(px(quiet!.style('min-zoomed-font-size'))).toBeGreaterThan(atMost);
      expect(px(hovered!.style('min-zoomed-font-size'))).toBe(0);
      expect(px(plain!.style('min-zoomed-font-size'))).toBeLessThan(atMost);
    }
  });
});
