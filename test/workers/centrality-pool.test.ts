import { describe, expect, it } from 'vitest';
import { CENTRALITY_PARTS } from '../../src/analysis';
import { poolSize } from '../../src/workers/centrality-pool.ts';

describe('the centrality pool', () => {
  it('starts a worker per core but one, two on two cores, one on one', () => {
    expect(poolSize(1)).toBe(1);
    expect(poolSize(2)).toBe(2);
    expect(poolSize(3)).toBe(2);
    expect(poolSize(4)).toBe(3);
    expect(poolSize(8)).toBe(7);
    // Up to one worker per source range of the kernel: every core of a bigger machine.
    expect(poolSize(12)).toBe(11);
    expect(poolSize(17)).toBe(16);
    expect(poolSize(32)).toBe(16);
    expect(poolSize(64)).toBe(CENTRALITY_PARTS);
    // A browser that does not say: as on two cores.
    expect(poolSize(undefined)).toBe(2);
  });
});
