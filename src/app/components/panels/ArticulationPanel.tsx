// "Comment s'articulent CLS, CLSM et ASV ?": how many actors sit in each combination of
// schemes (UpSet-style), who sits in several, the links between members of different
// schemes, and where the network hangs on one actor ("Et si… ?") or one link.
import { useMemo } from 'react';
import { cutOffActors, crossSchemeGroups, multiSchemeActors, upsetChart } from '../../../analysis';
import { ShowMore, useCapped } from './links/Capped.tsx';
import { UpsetChart } from './articulation/UpsetChart.tsx';
import { WeakPoints } from './articulation/WeakPoints.tsx';
import type { ArticulationPanelProps } from './types.ts';
import './articulation/articulation.css';
import { useText } from '../../i18n/text-context.tsx';

export function ArticulationPanel(props: ArticulationPanelProps) {
  const { workspace, analysis, ref_, lang, names, highlight, onHighlight } = props;
  const t = useText();
  const { whatIf, onWhatIf } = props;
  const graph = workspace.graph;
  const art = analysis.articulation;
  const nameOf = (id: string) => names.get(id) ?? id;
  const schemeLabel = (id: string) => ref_.schemes.find((s) => s.id === id)?.label[lang] ?? id;
  /** A second click on the lit row turns it off. */
  const light = (key: string, ids: () => string[]) =>
    onHighlight(highlight?.key === key ? null : { key, ids: ids() });
  const pressed = (key: string) => highlight?.key === key;

  const chart = useMemo(
    () => upsetChart(art.schemeCombinations, graph.order, ref_),
    [art, graph, ref_],
  );
  const multi = useMemo(() => multiSchemeActors(graph, ref_), [graph, ref_]);
  const cross = useMemo(() => crossSchemeGroups(graph, ref_), [graph, ref_]);
  const stranded = useMemo(
    () => (whatIf && graph.hasNode(whatIf) ? cutOffActors(graph, whatIf) : []),
    [graph, whatIf],
  );
  const multiRows = useCapped(multi, 12);
  const points = art.articulationPoints.filter((p) => p.cutOff > 0).length;

  return (
    <div className="art-panel" data-testid="articulation-panel">
      <p className="hint">{t.artIntro}</p>
      <p className="art-summary" data-testid="art-summary">
        {t.artSummary(multi.length, art.crossSchemeLinkTotal, points, art.bridges.length)}
      </p>

      <section aria-labelledby="art-comb-title">
        <h3 id="art-comb-title">{t.artCombTitle}</h3>
        {chart.rows.length === 0 ? (
          <p className="muted">{t.artNoScheme}</p>
        ) : (
          <div className="art-scroll">
            <UpsetChart
              chart={chart}
              schemeLabel={schemeLabel}
              highlight={highlight}
              onLight={light}
            />
          </div>
        )}
        {chart.outside > 0 && chart.rows.length > 0 && (
          <p className="hint" data-testid="art-outside">
            {t.artOutside(chart.outside)}
          </p>
        )}
      </section>

      <div className="art-grid">
        <section aria-labelledby="art-multi-title">
          <h3 id="art-multi-title">{t.artMultiTitle(multi.length)}</h3>
          {multi.length === 0 ? (
            <p className="muted">{t.artMultiNone}</p>
          ) : (
            <>
              <table className="art-table" data-testid="art-multi-table">
                <caption className="visually-hidden">{t.artMultiTitle(multi.length)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.artActor}</th>
                    <th scope="col">{t.artSchemes}</th>
                    <th scope="col" className="art-num">
                      {t.artSchemeCount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {multiRows.shown.map((m) => {
                    const key = `art:multi:${m.id}`;
                    return (
                      <tr key={m.id} data-testid="art-multi" data-id={m.id}>
                        <th scope="row">
                          <button
                            type="button"
                            className="art-row"
                            aria-pressed={pressed(key)}
                            onClick={() => light(key, () => [m.id])}
                          >
                            <bdi>{nameOf(m.id)}</bdi>
                          </button>
                        </th>
                        <td>{m.schemes.map(schemeLabel).join(', ')}</td>
                        <td className="art-num">{m.schemes.length}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <ShowMore
                total={multi.length}
                all={multiRows.all}
                capped={multiRows.capped}
                onToggle={multiRows.toggle}
              />
            </>
          )}
        </section>

        <section aria-labelledby="art-cross-title">
          <h3 id="art-cross-title">{t.artCrossTitle(art.crossSchemeLinkTotal)}</h3>
          <p className="hint">{t.artCrossIntro}</p>
          {cross.length === 0 ? (
            <p className="muted">{t.artCrossNone}</p>
          ) : (
            <ul className="art-rows" data-testid="art-cross-list">
              {cross.map((g) => {
                const pair = g.schemes.join('|');
                const key = `art:cross:${pair}`;
                return (
                  <li key={pair} data-testid="art-cross" data-schemes={pair}>
                    <button
                      type="button"
                      className="art-row"
                      aria-pressed={pressed(key)}
                      onClick={() => light(key, () => [...g.actors])}
                    >
                      {t.artCrossPair(
                        schemeLabel(g.schemes[0]),
                        schemeLabel(g.schemes[1]),
                        g.links.length,
                      )}
                    </button>
                    <details className="art-links">
                      <summary>{t.artCrossLinks}</summary>
                      <ul>
                        {g.links.map(([a, b]) => (
                          <li key={`${a}|${b}`}>
                            <bdi>{nameOf(a)}</bdi> — <bdi>{nameOf(b)}</bdi>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>

      <WeakPoints
        graph={graph}
        points={art.articulationPoints}
        bridges={art.bridges}
        whatIf={whatIf}
        stranded={stranded}
        onWhatIf={onWhatIf}
        cutOffOf={(id) => cutOffActors(graph, id)}
        nameOf={nameOf}
        lang={lang}
        highlight={highlight}
        onLight={light}
      />
    </div>
  );
}
