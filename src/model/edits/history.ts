// Undo and redo: each edit done is kept as its command and its patch (plain JSON), so the
// history is saved with the workspace and survives a reload. Undo applies the patch
// backwards, redo forwards; a new edit empties the redo stack. At most HISTORY_CAP entries.
import type { Localized, ReferenceData } from '../../domain';
import { applyEdit, type Edit } from './operations.ts';
import type { EditIssue } from './fields.ts';
import { EDIT_LABELS, HISTORY_STALE, UNMERGE_STALE } from './messages.ts';
import {
  applyPatch,
  invertPatch,
  isEmptyPatch,
  PatchMismatch,
  type EditableState,
  type Patch,
} from './patch.ts';

export const HISTORY_CAP = 200;

/** An edit done: its command (what the user asked, for the labels) and its patch. */
export interface HistoryEntry {
  edit: Edit | { kind: 'unmerge'; kept: string; absorbed: string };
  patch: Patch;
  /** ISO 8601. */
  at: string;
}

export interface EditHistory {
  /** Oldest first; the last one is undone first. */
  undo: HistoryEntry[];
  /** The last one undone last: redone first. */
  redo: HistoryEntry[];
}

export const emptyHistory = (): EditHistory => ({ undo: [], redo: [] });

export type Step =
  | { ok: true; state: EditableState; history: EditHistory; issues: EditIssue[]; id?: string }
  | { ok: false; issues: EditIssue[] };

/** Does an edit and records it (an edit that changes nothing is not recorded). */
export function perform(
  state: EditableState,
  history: EditHistory,
  edit: Edit,
  ref: ReferenceData,
  now: Date = new Date(),
): Step {
  const result = applyEdit(state, edit, ref);
  if (!result.ok) return result;
  const step: Step = {
    ok: true,
    state: result.state,
    history: isEmptyPatch(result.patch)
      ? history
      : record(history, { edit, patch: result.patch, at: now.toISOString() }),
    issues: result.issues,
  };
  if (result.id !== undefined) step.id = result.id;
  return step;
}

function record(history: EditHistory, entry: HistoryEntry): EditHistory {
  return { undo: [...history.undo, entry].slice(-HISTORY_CAP), redo: [] };
}

const STALE: EditIssue = {
  severity: 'error',
  code: 'history-mismatch',
  field: 'history',
  message: HISTORY_STALE,
};

function patched(state: EditableState, patch: Patch): EditableState | null {
  try {
    return applyPatch(state, patch);
  } catch (e) {
    if (e instanceof PatchMismatch) return null;
    throw e;
  }
}

export function undo(state: EditableState, history: EditHistory): Step {
  const entry = history.undo.at(-1);
  if (!entry) return { ok: true, state, history, issues: [] };
  const next = patched(state, invertPatch(entry.patch));
  if (!next) return { ok: false, issues: [STALE] };
  return {
    ok: true,
    state: next,
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] },
    issues: [],
  };
}

export function redo(state: EditableState, history: EditHistory): Step {
  const entry = history.redo.at(-1);
  if (!entry) return { ok: true, state, history, issues: [] };
  const next = patched(state, entry.patch);
  if (!next) return { ok: false, issues: [STALE] };
  return {
    ok: true,
    state: next,
    history: { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) },
    issues: [],
  };
}

/**
 * The merges that can still be undone alone (newest first), for a « Séparer » button: those
 * in the undo history that no later unmerge of the same two actors has undone.
 */
export function undoableMerges(history: EditHistory): HistoryEntry[] {
  const standing = new Map<string, HistoryEntry[]>();
  for (const entry of history.undo) {
    const edit = entry.edit;
    if (edit.kind !== 'merge-actors' && edit.kind !== 'unmerge') continue;
    const pair = `${edit.kept}\u0000${edit.absorbed}`;
    const merges = standing.get(pair) ?? [];
    if (edit.kind === 'merge-actors') merges.push(entry);
    else merges.pop();
    standing.set(pair, merges);
  }
  const live = new Set([...standing.values()].flat());
  return history.undo.filter((entry) => live.has(entry)).reverse();
}

/**
 * Undoes a merge done earlier, even after other edits, as a new edit (itself undoable):
 * refused when the actors or links it touched have changed since.
 */
export function unmerge(
  state: EditableState,
  history: EditHistory,
  entry: HistoryEntry,
  now: Date = new Date(),
): Step {
  if (entry.edit.kind !== 'merge-actors') return { ok: false, issues: [STALE] };
  const inverse = invertPatch(entry.patch);
  const next = patched(state, inverse);
  if (!next) {
    return {
      ok: false,
      issues: [
        {
          ...STALE,
          code: 'unmerge-stale',
          message: UNMERGE_STALE,
        },
      ],
    };
  }
  const { kept, absorbed } = entry.edit;
  return {
    ok: true,
    state: next,
    history: record(history, {
      edit: { kind: 'unmerge', kept, absorbed },
      patch: inverse,
      at: now.toISOString(),
    }),
    issues: [],
  };
}

/** What undo / redo would do, for the buttons' titles (« Annuler : ajout d’un acteur »). */
export function describeEdit(edit: HistoryEntry['edit']): Localized {
  return EDIT_LABELS[edit.kind];
}
