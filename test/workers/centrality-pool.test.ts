import { describe, expect, it } from 'vitest';
import { poolSize } from '../../src/workers/centrality-pool.ts';

describe('the centrality pool', () => {
  it('starts a worker per core but one, two on two cores, one on one', () => {
    expect(poolSize(1)).toBe(1);
    expect(poolSize(2)).toBe(2);
    expect(poolSize(3)).toBe(2);
    expect(poolSize(4)).toBe(3);
    expect(poolSize(8)).toBe(7);
    expect(poolSize(32)).toBe(8);
    // A browser that does not say: as on two cores.
    expect(poolSize(undefined)).toBe(2);
  });
});
