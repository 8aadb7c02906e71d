import { actor, demoGraph, REF as ref } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { columnCategories, OTHER_VALUES, valueKey } from '../../src/map/columns.ts';
import {
  colourLegend,
  legendDocument,
  otherTypeTexts,
  shapeLegend,
  type LegendWords,
} from '../../src/map/legend.ts';
import { toElements } from '../../src/map/elements.ts';
import { colourOf } from '../../src/map/palette.ts';
import { DEFAULT_ENCODINGS, type MapMetrics } from '../../src/map/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { smallGraph } from './helpers.ts';

describe('legend', () => {
  it('lists the actor types present, in reference order, with counts', () => {
    const entries = colourLegend('type', demoGraph(), null, ref);
    expect(entries).toHaveLength(16);
    expect(entries.map((e) => e.key)).toEqual(ref.actorTypes.map((t) => t.id));
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(124);
  });

  it('shows each type in the colour the map draws its actors with', () => {
    const graph = demoGraph();
    const drawn = new Map<string, Set<string>>();
    for (const element of toElements(graph, { ref, metrics: null, encodings: DEFAULT_ENCODINGS })) {
      const id = String(element.data.id);
      if (element.group !== 'nodes' || !graph.hasNode(id)) continue;
      const type = graph.getNodeAttribute(id, 'type');
      drawn.set(type, (drawn.get(type) ?? new Set()).add(String(element.data.colour)));
    }
    const legend = colourLegend('type', graph, null, ref);
    expect(legend.map((e) => e.key).sort()).toEqual([...drawn.keys()].sort());
    for (const e of legend) expect([...drawn.get(e.key)!]).toEqual([e.colour]);
  });

  it('follows the colour encoding', () => {
    const g = smallGraph();
    expect(colourLegend('scheme', g, null, ref).map((e) => e.key)).toEqual([
      'CLS',
      'ASV',
      'CLS+CLSM',
      'other',
      'none',
    ]);
    const sectors = colourLegend('sector', g, null, ref);
    expect(sectors.at(-1)?.key).toBe('');
  });

  it('folds small communities into one entry', () => {
    const g = smallGraph();
    const m = (community: number) => ({
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
      closeness: 0,
      community,
      cutOff: 0,
    });
    const metrics: MapMetrics = {
      nodes: { a: m(0), b: m(0), c: m(1), d: m(15), e: m(20) },
      bridges: [],
      communities: 21,
    };
    const entries = colourLegend('community', g, metrics, ref);
    expect(entries.map((e) => [e.key, e.count])).toEqual([
      ['0', 2],
      ['1', 1],
      ['other', 2],
    ]);
  });

  it('lists the shapes of the types present', () => {
    const shapes = shapeLegend(smallGraph(), ref);
    expect(shapes.map((s) => s.type)).toEqual([
      'collectivite',
      'ars',
      'association',
      'habitant',
      'inconnu',
    ]);
    expect(new Set(shapes.slice(0, 4).map((s) => s.shape)).size).toBe(4);
  });

  it('lists a free column\'s values by frequency, then "others" and "not given", with counts', () => {
    const values = ['EHPAD', 'EHPAD', 'CMP', '__proto__', 'constructor', '', 'CMP', 'EHPAD'];
    const g = buildGraph(
      values.map((v, i) => actor(`a${i}`, { attributes: { 'Catégorie FINESS': v } })),
      [],
    );
    const column = columnCategories(g, 'Catégorie FINESS', 3);
    const entries = colourLegend('column', g, null, ref, column);
    expect(entries.map((e) => [e.key, e.count])).toEqual([
      [valueKey('EHPAD'), 3],
      [valueKey('CMP'), 2],
      [OTHER_VALUES, 2],
      ['', 1],
    ]);
    expect(new Set(entries.map((e) => e.colour)).size).toBe(4);
    for (const e of entries) expect(e.colour).toBe(colourOf('column', e.key, ref, column));
  });

  it('names the words of unknown types, most frequent first', () => {
    const g = buildGraph(
      [
        actor('a', { type: 'autre', typeText: 'Point écoute' }),
        actor('b', { type: 'autre', typeText: 'Maison des adolescents' }),
        actor('c', { type: 'autre', typeText: 'Maison des adolescents' }),
        actor('d', { type: 'autre' }),
        actor('e', { type: 'association', typeText: 'stale' }),
      ],
      [],
    );
    expect(otherTypeTexts(g)).toEqual(['Maison des adolescents', 'Point écoute']);
  });

  it('gives exported pictures the same lines as the screen, with counts', () => {
    const g = buildGraph(
      ['A', 'A', 'B', ''].map((v, i) => actor(`a${i}`, { attributes: { Dép: v } })),
      [],
    );
    const column = columnCategories(g, 'Dép');
    const words: LegendWords = {
      title: 'Légende',
      colourHeading: 'Couleur : colonne « Dép »',
      shapeHeading: 'Forme',
      ringHeading: null,
      notes: [],
      category: (key) => (key === '' ? 'Non renseigné' : key.slice(1)),
      type: (id) => id,
    };
    const doc = legendDocument('column', g, null, ref, words, column);
    expect(doc.sections[0]?.lines.map((l) => [l.label, l.count])).toEqual([
      ['A', 2],
      ['B', 1],
      ['Non renseigné', 1],
    ]);
    // Colour says the column: the shapes keep saying the type.
    expect(doc.sections[1]?.heading).toBe('Forme');
  });
});
