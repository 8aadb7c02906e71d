import { describe, expect, it } from 'vitest';
import {
  estimateWidth,
  LABEL_MAX,
  labelSize,
  LINE_HEIGHT,
  mapLabel,
  nameBox,
  NAME_WIDTH,
  wrapLines,
  type Measure,
} from '../../src/layout/text.ts';
import { LABEL_PX } from '../../src/layout/sizes.ts';

/** Every character 10 px wide, bold ones 12. */
const mono: Measure = (text, _px, bold) => text.length * (bold ? 12 : 10);

describe('text measuring without the DOM', () => {
  it('shows a name with whitespace collapsed, cut at LABEL_MAX characters', () => {
    expect(mapLabel('  a \n b  ')).toBe('a b');
    const long = mapLabel('Association '.repeat(10));
    expect(long.length).toBeLessThanOrEqual(LABEL_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('wraps at spaces within the width, a longer word on its own line', () => {
    expect(wrapLines('aa bb cc', 12, 50, false, mono)).toEqual(['aa bb', 'cc']);
    expect(wrapLines('  aa   bb ', 12, 50, false, mono)).toEqual(['aa bb']);
    expect(wrapLines('aaaaaaaaaa b', 12, 50, false, mono)).toEqual(['aaaaaaaaaa', 'b']);
    expect(wrapLines('aa bb', 12, 50, true, mono)).toEqual(['aa', 'bb']);
    expect(wrapLines('', 12, 50, false, mono)).toEqual([]);
  });

  it('sizes a box from its widest line and its lines', () => {
    expect(labelSize('aa bb cc', 12, 50, false, mono)).toEqual({
      width: 50,
      height: 2 * 12 * LINE_HEIGHT,
      lines: 2,
    });
    expect(labelSize('', 12, 50, false, mono)).toEqual({ width: 0, height: 0, lines: 0 });
  });

  it('estimates 0.55 em a character where there is no canvas', () => {
    expect(estimateWidth('abcd', 10, false)).toBeCloseTo(22);
    expect(labelSize('abcd', 10, 100).width).toBeCloseTo(22);
  });

  it("sizes a name box by the actor's tier: bigger names, bold at tier 3", () => {
    const name = 'Centre communal action sociale';
    const small = nameBox(name, 1, mono);
    const big = nameBox(name, 3, mono);
    expect(small).toEqual(labelSize(name, LABEL_PX[1] ?? 0, NAME_WIDTH, false, mono));
    expect(big).toEqual(labelSize(name, LABEL_PX[3] ?? 0, NAME_WIDTH, true, mono));
    expect(big.height).toBeGreaterThan(small.height);
  });
});
