// A CentralityRunner over web workers, one per core but one (the hand-out of ranges is
// analysis/centrality-lanes.ts; here, only the web workers). Where workers cannot be
// started (an old browser without nested workers), the kernel runs in the calling thread.
import {
  type BrandesPartial,
  CENTRALITY_PARTS,
  inThreadRunner,
  type CentralityRunner,
  laneRunner,
} from '../analysis';

export interface CentralityPool {
  runner: CentralityRunner;
  size: number;
  terminate(): void;
}

/** Workers to start: every core but one (the page's and the layout's) on machines with 3
 * or more, up to one per source range of the kernel (a worker more would have none);
 * two on two cores (measured: the kernel then shares the cores with the page,
 * BENCHMARKS.md); one on one core. The kernel's wall time is that of the busiest worker:
 * ⌈16 / workers⌉ ranges, so it keeps falling up to 16 workers (17 cores). */
export function poolSize(cores: number | undefined): number {
  const c = Math.floor(cores ?? 2);
  if (c >= 3) return Math.min(c - 1, CENTRALITY_PARTS);
  return c >= 2 ? 2 : 1;
}

export function startCentralityPool(size: number): CentralityPool {
  let workers: Worker[];
  try {
    workers = Array.from(
      { length: size },
      () =>
        new Worker(new URL('./centrality.worker.ts', import.meta.url), {
          type: 'module',
          name: 'maillage-centrality',
        }),
    );
  } catch {
    return { runner: inThreadRunner, size: 0, terminate: () => undefined };
  }

  const runner = laneRunner(
    workers,
    (worker, request) =>
      new Promise<BrandesPartial>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<BrandesPartial>) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message || 'centrality worker failed'));
        worker.postMessage(request);
      }),
  );

  return {
    runner,
    size,
    terminate: () => workers.forEach((w) => w.terminate()),
  };
}
