// The comparison of two states: the differences in sentences first, then counted in a table
// (actors, links, coverage of the bodies, isolated actors, articulation points), then every
// difference in a table that is the CSV's. From here: the CSV, and the map in comparison mode.
import { useId } from 'react';
import { diffCsv } from '../../../analysis';
import { useApp } from '../../app-context.ts';
import { useText } from '../../i18n/text-context.tsx';
import { useModal } from '../../use-modal.ts';
import { DialogHead } from '../DialogHead.tsx';
import { downloadBlob, fileStem } from '../download.ts';
import type { ShownComparison } from './comparison.ts';
import {
  ComparisonCounts,
  ComparisonRows,
  ComparisonRules,
  ComparisonSentences,
} from './ComparisonTables.tsx';

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
        <ComparisonSentences diff={diff} ref_={ref} />
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
        <ComparisonCounts diff={diff} />
        <ComparisonRules rules={shown.rules} />
        <div
          className="table-scroll comparison-rows"
          role="region"
          tabIndex={0}
          aria-label={t.cmpDetailCaption}
        >
          <ComparisonRows diff={diff} ref_={ref} />
        </div>
      </div>
    </dialog>
  );
}
