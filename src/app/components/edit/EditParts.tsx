// The parts every edit form is made of: a native modal <dialog> with its head, a form whose
// refusal lists the engine's messages and moves the focus to the first field in error, a
// field's own messages beside it, the engine's warnings said again above the buttons, and
// the Cancel/Save row. The focus moves in and stays, Escape closes, the focus goes back to
// the button that opened it (use-modal.ts).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../../domain';
import type { EditIssue } from '../../../model';
import { firstInvalidField } from '../../editing.ts';
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
  /** The form's fields in their order on screen, as the engine names them: a refusal moves
   * the focus to the first in error (the form's element marked `data-field` with that name,
   * or the first control inside it). */
  fieldOrder: readonly string[];
  /** The engine's warnings while typing, said again above the buttons (none: no region). */
  warnings?: readonly EditIssue[];
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
  fieldOrder,
  warnings,
  onSave,
  onClose,
  children,
}: DialogProps) {
  const t = useText();
  const { dialog, closed, close } = useModal(onClose);
  const form = useRef<HTMLFormElement>(null);
  // Each refused save moves the focus to the first field in error (once its message shows).
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    const field = firstInvalidField(issues, fieldOrder);
    const marked = field && form.current?.querySelector(`[data-field="${CSS.escape(field)}"]`);
    if (!(marked instanceof HTMLElement)) return;
    const control = marked.matches('input, select, textarea')
      ? marked
      : marked.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
    // Only a new refusal moves the focus (not each render with the same issues).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusals]);
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
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (onSave()) close();
          else setRefusals((n) => n + 1);
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
        {warnings && <Warnings warnings={warnings} />}
        <SaveCancel onCancel={close} />
      </form>
    </dialog>
  );
}

/** Beside the save button, the warnings again, one item per field (in the order the engine
 * said them); polite: said when the typing gives a new warning, without taking the focus. */
function Warnings({ warnings }: { warnings: readonly EditIssue[] }) {
  const t = useText();
  const fields = [...new Set(warnings.map((w) => w.field))];
  return (
    <div className="edit-warnings" role="status" data-testid="edit-warnings">
      {fields.length > 0 && (
        <>
          <p>{t.editCheckTitle}</p>
          <ul>
            {fields.map((field) => (
              <li key={field}>
                {warnings
                  .filter((w) => w.field === field)
                  .map((w) => w.message[t.lang])
                  .join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
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
