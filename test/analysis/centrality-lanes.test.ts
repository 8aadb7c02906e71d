import { describe, expect, it } from 'vitest';
import { brandesRange, type BrandesPartial } from '../../src/analysis/brandes.ts';
import {
  answerRange,
  jobRunner,
  laneRunner,
  workOnJob,
  type CentralityJob,
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

describe('centrality jobs (threads that take their ranges themselves)', () => {
  /** A runner over `threads` in-process threads: each starts `delay` ms after the job is
   * posted and takes ranges from the shared counter until none is left. */
  function threads(delays: number[]) {
    const taken: number[][] = delays.map(() => []);
    const posted: CentralityJob[] = [];
    const { runner, receive, fail } = jobRunner((job) => {
      posted.push(job);
      delays.forEach((delay, t) =>
        setTimeout(
          () =>
            workOnJob(job, (answer) => {
              taken[t]?.push(answer.range);
              receive(answer);
            }),
          delay,
        ),
      );
    });
    return { runner, fail, taken, posted };
  }

  it('covers every range once, whoever takes it, and returns the results in range order', async () => {
    const { runner, taken } = threads([0, 20]);
    const ranges = splitSources(g, 7);
    const results = await runner(g, ranges);
    expect(results.map((p) => [p.from, p.to])).toEqual(ranges);
    // The thread that starts first takes every range before the other one starts.
    expect(taken[0]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(taken[1]).toEqual([]);
    expect(results).toEqual(ranges.map(([from, to]) => brandesRange(g, from, to)));
  });

  it('gives the same centralities as the kernel run in this thread', async () => {
    const { runner } = threads([0, 0, 0]);
    const pooled = await centralityOfCompact(g, { runner, parts: 5 });
    const alone = await centralityOfCompact(g, { parts: 5 });
    expect(Array.from(pooled.betweenness)).toEqual(Array.from(alone.betweenness));
    expect(Array.from(pooled.closeness)).toEqual(Array.from(alone.closeness));
  });

  it('tells two runs apart and posts nothing when there is no range', async () => {
    const { runner, posted } = threads([0, 0]);
    const [first, second] = await Promise.all([
      runner(g, [[0, 34]]),
      runner(g, [
        [0, 10],
        [10, 34],
      ]),
    ]);
    expect(first?.map((p) => [p.from, p.to])).toEqual([[0, 34]]);
    expect(second?.map((p) => [p.from, p.to])).toEqual([
      [0, 10],
      [10, 34],
    ]);
    expect(await runner(g, [])).toEqual([]);
    expect(posted.map((job) => job.job)).toEqual([1, 2]);
    // The graph goes without its node keys.
    expect(Object.keys(posted[0]?.graph ?? {})).toEqual(['n', 'offsets', 'neighbors']);
  });

  it('rejects the runs in progress when a thread fails', async () => {
    const { runner, fail } = threads([50]);
    const pending = runner(g, [[0, 34]]);
    fail(new Error('thread lost'));
    await expect(pending).rejects.toThrow('thread lost');
  });
});
