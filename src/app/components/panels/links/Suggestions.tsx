// Suggested partnerships, ranked, each with its score and its reasons in words. A checkbox
// per row draws the link dashed on the map; "show the first N" draws the top of the list.
import { useState } from 'react';
import {
  pairKey,
  toggleKey,
  topSuggestionKeys,
  joinReasons,
  type Suggestion,
} from '../../../../analysis';
import type { Lang } from '../../../../domain';
import type { Highlight } from '../../../state.ts';
import { ShowMore, useCapped } from './Capped.tsx';
import { useText } from '../../../i18n/text-context.tsx';

interface Props {
  suggestions: readonly Suggestion[];
  suggested: readonly string[];
  onSuggested: (pairs: string[]) => void;
  nameOf: (id: string) => string;
  lang: Lang;
  highlight: Highlight | null;
  onLight: (key: string, ids: () => string[]) => void;
}

const TOP_CHOICES = [3, 5, 10, 20];

export function Suggestions(props: Props) {
  const { suggestions, suggested, onSuggested, nameOf, lang, highlight, onLight } = props;
  const t = useText();
  const [top, setTop] = useState(5);
  const rows = useCapped(suggestions, 10);
  if (suggestions.length === 0) return <p className="muted">{t.mlSuggestNone}</p>;
  return (
    <>
      <p className="hint">{t.mlSuggestIntro}</p>
      <div className="ml-suggest-tools">
        <label>
          {t.mlTopCount}{' '}
          <select
            value={top}
            data-testid="ml-top-count"
            onChange={(e) => setTop(Number(e.target.value))}
          >
            {TOP_CHOICES.filter((n, i) => i === 0 || n <= suggestions.length).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="ml-show-top"
          onClick={() => onSuggested(topSuggestionKeys(suggestions, top))}
        >
          {t.mlShowTop(Math.min(top, suggestions.length))}
        </button>
        <button
          type="button"
          data-testid="ml-clear-suggested"
          disabled={suggested.length === 0}
          onClick={() => onSuggested([])}
        >
          {t.mlClearSuggested}
        </button>
        <span className="ml-shown" role="status" data-testid="ml-shown-count">
          {t.mlShownCount(suggested.length)}
        </span>
      </div>
      <table className="ml-suggestions" data-testid="ml-suggestions">
        <caption className="visually-hidden">{t.mlSuggestTitle(suggestions.length)}</caption>
        <thead>
          <tr>
            <th scope="col" className="ml-num">
              {t.mlRank}
            </th>
            <th scope="col">{t.mlPairColumn}</th>
            <th scope="col" className="ml-num">
              {t.mlScore}
            </th>
            <th scope="col">{t.mlReasons}</th>
            <th scope="col">{t.mlOnMap}</th>
          </tr>
        </thead>
        <tbody>
          {rows.shown.map((s, i) => {
            const key = pairKey(s.source, s.target);
            const [a, b] = [nameOf(s.source), nameOf(s.target)];
            return (
              <tr key={key} data-testid="ml-suggestion" data-pair={key}>
                <td className="ml-num">{i + 1}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="ml-row"
                    aria-pressed={highlight?.key === `ml:suggestion:${key}`}
                    data-testid="ml-suggestion-pair"
                    onClick={() => onLight(`ml:suggestion:${key}`, () => [s.source, s.target])}
                  >
                    {a} — {b}
                  </button>
                </th>
                <td className="ml-num">{t.mlScoreValue(s.score)}</td>
                <td data-testid="ml-reasons">{joinReasons(s.reasons)[lang]}</td>
                <td>
                  <label className="ml-check">
                    <input
                      type="checkbox"
                      data-testid="ml-suggestion-toggle"
                      checked={suggested.includes(key)}
                      onChange={() => onSuggested(toggleKey(suggested, key))}
                    />
                    <span aria-hidden="true">{t.mlOnMapShort}</span>
                    <span className="visually-hidden">{t.mlOnMapLabel(a, b)}</span>
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowMore
        total={suggestions.length}
        all={rows.all}
        capped={rows.capped}
        onToggle={rows.toggle}
      />
    </>
  );
}
