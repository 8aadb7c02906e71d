import { actor, REF as ref } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/app/i18n/index.ts';
import { groupWords, legendWords } from '../../src/app/legend-words.ts';
import { columnCategories, OTHER_VALUES, stepKey, valueKey } from '../../src/map/columns.ts';
import { DEFAULT_ENCODINGS, type Encodings } from '../../src/map/types.ts';
import { buildGraph } from '../../src/model/graph.ts';

const graph = buildGraph(
  [
    actor('a', { type: 'autre', typeText: 'Maison des adolescents', attributes: { Lits: '3,5' } }),
    actor('b', { type: 'autre', typeText: 'Point écoute', attributes: { Cat: 'A' } }),
    actor('c', { type: 'autre', typeText: 'Tiers-lieu', attributes: { Cat: 'B' } }),
    actor('d', { type: 'autre', typeText: 'Épicerie', attributes: { Cat: 'C', Lits: 'n.c.' } }),
    actor('e', { type: 'association', attributes: { Cat: 'A' } }),
  ],
  [],
);

describe('legend words', () => {
  it('names the words of unknown types in the "Other" line', () => {
    const words = legendWords(catalogues.fr, DEFAULT_ENCODINGS, ref, true, graph);
    expect(words.category('autre')).toBe('Autre : Épicerie, Maison des adolescents, Point écoute…');
    expect(words.type('association')).toBe('Association');
    const en = legendWords(catalogues.en, DEFAULT_ENCODINGS, ref, true, graph);
    expect(en.category('autre')).toMatch(/^Other: Épicerie, Maison des adolescents/);
  });

  it('names a free column, its values, its others, and the actors sized by no number', () => {
    const encodings: Encodings = {
      ...DEFAULT_ENCODINGS,
      colourBy: 'column',
      colourColumn: 'Cat',
      sizeBy: 'column',
      sizeColumn: 'Lits',
    };
    const column = columnCategories(graph, 'Cat', 2);
    const words = legendWords(catalogues.fr, encodings, ref, true, graph, column);
    expect(words.colourHeading).toBe('Couleur : colonne « Cat »');
    expect(words.category(valueKey('A'))).toBe('A');
    expect(words.category(OTHER_VALUES)).toBe('Autres valeurs (2)');
    expect(words.category('')).toBe('Non renseigné');
    expect(words.notes).toContain(
      'Taille : colonne « Lits » ; 4 acteurs sans valeur chiffrée : plus petite taille',
    );
    const en = legendWords(catalogues.en, encodings, ref, true, graph, column);
    expect(en.category(OTHER_VALUES)).toBe('Other values (2)');
    expect(en.notes).toContain('Size: column "Lits"; 4 actors with no number: smallest size');
  });

  it('names the steps of a scale by their numbers', () => {
    const g = buildGraph(
      Array.from({ length: 12 }, (_, i) => actor(`a${i}`, { attributes: { Lits: `${i},5` } })),
      [],
    );
    const encodings: Encodings = { ...DEFAULT_ENCODINGS, colourBy: 'column', colourColumn: 'Lits' };
    const column = columnCategories(g, 'Lits');
    const fr = legendWords(catalogues.fr, encodings, ref, true, g, column);
    expect(fr.category(stepKey(0))).toBe('de 0,5 à 1,5');
    const en = legendWords(catalogues.en, encodings, ref, true, g, column);
    expect(en.category(stepKey(0))).toBe('0.5 to 1.5');
  });

  it('says the grouping of a grouped map and names its groups in the legend’s words', () => {
    const g = buildGraph([actor('a', { type: 'ars', territory: 'Nord' })], []);
    const byType: Encodings = { ...DEFAULT_ENCODINGS, layoutBy: 'type' };
    expect(legendWords(catalogues.fr, byType, ref, true, g).notes).toContain(
      'Acteurs regroupés par type d’acteur, chaque groupe nommé sur la carte',
    );
    expect(legendWords(catalogues.fr, DEFAULT_ENCODINGS, ref, true, g).notes.join()).not.toMatch(
      /regroupés/,
    );
    expect(groupWords(catalogues.fr, byType, ref, g)('ars')).toBe('ARS');
    const byScheme: Encodings = { ...DEFAULT_ENCODINGS, layoutBy: 'scheme' };
    expect(groupWords(catalogues.en, byScheme, ref, g)('none')).toMatch(/scheme/i);
    const byTerritory: Encodings = { ...DEFAULT_ENCODINGS, layoutBy: 'territory' };
    expect(groupWords(catalogues.fr, byTerritory, ref, g)('Nord')).toBe('Nord');
    expect(groupWords(catalogues.fr, byTerritory, ref, g)('')).toBe('Non renseigné');
  });
});
