import { demoGraph, REF as ref } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { firstLayoutInput } from '../../src/layout/input.ts';
import { nameBox, type Measure } from '../../src/layout/text.ts';
import { toElements, type NodeData } from '../../src/map/elements.ts';
import { DEFAULT_ENCODINGS } from '../../src/map/types.ts';
import { smallGraph } from '../map/helpers.ts';

describe('the first layout input', () => {
  it('gives every actor the size, tier and name box the map then draws', () => {
    const graph = demoGraph();
    const measure: Measure = (text, px, bold) => text.length * px * (bold ? 0.6 : 0.5);
    const input = firstLayoutInput(graph, 1.5, measure);
    const drawn = toElements(graph, { ref, metrics: null, encodings: DEFAULT_ENCODINGS })
      .filter((e) => e.group === 'nodes')
      .map((e) => e.data as NodeData);
    expect(input.n).toBe(graph.order);
    expect(input.aspect).toBe(1.5);
    expect(Array.from(input.sizes)).toEqual(drawn.map((d) => d.size));
    drawn.forEach((d, i) => {
      const box = nameBox(d.label, d.tier, measure);
      expect([input.labels?.[2 * i], input.labels?.[2 * i + 1]]).toEqual([box.width, box.height]);
    });
  });

  it('lists the links as pairs of node indices, in node order', () => {
    const graph = smallGraph();
    const input = firstLayoutInput(graph, 1);
    const ids = graph.nodes();
    const pairs: string[] = [];
    for (let e = 0; e < input.edges.length; e += 2) {
      pairs.push([ids[input.edges[e] ?? -1], ids[input.edges[e + 1] ?? -1]].sort().join('–'));
    }
    expect(pairs.sort()).toEqual(graph.mapEdges((_k, _a, s, t) => [s, t].sort().join('–')).sort());
  });
});
