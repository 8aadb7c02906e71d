import { describe, expect, it } from 'vitest';
import { BIG_MAP, scaledSize, sizeRange, tierFor, uniformSize } from '../../src/layout/sizes.ts';

describe('actor sizes', () => {
  it('scales by the square root of the value, in whole pixels, within the range', () => {
    expect(scaledSize(0, 9, 100)).toBe(20);
    expect(scaledSize(9, 9, 100)).toBe(56);
    expect(scaledSize(4, 16, 100)).toBe(38);
    expect(scaledSize(3, 0, 100)).toBe(20);
    expect(scaledSize(9, 9, BIG_MAP + 1)).toBe(sizeRange(BIG_MAP + 1)[1]);
    expect(Number.isInteger(scaledSize(2, 7, 100))).toBe(true);
  });

  it('makes big maps smaller, and gives one size when sizes encode nothing', () => {
    expect(sizeRange(BIG_MAP + 1)[1]).toBeLessThan(sizeRange(BIG_MAP)[1]);
    // One size for every actor, between the smallest and the biggest of an encoded map.
    for (const n of [10, 100, BIG_MAP + 1]) {
      const [min, max] = sizeRange(n);
      expect(uniformSize(n)).toBeGreaterThanOrEqual(min);
      expect(uniformSize(n)).toBeLessThanOrEqual(max);
    }
  });

  it('gives the biggest names to the biggest actors', () => {
    expect(tierFor(56, 100)).toBe(3);
    expect(tierFor(20, 100)).toBe(1);
    expect(tierFor(56, 100)).toBeGreaterThanOrEqual(tierFor(40, 100));
  });
});
