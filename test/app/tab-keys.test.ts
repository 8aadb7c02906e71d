import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from '../../src/app/tab-keys.ts';

describe('tabKeyTarget', () => {
  it('moves with the arrows of the list’s direction, wrapping at the ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 4)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 3, 4)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 4)).toBe(3);
    expect(tabKeyTarget('ArrowLeft', 2, 4)).toBe(1);
    expect(tabKeyTarget('ArrowDown', 1, 4)).toBeNull();
    expect(tabKeyTarget('ArrowDown', 1, 4, 'vertical')).toBe(2);
    expect(tabKeyTarget('ArrowUp', 0, 4, 'vertical')).toBe(3);
    expect(tabKeyTarget('ArrowRight', 1, 4, 'vertical')).toBeNull();
  });

  it('goes to the first and last tab with Home and End', () => {
    expect(tabKeyTarget('Home', 2, 4)).toBe(0);
    expect(tabKeyTarget('End', 0, 4)).toBe(3);
    expect(tabKeyTarget('End', 0, 2, 'vertical')).toBe(1);
  });

  it('leaves the other keys alone', () => {
    expect(tabKeyTarget('Tab', 0, 4)).toBeNull();
    expect(tabKeyTarget('Enter', 0, 4)).toBeNull();
    expect(tabKeyTarget('a', 0, 4)).toBeNull();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
