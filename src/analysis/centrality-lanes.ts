// What every pool of centrality threads shares, whatever its threads are (Node's worker
// threads for the command line, web workers in the app): the message a thread receives, the
// kernel's answer to it, and the hand-out of source ranges to whichever thread is free. The
// pools keep only the mechanics of their threads.
import { brandesRange, type BrandesPartial, type KernelGraph } from './brandes.ts';
import type { CentralityRunner, CompactGraph } from './centrality.ts';

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
    const graph = kernelOf(compact);
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

/** What a thread is sent of a compact graph: the kernel's arrays, not the node keys. */
export function kernelOf(compact: CompactGraph): KernelGraph {
  const { n, offsets, neighbors, weight } = compact;
  return weight ? { n, offsets, neighbors, weight } : { n, offsets, neighbors };
}

/**
 * Every range of one run, sent once to each thread of a pool whose threads take the ranges
 * themselves: `next` (one Int32 of a SharedArrayBuffer, shared by the threads) counts the
 * ranges taken, so a free thread takes the next one at once, without waiting for the
 * thread that started the run to answer a message (it may be busy for a second building
 * the graph or running the other passes of the analysis).
 */
export interface CentralityJob {
  /** Tells the answers of one run from another's. */
  job: number;
  graph: KernelGraph;
  ranges: [number, number][];
  next: Int32Array;
}

/** A thread's answer to one range of a job. */
export interface CentralityJobAnswer {
  job: number;
  /** Index in the job's ranges. */
  range: number;
  partial: BrandesPartial;
}

/** Takes ranges of `job` until none is left, handing each answer to `send` with the buffers
 * to transfer. */
export function workOnJob(
  job: CentralityJob,
  send: (answer: CentralityJobAnswer, transfer: ArrayBuffer[]) => void,
): void {
  for (
    let r = Atomics.add(job.next, 0, 1);
    r < job.ranges.length;
    r = Atomics.add(job.next, 0, 1)
  ) {
    const [from, to] = job.ranges[r] ?? [0, 0];
    const { partial, transfer } = answerRange({ graph: job.graph, from, to });
    send({ job: job.job, range: r, partial }, transfer);
  }
}

/**
 * A runner over threads that take their ranges themselves (`workOnJob`): `post` sends the job
 * to every thread; the answers, given to the `receive` function this returns beside the
 * runner, come back in the order of the ranges. `fail` rejects the runs in progress.
 */
export function jobRunner(post: (job: CentralityJob) => void): {
  runner: CentralityRunner;
  receive: (answer: CentralityJobAnswer) => void;
  fail: (error: unknown) => void;
} {
  interface Run {
    results: BrandesPartial[];
    left: number;
    resolve: (results: BrandesPartial[]) => void;
    reject: (error: unknown) => void;
  }
  const runs = new Map<number, Run>();
  let jobs = 0;
  return {
    runner: (compact, ranges) =>
      new Promise<BrandesPartial[]>((resolve, reject) => {
        if (ranges.length === 0) {
          resolve([]);
          return;
        }
        const job = ++jobs;
        runs.set(job, { results: new Array(ranges.length), left: ranges.length, resolve, reject });
        const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
        post({ job, graph: kernelOf(compact), ranges, next });
      }),
    receive: ({ job, range, partial }) => {
      const run = runs.get(job);
      if (!run) return;
      run.results[range] = partial;
      if (--run.left > 0) return;
      runs.delete(job);
      run.resolve(run.results);
    },
    fail: (error) => {
      for (const run of runs.values()) run.reject(error);
      runs.clear();
    },
  };
}
