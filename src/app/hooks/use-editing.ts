// Editing: the engine gives the edited lists; the workspace is written as a workspace file
// (positions kept, new actors near their partners) and reopened through the pipeline
// worker, which rebuilds the graph, autosaves it and runs the analysis. Undoing a merge,
// and undo/redo (with Ctrl+Z / Ctrl+Shift+Z), go the same way.
import { useEffect, useRef, type Dispatch } from 'react';
import type { ReferenceData } from '../../domain';
import { toWorkspaceFile, type WorkspaceContents } from '../../model';
import type { AppActions } from '../app-context.ts';
import {
  editWorkspace,
  historyKey,
  stepHistory,
  unmergeWorkspace,
  type EditBase,
  type Edited,
} from '../editing.ts';
import type { ImportSession } from '../import-session.ts';
import type { Action, AppState } from '../state.ts';

export type EditActions = Pick<AppActions, 'edit' | 'unmerge' | 'undo' | 'redo'>;

export function useEditing(
  state: AppState,
  dispatch: Dispatch<Action>,
  ref: ReferenceData,
  session: ImportSession,
  workspaceContents: () => WorkspaceContents | null,
): EditActions {
  const editBase = (): EditBase | null => {
    const contents = workspaceContents();
    if (!contents) return null;
    return {
      graph: contents.graph,
      expected: state.expected,
      mappings: state.mappings,
      history: state.history,
      positions: contents.positions ?? {},
    };
  };
  const showEdited = (edited: Edited, selected: string | null) => {
    const contents = workspaceContents();
    if (!contents) return;
    const text = toWorkspaceFile({
      ...contents,
      graph: edited.graph,
      expected: edited.expected,
      positions: edited.positions,
      history: edited.history,
    });
    session.openEdited(text, selected);
  };
  const edit: EditActions['edit'] = (change, select) => {
    const base = editBase();
    if (!base) return { ok: false, issues: [] };
    const result = editWorkspace(base, change, ref);
    if (!result.ok) return { ok: false, issues: result.issues };
    const { edited } = result;
    const shown = select === 'added' ? (edited.id ?? null) : (select ?? state.selected);
    showEdited(edited, shown);
    return { ok: true, issues: edited.issues };
  };
  const unmerge: EditActions['unmerge'] = (entry) => {
    const base = editBase();
    if (!base) return { ok: false, issues: [] };
    const result = unmergeWorkspace(base, entry);
    if (!result.ok) return { ok: false, issues: result.issues };
    showEdited(result.edited, state.selected);
    return { ok: true, issues: result.edited.issues };
  };
  const step = (direction: 'undo' | 'redo') => {
    const base = editBase();
    const result = base && stepHistory(base, direction);
    if (!result) return;
    if (!result.ok) {
      dispatch({
        type: 'notice',
        notice: { step: 'edit', detail: result.issues[0]?.message[state.lang] ?? '' },
      });
      return;
    }
    showEdited(result.edited, state.selected);
  };
  useUndoKeys(step);
  return { edit, unmerge, undo: () => step('undo'), redo: () => step('redo') };
}

/** Ctrl+Z / Ctrl+Shift+Z, anywhere but in a field (where they undo the typing) or a dialog. */
function useUndoKeys(step: (direction: 'undo' | 'redo') => void): void {
  const stepRef = useRef(step);
  stepRef.current = step;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const direction = historyKey({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        target,
      });
      if (!direction || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      stepRef.current(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
