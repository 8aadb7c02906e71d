// What every pool of centrality threads shares, whatever its threads are (Node's worker
// threads for the command line, web workers in the app): the message a thread receives, the
// kernel's answer to it, and the hand-out of source ranges to whichever thread is free. The
// pools keep only the mechanics of their threads.
import { brandesRange, type BrandesPartial, type KernelGraph } from './brandes.ts';
import type { CentralityRunner } from './centrality.ts';

/** One range of BFS sources for a thread: `brandesRange(graph, from, to)`. */
export interface CentralityRequest {
  graph: KernelGraph;
  from: number;
  to: number;
}

/** A thread's answer to a request: the kernel's partial sums, and the buffers that hold
 * them, to be transferred rather than copied back. */
export function answerRange(request: CentralityRequest): {
  partial: BrandesPartial;
  transfer: ArrayBuffer[];
} {
  const partial = brandesRange(request.graph, request.from, request.to);
  const transfer = [partial.betweenness.buffer, partial.distSum.buffer, partial.reach.buffer];
  // The kernel allocates plain ArrayBuffers, never shared ones.
  return { partial, transfer: transfer.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer) };
}

/**
 * A runner over `lanes` (one per thread): each lane takes the next range as soon as it is
 * free, so uneven ranges balance out; `run` hands one request to a lane's thread and
 * resolves with its answer. The results come back in the order of the ranges.
 */
export function laneRunner<Lane>(
  lanes: readonly Lane[],
  run: (lane: Lane, request: CentralityRequest) => Promise<BrandesPartial>,
): CentralityRunner {
  return async (compact, ranges) => {
    // Copied into every message: the arrays only, not the 10,000s of node keys.
    const { n, offsets, neighbors, weight } = compact;
    const graph: KernelGraph = weight
      ? { n, offsets, neighbors, weight }
      : { n, offsets, neighbors };
    const results: BrandesPartial[] = new Array(ranges.length);
    let next = 0;
    await Promise.all(
      lanes.map(async (lane) => {
        for (let r = next++; r < ranges.length; r = next++) {
          const [from, to] = ranges[r] ?? [0, 0];
          results[r] = await run(lane, { graph, from, to });
        }
      }),
    );
    return results;
  };
}
