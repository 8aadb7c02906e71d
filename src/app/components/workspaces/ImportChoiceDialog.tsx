// Importing into a workspace that has data asks what to do with it. A newer inventory of the
// same territory is the likely case, so the first choice, when the app can carry it out, is
// to keep the territory shown as a version (under a dated name the user may change) and
// compare; then replace the territory (its saved views go with it), or add the files to it
// (read again with the ones it was made of). A native modal <dialog>: focus moves in and
// stays, Escape cancels.
import { useId, useState } from 'react';
import type { ImportChoice, PendingImport } from '../../session-types.ts';
import { useText } from '../../i18n/text-context.tsx';
import { useModal } from '../../use-modal.ts';
import { DialogHead } from '../DialogHead.tsx';

interface Props {
  pending: PendingImport;
  /** The number of saved views the territory on screen has (replacing removes them). */
  views: number;
  /** The choice, and the name of the version kept when it is 'version' (null: cancelled). */
  onChoose: (choice: ImportChoice | null, versionName?: string) => void;
}

export function ImportChoiceDialog({ pending, views, onChoose }: Props) {
  const t = useText();
  const { dialog, closed } = useModal(() => onChoose(null));
  const id = useId();
  const [name, setName] = useState(() => t.verDefaultName(new Date()));
  const said: Record<ImportChoice, { label: string; help: string }> = {
    replace: { label: t.importReplace, help: t.importReplaceHelp(views) },
    add: { label: t.importAdd, help: t.importAddHelp },
    version: { label: t.importVersion, help: t.importVersionHelp },
  };
  const offersVersion = pending.choices.includes('version');
  const others = pending.choices.filter((c) => c !== 'version');
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
      {offersVersion && (
        <form
          className="import-version"
          aria-describedby={`${id}-version`}
          onSubmit={(e) => {
            e.preventDefault();
            onChoose('version', name.trim() || t.verDefaultName(new Date()));
          }}
        >
          <p id={`${id}-version`}>{said.version.help}</p>
          <label htmlFor={`${id}-name`}>{t.importVersionName}</label>
          <div className="import-version-row">
            <input
              id={`${id}-name`}
              data-testid="import-version-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="primary" data-testid="import-version">
              {said.version.label}
            </button>
          </div>
        </form>
      )}
      {offersVersion && others.length > 0 && <p className="import-or">{t.importOr}</p>}
      <ul className="import-choices">
        {others.map((choice) => (
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
