// Cytoscape's style hashes kept in one scratch object for all elements: the style keys it
// caches its textures and label sizes by stay those it computes without it.
import { REF as ref } from '../factory.ts';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/map/elements.ts';
import { styleBlocks } from '../../src/map/style.ts';
import { shareStyleScratch } from '../../src/map/style-hints.ts';
import { DEFAULT_ENCODINGS } from '../../src/map/types.ts';
import { smallGraph } from './helpers.ts';

interface Hinted {
  styleKey: unknown;
  labelKey: unknown;
  labelDimsKey: unknown;
  labelStyleKey: unknown;
  nodeKey: unknown;
  styleKeys: object;
}

/** The map's elements and stylesheet in a headless Cytoscape; then a few marks written. */
function drawnAndMarked() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(smallGraph(), { ref, metrics: null, encodings: DEFAULT_ENCODINGS }),
    style: styleBlocks({ big: false, webgl: false }) as unknown as cytoscape.StylesheetJson,
  });
  const hints = () =>
    cy.elements().map((el) => {
      // Read a style: Cytoscape brings a marked element's style up to date when it is read.
      el.style('opacity');
      const p = (el as unknown as { _private: Hinted })._private;
      return {
        keys: [p.styleKey, p.labelKey, p.labelDimsKey, p.labelStyleKey, p.nodeKey],
        scratch: p.styleKeys,
      };
    });
  const first = hints();
  const [a, b] = cy.nodes().toArray();
  a!.addClass('faded');
  b!.addClass('neighbour critical');
  cy.edges().first().addClass('hidden');
  return { first, marked: hints() };
}

describe('shareStyleScratch', () => {
  it('gives every element the style keys it had, with one object for their hashes', () => {
    const before = drawnAndMarked();
    // Each element keeps its own hashes (what the scratch saves).
    expect(new Set(before.first.map((h) => h.scratch)).size).toBe(before.first.length);

    shareStyleScratch(cytoscape({ headless: true, styleEnabled: true }));
    const after = drawnAndMarked();
    expect(after.first.map((h) => h.keys)).toEqual(before.first.map((h) => h.keys));
    expect(after.marked.map((h) => h.keys)).toEqual(before.marked.map((h) => h.keys));
    // The marks changed some keys: the comparison is not of unchanged values.
    expect(before.marked.map((h) => h.keys)).not.toEqual(before.first.map((h) => h.keys));
    expect(new Set(after.marked.map((h) => h.scratch)).size).toBe(1);
  });
});
