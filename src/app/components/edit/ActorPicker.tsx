// Choosing an actor by name inside a form: the ARIA 1.2 combobox pattern of the search box
// (use-combobox.ts: arrows move, Enter picks and never submits the form, Escape closes the
// list and leaves the dialog open). Names typed differently are found: words in any order, whole or
// in part, case and accents ignored (domain/word-search.ts, through link-form.ts).
import { useCallback } from 'react';
import { findEnds, type EndCandidate } from '../../link-form.ts';
import { useText } from '../../i18n/text-context.tsx';
import { useCombobox } from '../../use-combobox.ts';
import { ComboList } from '../ComboList.tsx';

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
  const find = useCallback((query: string) => findEnds(candidates, query), [candidates]);
  const box = useCombobox({
    base: id,
    initialQuery: chosen?.name ?? '',
    find,
    onPick: (c) => {
      onChoose(c);
      return c.name;
    },
    onType: () => {
      if (chosen) onChoose(null);
    },
    shown: chosen?.name,
    inForm: true,
  });

  return (
    <div className="actor-picker">
      <input
        id={id}
        type="text"
        {...box.input}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        dir="auto"
        data-testid="link-to"
      />
      <ComboList
        box={box}
        label={t.linkTo}
        className="search-results actor-picker-results"
        testId="link-to-results"
        none={t.linkToNone}
        found={t.linkToFound}
        idle={chosen ? t.linkToChosen(chosen.name) : ''}
      >
        {(r) => (
          <>
            <bdi>{r.name}</bdi>
            {r.linked && <span className="muted"> ({t.linkAlreadyLinked})</span>}
          </>
        )}
      </ComboList>
    </div>
  );
}
