import { demo, REF } from '../factory.ts';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/model/gexf.ts';
import type { NodeViz } from '../../src/model/graph-fields.ts';
import {
  importTexts,
  invalidXmlChars,
  XML_HOSTILE_NAMES,
  xmlHostileGraph,
  xmlProblems,
} from './helpers.ts';

/** A look per actor: distinct colours, sizes and positions. */
function vizOf(ids: readonly string[]): Map<string, NodeViz> {
  return new Map(
    ids.map((id, i) => [
      id,
      {
        color: `#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6).toUpperCase()}`,
        size: 10 + (i % 7),
        x: i * 3.5,
        y: -i * 1.25,
      },
    ]),
  );
}

describe('GEXF', () => {
  it('opens again in graphology with the same actors, links, colours, sizes and positions', () => {
    const { graph } = demo();
    const viz = vizOf(graph.nodes());
    const text = toGexf(graph, { ref: REF, lang: 'fr', viz, title: 'Val de Loire-Sèvre' });
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(xmlProblems(text)).toEqual([]);
    const back = parse(Graph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(new Set(back.nodes())).toEqual(new Set(graph.nodes()));
    graph.forEachNode((id, actor) => {
      const a = back.getNodeAttributes(id);
      const v = viz.get(id)!;
      expect(a.label).toBe(actor.name);
      expect(a.color).toBe(v.color);
      expect(a.size).toBe(v.size);
      // Gephi's y axis points up.
      expect([a.x, a.y]).toEqual([v.x, -v.y]);
      expect(a.typeId).toBe(actor.type);
      expect(a.schemes).toEqual(Object.keys(actor.schemes));
    });
    const pairs = (g: Graph) => new Set(g.mapEdges((_e, _a, s, t) => [s, t].sort().join(' — ')));
    expect(pairs(back)).toEqual(pairs(graph));
    graph.forEachEdge((key, link) => {
      const a = back.getEdgeAttributes(key);
      expect(a.weight).toBe(link.strength ?? 1);
      expect(a.types).toEqual(link.types);
      expect(a.count).toBe(link.count);
    });
  });

  it('writes the fields Gephi partitions by, in labels', () => {
    const { graph } = demo();
    const back = parse(Graph, toGexf(graph, { ref: REF, lang: 'en' }));
    const ch = back.getNodeAttributes('centre-hospitalier-de-rochebrune');
    expect(ch.type).toBe('Health care facility');
    expect(ch.sectors).toContain('Mental health and psychiatry');
    expect(ch.bodies).toContain('CLS Steering committee');
  });

  it('keeps names with XML characters and drops characters XML cannot hold', () => {
    const { graph } = importTexts({
      'a.csv': 'Nom;Remarques\r\n"Ateliers <""santé"" & \'bien-être\'>";a\u0001b\r\nB;\r\n',
      'l.csv': 'Source;Cible\r\n"Ateliers <""santé"" & \'bien-être\'>";B\r\n',
    });
    const text = toGexf(graph, { ref: REF, lang: 'fr' });
    expect(xmlProblems(text)).toEqual([]);
    const back = parse(Graph, text);
    const id = graph.nodes()[0]!;
    expect(back.getNodeAttribute(id, 'label')).toBe(`Ateliers <"santé" & 'bien-être'>`);
    expect(back.getNodeAttribute(id, 'Remarques')).toBe('ab');
    expect(back.size).toBe(1);
  });

  it('writes a file that parses for hostile names, control characters and lone surrogates', () => {
    const text = toGexf(xmlHostileGraph(), {
      ref: REF,
      lang: 'fr',
      title: XML_HOSTILE_NAMES.join(' '),
    });
    expect(invalidXmlChars(text)).toEqual([]);
    expect(xmlProblems(text)).toEqual([]);
    const back = parse(Graph, text);
    expect(back.order).toBe(XML_HOSTILE_NAMES.length);
    expect(back.getNodeAttribute('a0', 'label')).toBe('<script>alert(1)</script>');
    expect(back.getNodeAttribute('a2', 'label')).toBe('fin de CDATA ]]> ici');
    expect(back.getNodeAttribute('a5', 'label')).toBe('nul bip échap');
    expect(back.getNodeAttribute('a7', 'label')).toBe('demi  paire  seule');
    expect(back.getNodeAttribute('a8', 'label')).toBe('emoji 🙂 gardé');
  });
});
