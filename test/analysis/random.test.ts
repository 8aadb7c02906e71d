import { describe, expect, it } from 'vitest';
import { mulberry32, withSeededRandom } from '../../src/analysis/random.ts';

describe('seeded randomness', () => {
  it('mulberry32 is seeded', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(draws[0]);
  });

  it('seeds Math.random for the time of a call, then restores it', () => {
    const original = Math.random;
    const a = withSeededRandom(3, () => [Math.random(), Math.random()]);
    const b = withSeededRandom(3, () => [Math.random(), Math.random()]);
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(a[1]);
    expect(Math.random).toBe(original);
  });
});
