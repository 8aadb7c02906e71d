import { describe, expect, it } from 'vitest';
import { declutter, type LabelBox } from '../../src/map/declutter.ts';

const box = (id: string, x: number, y: number, priority: number, w = 100, h = 20): LabelBox => ({
  id,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
  priority,
});

describe('declutter', () => {
  it('keeps every label when none overlap', () => {
    const kept = declutter([box('a', 0, 0, 1), box('b', 0, 40, 1), box('c', 200, 0, 1)]);
    expect([...kept].sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps the most important of two overlapping labels', () => {
    const kept = declutter([box('small', 0, 0, 1), box('big', 50, 10, 5)]);
    expect([...kept]).toEqual(['big']);
  });

  it('is stable on ties (by id)', () => {
    expect([...declutter([box('b', 0, 0, 1), box('a', 10, 0, 1)])]).toEqual(['a']);
  });

  it('avoids obstacles other than the label’s own actor', () => {
    const kept = declutter(
      [box('a', 0, 0, 1), box('b', 300, 0, 1)],
      [
        { id: 'a', x1: 40, y1: -10, x2: 60, y2: 10 },
        { id: 'x', x1: 340, y1: 0, x2: 360, y2: 20 },
      ],
    );
    expect([...kept]).toEqual(['a']);
  });

  it('keeps a readable share of thousands of labels', () => {
    const labels: LabelBox[] = [];
    for (let i = 0; i < 5000; i++)
      labels.push(box(`n${i}`, (i % 100) * 60, Math.floor(i / 100) * 15, i % 7));
    const kept = declutter(labels);
    expect(kept.size).toBeGreaterThan(500);
    expect(kept.size).toBeLessThan(5000);
  });
});
