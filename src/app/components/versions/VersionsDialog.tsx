// « Versions »: freeze the workspace under a name, rename or delete the frozen versions
// (deleting asks first), and choose two states to compare. A native modal <dialog>.
import { useId, useState } from 'react';
import type { WorkspaceVersion } from '../../../model';
import { useApp } from '../../app-context.ts';
import { useText } from '../../i18n/text-context.tsx';
import { CURRENT } from '../../state.ts';
import { useModal } from '../../use-modal.ts';
import { DialogHead } from '../DialogHead.tsx';

export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const t = useText();
  const { state, dispatch, actions } = useApp();
  const { versions } = state;
  const { dialog, closed } = useModal(onClose);
  const id = useId();
  const [name, setName] = useState(() => t.verDefaultName(new Date()));
  const [frozen, setFrozen] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const last = versions.at(-1)?.id;
  const [before, setBefore] = useState(last ?? CURRENT);
  const [after, setAfter] = useState(CURRENT);
  const choices = [
    ...versions.map((v) => ({ id: v.id, name: v.name })),
    { id: CURRENT, name: t.verCurrent },
  ];
  const known = (v: string) => choices.some((c) => c.id === v);
  const from = known(before) ? before : (last ?? CURRENT);
  const to = known(after) ? after : CURRENT;

  const freeze = () => {
    const version = actions.freezeVersion(name.trim() || t.verDefaultName(new Date()));
    if (version) {
      setFrozen(t.verFrozen(version.name));
      setBefore(version.id);
    }
  };
  const rename = () => {
    if (!renaming) return;
    const newName = renaming.name.trim();
    if (newName) {
      dispatch({
        type: 'versions',
        versions: versions.map((v) => (v.id === renaming.id ? { ...v, name: newName } : v)),
      });
    }
    setRenaming(null);
  };
  const remove = (versionId: string) => {
    dispatch({ type: 'versions', versions: versions.filter((v) => v.id !== versionId) });
    setDeleting(null);
  };

  return (
    <dialog
      ref={dialog}
      className="report-dialog versions-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="versions-dialog"
      onClose={closed}
    >
      <DialogHead
        titleId={`${id}-title`}
        title={t.verTitle}
        closeLabel={t.close}
        onClose={onClose}
      />
      <div className="versions-body">
        <p>{t.verIntro}</p>
        <form
          className="versions-freeze"
          onSubmit={(e) => {
            e.preventDefault();
            freeze();
          }}
        >
          <label htmlFor={`${id}-name`}>{t.verFreezeLabel}</label>
          <input
            id={`${id}-name`}
            data-testid="version-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary" data-testid="freeze-version">
            {t.verFreeze}
          </button>
        </form>
        <p role="status" className="muted" data-testid="version-status">
          {frozen}
        </p>

        <h3>{t.verListTitle}</h3>
        {versions.length === 0 ? (
          <p className="muted">{t.verNone}</p>
        ) : (
          <ul className="plain versions-list" data-testid="versions-list">
            {versions.map((v) => (
              <VersionItem
                key={v.id}
                version={v}
                renaming={renaming?.id === v.id ? renaming.name : null}
                deleting={deleting === v.id}
                onRenaming={(name) => setRenaming(name === null ? null : { id: v.id, name })}
                onRename={rename}
                onDeleting={(asked) => setDeleting(asked ? v.id : null)}
                onDelete={() => remove(v.id)}
              />
            ))}
          </ul>
        )}

        <h3>{t.verCompareTitle}</h3>
        <form
          className="versions-compare"
          onSubmit={(e) => {
            e.preventDefault();
            if (from !== to) actions.compare(from, to);
          }}
        >
          <VersionChoice
            label={t.verBefore}
            testId="compare-before"
            value={from}
            choices={choices}
            onChange={setBefore}
          />
          <VersionChoice
            label={t.verAfter}
            testId="compare-after"
            value={to}
            choices={choices}
            onChange={setAfter}
          />
          <button
            type="submit"
            className="primary"
            data-testid="compare-button"
            disabled={from === to}
          >
            {t.verCompare}
          </button>
          {from === to && <span className="muted">{t.verSame}</span>}
        </form>
      </div>
    </dialog>
  );
}

/** One side of the comparison: a version, or the workspace now. */
function VersionChoice(props: {
  label: string;
  testId: string;
  value: string;
  choices: readonly { id: string; name: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface ItemProps {
  version: WorkspaceVersion;
  /** The name being typed while it is renamed (null: not renamed now). */
  renaming: string | null;
  /** Its deletion is being asked. */
  deleting: boolean;
  onRenaming: (name: string | null) => void;
  onRename: () => void;
  onDeleting: (asked: boolean) => void;
  onDelete: () => void;
}

/** A version of the list: its name, date and counts, renamed in place, deleted if confirmed. */
function VersionItem({
  version: v,
  renaming,
  deleting,
  onRenaming,
  onRename,
  onDeleting,
  onDelete,
}: ItemProps) {
  const t = useText();
  return (
    <li data-testid="version-item" data-version={v.id}>
      {renaming !== null ? (
        <form
          className="versions-rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename();
          }}
        >
          <input
            aria-label={t.verRenameLabel(v.name)}
            data-testid="version-rename-input"
            value={renaming}
            autoFocus
            onChange={(e) => onRenaming(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                onRenaming(null);
              }
            }}
          />
          <button type="submit" data-testid="version-rename-save">
            {t.verSave}
          </button>
          <button type="button" onClick={() => onRenaming(null)}>
            {t.verCancel}
          </button>
        </form>
      ) : (
        <>
          <strong data-testid="version-label">{v.name}</strong>{' '}
          <span className="muted">
            {t.verDate(v.date)} · {t.verCounts(v.actors.length, v.links.length)}
          </span>
          <span className="versions-item-actions">
            <button type="button" data-testid="version-rename" onClick={() => onRenaming(v.name)}>
              {t.verRename(v.name)}
            </button>
            <button type="button" data-testid="version-delete" onClick={() => onDeleting(true)}>
              {t.verDelete(v.name)}
            </button>
          </span>
        </>
      )}
      {deleting && (
        <div
          className="versions-confirm"
          role="alertdialog"
          aria-label={t.verDeleteConfirm(v.name)}
        >
          <p>{t.verDeleteConfirm(v.name)}</p>
          <button
            type="button"
            className="danger"
            data-testid="version-delete-confirm"
            autoFocus
            onClick={onDelete}
          >
            {t.verDeleteYes}
          </button>
          <button type="button" onClick={() => onDeleting(false)}>
            {t.verCancel}
          </button>
        </div>
      )}
    </li>
  );
}
