// Where the keyboard focus goes when part of the page changes: to what a skip link or a pick
// names, and back to where it was when a view, a dialog or an actor's details close (RGAA 7,
// 12: focus is never lost to the top of the page).

/** An element that can take the focus back: still in the page, shown, not behind a modal. */
export function canRefocus(element: Element | null | undefined): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    element !== document.body &&
    element.getClientRects().length > 0 &&
    !element.closest('[inert]')
  );
}

/** The element with the focus now, when another one may take it back later. */
export function focusedElement(): HTMLElement | null {
  const element = document.activeElement;
  return canRefocus(element) ? element : null;
}

/**
 * Focuses the first element that can take it, once React has drawn the change (next frame):
 * each candidate is an element or a selector.
 */
export function focusSoon(...candidates: (HTMLElement | string | null | undefined)[]): void {
  requestAnimationFrame(() => {
    for (const candidate of candidates) {
      const element = typeof candidate === 'string' ? document.querySelector(candidate) : candidate;
      if (canRefocus(element)) {
        element.focus();
        return;
      }
    }
  });
}
