// The printable report left behind after a restitution meeting: on screen a preview of the
// pages, on paper (or "print to PDF") a clean document in A4 portrait or A3 landscape.
// Everything is text except the map picture; names go through `names` (anonymous mode).
import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { Analysis, Coverage } from '../../../analysis';
import type { ReferenceData } from '../../../domain';
import type { Workspace } from '../../workspace.ts';
import './report.css';
import { useText } from '../../i18n/text-context.tsx';
import {
  ReportComparison,
  useReportComparison,
  type ReportComparisons,
} from './ReportComparison.tsx';
import {
  numberWriter,
  ReportActors,
  ReportCoverage,
  ReportFigures,
  ReportNetwork,
} from './ReportSections.tsx';

export type PaperFormat = 'a4-portrait' | 'a3-landscape';

interface Props {
  workspace: Workspace;
  analysis: Analysis;
  coverage: Coverage;
  /** The reference lists with the expected composition in force. */
  ref_: ReferenceData;
  names: ReadonlyMap<string, string>;
  anonymous: boolean;
  title: string;
  /** The map as a PNG data URL (null while it is drawn). */
  mapImage: string | null;
  /** Actors on the map picture, when filters leave some out (null: all of them). */
  filteredTo: number | null;
  legend: ReactNode;
  format: PaperFormat;
  /** The comparisons the report may hold (the one open in the app is chosen first). */
  comparisons: ReportComparisons;
  onFormat: (format: PaperFormat) => void;
  onClose: () => void;
}

export function PrintableReport(props: Props) {
  const { workspace, analysis, coverage, ref_, names, format } = props;
  const t = useText();
  const graph = workspace.graph;
  const nf = numberWriter(t.lang);
  const date = useMemo(() => new Date(), []);
  const root = useRef<HTMLDivElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  useModalView(root, printButton, props.onClose);
  usePageSize(format);
  const compared = useReportComparison(props.comparisons);
  const files = workspace.report.files.filter((f) => f.role !== null);

  return (
    <div
      ref={root}
      className={`print-report ${format}`}
      data-testid="print-report"
      data-format={format}
      role="dialog"
      aria-modal="true"
      aria-labelledby="report-doc-title"
    >
      <ReportToolbar
        format={format}
        onFormat={props.onFormat}
        comparisonPicker={compared.picker}
        printButton={printButton}
        onClose={props.onClose}
      />

      <article className="report-doc" aria-labelledby="report-doc-title">
        <header className="report-head">
          <p className="report-kicker">{t.reportKicker}</p>
          <h1 id="report-doc-title">{props.title}</h1>
          <p>
            {t.reportDate(date)}
            {props.anonymous && <strong> · {t.anonymousBadge}</strong>}
          </p>
        </header>

        <ReportFigures analysis={analysis} />

        <ReportMap
          image={props.mapImage}
          legend={props.legend}
          graph={graph}
          filteredTo={props.filteredTo}
        />

        {compared.shown && <ReportComparison shown={compared.shown} ref_={ref_} />}

        <ReportCoverage analysis={analysis} coverage={coverage} ref_={ref_} />

        <ReportNetwork analysis={analysis} graph={graph} ref_={ref_} names={names} />

        <ReportActors graph={graph} ref_={ref_} names={names} />

        <footer className="report-foot">
          <p>
            {t.reportSources}{' '}
            {files.length ? files.map((f) => `${f.name} (${nf(f.rows)})`).join(', ') : '—'}
          </p>
          <p>{t.reportMadeWith(date)}</p>
        </footer>
      </article>
    </div>
  );
}

/** The map's picture (as the app draws it, filters included) and its legend. */
function ReportMap(props: {
  image: string | null;
  legend: ReactNode;
  graph: Workspace['graph'];
  filteredTo: number | null;
}) {
  const { image, legend, graph, filteredTo } = props;
  const t = useText();
  return (
    <section className="report-map" aria-labelledby="report-map">
      <h2 id="report-map">{t.reportMap}</h2>
      <div className="report-map-body">
        {image ? (
          <img src={image} alt={t.mapDescription(graph.order, graph.size)} />
        ) : (
          <p className="muted">{t.reportDrawingMap}</p>
        )}
        <div className="report-legend">{legend}</div>
      </div>
      {filteredTo !== null && (
        <p className="report-note" data-testid="report-filtered">
          {t.reportFiltered(filteredTo, graph.order)}
        </p>
      )}
    </section>
  );
}

/** Above the pages, on screen only: the paper format, the comparison to include, print, close. */
function ReportToolbar(props: {
  format: PaperFormat;
  onFormat: (format: PaperFormat) => void;
  comparisonPicker: ReactNode;
  printButton: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}) {
  const { format, onFormat, comparisonPicker, printButton, onClose } = props;
  const t = useText();
  return (
    <div className="report-toolbar" role="toolbar" aria-label={t.printTools}>
      <label>
        <span>{t.reportFormat}</span>
        <select
          value={format}
          data-testid="report-format"
          onChange={(e) => onFormat(e.target.value as PaperFormat)}
        >
          <option value="a4-portrait">{t.reportA4}</option>
          <option value="a3-landscape">{t.reportA3}</option>
        </select>
      </label>
      {comparisonPicker}
      <button
        ref={printButton}
        type="button"
        className="primary"
        data-testid="report-print"
        onClick={() => window.print()}
      >
        {t.reportPrint}
      </button>
      <button type="button" data-testid="report-close" onClick={onClose}>
        {t.close}
      </button>
    </div>
  );
}

/**
 * The paper size follows the chosen format. An @page rule cannot be switched by a class, and
 * the page's CSP refuses inline <style>: it is a constructed stylesheet, set through the
 * CSSOM, for as long as the report is open.
 */
function usePageSize(format: PaperFormat): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { size: ${format === 'a3-landscape' ? 'A3 landscape' : 'A4 portrait'}; margin: 12mm; }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [format]);
}

/**
 * A modal view: the app behind is inert, the focus starts on `first`, Escape closes, and the
 * focus goes back to what had it (the button that opened the view) when it closes.
 */
function useModalView(
  root: RefObject<HTMLElement | null>,
  first: RefObject<HTMLElement | null>,
  onClose: () => void,
): void {
  const latestClose = useRef(onClose);
  latestClose.current = onClose;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const behind = [...(root.current?.parentElement?.children ?? [])].filter(
      (el): el is HTMLElement => el !== root.current && el instanceof HTMLElement,
    );
    for (const el of behind) el.inert = true;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') latestClose.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      for (const el of behind) el.inert = false;
      before?.focus?.();
    };
  }, [root, first]);
}
