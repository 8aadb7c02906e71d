// Runs the centrality kernel on worker threads, so the exact betweenness and closeness use
// every core. Threads are started before the import so that their start-up overlaps with
// parsing. Each run is sent once to every thread, which then takes range after range itself
// through a counter they share (analysis/centrality-lanes.ts `jobRunner`, `workOnJob`): a
// thread never waits for this one, busy building the graph and running the other passes
// while the kernel runs. Here, only Node's threads.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import {
  CENTRALITY_PARTS,
  jobRunner,
  type CentralityJobAnswer,
  type CentralityRunner,
} from '../analysis';

export interface ThreadPool {
  runner: CentralityRunner;
  size: number;
  close(): Promise<void>;
}

/** One thread per core, up to one per source range of the kernel (a thread more would have
 * none). */
export function startThreadPool(
  size = Math.min(availableParallelism(), CENTRALITY_PARTS),
): ThreadPool {
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('./centrality-worker.mjs', import.meta.url)),
  );
  // The job is posted at once, not after the workers say they are ready (a worker keeps the
  // messages that arrive before it listens).
  const { runner, receive, fail } = jobRunner((job) => {
    for (const worker of workers) worker.postMessage(job);
  });
  for (const worker of workers) {
    worker.on('message', (message: CentralityJobAnswer | 'ready') => {
      // The worker says when it listens.
      if (message !== 'ready') receive(message);
    });
    worker.on('error', fail);
  }
  return {
    runner,
    size,
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
