// Editing a workspace in the app: commands, validation as at import, undo/redo history.
export { applyActorInput, TYPE_ATTRIBUTE, type ActorInput, type EditIssue } from './fields.ts';
export { applyEdit, type Edit, type EditResult, type LinkInput } from './operations.ts';
export { mergeActors, unitedActor } from './merge-actors.ts';
export {
  describeEdit,
  emptyHistory,
  HISTORY_CAP,
  perform,
  redo,
  undo,
  undoableMerges,
  unmerge,
  type EditHistory,
  type HistoryEntry,
  type Step,
} from './history.ts';
export {
  applyPatch,
  diffStates,
  invertPatch,
  NO_RULE_CHANGES,
  type EditableState,
  type Patch,
} from './patch.ts';
