// The legend, always visible: it follows the colour and size encodings, explains the scheme
// ring and, when the switch is on, the articulation highlight.
import { useId, useMemo } from 'react';
import type { ReferenceData } from '../../domain/types.ts';
import type { MaillageGraph } from '../../model/graph.ts';
import { colourLegend, shapeLegend } from '../../map/legend.ts';
import { PALE, RING_SCHEMES, shapeOf } from '../../map/palette.ts';
import type { Encodings, MapMetrics } from '../../map/types.ts';
import type { Catalogue } from '../i18n.ts';
import { sectorLabel, typeLabel } from '../workspace.ts';
import { RingIcon, ShapeIcon } from './ShapeIcon.tsx';

interface Props {
  graph: MaillageGraph;
  metrics: MapMetrics | null;
  ref_: ReferenceData;
  encodings: Encodings;
  t: Catalogue;
}

export function Legend({ graph, metrics, ref_, encodings, t }: Props) {
  const lang = t.lang;
  // The legend is drawn twice in presentation mode: ids must stay unique.
  const titleId = useId();
  const colours = useMemo(
    () => colourLegend(encodings.colourBy, graph, metrics, ref_),
    [encodings.colourBy, graph, metrics, ref_],
  );
  const shapes = useMemo(() => shapeLegend(graph, ref_), [graph, ref_]);
  const colourName = {
    type: t.colourByType,
    sector: t.colourBySector,
    scheme: t.colourByScheme,
    community: t.colourByCommunity,
  }[encodings.colourBy];
  const sizeName = {
    degree: t.sizeByDegree,
    betweenness: t.sizeByBetweenness,
    uniform: t.sizeUniform,
  }[encodings.sizeBy];
  const label = (key: string): string => {
    if (key === '') return t.unknownValue;
    switch (encodings.colourBy) {
      case 'type':
        return typeLabel(ref_, key, lang);
      case 'sector':
        return sectorLabel(ref_, key, lang);
      case 'scheme':
        return t.schemeCombination(key);
      case 'community':
        return key === 'other' ? t.otherCommunities : t.community(Number(key));
    }
  };
  const byType = encodings.colourBy === 'type';
  return (
    <section className="legend" aria-labelledby={titleId} data-testid="legend">
      <h2 id={titleId}>{t.legend}</h2>
      <h3>{byType ? t.legendColourAndShape : t.legendColour(colourName)}</h3>
      <ul className="legend-list">
        {colours.map((entry) => (
          <li key={entry.key}>
            <ShapeIcon shape={byType ? shapeOf(entry.key) : 'ellipse'} colour={entry.colour} />
            <span className="legend-label">{label(entry.key)}</span>
            <span className="legend-count">{entry.count}</span>
          </li>
        ))}
      </ul>
      {!byType && (
        <>
          <h3>{t.legendShape}</h3>
          <ul className="legend-list">
            {shapes.map((entry) => (
              <li key={entry.type}>
                <ShapeIcon shape={entry.shape} colour="#D5DAE0" />
                <span className="legend-label">{typeLabel(ref_, entry.type, lang)}</span>
                <span className="legend-count">{entry.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.legendRing}</h3>
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
      <p className="legend-note">{t.legendRingDetail}</p>
      <p className="legend-note">{t.legendSize(sizeName)}</p>
      <p className="legend-note">{t.legendLinks}</p>
      {encodings.articulation && <p className="legend-note legend-critical">{t.legendCritical}</p>}
    </section>
  );
}
