// Layouts off the main thread: fcose (small maps) or ForceAtlas2 (big ones, with progress
// posted about every 250 ms). The app cancels a run by terminating the worker.
import { fcoseLayout, forceAtlas2Layout, iterationsFor } from './layout-core.ts';
import type { LayoutReply, LayoutRequest } from './protocol.ts';
import { workerScope } from './scope.ts';

const scope = workerScope<LayoutRequest>();

scope.onmessage = (event) => {
  const request = event.data;
  let xy: Float64Array;
  if (request.mode === 'fcose') {
    xy = fcoseLayout(request);
  } else {
    const total = request.iterations ?? iterationsFor(request.n);
    xy = forceAtlas2Layout(request, total, (done, partial) => {
      const reply: LayoutReply = { kind: 'progress', done, total, xy: partial };
      scope.postMessage(reply, [partial.buffer]);
    });
  }
  const done: LayoutReply = { kind: 'done', xy };
  scope.postMessage(done, [xy.buffer]);
};
