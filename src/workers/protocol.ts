// Messages between the app and its workers. Everything here crosses postMessage, so it is
// plain data (structured clone: objects, arrays, typed arrays, no classes or functions).
import type { WorkerMetrics } from '../analysis';
import type { EditHistory, SavedMapping, WorkspaceVersion } from '../model';
import type { LayoutRun } from '../layout';
import type { PackedGraph } from './graph-transfer.ts';
import type { PackedAnalysis, PackedMetrics } from './metrics-transfer.ts';
import type {
  CrossSchemeRuleSettings,
  ExpectedComposition,
  ImportReport,
  InputFile,
  ReferenceData,
} from '../domain';

/** The import report travels without the actors and links (they travel inside the graph);
 * its home is domain/types.ts. */
export type { ImportReport };

/** The metrics the pipeline worker posts (one home with the map's: analysis/map-metrics.ts). */
export type { WorkerMetrics };

/** The graph as the page takes it (one home: graph-transfer.ts). */
export type { PackedGraph };

/** The per-actor figures as the page takes them (one home: metrics-transfer.ts). */
export type { PackedAnalysis, PackedMetrics };

export interface PipelineRequest {
  kind?: 'import';
  id: number;
  files: InputFile[];
  ref: ReferenceData;
  /** Width / height of the map's screen area, for the first layout. */
  aspect: number;
  /** The cross-scheme rules of the workspace imported into (absent or null: the defaults;
   * a workspace file's own rules win). */
  rules?: CrossSchemeRuleSettings | null;
}

/** The app has import `id`'s map on screen (a still picture or the interactive map): the
 * pipeline worker starts its full analysis only then, so that the centrality kernel's
 * workers do not take the cores the first map needs. */
export interface ShownRequest {
  kind: 'shown';
  id: number;
}

/** Keep the workspace of import `id` in the browser (autosave): the worker holds its graph,
 * the app sends what it does not know. Serialising 10,000 actors takes a few hundred
 * milliseconds: here, not on the main thread. */
export interface AutosaveRequest {
  kind: 'autosave';
  id: number;
  /** The workspace of this browser's list it is saved as. */
  space: string;
  title: string;
  expected: ExpectedComposition[] | null;
  /** The cross-scheme rules as switched and composed (null: the defaults). */
  rules: CrossSchemeRuleSettings | null;
  views: unknown[];
  settings: Record<string, unknown>;
  /** Positions in the graph's node order (x0, y0, x1, …), or null. */
  positions: Float64Array | null;
  report: ImportReport;
  /** Columns mapped by hand, offered again for files with the same headers. */
  mappings: SavedMapping[];
  /** The frozen versions of the workspace. */
  versions: WorkspaceVersion[];
  /** The edits made in the app (undo survives a reload). */
  history: EditHistory | null;
}

export type Stage = 'reading' | 'graph' | 'analysis';

/** What a workspace file brings besides its graph: the app restores it as it was. */
export interface RestoredWorkspace {
  title: string;
  expected: ExpectedComposition[] | null;
  rules: CrossSchemeRuleSettings | null;
  views: unknown[];
  settings: Record<string, unknown>;
  mappings: SavedMapping[];
  versions: WorkspaceVersion[];
  history: EditHistory | null;
}

export type PipelineReply =
  | { id: number; kind: 'stage'; stage: Stage }
  /** The import produced no actor: the current workspace stays. */
  | { id: number; kind: 'empty'; report: ImportReport; ms: number }
  /** The graph and, up to LAYOUT_FIRST_MAX actors (or as a workspace file kept them), its
   * layout (positions in the graph's node order): draw it with the quick metrics that follow
   * (the page rebuilds the graph while the worker computes them). */
  | {
      id: number;
      kind: 'graph';
      graph: PackedGraph;
      report: ImportReport;
      positions: Float64Array | null;
      /** Set when the input was a workspace file (Maillage's own JSON). */
      restored?: RestoredWorkspace;
      ms: number;
    }
  /** The graph's quick metrics (degree, communities, articulation), right after it. */
  | { id: number; kind: 'quick'; metrics: PackedMetrics }
  /** The full analysis (centralities…), later. */
  | {
      id: number;
      kind: 'analysis';
      metrics: PackedMetrics;
      analysis: PackedAnalysis;
      ms: number;
      /** What let the analysis start: the map on screen, or the wait running out. */
      startedOn: 'shown' | 'timeout';
    }
  | { id: number; kind: 'error'; message: string }
  /** The autosave of import `id` was written (`kept`), or the browser refused it (no
   * IndexedDB, storage blocked, quota full): the app must not promise it is kept. */
  | { id: number; kind: 'saved'; kept: boolean };

/** A layout for the layout worker to run (one home: layout/input.ts). */
export type LayoutRequest = LayoutRun;

export type LayoutReply =
  | { kind: 'progress'; done: number; total: number; xy: Float64Array }
  | { kind: 'done'; xy: Float64Array };
