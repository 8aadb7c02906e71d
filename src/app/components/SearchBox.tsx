// Search an actor by name: the ARIA 1.2 combobox pattern (an input that controls a listbox
// of matches; arrows move, Enter picks, Escape closes). The words typed match in any order,
// whole or in part, case and accents ignored (domain/word-search.ts).
import { useId, useMemo, useRef, useState } from 'react';
import { fold, searchByWords } from '../../domain';
import type { MaillageGraph } from '../../model';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  graph: MaillageGraph;
  /** The names shown (anonymous mode: the role or type of a person). */
  names: ReadonlyMap<string, string>;
  onPick: (id: string) => void;
}

const MAX_RESULTS = 12;

export function SearchBox({ graph, names, onPick }: Props) {
  const t = useText();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  /** Closes the list a moment after the box loses the focus (a click on an option first). */
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Built on the first query, not with the map (10,000 names: a task of its own).
  const searching = query !== '';
  const index = useMemo(() => {
    const entries: { id: string; name: string; key: string }[] = [];
    if (!searching) return entries;
    // `names` already tells homonyms apart by their town (person.ts homonymsToldApart).
    graph.forEachNode((id, actor) => {
      const name = names.get(id) ?? actor.name;
      entries.push({ id, name, key: fold(name) });
    });
    return entries;
  }, [graph, names, searching]);
  const results = useMemo(() => searchByWords(index, query, MAX_RESULTS), [index, query]);
  const expanded = open && query.trim() !== '';

  const pick = (id: string) => {
    onPick(id);
    setOpen(false);
    setQuery('');
  };

  return (
    <div className="search" role="search" id="maillage-search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t.search}
      </label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-activedescendant={expanded && results[active] ? `${listId}-opt-${active}` : undefined}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          // Back in the box before the list closed: it stays open.
          clearTimeout(closing.current);
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(results.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            const r = results[active];
            if (expanded && r) {
              e.preventDefault();
              pick(r.id);
            }
          } else if (e.key === 'Escape') {
            if (expanded) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <ul
        id={`${listId}-list`}
        role="listbox"
        aria-label={t.search}
        className="search-results"
        hidden={!expanded}
        data-testid="search-results"
      >
        {results.map((r, i) => (
          <li
            key={r.id}
            id={`${listId}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(r.id);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <bdi>{r.name}</bdi>
          </li>
        ))}
        {expanded && results.length === 0 && (
          <li className="no-result" role="option" aria-disabled="true" aria-selected={false}>
            {t.searchNoResult}
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {expanded ? (results.length ? t.searchResults(results.length) : t.searchNoResult) : ''}
      </span>
    </div>
  );
}
