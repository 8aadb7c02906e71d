// The SVG picture's text and legend (picture.ts, the part that does not need a browser);
// the PNG is checked in a real browser by the end-to-end tests.
import { demo, REF } from '../factory.ts';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { composeSvg } from '../../src/map/picture.ts';
import { legendDocument, type LegendWords } from '../../src/map/legend.ts';
import { invalidXmlChars, XML_HOSTILE_NAMES, xmlProblems } from '../model/helpers.ts';

const words: LegendWords = {
  title: 'Légende',
  colourHeading: 'Couleur : secteur',
  shapeHeading: 'Forme : type d’acteur',
  ringHeading: 'Anneau : dispositifs',
  notes: ['Épaisseur du trait : intensité du lien (1 à 3)'],
  category: (key) => (key === '' ? 'Non renseigné' : `secteur ${key}`),
  type: (id) => `type ${id}`,
};

const MAP =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><g><text x="1" y="2">Ville</text></g></svg>';

function texts(svg: string): string[] {
  expect(xmlProblems(svg)).toEqual([]);
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      error: (m: string) => errors.push(m),
      fatalError: (m: string) => errors.push(m),
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const nodes = doc.getElementsByTagName('text');
  return Array.from({ length: nodes.length }, (_, i) => nodes[i]!.textContent ?? '');
}

describe('the SVG picture', () => {
  const { graph } = demo();
  const legend = legendDocument('sector', graph, null, REF, words);

  it('is one well-formed SVG holding the map, the title, the date and the legend as text', () => {
    const svg = composeSvg(MAP, {
      title: 'Val de Loire <Sèvre> & "santé"',
      date: 'Carte du 4 mars 2025',
      legend,
      background: 'white',
    });
    const all = texts(svg);
    expect(all).toContain('Ville');
    expect(all).toContain('Val de Loire <Sèvre> & "santé"');
    expect(all).toContain('Carte du 4 mars 2025');
    for (const heading of [
      'Légende',
      'Couleur : secteur',
      'Forme : type d’acteur',
      'Anneau : dispositifs',
    ]) {
      expect(all).toContain(heading);
    }
    for (const section of legend.sections) {
      for (const line of section.lines) {
        const label = line.count === undefined ? line.label : `${line.label} (${line.count})`;
        expect(
          all.some((t) => label.startsWith(t) && t.length > 0),
          label,
        ).toBe(true);
      }
    }
    expect(all).toContain('CLSM');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).not.toContain('<?xml version="1.0"?><svg');
  });

  it('lists the categories of the map with their counts, and no background when transparent', () => {
    const soins = legend.sections[0]!.lines.find((l) => l.label === 'secteur soins');
    expect(soins?.count).toBe(graph.filterNodes((_id, a) => a.sectors[0] === 'soins').length);
    expect(legend.sections.map((s) => s.heading)).toEqual([
      'Couleur : secteur',
      'Forme : type d’acteur',
      'Anneau : dispositifs',
    ]);
    const svg = composeSvg(MAP, { title: 't', date: 'd', legend, background: 'transparent' });
    expect(svg).not.toContain('fill="#ffffff"/>');
  });

  it('by type, one list carries colour and shape', () => {
    const byType = legendDocument('type', graph, null, REF, words);
    expect(byType.sections.map((s) => s.heading)).toEqual([
      'Couleur : secteur',
      'Anneau : dispositifs',
    ]);
    expect(
      byType.sections[0]!.lines.some((l) => l.mark.kind === 'shape' && l.mark.shape !== 'ellipse'),
    ).toBe(true);
  });

  it('has no ring list for a map that draws no ring (big maps)', () => {
    const big = legendDocument('sector', graph, null, REF, { ...words, ringHeading: null });
    expect(big.sections.map((s) => s.heading)).toEqual([
      'Couleur : secteur',
      'Forme : type d’acteur',
    ]);
    expect(big.sections.flatMap((s) => s.lines).some((l) => l.mark.kind === 'ring')).toBe(false);
  });

  it('stays well-formed XML with hostile titles and lone surrogates', () => {
    const title = XML_HOSTILE_NAMES.join(' ');
    // cytoscape-svg's labels carry the names as they are.
    const map = MAP.replace('Ville', 'Vil\u0001le\uD800');
    const svg = composeSvg(map, { title, date: title, legend, background: 'white' });
    expect(invalidXmlChars(svg)).toEqual([]);
    expect(texts(svg)).toContain('Ville');
    expect(texts(svg).join(' ')).toContain('fin de CDATA ]]> ici');
  });
});
