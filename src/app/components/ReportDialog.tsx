// The import report as a modal dialog (native <dialog>: focus moves in, Escape closes, the
// page behind is inert). Lists the files read and every issue with its place in the file,
// in the current language; the CSV download holds both languages. A file whose bytes the
// app still has can be read again: its columns mapped by hand, or another encoding.
import { useEffect, useRef } from 'react';
import {
  CHOOSABLE_ENCODINGS,
  type FileReport,
  type InputFile,
  type TextEncoding,
} from '../../domain';

/** Encodings by the names people know them by, the same in both languages. */
const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'windows-1252': 'Windows-1252',
  'iso-8859-15': 'ISO-8859-15',
  macintosh: 'Mac-Roman',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (BE)',
};
import { reportToCsv } from '../../import';
import type { ImportReport } from '../../workers';
import { downloadBlob } from './download.ts';
import { DialogHead } from './DialogHead.tsx';
import { MergePairButton } from './edit/MergeControls.tsx';
import { PAGE, Pager, usePaging } from './Pager.tsx';
import { useText } from '../i18n/text-context.tsx';

/** What can be done again with a file of the report (the app has its bytes). */
export interface Rereading {
  canMap: (file: FileReport) => boolean;
  canEncode: (file: FileReport) => boolean;
  onMap: (file: FileReport) => void;
  onEncoding: (file: FileReport, encoding: NonNullable<InputFile['encoding']>) => void;
}

interface Props {
  report: ImportReport;
  open: boolean;
  keptMap: boolean;
  rereading: Rereading;
  onClose: () => void;
  onHelp: () => void;
}

export function ReportDialog({ report, open, keptMap, rereading, onClose, onHelp }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="report-dialog"
      aria-labelledby="report-title"
      data-testid="report-dialog"
      onClose={onClose}
      onCancel={onClose}
    >
      {/* Its contents only while it is open: a report of thousands of issues (a region's
          inventory) would otherwise keep tens of thousands of cells in the page, which
          every render and every query of the page then walks. */}
      {open && (
        <ReportContents
          report={report}
          keptMap={keptMap}
          rereading={rereading}
          onClose={onClose}
          onHelp={onHelp}
        />
      )}
    </dialog>
  );
}

/** What the open dialog shows: the files read, every issue, the doubtful pairs. */
function ReportContents({ report, keptMap, rereading, onClose, onHelp }: Omit<Props, 'open'>) {
  const t = useText();
  const download = () => {
    const blob = new Blob([reportToCsv(report.issues)], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, 'rapport-import-maillage.csv');
  };
  const lang = t.lang;
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  // A page of issues at a time: a region's files give thousands.
  const paging = usePaging(report.issues);
  // A turned page starts at its first issue, not where the last page was scrolled to.
  const issuesRegion = useRef<HTMLDivElement>(null);
  const pageShown = paging.current;
  useEffect(() => {
    if (issuesRegion.current) issuesRegion.current.scrollTop = 0;
  }, [pageShown]);

  return (
    <>
      <DialogHead
        titleId="report-title"
        title={t.reportTitle}
        closeLabel={t.close}
        onClose={onClose}
      />
      {keptMap && (
        <p className="notice error" role="alert">
          {t.reportNothingRead}
        </p>
      )}
      <h3>{t.reportFiles}</h3>
      <div className="table-scroll">
        <table data-testid="report-files">
          <thead>
            <tr>
              <th scope="col">{t.fileName}</th>
              <th scope="col">{t.fileRole}</th>
              <th scope="col">{t.encoding}</th>
              <th scope="col">{t.delimiter}</th>
              <th scope="col" className="numeric">
                {t.rowsRead}
              </th>
              <th scope="col" className="numeric">
                {t.rowsImported}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t.mapColumns}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((f, i) => (
              <tr key={i}>
                <th scope="row">{f.name}</th>
                <td>
                  {f.role === 'actors'
                    ? t.roleActors
                    : f.role === 'links'
                      ? t.roleLinks
                      : t.roleUnknown}
                </td>
                <td>
                  {rereading.canEncode(f) && f.encoding ? (
                    <select
                      value={f.encoding}
                      aria-label={t.encodingOf(f.name)}
                      data-testid="report-encoding"
                      onChange={(e) =>
                        rereading.onEncoding(
                          f,
                          e.target.value as (typeof CHOOSABLE_ENCODINGS)[number],
                        )
                      }
                    >
                      {(CHOOSABLE_ENCODINGS as readonly string[]).includes(f.encoding) ? null : (
                        <option value={f.encoding}>{ENCODING_NAMES[f.encoding]}</option>
                      )}
                      {CHOOSABLE_ENCODINGS.map((e) => (
                        <option key={e} value={e}>
                          {ENCODING_NAMES[e]}
                        </option>
                      ))}
                    </select>
                  ) : f.encoding ? (
                    ENCODING_NAMES[f.encoding]
                  ) : (
                    '—'
                  )}
                </td>
                <td>{t.delimiterName(f.delimiter)}</td>
                <td className="numeric">{f.rows}</td>
                <td className="numeric">{f.imported}</td>
                <td>
                  {rereading.canMap(f) && (
                    <button
                      type="button"
                      className={f.role === null ? 'primary' : undefined}
                      aria-label={t.mapColumnsOf(f.name)}
                      data-testid="report-map-columns"
                      onClick={() => rereading.onMap(f)}
                    >
                      {t.mapColumns}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 id="report-issues-title">
        {t.reportIssues(report.issues.length)}
        {errors > 0 && <span className="badge error">{t.errorCount(errors)}</span>}
      </h3>
      {report.issues.length === 0 ? (
        <p>{t.reportNoIssue}</p>
      ) : (
        // Scrolled by keyboard too: the region takes the focus.
        <div
          ref={issuesRegion}
          className="table-scroll issues-scroll"
          role="region"
          aria-labelledby="report-issues-title"
          tabIndex={0}
        >
          <table data-testid="report-issues">
            <thead>
              <tr>
                <th scope="col">{t.severity}</th>
                <th scope="col">{t.fileName}</th>
                <th scope="col" className="numeric">
                  {t.line}
                </th>
                <th scope="col">{t.column}</th>
                <th scope="col">{t.message}</th>
              </tr>
            </thead>
            <tbody>
              {paging.slice.map((issue, i) => (
                <tr key={paging.current * PAGE + i} className={`severity-${issue.severity}`}>
                  <td>
                    <span className={`badge ${issue.severity}`}>
                      {t.severities[issue.severity]}
                    </span>
                  </td>
                  <td>{issue.file}</td>
                  <td className="numeric">{issue.line ?? ''}</td>
                  <td>{issue.column ?? ''}</td>
                  <td>{issue.message[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager paging={paging} testId="report-pager" />
      {report.doubtful.length > 0 && (
        <>
          <h3>{t.doubtful(report.doubtful.length)}</h3>
          <ul className="plain">
            {report.doubtful.map((d, i) => (
              <li key={i}>
                {d.aName} <span className="muted">({d.a})</span> / {d.bName}{' '}
                <span className="muted">({d.b})</span> —{' '}
                <span className="muted">{d.reason[lang]}</span> <MergePairButton a={d.a} b={d.b} />
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="link-button" onClick={onHelp} data-testid="report-help">
          {t.helpButton}
        </button>
        <span className="spacer" />
        <button type="button" className="primary" onClick={download} data-testid="report-download">
          {t.reportDownload}
        </button>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </>
  );
}
