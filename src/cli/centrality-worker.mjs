// Worker-thread entry for the centrality kernel. Plain JavaScript because a worker thread
// does not inherit the tsx loader the main thread registered: it registers its own, then
// loads the same TypeScript kernel the app's web workers run.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { brandesRange } = await import('../analysis/brandes.ts');

parentPort.on('message', ({ graph, from, to }) => {
  const partial = brandesRange(graph, from, to);
  parentPort.postMessage(partial, [
    partial.betweenness.buffer,
    partial.distSum.buffer,
    partial.reach.buffer,
  ]);
});
parentPort.postMessage('ready');
