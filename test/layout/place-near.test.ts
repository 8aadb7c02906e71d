import { describe, expect, it } from 'vitest';
import { placeNear } from '../../src/layout/place-near.ts';

describe('placeNear', () => {
  it('puts a new actor at a fixed distance from its partners’ centre, the same each time', () => {
    const partners = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const p = placeNear('nouvel-acteur', partners);
    expect(Math.hypot(p.x - 50, p.y)).toBeCloseTo(60);
    expect(placeNear('nouvel-acteur', partners)).toEqual(p);
    expect(placeNear('autre-acteur', partners)).not.toEqual(p);
  });

  it('without partners, beside the map; without any position, at the origin', () => {
    const all = [
      { x: -10, y: 5 },
      { x: 40, y: 25 },
    ];
    const p = placeNear('x', [], all);
    expect(p.x).toBe(100);
    expect(p.y).toBeGreaterThanOrEqual(5);
    expect(p.y).toBeLessThanOrEqual(25);
    expect(placeNear('x', [{ x: Number.NaN, y: 0 }])).toEqual({ x: 0, y: 0 });
  });
});
