// Choosing an actor by name inside a form: the ARIA 1.2 combobox pattern, as the search box
// (an input that controls a listbox; arrows move, Enter picks, Escape closes the list and
// leaves the dialog open). Names typed differently are found: words in any order, whole or
// in part, case and accents ignored (domain/word-search.ts, through link-form.ts).
import { useMemo, useRef, useState } from 'react';
import { findEnds, type EndCandidate } from '../../link-form.ts';
import { useText } from '../../i18n/text-context.tsx';

interface Props {
  /** The input's id (its label points at it; the form focuses it when it is invalid). */
  id: string;
  candidates: readonly EndCandidate[];
  chosen: EndCandidate | null;
  onChoose: (candidate: EndCandidate | null) => void;
  /** Ids of the texts that describe the field (hint, errors). */
  describedBy: string;
  invalid: boolean;
}

export function ActorPicker({ id, candidates, chosen, onChoose, describedBy, invalid }: Props) {
  const t = useText();
  const [query, setQuery] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const results = useMemo(() => findEnds(candidates, query), [candidates, query]);
  const expanded = open && query.trim() !== '' && chosen?.name !== query;
  const listId = `${id}-list`;

  const pick = (c: EndCandidate) => {
    onChoose(c);
    setQuery(c.name);
    setOpen(false);
  };

  return (
    <div className="actor-picker">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results[active] ? `${id}-opt-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        data-testid="link-to"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          if (chosen) onChoose(null);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => clearTimeout(closing.current)}
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
            // Enter in the box picks; it never submits the form half-filled.
            e.preventDefault();
            const r = results[active];
            if (expanded && r) pick(r);
          } else if (e.key === 'Escape' && expanded) {
            // Closes the list only: the dialog stays open.
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t.linkTo}
        className="search-results actor-picker-results"
        hidden={!expanded}
        data-testid="link-to-results"
      >
        {results.map((r, i) => (
          <li
            key={r.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(r);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <bdi>{r.name}</bdi>
            {r.linked && <span className="muted"> ({t.linkAlreadyLinked})</span>}
          </li>
        ))}
        {expanded && results.length === 0 && (
          <li className="no-result" role="option" aria-disabled="true" aria-selected={false}>
            {t.linkToNone}
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {expanded
          ? results.length
            ? t.linkToFound(results.length)
            : t.linkToNone
          : chosen
            ? t.linkToChosen(chosen.name)
            : ''}
      </span>
    </div>
  );
}
