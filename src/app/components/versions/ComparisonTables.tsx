// The comparison as text, the same in the comparison dialog and in the printable report: the
// differences in sentences, counted per kind (actors, links, coverage of the bodies,
// isolated actors, articulation points), then every difference in a table that is the CSV's.
import { diffRows, diffSentences, type RuleChange, type VersionDiff } from '../../../analysis';
import type { ReferenceData } from '../../../domain';
import { useText } from '../../i18n/text-context.tsx';
import { diffCounts } from './comparison.ts';

export function ComparisonSentences({ diff, ref_ }: { diff: VersionDiff; ref_: ReferenceData }) {
  const t = useText();
  return (
    <ul className="comparison-sentences" data-testid="comparison-sentences">
      {diffSentences(diff, t.lang, ref_).map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ul>
  );
}

export function ComparisonCounts({ diff }: { diff: VersionDiff }) {
  const t = useText();
  const counts = diffCounts(diff);
  const labels = {
    actors: t.cmpRowActors,
    links: t.cmpRowLinks,
    sectors: t.cmpRowSectors,
    types: t.cmpRowTypes,
    isolated: t.cmpRowIsolated,
    points: t.cmpRowPoints,
  };
  return (
    <table className="comparison-counts" data-testid="comparison-counts">
      <caption>{t.cmpSummaryCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.cmpWhat}</th>
          <th scope="col">{t.cmpGainedCol}</th>
          <th scope="col">{t.cmpLostCol}</th>
          <th scope="col">{t.cmpChangedCol}</th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(counts) as (keyof typeof counts)[]).map((kind) => (
          <tr key={kind} data-testid={`count-${kind}`}>
            <th scope="row">{labels[kind]}</th>
            {counts[kind].map((n, i) => (
              <td key={i} data-value={n ?? ''}>
                {n ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every difference, one row each (the CSV's columns); nothing when there is none. */
export function ComparisonRows({ diff, ref_ }: { diff: VersionDiff; ref_: ReferenceData }) {
  const t = useText();
  const [header, ...rows] = diffRows(diff, t.lang, ref_);
  if (rows.length === 0 || !header) return null;
  return (
    <table data-testid="comparison-rows" className="comparison-rows-table">
      <caption>{t.cmpDetailCaption}</caption>
      <thead>
        <tr>
          {header.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The workspace's cross-scheme rules on each side, when there is any. */
export function ComparisonRules({ rules }: { rules: readonly RuleChange[] }) {
  const t = useText();
  if (rules.length === 0) return null;
  const status = {
    met: t.covCrossOk,
    unmet: t.covCrossKo,
    unknown: t.covCrossUnknown,
  };
  return (
    <table className="comparison-rules" data-testid="comparison-rules">
      <caption>{t.cmpRulesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.cmpRule}</th>
          <th scope="col">{t.verBefore}</th>
          <th scope="col">{t.verAfter}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((r) => (
          <tr
            key={r.rule}
            data-rule={r.rule}
            data-before={r.before ?? ''}
            data-after={r.after ?? ''}
          >
            <th scope="row">{r.label[t.lang]}</th>
            <td>{r.before ? status[r.before] : '—'}</td>
            <td>{r.after ? status[r.after] : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
