// The worker global, typed with what the workers use (the DOM and WebWorker libraries of
// TypeScript cannot both be loaded in one project).
export interface WorkerScope<In> {
  onmessage: ((event: MessageEvent<In>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

export function workerScope<In>(): WorkerScope<In> {
  return self as unknown as WorkerScope<In>;
}
