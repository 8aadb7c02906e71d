// The import session's contract with the page (its ports), what the screen shows of it,
// and an import whose graph is shown (import-session.ts).
import type { FileReport, InputFile } from '../domain';
import type { MaillageGraph, SavedMapping } from '../model';
import type { PackedGraph, PipelineReply } from '../workers';
import type { StorageState } from './components/StorageNotice.tsx';
import type { Action } from './state.ts';

/** What the session needs from the page: the worker, the graph builder, the files. */
export interface SessionPorts {
  /** Starts an import in the pipeline worker and returns its id; replies go to `onReply`. */
  run(files: InputFile[], onReply: (reply: PipelineReply) => void): number;
  /** Tells the worker that import `id`'s map is on screen: its full analysis may start. */
  shown(id: number): void;
  /** Rebuilds the worker's graph on this thread (`workers` `unpackGraph`), awaiting
   * `pause` between two chunks: it rejects once the import is moot, which ends the rebuild. */
  build(graph: PackedGraph, pause: () => Promise<void>): Promise<MaillageGraph>;
  demoFiles(): Promise<InputFile[]>;
  readFiles(files: readonly File[]): Promise<InputFile[]>;
  clearAutosave(): Promise<void>;
  dispatch(action: Action): void;
  /** The column mappings saved in this browser, as they are now. */
  mappings(): readonly SavedMapping[];
  /** Freezes the workspace on screen as a version under `name` and gives its id (null: no
   * workspace). Absent, keeping a version is not offered. */
  keepAsVersion?: (name: string) => string | null;
}

/** What an import into a workspace that has data may do with it. */
export type ImportChoice = 'replace' | 'add' | 'version';

/** Files waiting for the user's choice, and the choices the app can carry out. */
export interface PendingImport {
  files: readonly string[];
  choices: readonly ImportChoice[];
}

/** What the screen shows of the session. */
export interface SessionView {
  /** The file whose columns are being mapped by hand. */
  mapping: FileReport | null;
  /** The files a saved mapping was applied to (a notice offers to undo it). */
  applied: readonly FileReport[];
  /** Whether the last autosave was really written in this browser. */
  storage: StorageState;
  /** An import into a workspace that has data, asking what to do with it. */
  pending: PendingImport | null;
}

/** An import whose graph is shown or being shown. */
export interface ShownImport {
  id: number;
  /** Its workspace serial once built; null if it is not shown. */
  workspace: Promise<number | null>;
  /** What its analysis came to while a newer import was being built over its map. */
  waiting?: Action;
}
