// Worker-thread entry of the bundled command line (bin/build-cli.mjs bundles it next to
// the command as centrality-worker.mjs): the same kernel as centrality-worker.mjs, without
// registering tsx, which a bundle does not need.
import { parentPort } from 'node:worker_threads';
import { brandesRange } from '../analysis/brandes.ts';
import type { CompactGraph } from '../analysis/compact.ts';

const port = parentPort;
if (!port) throw new Error('centrality worker: not in a worker thread');
port.on('message', ({ graph, from, to }: { graph: CompactGraph; from: number; to: number }) => {
  const partial = brandesRange(graph, from, to);
  port.postMessage(partial, [
    partial.betweenness.buffer as ArrayBuffer,
    partial.distSum.buffer as ArrayBuffer,
    partial.reach.buffer as ArrayBuffer,
  ]);
});
port.postMessage('ready');
