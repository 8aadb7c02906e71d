// Web worker for the centrality kernel: one range of BFS sources per message. The pipeline
// worker starts one per core but one (two on two cores) and hands them out as a CentralityRunner.
import { answerRange, type CentralityRequest } from '../analysis';
import { workerScope } from './scope.ts';

const scope = workerScope<CentralityRequest>();

scope.onmessage = (event) => {
  const { partial, transfer } = answerRange(event.data);
  scope.postMessage(partial, transfer);
};
