// "Règles entre démarches": every cross-scheme rule (the domain's and the user's own) with
// a switch, and, when switched on, its status in words (met / not met / cannot be checked /
// not applicable) as a button that lights the actors it is about. The composer adds a rule
// from menus; the user's rules can be removed. The settings are kept with the workspace.
import { ruleSwitches, type CrossSchemeRuleResult } from '../../../../analysis';
import type { CrossSchemeRuleSettings, Lang, ReferenceData } from '../../../../domain';
import type { Highlight } from '../../../state.ts';
import { useText } from '../../../i18n/text-context.tsx';
import { RuleComposer } from './RuleComposer.tsx';

interface Props {
  results: CrossSchemeRuleResult[];
  settings: CrossSchemeRuleSettings | null;
  onSettings: (settings: CrossSchemeRuleSettings) => void;
  ref_: ReferenceData;
  lang: Lang;
  highlight: Highlight | null;
  toggle: (key: string, ids: readonly string[]) => void;
}

const EMPTY: CrossSchemeRuleSettings = { switched: {}, custom: [] };
const ICON = { met: '✓', unmet: '✗', unknown: '?' } as const;

export function CrossRules({
  results,
  settings,
  onSettings,
  ref_,
  lang,
  highlight,
  toggle,
}: Props) {
  const t = useText();
  const current = settings ?? EMPTY;
  const status = { met: t.covCrossOk, unmet: t.covCrossKo, unknown: t.covCrossUnknown };
  const switchRule = (id: string, on: boolean) =>
    onSettings({ ...current, switched: { ...current.switched, [id]: on } });
  const remove = (id: string) => {
    const switched = Object.fromEntries(Object.entries(current.switched).filter(([k]) => k !== id));
    onSettings({ switched, custom: current.custom.filter((r) => r.id !== id) });
  };
  return (
    <section aria-labelledby="cov-cross-title" data-testid="cov-cross-section">
      <h3 id="cov-cross-title">{t.covCrossTitle}</h3>
      <p>{t.covCrossIntro}</p>
      <ul className="cov-rules">
        {ruleSwitches(settings).map(({ rule, on, custom }) => {
          const result = results.find((r) => r.rule === rule.id);
          const key = `cov:cross:${rule.id}`;
          const switchId = `cov-rule-${rule.id}`;
          return (
            <li key={rule.id} className="cov-rule" data-testid="cov-rule" data-rule={rule.id}>
              <div className="cov-rule-head">
                <input
                  id={switchId}
                  type="checkbox"
                  role="switch"
                  checked={on}
                  data-testid="cov-rule-switch"
                  onChange={(e) => switchRule(rule.id, e.currentTarget.checked)}
                />
                <label htmlFor={switchId}>{rule.label[lang]}</label>
                {custom && (
                  <button
                    type="button"
                    className="link-button"
                    data-testid="cov-rule-remove"
                    onClick={() => remove(rule.id)}
                  >
                    {t.covRuleRemove}
                    <span className="visually-hidden"> {rule.label[lang]}</span>
                  </button>
                )}
              </div>
              {!on && (
                <p className="cov-rule-off" data-testid="cov-rule-status" data-status="off">
                  {t.covRuleOff}
                </p>
              )}
              {on && !result && (
                <p className="cov-rule-off" data-testid="cov-rule-status" data-status="none">
                  {t.covRuleNotApplicable}
                </p>
              )}
              {on && result && (
                <button
                  type="button"
                  className={`cov-gap ${result.ok ? 'ok' : result.status === 'unmet' ? 'required' : 'recommended'}`}
                  aria-pressed={highlight?.key === key}
                  data-testid="cov-cross"
                  data-ok={result.ok ? 'true' : 'false'}
                  data-status={result.status}
                  data-rule={rule.id}
                  onClick={() => toggle(key, result.actors)}
                >
                  <span className="cov-level" data-testid="cov-rule-status">
                    <span aria-hidden="true">{ICON[result.status]}</span> {status[result.status]}
                  </span>
                  <span className="cov-gap-text">{result.message[lang]}</span>
                  <span className="cov-gap-members">{t.covCrossActors(result.actors.length)}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <RuleComposer
        ref_={ref_}
        lang={lang}
        taken={current.custom.map((r) => r.id)}
        onAdd={(rule) => onSettings({ ...current, custom: [...current.custom, rule] })}
      />
    </section>
  );
}
