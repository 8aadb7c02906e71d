// The legend, always visible: it follows the colour and size encodings, explains the scheme
// ring (small maps: big ones leave it out) and, when the switch is on, the articulation highlight.
import { useId, useMemo } from 'react';
import type { ReferenceData } from '../../domain';
import type { MaillageGraph } from '../../model';
import {
  BIG_MAP,
  colourColumnOf,
  colourLegend,
  shapeLegend,
  PALE,
  RING_SCHEMES,
  shapeOf,
  type Encodings,
  type MapMetrics,
} from '../../map';
import { legendWords } from '../legend-words.ts';
import { RingIcon, ShapeIcon } from './ShapeIcon.tsx';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  graph: MaillageGraph;
  metrics: MapMetrics | null;
  ref_: ReferenceData;
  encodings: Encodings;
}

export function Legend({ graph, metrics, ref_, encodings }: Props) {
  const t = useText();
  // The legend is drawn twice in presentation mode: ids must stay unique.
  const titleId = useId();
  const column = useMemo(() => colourColumnOf(graph, encodings), [graph, encodings]);
  const colours = useMemo(
    () => colourLegend(encodings.colourBy, graph, metrics, ref_, column),
    [encodings.colourBy, graph, metrics, ref_, column],
  );
  const shapes = useMemo(() => shapeLegend(graph, ref_), [graph, ref_]);
  const words = useMemo(
    () => legendWords(t, encodings, ref_, graph.order <= BIG_MAP, graph, column),
    [t, encodings, ref_, graph, column],
  );
  const label = words.category;
  const byType = encodings.colourBy === 'type';
  return (
    // Focusable: a long legend scrolls, and the keyboard must reach what is below.
    <section className="legend" aria-labelledby={titleId} data-testid="legend" tabIndex={0}>
      <h2 id={titleId}>{t.legend}</h2>
      <h3>{words.colourHeading}</h3>
      <ul className="legend-list">
        {colours.map((entry) => (
          <li key={entry.key} data-key={entry.key} data-colour={entry.colour}>
            <ShapeIcon shape={byType ? shapeOf(entry.key) : 'ellipse'} colour={entry.colour} />
            <span className="legend-label">{label(entry.key)}</span>
            <span className="legend-count">{entry.count}</span>
          </li>
        ))}
      </ul>
      {!byType && (
        <>
          <h3>{words.shapeHeading}</h3>
          <ul className="legend-list">
            {shapes.map((entry) => (
              <li key={entry.type}>
                <ShapeIcon shape={entry.shape} colour="#D5DAE0" />
                <span className="legend-label">{words.type(entry.type)}</span>
                <span className="legend-count">{entry.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {words.ringHeading !== null && (
        <>
          <h3>{words.ringHeading}</h3>
          <div className="legend-ring">
            <RingIcon
              size={40}
              colours={RING_SCHEMES.map((s) => s.colour) as [string, string, string]}
            />
            <ul className="legend-list">
              {RING_SCHEMES.map((s) => (
                <li key={s.id}>
                  <RingIcon
                    colours={
                      RING_SCHEMES.map((x) => (x.id === s.id ? x.colour : PALE)) as [
                        string,
                        string,
                        string,
                      ]
                    }
                  />
                  <span className="legend-label">{s.id}</span>
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      {words.notes.map((note, i) => (
        <p
          key={note}
          className={
            encodings.articulation && i === words.notes.length - 1
              ? 'legend-note legend-critical'
              : 'legend-note'
          }
        >
          {note}
        </p>
      ))}
    </section>
  );
}
