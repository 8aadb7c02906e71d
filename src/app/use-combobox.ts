// The ARIA 1.2 combobox pattern, for the search box and the actor picker of the link form:
// an input that controls a listbox of matches; the arrows move the active option, Enter
// picks it, a click picks one, Escape closes the list; the list closes a moment after the
// input loses the focus (a click on an option first). Ids: the list `${base}-list`, the
// options `${base}-opt-${i}`. The matching is the caller's.
import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

interface Options<T> {
  base: string;
  initialQuery?: string;
  /** The matches of a query (memoised on the function and the query: keep it stable). */
  find: (query: string) => readonly T[];
  /** Picks a match; returns what the box holds afterwards. */
  onPick: (item: T) => string;
  /** Called as the user types, with the text typed. */
  onType?: (query: string) => void;
  /** The text of the choice shown: the list stays closed while the box holds it. */
  shown?: string;
  /** Inside a form: Enter never submits it, Escape closes the list and nothing more (the
   * dialog stays open), and the focus alone does not open the list. Elsewhere the focus
   * opens it again, and Escape on a closed list empties the box. */
  inForm?: boolean;
}

export interface Combobox<T> {
  query: string;
  results: readonly T[];
  expanded: boolean;
  active: number;
  /** The input's combobox attributes and handlers. */
  input: {
    role: 'combobox';
    'aria-autocomplete': 'list';
    'aria-expanded': boolean;
    'aria-controls': string;
    'aria-activedescendant': string | undefined;
    autoComplete: 'off';
    spellCheck: false;
    value: string;
    onChange: (e: { target: { value: string } }) => void;
    onFocus: () => void;
    onBlur: () => void;
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  };
  listId: string;
  /** The attributes and handlers of the option at `index`. */
  option: (index: number) => {
    id: string;
    role: 'option';
    'aria-selected': boolean;
    className: string | undefined;
    onMouseDown: (e: MouseEvent) => void;
    onMouseEnter: () => void;
  };
}

export function useCombobox<T>(options: Options<T>): Combobox<T> {
  const { base, find, inForm = false } = options;
  const [query, setQuery] = useState(options.initialQuery ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const results = useMemo(() => find(query), [find, query]);
  const expanded = open && query.trim() !== '' && options.shown !== query;
  const listId = `${base}-list`;
  const pick = (item: T) => {
    setQuery(options.onPick(item));
    setOpen(false);
  };
  const onKeyDown = comboKeys({
    results,
    active,
    expanded,
    inForm,
    pick,
    setOpen,
    setActive,
    empty: () => setQuery(''),
  });
  return {
    query,
    results,
    expanded,
    active,
    listId,
    input: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': expanded,
      'aria-controls': listId,
      'aria-activedescendant': expanded && results[active] ? `${base}-opt-${active}` : undefined,
      autoComplete: 'off',
      spellCheck: false,
      value: query,
      onChange: (e) => {
        setQuery(e.target.value);
        options.onType?.(e.target.value);
        setOpen(true);
        setActive(0);
      },
      onFocus: () => {
        // Back in the box before the list closed: it stays open.
        clearTimeout(closing.current);
        if (!inForm) setOpen(true);
      },
      onBlur: () => {
        closing.current = setTimeout(() => setOpen(false), 150);
      },
      onKeyDown,
    },
    option: (index) => ({
      id: `${base}-opt-${index}`,
      role: 'option',
      'aria-selected': index === active,
      className: index === active ? 'active' : undefined,
      onMouseDown: (e) => {
        e.preventDefault();
        const item = results[index];
        if (item) pick(item);
      },
      onMouseEnter: () => setActive(index),
    }),
  };
}

interface KeyState<T> {
  results: readonly T[];
  active: number;
  expanded: boolean;
  inForm: boolean;
  pick: (item: T) => void;
  setOpen: (open: boolean) => void;
  setActive: (update: (active: number) => number) => void;
  empty: () => void;
}

/** The input's keys: the arrows move the active option, Enter picks it, Escape closes. */
function comboKeys<T>(box: KeyState<T>) {
  return (e: KeyboardEvent<HTMLInputElement>) => {
    const { results, active, expanded, inForm } = box;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      box.setOpen(true);
      box.setActive((a) => Math.min(a + 1, Math.max(results.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      box.setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const item = results[active];
      if (inForm || (expanded && item)) e.preventDefault();
      if (expanded && item) box.pick(item);
    } else if (e.key === 'Escape') {
      if (expanded) {
        if (inForm) {
          e.preventDefault();
          e.stopPropagation();
        }
        box.setOpen(false);
      } else if (!inForm) box.empty();
    }
  };
}
