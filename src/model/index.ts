// The face of src/model: what the other layers use of the model. Files of this layer import
// each other directly; every other layer imports from here.

// Actors and links → one graphology graph.
export {
  buildGraph,
  type GraphAttributes,
  type LinkAttributes,
  type MaillageGraph,
} from './graph.ts';
export { addNodeForLinks } from './adjacency.ts';
// The workspace file (save, autosave, open) and the actors' positions in it.
export {
  parseWorkspaceFile,
  toWorkspaceFile,
  workspaceDocument,
  type WorkspaceContents,
} from './workspace-file.ts';
export { WORKSPACE_FORMAT, type Point, type WorkspaceVersion } from './workspace-document.ts';
export { freezeVersion, versionGraph } from './versions.ts';
export { isObject, readRuleSettings } from './workspace-read.ts';
export { positionRecord, positionsInOrder } from './positions.ts';
export { graphContents, rebuildGraph } from './rebuild.ts';
// Editing in the app: commands, validation as at import, undo/redo history.
export {
  applyEdit,
  describeEdit,
  emptyHistory,
  NO_RULE_CHANGES,
  perform,
  redo,
  undo,
  unmerge,
  undoableMerges,
  type ActorInput,
  type Edit,
  type EditableState,
  type EditHistory,
  type EditIssue,
  type HistoryEntry,
  type LinkInput,
  type Step,
} from './edits/index.ts';
// Importing again: a file's encoding or columns changed, the saved column mappings.
export {
  canChooseEncoding,
  canMapColumns,
  copyFiles,
  firstUnmapped,
  reportHeaders,
  savedMappingsFor,
  startingFields,
  withColumns,
  withEncoding,
  withoutColumns,
} from './reimport.ts';
export {
  checkMapping,
  headerSignature,
  rememberMapping,
  type SavedMapping,
} from './column-mapping.ts';
// Everything that leaves the app: anonymisation, CSV, GEXF and GraphML exports, templates.
export {
  exportGraph,
  exportedKeys,
  nameRedactor,
  redactContacts,
  redactReport,
} from './anonymize.ts';
export { actorsToCsv, linksToCsv } from './csv-export.ts';
export { toGexf } from './gexf.ts';
export { toGraphml } from './graphml.ts';
export { xmlSafe, type NodeViz } from './graph-fields.ts';
export { CSV_TEMPLATES, WORKBOOK_TEMPLATE, templateCsv, templateWorkbook } from './templates.ts';
// Files → import → graph, for the CLI and the pipeline worker alike.
export {
  importGraph,
  whyNoActor,
  type ImportedGraph,
  type ImportGraphOptions,
} from './import-graph.ts';
