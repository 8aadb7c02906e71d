// UpSet-style chart of the schemes' overlap, as an HTML table: one row per combination of
// schemes, a dot per scheme (● member, ○ not), a bar with the count written beside it.
// Clicking a combination lights its actors.
import type { UpsetChart as Chart } from '../../../../analysis';
import type { Highlight } from '../../../state.ts';
import { useText } from '../../../i18n/text-context.tsx';

interface Props {
  chart: Chart;
  schemeLabel: (id: string) => string;
  highlight: Highlight | null;
  onLight: (key: string, ids: () => string[]) => void;
}

export function UpsetChart({ chart, schemeLabel, highlight, onLight }: Props) {
  const t = useText();
  const name = (schemes: readonly string[]) =>
    schemes.length === 1
      ? t.artOnly(schemeLabel(schemes[0] as string))
      : schemes.map(schemeLabel).join(' + ');
  return (
    <table className="art-upset" data-testid="art-upset">
      <caption>{t.artCombCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className="art-comb-head">
            {t.artCombination}
          </th>
          {chart.schemes.map((s, i) => (
            <th key={s} scope="col" className="art-scheme">
              <span className="art-scheme-name">{schemeLabel(s)}</span>
              <span className="art-scheme-total">{t.artSchemeTotal(chart.totals[i] ?? 0)}</span>
            </th>
          ))}
          <th scope="col" className="art-bar-head">
            {t.artActors}
          </th>
        </tr>
      </thead>
      <tbody>
        {chart.rows.map((row) => {
          const key = `art:comb:${row.schemes.join('+')}`;
          const first = row.member.indexOf(true);
          const last = row.member.lastIndexOf(true);
          const width = chart.max ? (100 * row.actors.length) / chart.max : 0;
          return (
            <tr key={key} data-testid="art-combination" data-schemes={row.schemes.join('+')}>
              <th scope="row">
                <button
                  type="button"
                  className="art-row"
                  aria-pressed={highlight?.key === key}
                  onClick={() => onLight(key, () => [...row.actors])}
                >
                  {name(row.schemes)}
                </button>
              </th>
              {row.member.map((on, i) => {
                const through = i >= first && i <= last && first !== last;
                const cls = [
                  'art-dot-cell',
                  through && i > first ? 'art-join-left' : '',
                  through && i < last ? 'art-join-right' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={chart.schemes[i]} className={cls}>
                    <span className={on ? 'art-dot art-on' : 'art-dot'} aria-hidden="true">
                      {on ? '●' : '○'}
                    </span>
                    <span className="visually-hidden">
                      {`${schemeLabel(chart.schemes[i] as string)}, ${on ? t.artMember : t.artNotMember}`}
                    </span>
                  </td>
                );
              })}
              <td className="art-bar-cell">
                <div className="art-bar-line">
                  <span className="art-bar-track" aria-hidden="true">
                    <svg className="art-bar" width="100%" height="14" focusable="false">
                      <rect x="0" y="1" width={`${width}%`} height="12" rx="2" />
                    </svg>
                  </span>
                  <span className="art-bar-count" data-testid="art-combination-count">
                    {row.actors.length}
                  </span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
