import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/app/i18n/index.ts';

describe('the report’s error count', () => {
  it('agrees with its number in both languages', () => {
    expect(catalogues.fr.errorCount(1)).toBe('1 erreur');
    expect(catalogues.fr.errorCount(3)).toBe('3 erreurs');
    expect(catalogues.en.errorCount(1)).toBe('1 error');
    expect(catalogues.en.errorCount(1200)).toBe('1,200 errors');
  });
});

describe('the help’s accepted layouts', () => {
  it.each(['fr', 'en'] as const)(
    'names every format and encoding the import reads (%s)',
    (lang) => {
      const help = catalogues[lang].helpLayoutList.join(' ');
      for (const word of ['.xlsx', '.xls)', '.ods', 'FINESS', 'Kumu', 'GEXF', 'GraphML']) {
        expect(help).toContain(word);
      }
      for (const encoding of ['UTF-8', 'Windows-1252', 'ISO-8859-15', 'Mac-Roman', 'UTF-16']) {
        expect(help).toContain(encoding);
      }
    },
  );
});
