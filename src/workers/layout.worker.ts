// Layouts off the main thread: fcose (small maps) or ForceAtlas2 (big ones, with progress
// posted about every 250 ms), or the actors grouped by a column (progress a group at a time).
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
    xy = forceAtlas2Layout(request, total, (done, partial) => progress(done, total, partial));
  }
  const done: LayoutReply = { kind: 'done', xy };
  scope.postMessage(done, [xy.buffer]);
};
