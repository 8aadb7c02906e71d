// Main-thread side of the pipeline worker. One long-lived worker; each import gets an id
// that every reply carries: the app decides what an older import's replies still mean (the
// analysis of the map on screen is still wanted after a newer import that read nothing).
import type { CrossSchemeRuleSettings, InputFile, ReferenceData } from '../domain';
import type { AutosaveRequest, PipelineReply, PipelineRequest, ShownRequest } from './protocol.ts';

export type PipelineListener = (reply: PipelineReply) => void;

export class PipelineClient {
  private worker: Worker | null = null;
  private next = 1;
  private current = 0;
  private listener: PipelineListener | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), {
      type: 'module',
      name: 'maillage-pipeline',
    });
    worker.onmessage = (event: MessageEvent<PipelineReply>) => {
      this.listener?.(event.data);
    };
    // An error the worker did not catch, or a reply that cannot be read here: told as the
    // latest import's failure (the session ends that import's waits on it).
    const failed = (message: string) =>
      this.listener?.({ id: this.current, kind: 'error', message });
    worker.onerror = (event) => failed(event.message || 'pipeline worker failed');
    worker.onmessageerror = () => failed('a reply of the pipeline worker could not be read');
    this.worker = worker;
    return worker;
  }

  /** Starts an import; the bytes are transferred (the caller's buffers become empty).
   * `rules`: the workspace's cross-scheme rules, checked by the analysis. */
  run(
    files: InputFile[],
    ref: ReferenceData,
    aspect: number,
    listener: PipelineListener,
    rules: CrossSchemeRuleSettings | null = null,
  ): number {
    const worker = this.ensure();
    const id = this.next++;
    this.current = id;
    this.listener = listener;
    const request: PipelineRequest = { id, files, ref, aspect, rules };
    const buffers = [...new Set(files.map((f) => f.bytes.buffer as ArrayBuffer))];
    worker.postMessage(request, buffers);
    return id;
  }

  /** Tells the worker that import `id`'s map is on screen: its full analysis may start. */
  shown(id: number): void {
    const message: ShownRequest = { kind: 'shown', id };
    this.worker?.postMessage(message);
  }

  /** Asks the worker to keep import `request.id`'s workspace in the browser (autosave). */
  autosave(request: Omit<AutosaveRequest, 'kind'>): void {
    const message: AutosaveRequest = { kind: 'autosave', ...request };
    this.ensure().postMessage(message, request.positions ? [request.positions.buffer] : []);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
