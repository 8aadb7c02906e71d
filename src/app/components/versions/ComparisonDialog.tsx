// The comparison of two states: the differences in sentences first, then counted in a table
// (actors, links, coverage of the bodies, isolated actors, articulation points), then every
// difference in a table that is the CSV's. From here: the CSV, and the map in comparison mode.
import { useId } from 'react';
import { diffCsv, diffRows, diffSentences } from '../../../analysis';
import { useApp } from '../../app-context.ts';
import { useText } from '../../i18n/text-context.tsx';
import { useModal } from '../../use-modal.ts';
import { DialogHead } from '../DialogHead.tsx';
import { downloadBlob, fileStem } from '../download.ts';
import { diffCounts, type ShownComparison } from './comparison.ts';

interface Props {
  shown: ShownComparison;
  onClose: () => void;
}

export function ComparisonDialog({ shown, onClose }: Props) {
  const t = useText();
  const { dispatch, model } = useApp();
  const { dialog, closed } = useModal(onClose);
  const id = useId();
  const { lang } = t;
  const { diff } = shown;
  const ref = model.ref;
  const sentences = diffSentences(diff, lang, ref);
  const [header, ...rows] = diffRows(diff, lang, ref);
  const counts = diffCounts(diff);
  const labels = {
    actors: t.cmpRowActors,
    links: t.cmpRowLinks,
    sectors: t.cmpRowSectors,
    types: t.cmpRowTypes,
    isolated: t.cmpRowIsolated,
    points: t.cmpRowPoints,
  };
  const exportCsv = () => {
    const blob = new Blob([diffCsv(diff, lang, ref)], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, `${fileStem(`${shown.before}-${shown.after}`)}-differences.csv`);
  };
  return (
    <dialog
      ref={dialog}
      className="report-dialog comparison-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="comparison-dialog"
      onClose={closed}
    >
      <DialogHead
        titleId={`${id}-title`}
        title={t.cmpTitle(shown.before, shown.after)}
        closeLabel={t.close}
        onClose={onClose}
      />
      <div className="comparison-body">
        <ul className="comparison-sentences" data-testid="comparison-sentences">
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
        <div className="dialog-actions comparison-actions">
          <button type="button" data-testid="comparison-csv" onClick={exportCsv}>
            {t.cmpExportCsv}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="comparison-map"
            onClick={() => dispatch({ type: 'compareOnMap', on: true })}
          >
            {t.cmpShowOnMap}
          </button>
        </div>
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
        {rows.length > 0 && header && (
          <div
            className="table-scroll comparison-rows"
            role="region"
            tabIndex={0}
            aria-label={t.cmpDetailCaption}
          >
            <table data-testid="comparison-rows">
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
          </div>
        )}
      </div>
    </dialog>
  );
}
