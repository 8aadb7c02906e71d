// The printable report's sections, each from the analysis and the reference lists: the key
// figures, the coverage (one table per scheme, the gaps, the cross-scheme rules), the missing
// links, the articulation between schemes and the actors' list.
import { useMemo } from 'react';
import {
  type Analysis,
  coverageMatrix,
  type CoverageMatrix,
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
import { useText } from '../../i18n/text-context.tsx';
import type { Catalogue } from '../../i18n/catalogue.ts';

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

/** Numbers as the report's language writes them (`digits` after the decimal sign at most). */
export function numberWriter(lang: Lang): (n: number, digits?: number) => string {
  return (n, digits = 0) =>
    n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits });
}

export function ReportFigures({ analysis }: { analysis: Analysis }) {
  const t = useText();
  const nf = numberWriter(t.lang);
  return (
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
  );
}

interface CoverageProps {
  analysis: Analysis;
  coverage: Coverage;
  ref_: ReferenceData;
}

export function ReportCoverage({ analysis, coverage, ref_ }: CoverageProps) {
  const t = useText();
  const lang = t.lang;
  const matrix = useMemo(() => coverageMatrix(coverage, ref_, 'sector'), [coverage, ref_]);
  const gaps = useMemo(
    () => coverageFindings({ ...analysis, coverage }, ref_),
    [analysis, coverage, ref_],
  );
  return (
    <section className="report-coverage" aria-labelledby="report-coverage">
      <h2 id="report-coverage">{t.panelCoverage}</h2>
      <p className="report-note">{t.reportMatrixKey}</p>
      {/* One table per scheme: all bodies side by side would not fit an A4 page. */}
      {schemesOf(matrix.columns).map((scheme) => (
        <SchemeMatrix key={scheme} matrix={matrix} scheme={scheme} ref_={ref_} />
      ))}
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
  );
}

/** The coverage matrix's columns of one scheme (all bodies side by side would not fit an A4
 * page). */
function SchemeMatrix(props: { matrix: CoverageMatrix; scheme: string; ref_: ReferenceData }) {
  const { matrix, scheme, ref_ } = props;
  const t = useText();
  const lang = t.lang;
  const nf = numberWriter(lang);
  const columns = matrix.columns.filter((c) => c.scheme === scheme);
  const keys = new Set(columns.map((c) => c.key));
  const layerLabel = (id: string) =>
    ref_.sectorLayers.find((l) => l.id === id)?.label[lang] ?? t.reportOtherSectors;
  const columnLabel = (body: string) =>
    body === WHOLE_SCHEME ? t.reportAllMembers : bodyLabel(ref_, scheme, body, lang);
  return (
    <table className="report-matrix" data-testid="report-coverage-table">
      <caption>
        {t.reportMatrixCaption} — {schemeLabel(ref_, scheme, lang)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.sectors}</th>
          {columns.map((c) => (
            <th scope="col" key={c.key}>
              {columnLabel(c.body)}
            </th>
          ))}
        </tr>
      </thead>
      {matrix.groups.map((group) => {
        // On paper, a sector with nobody and no expectation in this scheme is left out.
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
                      {cell.actors.length > 0 ? nf(cell.actors.length) : CELL_MARK[cell.state]}
                    </td>
                  ))}
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

interface NetworkProps {
  analysis: Analysis;
  graph: Workspace['graph'];
  ref_: ReferenceData;
  names: ReadonlyMap<string, string>;
}

/** The links' and the articulation's findings, from one reading of the network. */
export function ReportNetwork(props: NetworkProps) {
  const { analysis, graph, ref_, names } = props;
  const network = useMemo(
    () => networkFindings(analysis, graph, ref_, names),
    [analysis, graph, ref_, names],
  );
  const articulation = network.filter(
    (f) => f.kind === 'articulation-point' || f.kind === 'bridge' || f.kind === 'cross-scheme',
  );
  const missing = network.filter(
    (f) => f.kind === 'isolated' || f.kind === 'cut-off-group' || f.kind === 'sector-pair',
  );
  return (
    <>
      <ReportLinks analysis={analysis} names={names} missing={missing} />
      <ReportArticulation analysis={analysis} ref_={ref_} articulation={articulation} />
    </>
  );
}

function ReportLinks(props: {
  analysis: Analysis;
  names: ReadonlyMap<string, string>;
  missing: readonly Finding[];
}) {
  const { analysis, names, missing } = props;
  const t = useText();
  const lang = t.lang;
  return (
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
  );
}

function ReportArticulation(props: {
  analysis: Analysis;
  ref_: ReferenceData;
  articulation: readonly Finding[];
}) {
  const { analysis, ref_, articulation } = props;
  const t = useText();
  const lang = t.lang;
  const nf = numberWriter(lang);
  return (
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
  );
}

export function ReportActors(props: {
  graph: Workspace['graph'];
  ref_: ReferenceData;
  names: ReadonlyMap<string, string>;
}) {
  const { graph, ref_, names } = props;
  const t = useText();
  const lang = t.lang;
  const nf = numberWriter(lang);
  const actors = useMemo(
    () =>
      graph
        .mapNodes((id, actor) => ({ id, actor, name: names.get(id) ?? actor.name }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [graph, names, lang],
  );
  return (
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
