// The parts every edit form is made of: a native modal <dialog> with its head, a form whose
// refusal lists the engine's messages, a field's own messages beside it, and the
// Cancel/Save row. The focus moves in and stays, Escape closes, the focus goes back to the
// button that opened it (use-modal.ts).
import { useRef, type ReactNode } from 'react';
import type { Lang } from '../../../domain';
import type { EditIssue } from '../../../model';
import { useText } from '../../i18n/text-context.tsx';
import { useModal } from '../../use-modal.ts';
import { DialogHead } from '../DialogHead.tsx';

/** The errors the engine gave about one field. */
export const errorsOf = (issues: readonly EditIssue[], field: string): EditIssue[] =>
  issues.filter((i) => i.field === field && i.severity === 'error');

/** A field's errors in the current language, for aria-describedby (nothing when none). */
export function FieldErrors({
  id,
  testId,
  errors,
  lang,
  children,
}: {
  id: string;
  testId: string;
  errors: readonly EditIssue[];
  lang: Lang;
  /** More beside the message (an offer to edit the existing link…). */
  children?: ReactNode;
}) {
  if (errors.length === 0) return null;
  return (
    <span id={id} className="edit-error" data-testid={testId}>
      {errors.map((i) => i.message[lang]).join(' ')}
      {children}
    </span>
  );
}

interface DialogProps {
  titleId: string;
  title: string;
  testId: string;
  issues: readonly EditIssue[];
  /** Saves; true: done, the dialog closes. */
  onSave: () => boolean;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog, its form and its buttons; `onClose` is called once. */
export function EditDialog({
  titleId,
  title,
  testId,
  issues,
  onSave,
  onClose,
  children,
}: DialogProps) {
  const t = useText();
  const done = useRef(false);
  const close = () => {
    if (done.current) return;
    done.current = true;
    onClose();
  };
  const { dialog, closed } = useModal(close);
  return (
    <dialog
      ref={dialog}
      className="dialog edit-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={closed}
    >
      <DialogHead titleId={titleId} title={title} closeLabel={t.close} onClose={close} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (onSave()) close();
        }}
      >
        {issues.some((i) => i.severity === 'error') && (
          <div role="alert" className="edit-errors" data-testid="edit-errors">
            <p>{t.editRefused}</p>
            <ul>
              {issues.map((i, n) => (
                <li key={n}>{i.message[t.lang]}</li>
              ))}
            </ul>
          </div>
        )}
        {children}
        <SaveCancel onCancel={close} />
      </form>
    </dialog>
  );
}

/** The edit forms' last row: Cancel, then Save (the form's submit). */
export function SaveCancel({ onCancel }: { onCancel: () => void }) {
  const t = useText();
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {t.editCancel}
      </button>
      <button type="submit" className="primary" data-testid="edit-save">
        {t.editSave}
      </button>
    </div>
  );
}
