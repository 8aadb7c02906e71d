// Worker-thread entry of the bundled command line (bin/build-cli.mjs bundles it next to
// the command as centrality-worker.mjs): the same kernel as centrality-worker.mjs, without
// registering tsx, which a bundle does not need.
import { parentPort } from 'node:worker_threads';
import { answerRange, type CentralityRequest } from '../analysis';

const port = parentPort;
if (!port) throw new Error('centrality worker: not in a worker thread');
port.on('message', (request: CentralityRequest) => {
  const { partial, transfer } = answerRange(request);
  port.postMessage(partial, transfer);
});
port.postMessage('ready');
