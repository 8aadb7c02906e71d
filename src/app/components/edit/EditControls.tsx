// The header's editing buttons: add an actor, undo and redo (their titles say what they
// would undo or redo, as describeEdit words it).
import { useState } from 'react';
import { describeEdit } from '../../../model';
import { useApp } from '../../app-context.ts';
import { useText } from '../../i18n/text-context.tsx';
import { ActorForm } from './ActorForm.tsx';

export function EditControls() {
  const t = useText();
  const { state, actions } = useApp();
  const [adding, setAdding] = useState(false);
  const lastDone = state.history.undo.at(-1);
  const lastUndone = state.history.redo.at(-1);
  const undoTitle = lastDone
    ? t.editUndoTitle(describeEdit(lastDone.edit)[t.lang])
    : t.editNothingToUndo;
  const redoTitle = lastUndone
    ? t.editRedoTitle(describeEdit(lastUndone.edit)[t.lang])
    : t.editNothingToRedo;
  return (
    <div className="edit-controls" role="group" aria-label={t.editGroup}>
      <button type="button" data-testid="add-actor" onClick={() => setAdding(true)}>
        {t.editAddActor}
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="undo"
        aria-label={undoTitle}
        title={undoTitle}
        disabled={!lastDone}
        onClick={actions.undo}
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="redo"
        aria-label={redoTitle}
        title={redoTitle}
        disabled={!lastUndone}
        onClick={actions.redo}
      >
        ↷
      </button>
      {adding && <ActorForm actor={null} onClose={() => setAdding(false)} />}
    </div>
  );
}
