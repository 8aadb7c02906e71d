// A CentralityRunner over web workers, one per core but one (the hand-out of ranges is
// analysis/centrality-lanes.ts; here, only the web workers). Where workers cannot be
// started (an old browser without nested workers), the kernel runs in the calling thread.
import {
  type BrandesPartial,
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
 * or more, up to 8 (the kernel's 16 source ranges, two each); two on two cores (measured:
 * the kernel then shares the cores with the page, BENCHMARKS.md); one on one core. */
export function poolSize(cores: number | undefined): number {
  const c = Math.floor(cores ?? 2);
  if (c >= 3) return Math.min(c - 1, 8);
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
