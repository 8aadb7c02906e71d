import { describe, expect, it } from 'vitest';
import { fitViewport } from '../../src/layout/viewport.ts';

describe('viewport fitting', () => {
  it('fits circles to the screen, leaving room for names below', () => {
    const v = fitViewport([0, 0, 20, 100, 0, 20], 600, 400, 40, 30, 0.1, 10);
    expect(v).not.toBeNull();
    // 120 model pixels wide into 520 screen pixels (the height allows more).
    expect(v?.zoom).toBeCloseTo(520 / 120);
    expect(v?.pan.x).toBeCloseTo(300 - 50 * (520 / 120));
    expect(v?.pan.y).toBeCloseTo((400 - 30) / 2);
    expect(fitViewport([0, 0, 20, 1000, 0, 20], 600, 400, 40, 0, 0.1, 2)?.zoom).toBeCloseTo(
      520 / 1020,
    );
    expect(fitViewport([0, 0, 20], 600, 400, 40, 0, 0.1, 1.5)?.zoom).toBe(1.5);
    expect(fitViewport([], 600, 400, 40, 0, 0.1, 2)).toBeNull();
    expect(fitViewport([0, 0, 20], 0, 400, 40, 0, 0.1, 2)).toBeNull();
  });
});
