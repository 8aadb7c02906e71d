// "Qui est autour de la table ?" — the coverage of the governance bodies (issue 4): the gaps
// in words with the cross-scheme rules (switched and composed here), the matrices sectors × bodies and actor types ×
// bodies, and the expected composition, editable. Every row lights its actors on the map.
import { useMemo, useState } from 'react';
import { coverageGaps, coverageMatrix } from '../../../analysis';
import { defaultReference } from '../../../domain';
import { schemeLabel, schemeLongLabel } from '../../workspace.ts';
import { CompositionEditor } from './coverage/CompositionEditor.tsx';
import { CoverageMatrixTable } from './coverage/CoverageMatrixTable.tsx';
import { CrossRules } from './coverage/CrossRules.tsx';
import { GapList } from './coverage/GapList.tsx';
import { toggler } from './coverage/labels.ts';
import type { CoveragePanelProps } from './types.ts';
import './coverage/coverage.css';
import { useText } from '../../i18n/text-context.tsx';

type View = 'gaps' | 'sectors' | 'types' | 'editor';
const VIEWS: View[] = ['gaps', 'sectors', 'types', 'editor'];

/** The composition of data/expected-composition.json, to tell an edit from the reference. */
const REFERENCE = defaultReference().expected;

/** Most names listed under the panel for the lit actors. */
const LISTED = 60;

export function CoveragePanel(props: CoveragePanelProps) {
  const { analysis, coverage, ref_, lang, names, highlight, onHighlight, onSelect } = props;
  const t = useText();
  const [view, setView] = useState<View>('gaps');
  /** What the lit actors are ("Logement — CLS, COPIL : 3 acteurs"), by highlight key. */
  const [what, setWhat] = useState<{ key: string; label: string } | null>(null);

  const gaps = useMemo(() => coverageGaps(analysis, coverage, ref_), [analysis, coverage, ref_]);
  /** Schemes left out of the matrices (a narrower table on a projector). */
  const [hidden, setHidden] = useState<string[]>([]);
  const shown = useMemo(
    () => Object.fromEntries(Object.entries(coverage).filter(([s]) => !hidden.includes(s))),
    [coverage, hidden],
  );
  const sectors = useMemo(() => coverageMatrix(shown, ref_, 'sector'), [shown, ref_]);
  const types = useMemo(() => coverageMatrix(shown, ref_, 'type'), [shown, ref_]);
  const required = gaps.filter((g) => g.finding.level === 'gap').length;

  const light = toggler(highlight, onHighlight);
  const toggle = (key: string, ids: readonly string[], label?: string) => {
    light(key, ids);
    setWhat(label ? { key, label } : null);
  };
  const viewLabel: Record<View, string> = {
    gaps: t.covViewGaps,
    sectors: t.covViewSectors,
    types: t.covViewTypes,
    editor: t.covViewEditor,
  };
  const lit = highlight?.key.startsWith('cov:') ? highlight : null;
  const noScheme = Object.keys(coverage).length === 0;

  return (
    <div className="coverage-panel" data-testid="coverage-panel">
      <div className="cov-head">
        <p className="cov-summary" data-testid="cov-summary">
          {t.covSummary(
            required,
            gaps.length - required,
            analysis.crossSchemeRules.filter((r) => !r.ok).length,
          )}
          {props.edited && (
            <span className="cov-badge" data-testid="cov-edited">
              {t.covEditedBadge}
            </span>
          )}
        </p>
        <div className="cov-views" role="group" aria-label={t.covViews}>
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              data-testid={`cov-view-${v}`}
              onClick={() => setView(v)}
            >
              {viewLabel[v]}
            </button>
          ))}
        </div>
      </div>
      {view !== 'editor' && <p className="cov-click-hint">{t.covClickHint}</p>}
      {noScheme && view !== 'editor' && <p className="cov-none">{t.covNoSchemes}</p>}

      {view === 'gaps' && (
        <>
          <GapList gaps={gaps} lang={lang} highlight={highlight} toggle={toggle} />
          <CrossRules
            results={analysis.crossSchemeRules}
            settings={props.rules}
            onSettings={props.onRules}
            ref_={ref_}
            lang={lang}
            highlight={highlight}
            toggle={toggle}
          />
        </>
      )}
      {(view === 'sectors' || view === 'types') && !noScheme && (
        <div className="cov-schemes" role="group" aria-label={t.covSchemesShown}>
          <span aria-hidden="true">{t.covSchemesShown}</span>
          {Object.keys(coverage).map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={!hidden.includes(id)}
              data-testid={`cov-scheme-${id}`}
              title={schemeLongLabel(ref_, id, lang)}
              onClick={() =>
                setHidden(hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id])
              }
            >
              {schemeLabel(ref_, id, lang)}
            </button>
          ))}
        </div>
      )}
      {(view === 'sectors' || view === 'types') && !noScheme && (
        <CoverageMatrixTable
          key={view}
          matrix={view === 'sectors' ? sectors : types}
          ref_={ref_}
          lang={lang}
          names={names}
          highlight={highlight}
          toggle={toggle}
        />
      )}
      {view === 'editor' && (
        <CompositionEditor
          ref_={ref_}
          lang={lang}
          coverage={coverage}
          expected={props.expected}
          reference={REFERENCE}
          edited={props.edited}
          onExpected={props.onExpected}
          gaps={gaps}
          highlight={highlight}
          toggle={toggle}
        />
      )}

      {lit && (
        <div className="cov-selection" data-testid="cov-selection" aria-live="polite">
          <p>
            {what?.key === lit.key ? <strong>{what.label}</strong> : t.covSelection(lit.ids.length)}
          </p>
          <ul>
            {lit.ids.slice(0, LISTED).map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onSelect(id)}>
                  {names.get(id) ?? id}
                </button>
              </li>
            ))}
            {lit.ids.length > LISTED && <li>{t.covAndMore(lit.ids.length - LISTED)}</li>}
          </ul>
          <button type="button" className="cov-clear" onClick={() => toggle(lit.key, [])}>
            ×<span className="visually-hidden"> {t.covClear}</span>
          </button>
        </div>
      )}
    </div>
  );
}
