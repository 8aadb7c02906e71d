import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/app/i18n/index.ts';
import { pluralOf } from '../../src/domain/plural.ts';

const SRC = resolve(import.meta.dirname, '../../src');
const CATALOGUE = join(SRC, 'app', 'i18n');

/** Every source file of the app and the layers, the catalogue itself left out. */
function sources(): string {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(SRC, f))
    .filter((f) => !f.startsWith(CATALOGUE))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

/** The parameter names of a catalogue entry's function, read from its source text. */
function parameters(fn: (...args: never[]) => unknown): string[] {
  const head = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString());
  if (!head) throw new Error(`not an arrow function: ${fn.toString().slice(0, 60)}`);
  return head[1]!
    .split(',')
    .map((p) => p.split(':')[0]!.trim())
    .filter((p) => p !== '');
}

describe('the text catalogue', () => {
  // Components read the catalogue as `t` (useText(), or a helper's parameter); a key no
  // file reads is dead text, which each change of wording would have to keep in step.
  it('has no key that the app never reads', () => {
    const code = sources();
    const unused = Object.keys(catalogues.fr).filter(
      (key) => key !== 'lang' && !new RegExp(`\\bt\\.${key}\\b`).test(code),
    );
    expect(unused).toEqual([]);
  });

  // A placeholder is a parameter of the entry: each one must appear in the sentence it
  // builds (a count asked for and not shown is a promise the text does not keep).
  it.each(['fr', 'en'] as const)('fills every placeholder it asks for (%s)', (lang) => {
    const unfilled: string[] = [];
    for (const [key, value] of Object.entries(catalogues[lang])) {
      if (typeof value === 'function') {
        const body = value.toString().replace(/^[^=]*=>/, '');
        for (const name of parameters(value as (...args: never[]) => unknown)) {
          if (!new RegExp(`\\b${name}\\b`).test(body)) unfilled.push(`${key}(${name})`);
        }
      } else if (typeof value === 'string' && /\{\w*\}|\$\{|undefined|NaN/.test(value)) {
        unfilled.push(key);
      }
    }
    expect(unfilled).toEqual([]);
  });
});

describe('the lint rule against literal text in JSX', () => {
  it('stops words written in a component, and lets symbols through', async () => {
    const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });
    const code = [
      'export function Sample({ close }: { close: string }) {',
      '  return (',
      '    <p title="Fermer">',
      "      Élan <b>{'Hello'}</b> · × → <i aria-label={close}>{close}</i>",
      '    </p>',
      '  );',
      '}',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: join(SRC, 'app/Sample.tsx') });
    const flagged = result!.messages
      .filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => `${m.line}:${m.column}`);
    expect(flagged).toEqual(['3:14', '3:23', '4:16']);
  }, 30_000);
});

describe('plurals', () => {
  it('follow each language’s rule: French 0 and 1 singular, English only 1', () => {
    const fr = pluralOf('fr');
    const en = pluralOf('en');
    expect([0, 1, 2].map((n) => `${n} ${fr(n, 'manque', 'manques')}`)).toEqual([
      '0 manque',
      '1 manque',
      '2 manques',
    ]);
    expect([0, 1, 2].map((n) => `${n} ${en(n, 'gap', 'gaps')}`)).toEqual([
      '0 gaps',
      '1 gap',
      '2 gaps',
    ]);
    expect(catalogues.fr.covMembers(1)).toBe('1 membre à allumer');
  });
});

describe('the report’s error count', () => {
  it('agrees with its number in both languages', () => {
    expect(catalogues.fr.errorCount(0)).toBe('0 erreur');
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
