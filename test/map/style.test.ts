import { describe, expect, it } from 'vitest';
import { LABEL_PX } from '../../src/map/elements.ts';
import { FONT_STACK, styleBlocks } from '../../src/map/style.ts';

const block = (blocks: ReturnType<typeof styleBlocks>, selector: string) =>
  blocks.find((b) => b.selector === selector)?.style ?? {};

describe('style', () => {
  it('reads every visual value from the element data', () => {
    const node = block(styleBlocks({ big: false, webgl: false }), 'node');
    expect(node.shape).toBe('data(shape)');
    expect(node['background-color']).toBe('data(colour)');
    expect(node.width).toBe('data(size)');
    expect(node.label).toBe('data(label)');
    expect(node['pie-1-background-color']).toBe('data(ring1)');
    expect(node['pie-3-background-size']).toBe('data(ringSlice)');
  });

  it('wraps names and keeps them at least 12 px at zoom 1, in system fonts', () => {
    const blocks = styleBlocks({ big: false, webgl: false });
    const node = block(blocks, 'node');
    expect(node['text-wrap']).toBe('wrap');
    expect(node['font-family']).toBe(FONT_STACK);
    for (const tier of [1, 2, 3]) {
      const t = block(blocks, `node[tier = ${tier}]`);
      expect(t['font-size']).toBe(LABEL_PX[tier]);
      expect(Number(t['font-size'])).toBeGreaterThanOrEqual(12);
      expect(String(t['text-max-width'])).toMatch(/px$/);
    }
    expect(FONT_STACK).not.toMatch(/url\(|@import/);
  });

  it('scales names with the label scale (screen-constant names on small maps)', () => {
    const t = block(styleBlocks({ big: false, webgl: false, labelScale: 2 }), 'node[tier = 1]');
    expect(t['font-size']).toBe((LABEL_PX[1] as number) * 2);
  });

  it('keeps suggested links at least 3 pixels wide on screen when zoomed out, not thinner', () => {
    const at = (labelScale: number) =>
      block(styleBlocks({ big: false, webgl: false, labelScale }), 'edge.suggested');
    // labelScale = 1 / zoom: at zoom 0.25, 12 model pixels are 3 on screen.
    expect(at(4).width).toBe(12);
    expect(at(4)['line-dash-pattern']).toEqual([32, 24]);
    expect(at(1).width).toBe(3);
    // Zoomed in, the model width stays: they only grow on screen.
    expect(at(0.5).width).toBe(3);
    expect(at(0.5)['line-dash-pattern']).toEqual([8, 6]);
  });

  it('lightens big maps: haystack links, no ring, a minimum zoomed font', () => {
    const blocks = styleBlocks({ big: true, webgl: false });
    expect(block(blocks, 'node')['pie-size']).toBeUndefined();
    // Names, drawn only zoomed in, keep their white background.
    expect(block(blocks, 'node')['text-background-opacity']).toBe(0.85);
    // Names only for the actors in view, once zoomed in (NetworkMap.nameInView).
    expect(block(blocks, 'node').label).toBe('');
    expect(block(blocks, 'node.named, node:selected, node.hover').label).toBe('data(label)');
    expect(block(blocks, 'node')['min-zoomed-font-size']).toBeGreaterThan(0);
    expect(block(blocks, 'edge')['curve-style']).toBe('haystack');
    expect(block(styleBlocks({ big: false, webgl: false }), 'edge')['curve-style']).toBe(
      'straight',
    );
  });

  it('marks articulation points and bridges by more than colour', () => {
    const canvas = styleBlocks({ big: false, webgl: false });
    expect(block(canvas, 'node.critical')['border-style']).toBe('double');
    expect(block(canvas, 'edge.critical')['line-style']).toBe('dashed');
    // WebGL draws no dashes: a solid, thicker line there.
    const webgl = styleBlocks({ big: true, webgl: true });
    expect(block(webgl, 'edge.critical')['line-style']).toBe('solid');
    expect(block(webgl, 'node:selected')['underlay-opacity']).toBeUndefined();
  });

  it('hides filtered elements and fades what is out of focus', () => {
    const blocks = styleBlocks({ big: false, webgl: false });
    expect(block(blocks, '.hidden').display).toBe('none');
    expect(Number(block(blocks, '.faded').opacity)).toBeLessThan(0.5);
  });
});
