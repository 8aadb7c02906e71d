import { describe, it, expect } from 'vitest';
import { compactFold, fold, slug } from '../../src/domain/text.ts';

describe('fold', () => {
  it.each([
    ['L’Hôpital  Nord', 'l hopital nord'],
    ["L'Hôpital Nord", 'l hopital nord'],
    ['lʼusage', 'l usage'],
    ['CŒUR de Ville', 'coeur de ville'],
    ['Œuvre Æsop', 'oeuvre aesop'],
    ['Straße', 'strasse'],
    ['Saint-Éloi', 'saint eloi'],
    ['ÉTÉ naïve Noël Ça', 'ete naive noel ca'],
    ['e\u0301te\u0301', 'ete'],
    ['C.C.A.S.', 'c c a s'],
    ['  Mission   locale  ', 'mission locale'],
    ['A\u00a0B\tC\nD', 'a b c d'],
    ['GT « Logement » / Habitat; (2024)', 'gt logement habitat 2024'],
    ['Dr. Claire Martin', 'dr claire martin'],
    ['Conseil départemental n°01', 'conseil departemental n 01'],
    ['Coordination ﬁnancière', 'coordination financiere'],
    ['Ｃａｆé', 'cafe'],
    ['', ''],
    ['   ', ''],
    ['!!! ---', ''],
  ])('%j → %j', (text, key) => {
    expect(fold(text)).toBe(key);
  });

  it('makes typographic and straight apostrophes equal', () => {
    expect(fold('Délégation départementale de l’ARS')).toBe(
      fold("Delegation departementale de l'ARS"),
    );
  });

  it('keeps digits and leading zeros', () => {
    expect(fold('01053')).toBe('01053');
    expect(fold('2A004')).toBe('2a004');
  });

  it('is idempotent', () => {
    for (const t of ['L’Hôpital  Nord', 'CŒUR', 'C.C.A.S.', 'Saint-Éloi']) {
      expect(fold(fold(t))).toBe(fold(t));
    }
  });
});

describe('compactFold', () => {
  it('drops the spaces that fold keeps', () => {
    expect(compactFold('C.C.A.S.')).toBe('ccas');
    expect(compactFold('CCAS')).toBe('ccas');
    expect(compactFold('L’Hôpital  Nord')).toBe('lhopitalnord');
    expect(compactFold('Pair-aidante')).toBe(compactFold('pair aidante'));
    expect(compactFold('Œuvre')).toBe('oeuvre');
  });

  it('gives an empty key for an empty or blank text', () => {
    expect(compactFold('')).toBe('');
    expect(compactFold(' . ')).toBe('');
  });
});

describe('slug', () => {
  it.each([
    ['Mairie de Saint-Éloi', 'mairie-de-saint-eloi'],
    ['Coordination ASV Les Tilleuls', 'coordination-asv-les-tilleuls'],
    [
      'Communauté d’agglomération du Val de Loire-Sèvre',
      'communaute-d-agglomeration-du-val-de-loire-sevre',
    ],
    [
      "Communauté d'agglomération du Val de Loire-Sèvre",
      'communaute-d-agglomeration-du-val-de-loire-sevre',
    ],
    ['  Centre  social (Les Tilleuls) ', 'centre-social-les-tilleuls'],
    ['CŒUR', 'coeur'],
    ['C.C.A.S.', 'c-c-a-s'],
    ['', 'sans-nom'],
    ['   ', 'sans-nom'],
  ])('%j → %j', (text, id) => {
    expect(slug(text)).toBe(id);
  });

  it('only produces lower-case letters and digits (of any script) and single hyphens', () => {
    for (const t of ['L’Hôpital  Nord', 'A -- B', '« x »', 'Ünïcødé ǅ', '01053', 'Больница']) {
      expect(slug(t)).toMatch(/^[\p{Ll}\p{Lo}\p{M}\p{N}]+(-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u);
    }
  });

  it('names a name without letter or digit by a short hash of it, never a shared word', () => {
    expect(slug('—')).toMatch(/^acteur-[0-9a-z]+$/);
    expect(slug('—')).not.toBe(slug('–'));
  });
});
