// The head of every dialog of the app: its title (which labels the dialog) and a close
// button, the same in each.
import type { ReactNode } from 'react';

export function DialogHead({
  titleId,
  title,
  closeLabel,
  onClose,
}: {
  titleId: string;
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <div className="dialog-head">
      <h2 id={titleId}>{title}</h2>
      <button
        type="button"
        className="icon-button"
        onClick={onClose}
        aria-label={closeLabel}
        title={closeLabel}
      >
        ×
      </button>
    </div>
  );
}
