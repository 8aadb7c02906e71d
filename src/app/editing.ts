// Edits made in the app, between the engine (model/edits) and the screen: the state the
// engine edits, taken from the workspace on the map, and what is shown after an edit — the
// graph rebuilt from the edited lists, with the positions kept and new actors placed near
// their partners (no new layout). Plain TypeScript, tested without a browser.
import type { ExpectedComposition, ReferenceData } from '../domain';
import { placeNear } from '../layout';
import {
  graphContents,
  NO_RULE_CHANGES,
  perform,
  rebuildGraph,
  redo,
  undo,
  unmerge,
  type Edit,
  type EditableState,
  type EditHistory,
  type EditIssue,
  type GraphAttributes,
  type HistoryEntry,
  type MaillageGraph,
  type Point,
  type SavedMapping,
} from '../model';

/** The workspace as the engine edits it. */
export function editableOf(
  graph: MaillageGraph,
  expected: ExpectedComposition[] | null,
  mappings: readonly SavedMapping[],
): EditableState {
  const { actors, links } = graphContents(graph);
  return { actors, links, expected, mappings: [...mappings], rules: NO_RULE_CHANGES };
}

/** What the app shows after an edit, an undo or a redo. */
export interface Edited {
  graph: MaillageGraph;
  /** Every actor's position: the ones known kept, the new ones near their partners. */
  positions: Record<string, Point>;
  history: EditHistory;
  expected: ExpectedComposition[] | null;
  /** The actor added (add-actor). */
  id?: string;
  /** Warnings: what was done with an unknown type, sector… */
  issues: EditIssue[];
}

export type EditOutcome = { ok: true; edited: Edited } | { ok: false; issues: EditIssue[] };

/** The first field an error is about, in the form's order on screen (`order`: the fields as
 * the engine names them in its issues), else the first error's: where a refused save moves
 * the focus. Null when no error. */
export function firstInvalidField(
  issues: readonly EditIssue[],
  order: readonly string[],
): string | null {
  const fields = issues.filter((i) => i.severity === 'error').map((i) => i.field);
  return order.find((f) => fields.includes(f)) ?? fields[0] ?? null;
}

/** A graph from the edited lists, keeping the graph's skipped-rows count. */
function graphOf(state: EditableState, before: MaillageGraph): MaillageGraph {
  const skipped = before.getAttribute('skipped') as GraphAttributes['skipped'] | undefined;
  return rebuildGraph(state.actors, state.links, skipped);
}

/** Positions for every actor of `graph`: those of `known`, and the others placed near the
 * partners already placed (in the graph's order, so a new actor linked to another new one
 * goes near it once it is placed). */
export function placedPositions(
  graph: MaillageGraph,
  known: Readonly<Record<string, Point>>,
): Record<string, Point> {
  const positions: Record<string, Point> = {};
  for (const id of graph.nodes()) {
    const p = known[id];
    if (p) positions[id] = { x: p.x, y: p.y };
  }
  const all = Object.values(positions);
  for (const id of graph.nodes()) {
    if (positions[id]) continue;
    const partners = graph
      .neighbors(id)
      .map((n) => positions[n])
      .filter((p): p is Point => p !== undefined);
    const p = placeNear(id, partners, all);
    positions[id] = p;
    all.push(p);
  }
  return positions;
}

function outcome(
  step: ReturnType<typeof perform>,
  before: MaillageGraph,
  known: Readonly<Record<string, Point>>,
): EditOutcome {
  if (!step.ok) return { ok: false, issues: step.issues };
  const graph = graphOf(step.state, before);
  const edited: Edited = {
    graph,
    positions: placedPositions(graph, known),
    history: step.history,
    expected: step.state.expected,
    issues: step.issues,
  };
  if (step.id !== undefined) edited.id = step.id;
  return { ok: true, edited };
}

/** The workspace on the map, its edit history and its positions. */
export interface EditBase {
  graph: MaillageGraph;
  expected: ExpectedComposition[] | null;
  mappings: readonly SavedMapping[];
  history: EditHistory;
  positions: Readonly<Record<string, Point>>;
}

/** Does `edit` (recorded in the history), or says why not. */
export function editWorkspace(base: EditBase, edit: Edit, ref: ReferenceData): EditOutcome {
  const state = editableOf(base.graph, base.expected, base.mappings);
  return outcome(perform(state, base.history, edit, ref), base.graph, base.positions);
}

/** Separates the two actors of an earlier merge (« Séparer »), as a new undoable edit; refused
 * (`unmerge-stale`) when what the merge touched has changed since. */
export function unmergeWorkspace(base: EditBase, entry: HistoryEntry): EditOutcome {
  const state = editableOf(base.graph, base.expected, base.mappings);
  return outcome(unmerge(state, base.history, entry), base.graph, base.positions);
}

/** Undoes (or redoes) the last edit; null when there is none. */
export function stepHistory(base: EditBase, direction: 'undo' | 'redo'): EditOutcome | null {
  if ((direction === 'undo' ? base.history.undo : base.history.redo).length === 0) return null;
  const state = editableOf(base.graph, base.expected, base.mappings);
  const step = (direction === 'undo' ? undo : redo)(state, base.history);
  return outcome(step, base.graph, base.positions);
}

/** Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac, Ctrl+Y too), not while typing in a field. */
export function historyKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: { tagName?: string; isContentEditable?: boolean } | null;
}): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const tag = event.target?.tagName?.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return null;
  if (event.target?.isContentEditable) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}
