// Layouts off the main thread: fcose (small maps) or ForceAtlas2 (big ones, stopped once
// settled, with progress posted every 250 ms or more: layout-core.ts `progressEvery`), or
// the actors grouped by a column (progress a group at a time).
// The app cancels a run by terminating the worker.
import { fcoseLayout, forceAtlas2Layout, groupedRun, iterationsFor } from './layout-core.ts';
import type { LayoutReply, LayoutRequest } from './protocol.ts';
import { workerScope } from './scope.ts';

const scope = workerScope<LayoutRequest>();

scope.onmessage = (event) => {
  const request = event.data;
  let xy: Float64Array;
  const progress = (done: number, total: number, partial: Float64Array) => {
    const reply: LayoutReply = { kind: 'progress', done, total, xy: partial };
    scope.postMessage(reply, [partial.buffer]);
  };
  if (request.mode === 'fcose') {
    xy = fcoseLayout(request);
  } else if (request.mode === 'grouped') {
    xy = groupedRun({ ...request, groups: request.groups ?? new Int32Array(request.n) }, progress);
  } else {
    const total = request.iterations ?? iterationsFor(request.n);
    // The run stops once the actors have settled: at 10,000 actors about half the iterations.
    xy = forceAtlas2Layout(request, total, {
      onProgress: (done, partial) => progress(done, total, partial),
      settle: true,
    });
  }
  const done: LayoutReply = { kind: 'done', xy };
  scope.postMessage(done, [xy.buffer]);
};
