// The head of every dialog of the app: its title (which labels the dialog) and a close
// button, the same in each.
import type { ReactNode } from 'react';
import { IconButton } from './IconButton.tsx';

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
      <IconButton label={closeLabel} onClick={onClose}>
        ×
      </IconButton>
    </div>
  );
}
