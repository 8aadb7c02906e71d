import { describe, expect, it } from 'vitest';
import { chunkSize } from '../../src/map/turns.ts';

describe('chunkSize', () => {
  it('takes as many elements as the budget allows at the measured cost', () => {
    expect(chunkSize(80, 0.1, 400)).toBe(800);
    expect(chunkSize(80, 1, 0)).toBe(80);
  });

  it('at most doubles from one chunk to the next', () => {
    // Cheap elements measured on a chunk of 100: the next takes 200, not 5,000.
    expect(chunkSize(80, 0.001, 100)).toBe(200);
  });

  it('keeps between 50 and 5,000 elements a chunk', () => {
    expect(chunkSize(80, 10, 1000)).toBe(50);
    expect(chunkSize(80, 0, 0)).toBe(5000);
    expect(chunkSize(80, 0.001, 4000)).toBe(5000);
  });
});
