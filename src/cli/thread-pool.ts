// Runs the centrality kernel on worker threads, one range of BFS sources per thread at a
// time, so the exact betweenness and closeness use every core. Threads are started before
// the import so that their start-up overlaps with parsing. The hand-out of ranges is
// analysis/centrality-lanes.ts; here, only Node's threads.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { type BrandesPartial, type CentralityRunner, laneRunner } from '../analysis';

export interface ThreadPool {
  runner: CentralityRunner;
  size: number;
  close(): Promise<void>;
}

interface Lane {
  worker: Worker;
  /** The range in flight: a worker runs one range at a time. */
  pending?: { resolve: (p: BrandesPartial) => void; reject: (e: unknown) => void };
}

function startLane(): Lane {
  const worker = new Worker(new URL('./centrality-worker.mjs', import.meta.url));
  const lane: Lane = { worker };
  // One listener of each kind for the worker's life (not one per range).
  worker.on('message', (message: BrandesPartial | 'ready') => {
    // The worker says when it listens; ranges are posted without waiting for it.
    if (message === 'ready') return;
    const pending = lane.pending;
    lane.pending = undefined;
    pending?.resolve(message);
  });
  worker.on('error', (error) => {
    const pending = lane.pending;
    lane.pending = undefined;
    pending?.reject(error);
  });
  return lane;
}

export function startThreadPool(size = Math.min(availableParallelism(), 8)): ThreadPool {
  const lanes = Array.from({ length: size }, startLane);
  // The first ranges are posted at once, not after the workers say they are ready (a worker
  // keeps the messages that arrive before it listens): the kernel starts while this thread
  // goes on with the rest of the analysis.
  const runner = laneRunner(
    lanes,
    (lane, request) =>
      new Promise<BrandesPartial>((resolve, reject) => {
        lane.pending = { resolve, reject };
        lane.worker.postMessage(request);
      }),
  );
  return {
    runner,
    size,
    close: async () => {
      await Promise.all(lanes.map(({ worker }) => worker.terminate()));
    },
  };
}
