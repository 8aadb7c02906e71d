// A menu of the map's toolbar: a disclosure (a native details/summary, so the button says
// whether it is open) whose panel holds the menu's controls. Enter or a click opens it;
// the down and up arrows go from the button into the panel and from button to button
// (not out of a list, a text field or a choice of radio buttons, whose arrows are their
// own); Escape closes it with the focus back on its button, and so does a click
// elsewhere (the focus stays where it was clicked).
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './ToolbarMenu.css';

interface Props {
  /** The button's text. */
  label: ReactNode;
  /** The button's accessible name, when its text is shorter. */
  ariaLabel?: string;
  /** The id of the element that names the panel. */
  panelLabelledBy: string;
  /** Extra classes of the menu and of its panel. */
  className?: string;
  panelClassName?: string;
  testId: string;
  buttonTestId?: string;
  children: ReactNode;
}

/** The controls of the panel the arrows go through, in order (a choice of radio buttons or a
 * field is reached with Tab: the arrows are its own). */
const CONTROLS = 'button:not(:disabled), select:not(:disabled), a[href]';
/** Controls that use the arrows themselves. */
const OWN_ARROWS = 'select, input, textarea';

export function ToolbarMenu(props: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const details = menu.current;
      if (details && e.target instanceof Node && !details.contains(e.target)) details.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <details
      ref={menu}
      className={props.className ? `toolbar-menu ${props.className}` : 'toolbar-menu'}
      data-testid={props.testId}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={menuKeys}
    >
      <summary aria-label={props.ariaLabel} data-testid={props.buttonTestId}>
        {props.label}
      </summary>
      <div
        className={
          props.panelClassName ? `toolbar-menu-panel ${props.panelClassName}` : 'toolbar-menu-panel'
        }
        role="group"
        aria-labelledby={props.panelLabelledBy}
      >
        {props.children}
      </div>
    </details>
  );
}

/** Escape closes the menu; the arrows open it and go from button to button. */
function menuKeys(e: KeyboardEvent<HTMLDetailsElement>): void {
  const details = e.currentTarget;
  const button = details.querySelector('summary');
  if (e.key === 'Escape' && details.open) {
    e.preventDefault();
    e.stopPropagation();
    details.open = false;
    button?.focus();
    return;
  }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const from = e.target instanceof HTMLElement ? e.target : null;
  if (!from || from.matches(OWN_ARROWS)) return;
  const controls = [...details.querySelectorAll<HTMLElement>(`summary ~ * :is(${CONTROLS})`)];
  if (controls.length === 0) return;
  e.preventDefault();
  details.open = true;
  const at = from === button ? -1 : controls.indexOf(from);
  const step = e.key === 'ArrowDown' ? 1 : -1;
  const next =
    at < 0 ? (step > 0 ? 0 : controls.length - 1) : (at + step + controls.length) % controls.length;
  controls[next]?.focus();
}
