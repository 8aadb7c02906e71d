// A native <dialog> shown as a modal for as long as its component is mounted: the page
// behind is inert (focus stays in), Escape closes it, and when it goes the focus goes
// back to whatever had it before (the button that opened it). It ends once: its close
// button, a save, Escape and its own close event on unmount say so to the app one time.
import { useEffect, useRef } from 'react';

export interface Modal {
  dialog: React.RefObject<HTMLDialogElement | null>;
  /** For the dialog's onClose: calls `onClose` unless the dialog is open again (a close
   * event arrives after its task; an effect run twice closes and opens it meanwhile). */
  closed: () => void;
  /** Closes it (close buttons, a save): `onClose`, unless it has ended already. */
  close: () => void;
  /** Ends it with `end` instead of `onClose` (applied, chosen…), unless it has ended. */
  endWith: (end: () => void) => void;
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
  const ended = useRef(false);
  const endWith = (end: () => void) => {
    if (ended.current) return;
    ended.current = true;
    end();
  };
  const close = () => endWith(onClose);
  const closed = () => {
    if (!dialog.current?.open) close();
  };
  return { dialog, closed, close, endWith };
}
