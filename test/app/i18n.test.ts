import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/app/i18n.ts';

describe('the report’s error count', () => {
  it('agrees with its number in both languages', () => {
    expect(catalogues.fr.errorCount(1)).toBe('1 erreur');
    expect(catalogues.fr.errorCount(3)).toBe('3 erreurs');
    expect(catalogues.en.errorCount(1)).toBe('1 error');
    expect(catalogues.en.errorCount(1200)).toBe('1,200 errors');
  });
});
