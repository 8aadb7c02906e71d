// Web worker for the centrality kernel: one range of BFS sources per message. The pipeline
// worker starts one or two of these and hands them out as a CentralityRunner.
import { brandesRange } from '../analysis/brandes.ts';
import type { CentralityRequest } from './protocol.ts';
import { workerScope } from './scope.ts';

const scope = workerScope<CentralityRequest>();

scope.onmessage = (event) => {
  const { graph, from, to } = event.data;
  const partial = brandesRange(graph, from, to);
  scope.postMessage(partial, [
    partial.betweenness.buffer,
    partial.distSum.buffer,
    partial.reach.buffer,
  ]);
};
