// A CentralityRunner over one or two web workers (the hand-out of ranges is
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

/** Workers to start: one or two, leaving a core to the page when there are few. */
export function poolSize(cores: number | undefined): number {
  const c = cores ?? 2;
  return c >= 4 ? 2 : c >= 2 ? 2 : 1;
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
