import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/domain/types.ts';
import {
  checkMapping,
  findSavedMapping,
  headerSignature,
  rememberMapping,
  type SavedMapping,
} from '../../src/model/column-mapping.ts';

const columns = (...pairs: [string, string | null][]): ColumnMapping[] =>
  pairs.map(([header, field]) => ({ header, field, manual: true }));

const saved = (headers: string[], field = 'name'): SavedMapping => ({
  signature: headerSignature(headers),
  role: 'actors',
  columns: columns([headers[0] as string, field]),
});

describe('the header signature', () => {
  it('is the same for headers that differ only in case, accents, spaces or punctuation', () => {
    expect(headerSignature(['Intitulé', 'Ville d’implantation'])).toBe(
      headerSignature(['INTITULE ', "ville d'implantation"]),
    );
  });

  it('tells apart other headers, another order and headers split differently', () => {
    const base = headerSignature(['Intitulé', 'Commune']);
    expect(headerSignature(['Commune', 'Intitulé'])).not.toBe(base);
    expect(headerSignature(['Intitulé', 'Commune', 'Remarque'])).not.toBe(base);
    expect(headerSignature(['Intitulé Commune'])).not.toBe(base);
    expect(headerSignature(['Intitulé', 'Communes'])).not.toBe(base);
  });
});

describe('saved mappings', () => {
  it('are found by the headers of a file, written another way', () => {
    const list = [saved(['Intitulé', 'Commune']), saved(['Libellé long', 'Tél'])];
    expect(findSavedMapping(list, ['intitule', 'COMMUNE'])).toBe(list[0]);
    expect(findSavedMapping(list, ['Intitulé'])).toBeUndefined();
  });

  it('replace the older mapping of the same headers, and keep the others', () => {
    const a = saved(['Intitulé', 'Commune']);
    const b = saved(['Libellé long', 'Tél']);
    const a2 = saved(['INTITULÉ', 'commune'], 'id');
    const list = rememberMapping(rememberMapping(rememberMapping([], a), b), a2);
    expect(list).toEqual([b, a2]);
  });
});

describe('checking a mapping before it is applied', () => {
  it('reads a file with a name column as actors', () => {
    expect(checkMapping(columns(['Intitulé', 'name'], ['Commune', 'territory']))).toEqual({
      ok: true,
      role: 'actors',
    });
  });

  it('reads a file with source and target columns as links', () => {
    expect(checkMapping(columns(['De', 'source'], ['Vers', 'target'], ['Nom', 'name']))).toEqual({
      ok: true,
      role: 'links',
    });
  });

  it('says why a mapping without names, or with one end of the links, cannot be applied', () => {
    const none = checkMapping(columns(['Intitulé', null], ['Commune', 'ignore']));
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message.fr).toContain('colonne qui porte le nom');
    const half = checkMapping(columns(['De', 'source'], ['Vers', null]));
    expect(half.ok).toBe(false);
    if (!half.ok) expect(half.message.en).toContain('actor 2 (target)');
  });

  it('refuses two columns for a field that holds one value per row, not for scheme columns', () => {
    const twice = checkMapping(columns(['Nom', 'name'], ['Intitulé', 'name']));
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.message.fr).toContain('« Nom », « Intitulé »');
    expect(
      checkMapping(columns(['Nom', 'name'], ['CLS', 'scheme:CLS'], ['Contrat', 'scheme:CLS'])).ok,
    ).toBe(true);
  });
});
