// A native <dialog> shown as a modal for as long as its component is mounted: the page
// behind is inert (focus stays in), Escape closes it, and when it goes the focus goes
// back to whatever had it before (the button that opened it).
import { useEffect, useRef } from 'react';

export interface Modal {
  dialog: React.RefObject<HTMLDialogElement | null>;
  /** For the dialog's onClose: calls `onClose` unless the dialog is open again (a close
   * event arrives after its task; an effect run twice closes and opens it meanwhile). */
  closed: () => void;
}

export function useModal(onClose: () => void): Modal {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const closed = () => {
    if (!dialog.current?.open) onClose();
  };
  return { dialog, closed };
}
