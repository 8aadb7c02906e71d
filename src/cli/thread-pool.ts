// Runs the centrality kernel on worker threads, one range of BFS sources per thread, so the
// exact betweenness and closeness use every core. Threads are started before the import
// so that their start-up overlaps with parsing.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { BrandesPartial, CentralityRunner, CompactGraph } from '../analysis/centrality.ts';

export interface ThreadPool {
  runner: CentralityRunner;
  size: number;
  close(): Promise<void>;
}

export function startThreadPool(size = Math.min(availableParallelism(), 8)): ThreadPool {
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./centrality-worker.mjs', import.meta.url));
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    return { worker, ready };
  });

  const runOne = async (index: number, graph: CompactGraph, from: number, to: number) => {
    const { worker, ready } = workers[index % workers.length]!;
    await ready;
    return new Promise<BrandesPartial>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ graph, from, to });
    });
  };

  const runner: CentralityRunner = async (graph, ranges) => {
    // Each worker takes the next range as soon as it is free, so uneven ranges balance out.
    const results: BrandesPartial[] = new Array(ranges.length);
    let next = 0;
    const lanes = workers.map(async (_, lane) => {
      while (next < ranges.length) {
        const r = next++;
        const [from, to] = ranges[r]!;
        results[r] = await runOne(lane, graph, from, to);
      }
    });
    await Promise.all(lanes);
    return results;
  };

  return {
    runner,
    size,
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
