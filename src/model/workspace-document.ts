// The workspace file's document: its format name, its version and its fields, as written and
// as read (workspace-file.ts writes and opens it, workspace-read.ts checks it field by field).
import type { Actor, CrossSchemeRuleSettings, ExpectedComposition, ImportReport } from '../domain';
import type { SavedMapping } from './column-mapping.ts';
import type { EditHistory } from './edits/history.ts';
import type { GraphAttributes, LinkAttributes } from './graph.ts';

export const WORKSPACE_FORMAT = 'maillage-workspace';
/** 2: the edit history and the cross-scheme rules (version 1 files still open). */
export const WORKSPACE_VERSION = 2;

export interface Point {
  x: number;
  y: number;
}

/** A frozen version of the workspace («Diagnostic 2023»): its actors and merged links as
 * they were on `date`, compared later with another version or the current state. */
export interface WorkspaceVersion {
  id: string;
  name: string;
  /** ISO 8601. */
  date: string;
  actors: Actor[];
  links: LinkAttributes[];
}

export interface WorkspaceDocument {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  /** ISO 8601. */
  savedAt: string;
  title: string;
  actors: Actor[];
  /** Merged links, as in the graph (one per pair of actors, `count` rows merged). */
  links: LinkAttributes[];
  /** The expected compositions the user edited; null = the reference ones. */
  expected: ExpectedComposition[] | null;
  /** Owned by the app, kept as given. */
  views: unknown[];
  /** Owned by the app, kept as given. */
  settings: Record<string, unknown>;
  /** Actor id → position on the map; null when the map has none yet. */
  positions: Record<string, Point> | null;
  /** Rows the graph build left out (GraphAttributes), so the graph is the same. */
  skipped?: GraphAttributes['skipped'];
  /** Left out of anonymous files: it quotes the files' cells, names included. */
  report?: ImportReport;
  /**
   * Columns mapped by hand, by the header row they were made for (added within version 1:
   * older files have none, and older versions of the app skip it).
   */
  mappings?: SavedMapping[];
  /** Undo/redo of the edits (model/edits); left out of anonymous files (it quotes names). */
  history?: EditHistory;
  /** The cross-scheme rules switched on or off, and the user's own. */
  rules?: CrossSchemeRuleSettings;
  /** The frozen versions, oldest first (added within version 2: older files have none). */
  versions?: WorkspaceVersion[];
}
