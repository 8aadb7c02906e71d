// "Quels liens manquent ?": isolated actors, groups cut off from the main network, pairs of
// sectors that never work together (list and sector × sector matrix), and suggested
// partnerships that can be drawn dashed on the map. Every row lights its actors.
import { useMemo } from 'react';
import { actorsOfSectors, listNames } from '../../../analysis';
import { ShowMore, useCapped } from './links/Capped.tsx';
import { SectorMatrix } from './links/SectorMatrix.tsx';
import { Suggestions } from './links/Suggestions.tsx';
import type { LinksPanelProps } from './types.ts';
import './links/links.css';
import { useText } from '../../i18n/text-context.tsx';

export function LinksPanel(props: LinksPanelProps) {
  const { workspace, analysis, ref_, lang, names, highlight, onHighlight } = props;
  const t = useText();
  const graph = workspace.graph;
  const missing = analysis.missingLinks;
  const nameOf = (id: string) => names.get(id) ?? id;
  const sectorLabel = (id: string) => ref_.sectors.find((s) => s.id === id)?.label[lang] ?? id;
  /** A second click on the lit row turns it off. */
  const light = (key: string, ids: () => string[]) =>
    onHighlight(highlight?.key === key ? null : { key, ids: ids() });
  const pressed = (key: string) => highlight?.key === key;

  const pairs = useMemo(
    () =>
      missing.sectorPairsWithoutLink.map(([a, b]) => ({
        a,
        b,
        actors: actorsOfSectors(graph, [a, b]),
      })),
    [missing, graph],
  );
  const isolated = useCapped(missing.isolated, 30);
  const pairRows = useCapped(pairs, 30);

  return (
    <div className="ml-panel" data-testid="links-panel">
      <p className="hint">{t.mlIntro}</p>
      <p className="ml-summary" data-testid="ml-summary">
        {t.mlSummary(missing.isolated.length, missing.components.length, pairs.length)}
      </p>

      <div className="ml-grid">
        <section aria-labelledby="ml-isolated-title">
          <h3 id="ml-isolated-title">{t.mlIsolatedTitle(missing.isolated.length)}</h3>
          {missing.isolated.length === 0 ? (
            <p className="muted">{t.mlIsolatedNone}</p>
          ) : (
            <>
              <ul className="ml-rows" data-testid="ml-isolated-list">
                {isolated.shown.map((id) => (
                  <li key={id}>
                    <button
                      type="button"
                      className="ml-row"
                      aria-pressed={pressed(`ml:isolated:${id}`)}
                      data-testid="ml-isolated"
                      data-id={id}
                      onClick={() => light(`ml:isolated:${id}`, () => [id])}
                    >
                      <bdi>{nameOf(id)}</bdi>
                    </button>
                  </li>
                ))}
              </ul>
              <ShowMore
                total={missing.isolated.length}
                all={isolated.all}
                capped={isolated.capped}
                onToggle={isolated.toggle}
              />
              {missing.isolated.length > 1 && (
                <button
                  type="button"
                  className="ml-light-all"
                  aria-pressed={pressed('ml:isolated')}
                  data-testid="ml-isolated-all"
                  onClick={() => light('ml:isolated', () => [...missing.isolated])}
                >
                  {t.mlLightAll(missing.isolated.length)}
                </button>
              )}
            </>
          )}
        </section>

        <section aria-labelledby="ml-groups-title">
          <h3 id="ml-groups-title">{t.mlGroupsTitle(missing.components.length)}</h3>
          {missing.components.length === 0 ? (
            <p className="muted">{t.mlGroupsNone}</p>
          ) : (
            <ul className="ml-rows" data-testid="ml-group-list">
              {missing.components.map((group, i) => (
                <li key={group[0]}>
                  <button
                    type="button"
                    className="ml-row"
                    aria-pressed={pressed(`ml:group:${i}`)}
                    data-testid="ml-group"
                    data-ids={group.join(' ')}
                    onClick={() => light(`ml:group:${i}`, () => [...group])}
                  >
                    {t.mlGroup(group.length, listNames(group.map(nameOf), 20)[lang])}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="ml-sectors-title">
        <h3 id="ml-sectors-title">{t.mlSectorsTitle}</h3>
        <div className="ml-sectors">
          <div className="ml-pairs">
            <h4>{t.mlPairsTitle(pairs.length)}</h4>
            {pairs.length === 0 ? (
              <p className="muted">{t.mlPairsNone}</p>
            ) : (
              <>
                <ul className="ml-rows" data-testid="ml-pair-list">
                  {pairRows.shown.map(({ a, b, actors }) => (
                    <li key={`${a}|${b}`}>
                      <button
                        type="button"
                        className="ml-row"
                        aria-pressed={pressed(`ml:pair:${a}|${b}`)}
                        data-testid="ml-pair"
                        data-sectors={`${a}|${b}`}
                        onClick={() => light(`ml:pair:${a}|${b}`, () => actors)}
                      >
                        <span>{t.mlPair(sectorLabel(a), sectorLabel(b))}</span>
                        <span className="ml-count">{t.mlPairActors(actors.length)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
                <ShowMore
                  total={pairs.length}
                  all={pairRows.all}
                  capped={pairRows.capped}
                  onToggle={pairRows.toggle}
                />
              </>
            )}
          </div>
          {missing.sectorMatrix.sectors.length > 0 && (
            <div className="ml-matrix-box">
              <SectorMatrix
                matrix={missing.sectorMatrix}
                graph={graph}
                label={sectorLabel}
                highlight={highlight}
                onLight={light}
              />
              <p className="hint">{t.mlMatrixHint}</p>
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="ml-suggest-title">
        <h3 id="ml-suggest-title">{t.mlSuggestTitle(missing.suggested.length)}</h3>
        <Suggestions
          suggestions={missing.suggested}
          suggested={props.suggested}
          onSuggested={props.onSuggested}
          nameOf={nameOf}
          lang={lang}
          highlight={highlight}
          onLight={light}
        />
      </section>
    </div>
  );
}
