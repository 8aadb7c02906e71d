// The printable report left behind after a restitution meeting: on screen a preview of the
// pages, on paper (or "print to PDF") a clean document in A4 portrait or A3 landscape.
// Everything is text except the map picture; names go through `names` (anonymous mode).
import { useEffect, useMemo, useRef } from 'react';
import {
  type Analysis,
  coverageMatrix,
  type CellState,
  type Coverage,
  type CrossSchemeRuleResult,
  coverageFindings,
  networkFindings,
  type Finding,
  joinReasons,
} from '../../../analysis';
import { WHOLE_SCHEME, type Lang, type ReferenceData } from '../../../domain';
import { bodyLabel, schemeLabel, sectorLabel, typeLabel, type Workspace } from '../../workspace.ts';
import './report.css';
import { useText } from '../../i18n/text-context.tsx';
import type { Catalogue } from '../../i18n/catalogue.ts';
import {
  ReportComparison,
  useReportComparison,
  type ReportComparisons,
} from './ReportComparison.tsx';

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
  legend: React.ReactNode;
  format: PaperFormat;
  /** The comparisons the report may hold (the one open in the app is chosen first). */
  comparisons: ReportComparisons;
  onFormat: (format: PaperFormat) => void;
  onClose: () => void;
}

const SUGGESTIONS_SHOWN = 10;

const CELL_MARK: Record<CellState, string> = {
  present: '',
  gap: '✗',
  hint: '○',
  alternative: '·',
  empty: '',
};

/** A cross-scheme rule's status in words (not by colour alone). */
const CROSS_STATUS: Record<CrossSchemeRuleResult['status'], (t: Catalogue) => string> = {
  met: (t) => t.covCrossOk,
  unmet: (t) => t.covCrossKo,
  unknown: (t) => t.covCrossUnknown,
};

export function PrintableReport(props: Props) {
  const { workspace, analysis, coverage, ref_, names, format } = props;
  const t = useText();
  const lang: Lang = t.lang;
  const graph = workspace.graph;
  const nf = (n: number, digits = 0) =>
    n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits });
  const date = useMemo(() => new Date(), []);
  const root = useRef<HTMLDivElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  const latestClose = useRef(props.onClose);
  latestClose.current = props.onClose;
  // A modal view: the app behind is inert, focus starts on "Imprimer", Escape closes, and
  // focus goes back to the button that opened it.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const behind = [...(root.current?.parentElement?.children ?? [])].filter(
      (el): el is HTMLElement => el !== root.current && el instanceof HTMLElement,
    );
    for (const el of behind) el.inert = true;
    printButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') latestClose.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      for (const el of behind) el.inert = false;
      before?.focus?.();
    };
  }, []);
  usePageSize(format);
  const compared = useReportComparison(props.comparisons);
  const matrix = useMemo(() => coverageMatrix(coverage, ref_, 'sector'), [coverage, ref_]);
  const gaps = useMemo(
    () => coverageFindings({ ...analysis, coverage }, ref_),
    [analysis, coverage, ref_],
  );
  const network = useMemo(
    () => networkFindings(analysis, graph, ref_, names),
    [analysis, graph, ref_, names],
  );
  const layerLabel = (id: string) =>
    ref_.sectorLayers.find((l) => l.id === id)?.label[lang] ?? t.reportOtherSectors;
  const columnLabel = (scheme: string, body: string) =>
    body === WHOLE_SCHEME ? t.reportAllMembers : bodyLabel(ref_, scheme, body, lang);
  const actors = useMemo(
    () =>
      graph
        .mapNodes((id, actor) => ({ id, actor, name: names.get(id) ?? actor.name }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [graph, names, lang],
  );
  const files = workspace.report.files.filter((f) => f.role !== null);
  const articulation = network.filter(
    (f) => f.kind === 'articulation-point' || f.kind === 'bridge' || f.kind === 'cross-scheme',
  );
  const missing = network.filter(
    (f) => f.kind === 'isolated' || f.kind === 'cut-off-group' || f.kind === 'sector-pair',
  );

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
      <div className="report-toolbar" role="toolbar" aria-label={t.printTools}>
        <label>
          <span>{t.reportFormat}</span>
          <select
            value={format}
            data-testid="report-format"
            onChange={(e) => props.onFormat(e.target.value as PaperFormat)}
          >
            <option value="a4-portrait">{t.reportA4}</option>
            <option value="a3-landscape">{t.reportA3}</option>
          </select>
        </label>
        {compared.picker}
        <button
          ref={printButton}
          type="button"
          className="primary"
          data-testid="report-print"
          onClick={() => window.print()}
        >
          {t.reportPrint}
        </button>
        <button type="button" data-testid="report-close" onClick={props.onClose}>
          {t.close}
        </button>
      </div>

      <article className="report-doc" aria-labelledby="report-doc-title">
        <header className="report-head">
          <p className="report-kicker">{t.reportKicker}</p>
          <h1 id="report-doc-title">{props.title}</h1>
          <p>
            {t.reportDate(date)}
            {props.anonymous && <strong> · {t.anonymousBadge}</strong>}
          </p>
        </header>

        <section className="report-figures" aria-labelledby="report-figures">
          <h2 id="report-figures">{t.reportFigures}</h2>
          <dl>
            <Figure term={t.reportActors} value={nf(analysis.summary.actors)} />
            <Figure term={t.reportLinks} value={nf(analysis.summary.links)} />
            <Figure term={t.reportGroups} value={nf(analysis.summary.components)} />
            <Figure term={t.reportIsolated} value={nf(analysis.summary.isolated)} />
            <Figure term={t.reportDensity} value={`${nf(analysis.summary.density * 100, 1)} %`} />
            <Figure term={t.reportCommunities} value={nf(analysis.summary.communities)} />
            <Figure
              term={t.reportArticulationPoints}
              value={nf(analysis.articulation.articulationPoints.length)}
            />
            <Figure term={t.reportBridges} value={nf(analysis.articulation.bridges.length)} />
          </dl>
        </section>

        <section className="report-map" aria-labelledby="report-map">
          <h2 id="report-map">{t.reportMap}</h2>
          <div className="report-map-body">
            {props.mapImage ? (
              <img src={props.mapImage} alt={t.mapDescription(graph.order, graph.size)} />
            ) : (
              <p className="muted">{t.reportDrawingMap}</p>
            )}
            <div className="report-legend">{props.legend}</div>
          </div>
          {props.filteredTo !== null && (
            <p className="report-note" data-testid="report-filtered">
              {t.reportFiltered(props.filteredTo, graph.order)}
            </p>
          )}
        </section>

        {compared.shown && <ReportComparison shown={compared.shown} ref_={ref_} />}

        <section className="report-coverage" aria-labelledby="report-coverage">
          <h2 id="report-coverage">{t.panelCoverage}</h2>
          <p className="report-note">{t.reportMatrixKey}</p>
          {/* One table per scheme: all bodies side by side would not fit an A4 page. */}
          {schemesOf(matrix.columns).map((scheme) => {
            const columns = matrix.columns.filter((c) => c.scheme === scheme);
            const keys = new Set(columns.map((c) => c.key));
            return (
              <table className="report-matrix" data-testid="report-coverage-table" key={scheme}>
                <caption>
                  {t.reportMatrixCaption} — {schemeLabel(ref_, scheme, lang)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.sectors}</th>
                    {columns.map((c) => (
                      <th scope="col" key={c.key}>
                        {columnLabel(c.scheme, c.body)}
                      </th>
                    ))}
                  </tr>
                </thead>
                {matrix.groups.map((group) => {
                  // On paper, a sector with nobody and no expectation in this scheme is
                  // left out.
                  const rows = group.rows.filter((row) =>
                    row.cells.some((cell) => keys.has(cell.column) && cell.state !== 'empty'),
                  );
                  if (rows.length === 0) return null;
                  return (
                    <tbody key={group.id}>
                      <tr className="group">
                        <th scope="colgroup" colSpan={columns.length + 1}>
                          {layerLabel(group.id)}
                        </th>
                      </tr>
                      {rows.map((row) => (
                        <tr key={row.id}>
                          <th scope="row">{sectorLabel(ref_, row.id, lang)}</th>
                          {row.cells
                            .filter((cell) => keys.has(cell.column))
                            .map((cell) => (
                              <td key={cell.column} className={`cell-${cell.state}`}>
                                {cell.actors.length > 0
                                  ? nf(cell.actors.length)
                                  : CELL_MARK[cell.state]}
                              </td>
                            ))}
                        </tr>
                      ))}
                    </tbody>
                  );
                })}
              </table>
            );
          })}
          <h3>{t.reportGaps}</h3>
          <FindingList findings={gaps} lang={lang} empty={t.reportNoGap} testId="report-gaps" />
          <h3>{t.covCrossTitle}</h3>
          {analysis.crossSchemeRules.length === 0 ? (
            <p className="report-note">{t.reportNoCrossRule}</p>
          ) : (
            <ul data-testid="report-cross-rules">
              {analysis.crossSchemeRules.map((rule) => (
                <li key={rule.rule} data-status={rule.status}>
                  <strong>{CROSS_STATUS[rule.status](t)}</strong> — {rule.label[lang]}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="report-links" aria-labelledby="report-links">
          <h2 id="report-links">{t.panelLinks}</h2>
          <FindingList findings={missing} lang={lang} empty={t.reportNothing} />
          <h3>{t.reportSuggestions}</h3>
          {analysis.missingLinks.suggested.length === 0 ? (
            <p>{t.reportNothing}</p>
          ) : (
            <ol>
              {analysis.missingLinks.suggested.slice(0, SUGGESTIONS_SHOWN).map((s) => (
                <li key={`${s.source}|${s.target}`}>
                  <strong>
                    {names.get(s.source) ?? s.source} — {names.get(s.target) ?? s.target}
                  </strong>{' '}
                  : {joinReasons(s.reasons)[lang]}
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="report-articulation" aria-labelledby="report-articulation">
          <h2 id="report-articulation">{t.panelArticulation}</h2>
          <table className="report-combinations">
            <caption>{t.reportCombinations}</caption>
            <thead>
              <tr>
                <th scope="col">{t.schemes}</th>
                <th scope="col">{t.reportActors}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.articulation.schemeCombinations.map((c) => (
                <tr key={c.schemes.join('+') || 'none'}>
                  <th scope="row">
                    {c.schemes.length
                      ? c.schemes.map((s) => schemeLabel(ref_, s, lang)).join(' + ')
                      : t.reportNoScheme}
                  </th>
                  <td>{nf(c.actors.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <FindingList findings={articulation} lang={lang} empty={t.reportNothing} />
        </section>

        <section className="report-actors" aria-labelledby="report-actors">
          <h2 id="report-actors">{t.reportActorList(actors.length)}</h2>
          <table className="report-actor-table" data-testid="report-actors">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.type}</th>
                <th scope="col">{t.sectors}</th>
                <th scope="col">{t.schemes}</th>
                <th scope="col">{t.reportPartners}</th>
              </tr>
            </thead>
            <tbody>
              {actors.map(({ id, actor, name }) => (
                <tr key={id}>
                  <th scope="row">{name}</th>
                  <td>{typeLabel(ref_, actor.type, lang)}</td>
                  <td>{actor.sectors.map((s) => sectorLabel(ref_, s, lang)).join(', ')}</td>
                  <td>
                    {Object.entries(actor.schemes)
                      .map(([s, bodies]) =>
                        bodies.length
                          ? `${schemeLabel(ref_, s, lang)} (${bodies.map((b) => bodyLabel(ref_, s, b, lang)).join(', ')})`
                          : schemeLabel(ref_, s, lang),
                      )
                      .join(' · ')}
                  </td>
                  <td>{nf(graph.degree(id))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

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

function schemesOf(columns: readonly { scheme: string }[]): string[] {
  return [...new Set(columns.map((c) => c.scheme))];
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function FindingList({
  findings,
  lang,
  empty,
  testId,
}: {
  findings: readonly Finding[];
  lang: Lang;
  empty: string;
  testId?: string;
}) {
  if (findings.length === 0) return <p>{empty}</p>;
  return (
    <ul className="report-findings" data-testid={testId}>
      {findings.map((f, i) => (
        <li key={i} className={f.level}>
          {f.message[lang]}
        </li>
      ))}
    </ul>
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
