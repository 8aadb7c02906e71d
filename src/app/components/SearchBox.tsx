// Search an actor by name: the ARIA 1.2 combobox pattern (an input that controls a listbox
// of matches; arrows move, Enter picks, Escape closes: use-combobox.ts). The words typed match in any order,
// whole or in part, case and accents ignored (domain/word-search.ts).
import { useCallback, useId, useMemo, useState } from 'react';
import { fold, searchByWords } from '../../domain';
import type { MaillageGraph } from '../../model';
import { useText } from '../i18n/text-context.tsx';
import { useCombobox } from '../use-combobox.ts';
import { ComboList } from './ComboList.tsx';

interface Props {
  graph: MaillageGraph;
  /** The names shown (anonymous mode: the role or type of a person). */
  names: ReadonlyMap<string, string>;
  onPick: (id: string) => void;
}

const MAX_RESULTS = 12;

export function SearchBox({ graph, names, onPick }: Props) {
  const t = useText();
  const base = useId();
  const [searching, setSearching] = useState(false);
  // Built on the first query, not with the map (10,000 names: a task of its own).
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
  const find = useCallback((query: string) => searchByWords(index, query, MAX_RESULTS), [index]);
  const box = useCombobox({
    base,
    find,
    onPick: (r) => {
      onPick(r.id);
      return '';
    },
    onType: (query) => setSearching(query !== ''),
  });

  return (
    <div className="search" role="search" id="maillage-search">
      <label htmlFor={`${base}-input`} className="visually-hidden">
        {t.search}
      </label>
      <input
        id={`${base}-input`}
        type="text"
        {...box.input}
        placeholder={t.searchPlaceholder}
        data-testid="search-input"
      />
      <ComboList
        box={box}
        label={t.search}
        className="search-results"
        testId="search-results"
        none={t.searchNoResult}
        found={t.searchResults}
      >
        {(r) => <bdi>{r.name}</bdi>}
      </ComboList>
    </div>
  );
}
