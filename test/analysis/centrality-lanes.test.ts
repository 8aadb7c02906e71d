import { describe, expect, it } from 'vitest';
import { brandesRange, type BrandesPartial } from '../../src/analysis/brandes.ts';
import {
  answerRange,
  laneRunner,
  type CentralityRequest,
} from '../../src/analysis/centrality-lanes.ts';
import { centralityOfCompact, splitSources } from '../../src/analysis/centrality.ts';
import { compactFromEdges } from '../../src/analysis/compact.ts';
import { KARATE_EDGES } from './fixtures.ts';

const g = compactFromEdges(34, KARATE_EDGES);

describe('centrality lanes', () => {
  it("answers a range with the kernel's partial and hands over its three buffers", () => {
    const { partial, transfer } = answerRange({ graph: g, from: 3, to: 9 });
    expect(partial).toEqual(brandesRange(g, 3, 9));
    expect(transfer).toEqual([
      partial.betweenness.buffer,
      partial.distSum.buffer,
      partial.reach.buffer,
    ]);
  });

  it('gives each range to whichever lane is free, and returns the results in range order', async () => {
    const ranges = splitSources(g, 7);
    const slow: number[] = [];
    const fast: number[] = [];
    const runner = laneRunner(['slow', 'fast'], async (lane, request: CentralityRequest) => {
      (lane === 'slow' ? slow : fast).push(request.from);
      // The slow lane takes longer, so the fast one takes more ranges.
      await new Promise((resolve) => setTimeout(resolve, lane === 'slow' ? 30 : 1));
      return answerRange(request).partial;
    });
    const results: BrandesPartial[] = await runner(g, ranges);
    expect(results.map((p) => [p.from, p.to])).toEqual(ranges);
    expect(fast.length).toBeGreaterThan(slow.length);
    expect([...slow, ...fast].sort((a, b) => a - b)).toEqual(ranges.map(([f]) => f));
  });

  it('gives the same centralities as the kernel run in this thread', async () => {
    const runner = laneRunner([1, 2, 3], async (_lane, request) => answerRange(request).partial);
    const pooled = await centralityOfCompact(g, { runner, parts: 5 });
    const alone = await centralityOfCompact(g, { parts: 5 });
    expect(Array.from(pooled.betweenness)).toEqual(Array.from(alone.betweenness));
    expect(Array.from(pooled.closeness)).toEqual(Array.from(alone.closeness));
  });

  it('runs no lane when there is no range', async () => {
    let calls = 0;
    const runner = laneRunner([1, 2], async (_lane, request) => {
      calls++;
      return answerRange(request).partial;
    });
    expect(await runner(g, [])).toEqual([]);
    expect(calls).toBe(0);
  });
});
