// The app's state, the view model and the import session, reachable by the layout
// components without being passed down through each of them.
import { createContext, useContext, type Dispatch, type RefObject } from 'react';
import type { ReferenceData } from '../domain';
import type { NetworkMap } from '../map';
import type { Edit, EditIssue, HistoryEntry, WorkspaceContents, WorkspaceVersion } from '../model';
import type { ShownComparison } from './components/versions/comparison.ts';
import type { PaperFormat } from './components/report/PrintableReport.tsx';
import type { ImportSession } from './import-session.ts';
import type { SessionView } from './session-types.ts';
import type { Action, AppState } from './state.ts';
import type { ViewModel } from './view-model.ts';
import type { SavedView } from './views.ts';

/** The printable report, when open: its paper format and the map picture. */
export interface Printing {
  format: PaperFormat;
  image: string | null;
}

/** What the layout components do besides dispatching an action. */
export interface AppActions {
  select(id: string | null): void;
  /** An actor picked from the search, the tables or the details: focus on its details. */
  pickActor(id: string): void;
  closeDetails(): void;
  /** An actor clicked on the map (the focus stays on the map). */
  selectOnMap(id: string | null): void;
  /** Shows the map and centres it on an actor. */
  centerOn(id: string): void;
  /** Starts, steps or (null) leaves the presentation. */
  present(index: number | null): void;
  help(open: boolean): void;
  print(printing: Printing | null): void;
  /** What the workspace file keeps now (null without a workspace). */
  workspaceContents(): WorkspaceContents | null;
  downloadWorkspace(): void;
  captureView(base: Pick<SavedView, 'id' | 'title' | 'comment' | 'cumulative'>): SavedView | null;
  /** Freezes the workspace as it is now under `name` (null without a workspace). */
  freezeVersion(name: string): WorkspaceVersion | null;
  /** Opens the comparison of two versions' ids, or CURRENT (state.ts) for the workspace now. */
  compare(before: string, after: string): void;
  /** Does an edit (recorded for undo) and shows the workspace it gives; returns what the
   * engine said (errors: nothing was done). `select`: the actor to show afterwards
   * (`'added'`: the one the edit adds). */
  edit(edit: Edit, select?: string | null | 'added'): { ok: boolean; issues: EditIssue[] };
  /** Separates the two actors of an earlier merge (a new undoable edit), or says why not. */
  unmerge(entry: HistoryEntry): { ok: boolean; issues: EditIssue[] };
  undo(): void;
  redo(): void;
}

export interface AppContextValue {
  state: AppState;
  dispatch: Dispatch<Action>;
  /** The reference lists as shipped (the view model has them with the edited composition). */
  ref: ReferenceData;
  model: ViewModel;
  session: ImportSession;
  sessionView: SessionView;
  /** The workspace of this browser's list that is open (null: storage refused). */
  space: React.RefObject<string | null>;
  mapRef: RefObject<NetworkMap | null>;
  help: boolean;
  printing: Printing | null;
  actions: AppActions;
  /** The comparison open, computed (null: none). */
  comparison: ShownComparison | null;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp: outside the app');
  return value;
}
