// The face of src/workers: what the app uses of the web workers, through their main-thread
// clients. The workers' own entries (*.worker.ts) are started by URL by these clients.

// The pipeline (import → graph → analysis) and the messages it answers with.
export { PipelineClient } from './pipeline-client.ts';
export { unpackGraph } from './graph-transfer.ts';
export { unpackAnalysis, unpackMetrics } from './metrics-transfer.ts';
export type {
  ImportReport,
  PackedAnalysis,
  PackedGraph,
  PackedMetrics,
  PipelineReply,
  Stage,
  WorkerMetrics,
} from './protocol.ts';
// The layouts, off the page's thread.
export { layoutInWorker } from './layout-client.ts';
// The autosave in IndexedDB.
export {
  chooseWorkspace,
  clearAutosave,
  deleteWorkspace,
  duplicateWorkspace,
  listWorkspaces,
  loadAutosave,
  renameWorkspace,
  saveAutosave,
} from './autosave.ts';
export type { WorkspaceEntry } from './workspace-list.ts';
