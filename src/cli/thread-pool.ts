// Runs the centrality kernel on worker threads, one range of BFS sources per thread at a
// time, so the exact betweenness and closeness use every core. Threads are started before
// the import so that their start-up overlaps with parsing.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { BrandesPartial, CentralityRunner } from '../analysis/centrality.ts';

export interface ThreadPool {
  runner: CentralityRunner;
  size: number;
  close(): Promise<void>;
}

interface Lane {
  worker: Worker;
  ready: Promise<void>;
  /** The range in flight: a worker runs one range at a time. */
  pending?: { resolve: (p: BrandesPartial) => void; reject: (e: unknown) => void };
}

function startLane(): Lane {
  const worker = new Worker(new URL('./centrality-worker.mjs', import.meta.url));
  let markReady: () => void = () => {};
  const lane: Lane = { worker, ready: new Promise<void>((resolve) => (markReady = resolve)) };
  // One listener of each kind for the worker's life (not one per range).
  worker.on('message', (message: BrandesPartial | 'ready') => {
    if (message === 'ready') return markReady();
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

  const runner: CentralityRunner = async (graph, ranges) => {
    // Each worker takes the next range as soon as it is free, so uneven ranges balance out.
    const results: BrandesPartial[] = new Array(ranges.length);
    let next = 0;
    await Promise.all(
      lanes.map(async (lane) => {
        await lane.ready;
        while (next < ranges.length) {
          const r = next++;
          const [from, to] = ranges[r]!;
          results[r] = await new Promise<BrandesPartial>((resolve, reject) => {
            lane.pending = { resolve, reject };
            lane.worker.postMessage({ graph, from, to });
          });
        }
      }),
    );
    return results;
  };

  return {
    runner,
    size,
    close: async () => {
      await Promise.all(lanes.map(({ worker }) => worker.terminate()));
    },
  };
}
