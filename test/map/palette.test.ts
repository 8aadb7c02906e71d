import { actor, REF as ref } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import {
  CATEGORICAL,
  categoryOf,
  colourOf,
  NEUTRAL,
  RING_SCHEMES,
  schemeCombination,
  shapeOf,
  shapePoints,
  TYPE_SHAPES,
} from '../../src/map/palette.ts';

/** Relative luminance (WCAG 2) of a #RRGGBB colour. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('shapes', () => {
  it('gives every actor type of the reference its own shape', () => {
    const shapes = ref.actorTypes.map((t) => shapeOf(t.id));
    expect(new Set(shapes).size).toBe(ref.actorTypes.length);
    expect(Object.keys(TYPE_SHAPES).sort()).toEqual(ref.actorTypes.map((t) => t.id).sort());
  });

  it('falls back to the shape of "autre" for an unknown type', () => {
    expect(shapeOf('not-a-type')).toBe(shapeOf('autre'));
  });

  it('draws polygons inside the unit square', () => {
    for (const shape of Object.values(TYPE_SHAPES)) {
      const points = shapePoints(shape);
      if (points === null) continue;
      expect(points.length % 2).toBe(0);
      for (const v of points) expect(Math.abs(v)).toBeLessThanOrEqual(1.0001);
    }
  });
});

describe('colours', () => {
  it('gives distinct colours to the actor types and the sectors of the reference', () => {
    const types = ref.actorTypes
      .filter((t) => t.id !== 'autre')
      .map((t) => colourOf('type', t.id, ref));
    expect(new Set(types).size).toBe(types.length);
    const sectors = ref.sectors.map((s) => colourOf('sector', s.id, ref));
    expect(new Set(sectors).size).toBe(sectors.length);
  });

  it('keeps grey for "autre", for no sector and for small communities', () => {
    expect(colourOf('type', 'autre', ref)).toBe(NEUTRAL);
    expect(colourOf('sector', '', ref)).toBe(NEUTRAL);
    expect(colourOf('community', '40', ref)).toBe(NEUTRAL);
    expect(colourOf('community', '0', ref)).toBe(CATEGORICAL[0]);
  });

  it('gives a stable colour to a sector the reference does not know', () => {
    expect(colourOf('sector', 'tourisme', ref)).toBe(colourOf('sector', 'tourisme', ref));
    expect(CATEGORICAL).toContain(colourOf('sector', 'tourisme', ref));
  });

  it('uses ring colours dark enough to show against white (contrast ≥ 3:1)', () => {
    for (const s of RING_SCHEMES) {
      const contrast = (1 + 0.05) / (luminance(s.colour) + 0.05);
      expect(contrast).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('categories', () => {
  const a = actor('a', {
    type: 'ars',
    sectors: ['soins', 'social'],
    schemes: { CLSM: [], CLS: ['copil'] },
  });

  it('reads the category of each encoding', () => {
    expect(categoryOf('type', a, undefined)).toBe('ars');
    expect(categoryOf('sector', a, undefined)).toBe('soins');
    expect(categoryOf('scheme', a, undefined)).toBe('CLS+CLSM');
    expect(
      categoryOf('community', a, {
        degree: 0,
        weightedDegree: 0,
        betweenness: 0,
        closeness: 0,
        community: 3,
        cutOff: 0,
      }),
    ).toBe('3');
    expect(categoryOf('community', a, undefined)).toBe('');
  });

  it('names scheme combinations in ring order, with "other" and "none"', () => {
    expect(schemeCombination(actor('x', { schemes: { ASV: [], CLS: [] } }))).toBe('CLS+ASV');
    expect(schemeCombination(actor('x', { schemes: { CV: [] } }))).toBe('other');
    expect(schemeCombination(actor('x'))).toBe('none');
  });
});
