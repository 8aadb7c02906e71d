// Importing into a workspace that has data asks what to do with it: replace the territory
// (its saved views go with it), add the files to it (read again with the ones it was made
// of), or keep it as a version and compare. Only the choices the app can carry out are
// shown. A native modal <dialog>: focus moves in and stays, Escape cancels.
import { useId } from 'react';
import type { ImportChoice, PendingImport } from '../../import-session.ts';
import { useText } from '../../i18n/text-context.tsx';
import { useModal } from '../../use-modal.ts';
import { DialogHead } from '../DialogHead.tsx';

interface Props {
  pending: PendingImport;
  /** The number of saved views the territory on screen has (replacing removes them). */
  views: number;
  onChoose: (choice: ImportChoice | null) => void;
}

export function ImportChoiceDialog({ pending, views, onChoose }: Props) {
  const t = useText();
  const { dialog, closed } = useModal(() => onChoose(null));
  const id = useId();
  const said: Record<ImportChoice, { label: string; help: string }> = {
    replace: { label: t.importReplace, help: t.importReplaceHelp(views) },
    add: { label: t.importAdd, help: t.importAddHelp },
    version: { label: t.importVersion, help: t.importVersionHelp },
  };
  return (
    <dialog
      ref={dialog}
      className="report-dialog import-choice-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="import-choice"
      onClose={closed}
    >
      <DialogHead
        titleId={`${id}-title`}
        title={t.importChoiceTitle}
        closeLabel={t.close}
        onClose={() => onChoose(null)}
      />
      <p>{t.importChoiceIntro(pending.files.join(', '))}</p>
      <ul className="import-choices">
        {pending.choices.map((choice) => (
          <li key={choice}>
            <button
              type="button"
              data-testid={`import-${choice}`}
              aria-describedby={`${id}-${choice}`}
              onClick={() => onChoose(choice)}
            >
              {said[choice].label}
            </button>
            <p id={`${id}-${choice}`}>{said[choice].help}</p>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" data-testid="import-cancel" onClick={() => onChoose(null)}>
          {t.cancel}
        </button>
      </div>
    </dialog>
  );
}
