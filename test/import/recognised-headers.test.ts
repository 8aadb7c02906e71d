import { REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import columnsData from '../../data/columns.json';
import { recognisedHeaders } from '../../src/import/recognised-headers.ts';

describe('the recognised headers the help lists', () => {
  it('are every spelling of data/columns.json, field by field, with the field’s label', () => {
    const actors = recognisedHeaders('actors', REF);
    const table = columnsData.actors as Record<string, string[]>;
    for (const [field, headers] of Object.entries(table)) {
      expect(actors.find((f) => f.field === field)?.headers).toEqual(headers);
    }
    expect(actors.find((f) => f.field === 'name')?.label.fr).toBe('Nom de l’acteur');
    const links = recognisedHeaders('links', REF);
    expect(links.find((f) => f.field === 'source')?.headers).toContain('acteur 1');
    expect(links.map((f) => f.field)).toEqual(Object.keys(columnsData.links));
  });

  it('name the scheme columns from the reference lists', () => {
    const schemes = recognisedHeaders('actors', REF).find((f) => f.field === 'scheme:');
    for (const s of REF.schemes) expect(schemes?.headers).toContain(s.label.fr);
  });
});
