// Where the network hangs on one actor or one link, in sentences: "Si « X » se retire, 7
// acteurs sont coupés du reste du réseau", each with an "Et si… ?" toggle that takes the
// actor off the map for a moment and says who is cut off; then the bridges.
import { useMemo } from 'react';
import {
  type ArticulationPoint,
  bridgeCuts,
  bridgeSentence,
  strandedSentence,
  withdrawalSentence,
} from '../../../../analysis';
import type { Lang } from '../../../../domain';
import type { MaillageGraph } from '../../../../model';
import type { Highlight } from '../../../state.ts';
import { ShowMore, useCapped } from '../links/Capped.tsx';
import { useText } from '../../../i18n/text-context.tsx';

interface Props {
  graph: MaillageGraph;
  points: readonly ArticulationPoint[];
  bridges: readonly [string, string][];
  /** The actor taken off the map now, and the actors it cuts off. */
  whatIf: string | null;
  stranded: readonly string[];
  onWhatIf: (id: string | null) => void;
  /** The actors `id` leaving would cut off. */
  cutOffOf: (id: string) => string[];
  nameOf: (id: string) => string;
  lang: Lang;
  highlight: Highlight | null;
  onLight: (key: string, ids: () => string[]) => void;
}

export function WeakPoints(props: Props) {
  const { graph, whatIf, stranded, onWhatIf, cutOffOf, nameOf, lang, highlight, onLight } = props;
  const t = useText();
  const points = useMemo(() => props.points.filter((p) => p.cutOff > 0), [props.points]);
  const bridges = useMemo(() => bridgeCuts(graph, props.bridges), [graph, props.bridges]);
  const pointRows = useCapped(points, 10);
  const bridgeRows = useCapped(bridges, 10);

  return (
    <>
      <section aria-labelledby="art-points-title">
        <h3 id="art-points-title">{t.artPointsTitle(points.length)}</h3>
        {points.length === 0 ? (
          <p className="muted">{t.artPointsNone}</p>
        ) : (
          <ul className="art-rows" data-testid="art-point-list">
            {pointRows.shown.map((p) => {
              const key = `art:point:${p.id}`;
              const name = nameOf(p.id);
              const active = whatIf === p.id;
              return (
                <li key={p.id} className={active ? 'art-point art-active' : 'art-point'}>
                  <div className="art-point-line">
                    <button
                      type="button"
                      className="art-row"
                      aria-pressed={highlight?.key === key}
                      data-testid="art-point"
                      data-id={p.id}
                      data-cut-off={p.cutOff}
                      onClick={() => onLight(key, () => [p.id, ...cutOffOf(p.id)])}
                    >
                      {withdrawalSentence(name, p.cutOff)[lang]}
                    </button>
                    <button
                      type="button"
                      className="art-what-if"
                      aria-pressed={active}
                      data-testid="art-what-if"
                      data-id={p.id}
                      onClick={() => onWhatIf(active ? null : p.id)}
                    >
                      <span aria-hidden="true">{t.artWhatIf}</span>
                      <span className="visually-hidden">{t.artWhatIfOf(name)}</span>
                    </button>
                  </div>
                  {active && (
                    <p className="art-stranded" role="status" data-testid="art-stranded">
                      {strandedSentence(name, stranded.map(nameOf))[lang]}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <ShowMore
          total={points.length}
          all={pointRows.all}
          capped={pointRows.capped}
          onToggle={pointRows.toggle}
        />
      </section>

      <section aria-labelledby="art-bridges-title">
        <h3 id="art-bridges-title">{t.artBridgesTitle(bridges.length)}</h3>
        {bridges.length === 0 ? (
          <p className="muted">{t.artBridgesNone}</p>
        ) : (
          <ul className="art-rows" data-testid="art-bridge-list">
            {bridgeRows.shown.map((b) => {
              const key = `art:bridge:${b.source}|${b.target}`;
              return (
                <li key={key}>
                  <button
                    type="button"
                    className="art-row"
                    aria-pressed={highlight?.key === key}
                    data-testid="art-bridge"
                    data-pair={`${b.source}|${b.target}`}
                    onClick={() =>
                      onLight(key, () => [...new Set([b.source, b.target, ...b.cutOff])])
                    }
                  >
                    {bridgeSentence(nameOf(b.source), nameOf(b.target), b.cutOff.map(nameOf))[lang]}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <ShowMore
          total={bridges.length}
          all={bridgeRows.all}
          capped={bridgeRows.capped}
          onToggle={bridgeRows.toggle}
        />
      </section>
    </>
  );
}
