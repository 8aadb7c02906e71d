// The gaps in words, required ones first, then the recommendations (the rules that span
// two schemes follow, CrossRules.tsx). Each line is a button that lights the actors concerned on the map.
import type { CoverageGap } from '../../../../analysis';
import type { Lang } from '../../../../domain';
import type { Highlight } from '../../../state.ts';
import { useText } from '../../../i18n/text-context.tsx';

interface Props {
  gaps: CoverageGap[];
  lang: Lang;
  highlight: Highlight | null;
  toggle: (key: string, ids: readonly string[]) => void;
}

export const gapKey = (gap: CoverageGap) => `cov:gap:${gap.key}`;

export function GapItems({
  gaps,
  lang,
  highlight,
  toggle,
  testId = 'cov-gap',
}: Pick<Props, 'gaps' | 'lang' | 'highlight' | 'toggle'> & { testId?: string }) {
  const t = useText();
  return (
    <ul className="cov-gaps">
      {gaps.map((gap) => {
        const key = gapKey(gap);
        const required = gap.finding.level === 'gap';
        return (
          <li key={gap.key}>
            <button
              type="button"
              className={`cov-gap ${required ? 'required' : 'recommended'}`}
              aria-pressed={highlight?.key === key}
              data-testid={testId}
              data-level={gap.finding.level}
              data-rule={gap.key}
              onClick={() => toggle(key, gap.finding.actors)}
            >
              <span className="cov-level">
                <span aria-hidden="true">{required ? '✗' : '○'}</span>{' '}
                {required ? t.covRequired : t.covRecommended}
              </span>
              <span className="cov-gap-text">{gap.finding.message[lang]}</span>
              <span className="cov-gap-members">{t.covMembers(gap.finding.actors.length)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function GapList({ gaps, lang, highlight, toggle }: Props) {
  const t = useText();
  const required = gaps.filter((g) => g.finding.level === 'gap');
  const recommended = gaps.filter((g) => g.finding.level !== 'gap');
  return (
    <div className="cov-gap-view">
      <section aria-labelledby="cov-gaps-title">
        <h3 id="cov-gaps-title">
          {t.covGapsTitle} ({required.length})
        </h3>
        {required.length === 0 ? (
          <p className="cov-none" data-testid="cov-no-gaps">
            <span aria-hidden="true">✓</span> {t.covNoGaps}
          </p>
        ) : (
          <GapItems gaps={required} lang={lang} highlight={highlight} toggle={toggle} />
        )}
      </section>
      <section aria-labelledby="cov-hints-title">
        <h3 id="cov-hints-title">
          {t.covHintsTitle} ({recommended.length})
        </h3>
        {recommended.length === 0 ? (
          <p className="cov-none">
            <span aria-hidden="true">✓</span> {t.covNoHints}
          </p>
        ) : (
          <GapItems gaps={recommended} lang={lang} highlight={highlight} toggle={toggle} />
        )}
      </section>
    </div>
  );
}
