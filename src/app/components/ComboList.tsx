// The list of a combobox (use-combobox.ts) and what a screen reader is told of it: the
// matches as options, or one disabled option saying there is none; the count found said
// politely as it changes (or, list closed, what `idle` says).
import type { ReactNode } from 'react';
import type { Combobox } from '../use-combobox.ts';

interface Props<T> {
  box: Combobox<T>;
  label: string;
  className: string;
  testId: string;
  /** Said, and shown as the one option, when nothing matches. */
  none: string;
  found: (count: number) => string;
  /** Said while the list is closed. */
  idle?: string;
  children: (item: T) => ReactNode;
}

export function ComboList<T extends { id: string }>(props: Props<T>) {
  const { box, none } = props;
  const status = box.expanded
    ? box.results.length
      ? props.found(box.results.length)
      : none
    : (props.idle ?? '');
  return (
    <>
      <ul
        id={box.listId}
        role="listbox"
        aria-label={props.label}
        className={props.className}
        hidden={!box.expanded}
        data-testid={props.testId}
      >
        {box.results.map((r, i) => (
          <li key={r.id} {...box.option(i)}>
            {props.children(r)}
          </li>
        ))}
        {box.expanded && box.results.length === 0 && (
          <li className="no-result" role="option" aria-disabled="true" aria-selected={false}>
            {none}
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
