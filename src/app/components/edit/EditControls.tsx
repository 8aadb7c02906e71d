// The header's editing buttons: add an actor, undo and redo (their titles say what they
// would undo or redo, as describeEdit words it).
import { useState } from 'react';
import { describeEdit } from '../../../model';
import { useApp } from '../../app-context.ts';
import { useText } from '../../i18n/text-context.tsx';
import { IconButton } from '../IconButton.tsx';
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
      {/* Icons, named by their labels: the header must hold on one row at 1366 px. */}
      <IconButton testId="add-actor" label={t.editAddActor} onClick={() => setAdding(true)}>
        +
      </IconButton>
      <IconButton testId="undo" label={undoTitle} disabled={!lastDone} onClick={actions.undo}>
        ↶
      </IconButton>
      <IconButton testId="redo" label={redoTitle} disabled={!lastUndone} onClick={actions.redo}>
        ↷
      </IconButton>
      {adding && <ActorForm actor={null} onClose={() => setAdding(false)} />}
    </div>
  );
}
