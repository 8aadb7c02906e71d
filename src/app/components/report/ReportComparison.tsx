// The comparison in the printable report: the one open in the app, or one the user picks in
// the report's toolbar (a frozen version against the workspace now), or none. On paper: the
// differences in words, counted, then every difference (the CSV's table).
import { useMemo, useState } from 'react';
import type { ReferenceData } from '../../../domain';
import type { WorkspaceVersion } from '../../../model';
import { useText } from '../../i18n/text-context.tsx';
import type { ShownComparison } from '../versions/comparison.ts';
import {
  ComparisonCounts,
  ComparisonRows,
  ComparisonRules,
  ComparisonSentences,
} from '../versions/ComparisonTables.tsx';

/** What the report may compare: the comparison open, and each version against now. */
export interface ReportComparisons {
  open: ShownComparison | null;
  versions: readonly WorkspaceVersion[];
  /** A version compared with the workspace as it is now (null: the version is gone). */
  withCurrent(versionId: string): ShownComparison | null;
}

const NONE = 'none';
const OPEN = 'open';

/** The comparison chosen for the report, and the select that chooses it. */
export function useReportComparison(comparisons: ReportComparisons) {
  const t = useText();
  const [choice, setChoice] = useState(comparisons.open ? OPEN : NONE);
  const { open, versions } = comparisons;
  const shown = useMemo(() => {
    if (choice === NONE) return null;
    if (choice === OPEN) return open;
    return comparisons.withCurrent(choice);
    // withCurrent is recreated with each render of the app; the choice and the sides matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [choice, open, versions]);
  const options = [
    { value: NONE, label: t.reportCompareNone },
    ...(open ? [{ value: OPEN, label: `${open.before} → ${open.after}` }] : []),
    ...versions.map((v) => ({ value: v.id, label: `${v.name} → ${t.verCurrent}` })),
  ];
  const picker =
    options.length > 1 ? (
      <label>
        <span>{t.reportCompareLabel}</span>
        <select
          value={choice}
          data-testid="report-comparison-choice"
          onChange={(e) => setChoice(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return { shown, picker };
}

export function ReportComparison({ shown, ref_ }: { shown: ShownComparison; ref_: ReferenceData }) {
  const t = useText();
  return (
    <section
      className="report-comparison"
      aria-labelledby="report-comparison"
      data-testid="report-comparison"
    >
      <h2 id="report-comparison">{t.cmpTitle(shown.before, shown.after)}</h2>
      <ComparisonSentences diff={shown.diff} ref_={ref_} />
      <ComparisonCounts diff={shown.diff} />
      <ComparisonRules rules={shown.rules} />
      <ComparisonRows diff={shown.diff} ref_={ref_} />
    </section>
  );
}
