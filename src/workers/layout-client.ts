// Main-thread side of the layout worker: a positions runner for the map (the shape of
// `PositionsRunner` in src/map/layout.ts, taking src/layout/input.ts's `LayoutRun`). One worker per run; cancelling terminates it.
import type { LayoutReply, LayoutRequest } from './protocol.ts';

export function layoutInWorker(
  input: LayoutRequest,
  onProgress: (fraction: number, xy: Float64Array) => void,
  signal: AbortSignal,
): Promise<Float64Array | null> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      resolve(null);
      return;
    }
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'maillage-layout',
    });
    const stop = () => {
      worker.terminate();
      resolve(null);
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        onProgress(reply.done / reply.total, reply.xy);
        return;
      }
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(reply.xy);
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'layout worker failed'));
    };
    const request: LayoutRequest = { ...input };
    worker.postMessage(request);
  });
}
