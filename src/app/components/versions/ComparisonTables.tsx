// The comparison as text, the same in the comparison dialog and in the printable report: the
// differences in sentences, counted per kind (actors, links, coverage of the bodies,
// isolated actors, articulation points), then every difference in a table that is the CSV's.
import type { ReactNode } from 'react';
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
    <HeadedTable
      className="comparison-counts"
      caption={t.cmpSummaryCaption}
      columns={[t.cmpWhat, t.cmpGainedCol, t.cmpLostCol, t.cmpChangedCol]}
    >
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
    </HeadedTable>
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
    <HeadedTable
      className="comparison-rules"
      caption={t.cmpRulesCaption}
      columns={[t.cmpRule, t.verBefore, t.verAfter]}
    >
      {rules.map((r) => (
        <tr key={r.rule} data-rule={r.rule} data-before={r.before ?? ''} data-after={r.after ?? ''}>
          <th scope="row">{r.label[t.lang]}</th>
          <td>{r.before ? status[r.before] : '—'}</td>
          <td>{r.after ? status[r.after] : '—'}</td>
        </tr>
      ))}
    </HeadedTable>
  );
}

/** A table of the comparison: its caption, its columns' headings and its rows (each headed
 * by its first cell); the class names it, for the styles and the tests. */
function HeadedTable(props: {
  className: string;
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <table className={props.className} data-testid={props.className}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
