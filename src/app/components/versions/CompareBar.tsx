// The map in comparison mode: what is compared, the legend of the three styles (a sample
// line and border each, so colour is not the only cue), back to the comparison or out.
import { useApp } from '../../app-context.ts';
import { useText } from '../../i18n/text-context.tsx';
import type { ShownComparison } from './comparison.ts';

const SAMPLES = [
  { key: 'gained', stroke: '#15803D', width: 6, dash: undefined, border: 'double' },
  { key: 'lost', stroke: '#B91C1C', width: 4, dash: '8 5', border: 'dashed' },
  { key: 'kept', stroke: '#9CA3AF', width: 2, dash: undefined, border: 'solid' },
] as const;

export function CompareBar({ shown }: { shown: ShownComparison }) {
  const t = useText();
  const { dispatch } = useApp();
  const words = { gained: t.cmpGained, lost: t.cmpLost, kept: t.cmpKept };
  return (
    <section className="compare-bar" aria-labelledby="compare-bar-title" data-testid="compare-bar">
      <h2 id="compare-bar-title">{t.cmpMapTitle(shown.before, shown.after)}</h2>
      <ul className="plain compare-legend" aria-label={t.cmpLegendTitle}>
        {SAMPLES.map((s) => (
          <li key={s.key} data-testid={`compare-legend-${s.key}`}>
            <svg width="44" height="16" aria-hidden="true">
              <line
                x1="2"
                y1="8"
                x2="26"
                y2="8"
                stroke={s.stroke}
                strokeWidth={s.width}
                strokeDasharray={s.dash}
              />
              <circle
                cx="36"
                cy="8"
                r="5"
                fill="#fff"
                stroke={s.stroke}
                strokeWidth="2"
                strokeDasharray={s.border === 'dashed' ? '3 2' : undefined}
              />
            </svg>
            {words[s.key]}
          </li>
        ))}
      </ul>
      <div className="compare-bar-actions">
        <button
          type="button"
          data-testid="compare-back"
          onClick={() => dispatch({ type: 'compareOnMap', on: false })}
        >
          {t.cmpBack}
        </button>
        <button
          type="button"
          data-testid="compare-leave"
          onClick={() => dispatch({ type: 'compare', comparison: null })}
        >
          {t.cmpLeaveMap}
        </button>
      </div>
    </section>
  );
}
