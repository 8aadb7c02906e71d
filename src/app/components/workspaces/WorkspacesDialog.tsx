// "Mes territoires": the workspaces kept in this browser (one per territory or year), each
// autosaved. Open one (the page reopens on it, the one on screen saved first as the page
// closes), rename, duplicate, delete (asked twice), start a new one; the storage used.
// A native modal <dialog>: focus moves in and stays, Escape closes.
import { useCallback, useEffect, useId, useState } from 'react';
import {
  chooseWorkspace,
  deleteWorkspace,
  duplicateWorkspace,
  listWorkspaces,
  renameWorkspace,
  type WorkspaceEntry,
} from '../../../workers';
import { useText } from '../../i18n/text-context.tsx';
import { useModal } from '../../use-modal.ts';
import { DialogHead } from '../DialogHead.tsx';

interface Props {
  /** The workspace open now (null: storage refused). */
  current: string | null;
  onClose: () => void;
}

/** Reopens the page on the workspace now chosen. */
function reopen(): void {
  window.location.reload();
}

export function WorkspacesDialog({ current, onClose }: Props) {
  const t = useText();
  const { dialog, closed } = useModal(onClose);
  const id = useId();
  const [entries, setEntries] = useState<WorkspaceEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [used, setUsed] = useState<{ usage: number; quota: number } | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  const refresh = useCallback(() => {
    listWorkspaces().then(setEntries, () => setFailed(true));
    void navigator.storage
      ?.estimate?.()
      .then((e) => setUsed({ usage: e.usage ?? 0, quota: e.quota ?? 0 }))
      .catch(() => undefined);
  }, []);
  useEffect(refresh, [refresh]);
  const act = (work: Promise<unknown>) => work.then(refresh, () => setFailed(true));

  const remove = async (entry: WorkspaceEntry) => {
    await deleteWorkspace(entry.id);
    if (entry.id !== current) return;
    const other = entries?.find((e) => e.id !== entry.id);
    await chooseWorkspace(other?.id ?? null);
    reopen();
  };

  return (
    <dialog
      ref={dialog}
      className="report-dialog workspaces-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="workspaces"
      onClose={closed}
    >
      <DialogHead
        titleId={`${id}-title`}
        title={t.workspacesTitle}
        closeLabel={t.close}
        onClose={onClose}
      />
      <p>{t.workspacesIntro}</p>
      {failed && <p className="notice error">{t.workspacesFailed}</p>}
      {used && used.quota > 0 && (
        <p data-testid="storage-used">{t.storageUsed(used.usage, used.quota)}</p>
      )}
      <ul className="workspace-list" data-testid="workspace-list">
        {(entries ?? []).map((entry) => {
          const name = entry.name || t.untitledWorkspace;
          return (
            <li key={entry.id} data-testid="workspace-entry" data-current={entry.id === current}>
              {renaming?.id === entry.id ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    setRenaming(null);
                    void act(renameWorkspace(entry.id, renaming.name.trim()));
                  }}
                >
                  <label>
                    {t.workspaceName}{' '}
                    <input
                      data-testid="workspace-name"
                      value={renaming.name}
                      autoFocus
                      onChange={(e) => setRenaming({ id: entry.id, name: e.target.value })}
                    />
                  </label>{' '}
                  <button type="submit">{t.workspaceRenameSave}</button>
                </form>
              ) : (
                <span className="workspace-name" data-testid="workspace-entry-name">
                  {name}
                </span>
              )}
              <span className="workspace-facts">
                {entry.id === current ? `${t.workspaceCurrent} · ` : ''}
                {t.workspaceFacts(entry.actors, entry.updated)}
              </span>
              <span className="workspace-actions">
                {entry.id !== current && (
                  <button
                    type="button"
                    data-testid="workspace-open"
                    onClick={() => void chooseWorkspace(entry.id).then(reopen)}
                  >
                    {t.workspaceOpen}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                )}
                <button
                  type="button"
                  data-testid="workspace-rename"
                  onClick={() => setRenaming({ id: entry.id, name: entry.name })}
                >
                  {t.workspaceRename}
                  <span className="visually-hidden"> {name}</span>
                </button>
                <button
                  type="button"
                  data-testid="workspace-duplicate"
                  onClick={() => void act(duplicateWorkspace(entry.id, t.workspaceCopyName))}
                >
                  {t.workspaceDuplicate}
                  <span className="visually-hidden"> {name}</span>
                </button>
                {deleting === entry.id ? (
                  <button
                    type="button"
                    className="danger"
                    data-testid="workspace-delete-confirm"
                    onClick={() => {
                      setDeleting(null);
                      void act(remove(entry));
                    }}
                  >
                    {t.workspaceDeleteConfirm(name)}
                  </button>
                ) : (
                  <button
                    type="button"
                    data-testid="workspace-delete"
                    onClick={() => setDeleting(entry.id)}
                  >
                    {t.workspaceDelete}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        <button
          type="button"
          data-testid="workspace-new"
          onClick={() => void chooseWorkspace(null).then(reopen)}
        >
          {t.workspaceNew}
        </button>
      </div>
    </dialog>
  );
}
