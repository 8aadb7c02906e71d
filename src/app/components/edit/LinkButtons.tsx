// The buttons that edit links where they are listed: "Add a link" under an actor's
// partners, and beside each link (a partner in the details, a row of the links table) its
// edit and delete. Deleting asks first (and can be undone: Ctrl+Z, the header's button).
import { useState } from 'react';
import { useApp } from '../../app-context.ts';
import { useText } from '../../i18n/text-context.tsx';
import { LinkForm } from './LinkForm.tsx';

export function AddLinkButton({ from }: { from: string }) {
  const t = useText();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <button type="button" data-testid="add-link" onClick={() => setAdding(true)}>
        {t.linkAdd}
      </button>
      {adding && <LinkForm from={from} onClose={() => setAdding(false)} />}
    </>
  );
}

interface Props {
  /** The link's two ends (the first is the one the list is about, if any). */
  a: string;
  b: string;
  /** Their names as shown. */
  nameA: string;
  nameB: string;
}

export function LinkEditButtons({ a, b, nameA, nameB }: Props) {
  const t = useText();
  const { actions } = useApp();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmId = `confirm-link-${a}-${b}`;
  return (
    <span className="link-edit-buttons">
      <button
        type="button"
        className="link-button"
        data-testid="edit-link"
        aria-label={t.linkEditOf(nameA, nameB)}
        title={t.linkEditOf(nameA, nameB)}
        onClick={() => setEditing(true)}
      >
        {t.editActor}
      </button>
      <button
        type="button"
        className="link-button"
        data-testid="delete-link"
        aria-label={t.linkDeleteOf(nameA, nameB)}
        title={t.linkDeleteOf(nameA, nameB)}
        aria-expanded={confirming}
        onClick={() => setConfirming(!confirming)}
      >
        {t.editDelete}
      </button>
      {confirming && (
        <span className="edit-confirm" role="group" aria-labelledby={confirmId}>
          <span id={confirmId}>{t.linkDeleteConfirm(nameA, nameB)}</span>{' '}
          <button
            type="button"
            className="danger"
            data-testid="delete-link-confirm"
            ref={(button) => button?.focus()}
            onClick={() => {
              setConfirming(false);
              actions.edit({ kind: 'delete-link', source: a, target: b });
            }}
          >
            {t.editDelete}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t.editCancel}
          </button>
        </span>
      )}
      {editing && <LinkForm from={a} to={b} onClose={() => setEditing(false)} />}
    </span>
  );
}
