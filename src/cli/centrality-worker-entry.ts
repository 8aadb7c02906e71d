// Worker-thread entry of the bundled command line (bin/build-cli.mjs bundles it next to
// the command as centrality-worker.mjs): the same kernel as centrality-worker.mjs, without
// registering tsx, which a bundle does not need. It takes the ranges of each job itself.
import { parentPort } from 'node:worker_threads';
import { workOnJob, type CentralityJob } from '../analysis';

const port = parentPort;
if (!port) throw new Error('centrality worker: not in a worker thread');
port.on('message', (job: CentralityJob) => {
  workOnJob(job, (answer, transfer) => port.postMessage(answer, transfer));
});
port.postMessage('ready');
