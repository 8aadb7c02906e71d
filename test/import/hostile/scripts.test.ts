// Hostile input, item 2: names in any script get their own id, links go to the right actor,
// invisible and control characters are removed from names and ids, and the removal reported.
import { csv } from '../../factory.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slug } from '../../../src/domain/text.ts';
import { buildGraph } from '../../../src/model/graph.ts';
import { file, issueKeys, run } from '../helpers.ts';

const NAMES: [string, string][] = [
  ['arabic', 'جمعية الصحة'],
  ['hebrew', 'בית חולים'],
  ['cyrillic', 'Больница'],
  ['chinese', '社区卫生中心'],
  ['greek', 'Νοσοκομείο'],
  ['devanagari', 'स्वास्थ्य केंद्र'],
  ['emoji', '🏥🚑'],
  ['other emoji', '🌱🤝'],
  ['thai', 'โรงพยาบาล'],
  ['japanese', 'ほけんセンター'],
  ['korean', '보건소'],
  ['armenian', 'Հիվանդանոց'],
];

describe('names in any script', () => {
  it.each(NAMES)('%s: an id of its own, derived from the name', (_script, name) => {
    const id = slug(name);
    expect(id).not.toBe('sans-nom');
    expect(id).not.toBe('');
    expect(slug(name)).toBe(id);
    // Another name of the same script never gets the same id.
    expect(slug(`${name} 2`)).not.toBe(id);
  });

  it('keeps the letters of every script, lower-cased and NFKC', () => {
    expect(slug('Больница №1')).toBe('больница-no1');
    expect(slug('ΑΘΗΝΑ')).toBe('αθηνα');
    expect(slug('Ｍａｉｒｉｅ')).toBe('mairie');
    expect(slug('Mairie de Saint-Éloi')).toBe('mairie-de-saint-eloi');
  });

  it('gives emoji-only names distinct, short, stable ids', () => {
    const a = slug('🏥');
    const b = slug('🏥🏥');
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(16);
    expect(slug('🏥')).toBe(a);
  });

  it('imports one actor per name and attaches each link to the right actor', () => {
    const names = NAMES.map(([, n]) => n);
    const actors = [['Nom', 'Type'], ...names.map((n) => [n, 'Association'])];
    const links = [['Acteur 1', 'Acteur 2']];
    for (let i = 1; i < names.length; i++) links.push([names[i - 1]!, names[i]!]);
    const result = run(file('acteurs.csv', csv(actors)), file('liens.csv', csv(links)));
    expect(issueKeys(result)).toEqual([]);
    expect(result.actors.map((a) => a.name)).toEqual(names);
    expect(new Set(result.actors.map((a) => a.id)).size).toBe(names.length);
    const nameOf = new Map(result.actors.map((a) => [a.id, a.name]));
    expect(result.links.map((l) => [nameOf.get(l.source), nameOf.get(l.target)])).toEqual(
      links.slice(1),
    );
    expect(buildGraph(result.actors, result.links).size).toBe(names.length - 1);
  });

  it('property: distinct names of letters of any script get distinct ids and their own links', () => {
    const letters = fc.constantFrom(...'abcéàçабвгдеж绿色社区αβγδεאבגדהابتثجحकखगघ가나다'.split(''));
    const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 2, maxLength: 10, selector: slug }),
        (names) => {
          const actors = [['Nom'], ...names.map((n) => [n])];
          const links = [['Acteur 1', 'Acteur 2']];
          for (let i = 1; i < names.length; i++) links.push([names[i]!, names[0]!]);
          const result = run(file('a.csv', csv(actors)), file('l.csv', csv(links)));
          expect(result.actors).toHaveLength(names.length);
          expect(result.links).toHaveLength(names.length - 1);
          const first = result.actors[0]!.id;
          for (const l of result.links) expect(l.target).toBe(first);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: any Unicode name is imported under a non-empty, unique id', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (names) => {
          const result = run(file('a.csv', csv([['Nom'], ...names.map((n) => [n])])));
          const ids = result.actors.map((a) => a.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(id).not.toBe('');
          expect(() => buildGraph(result.actors, result.links)).not.toThrow();
        },
      ),
      { numRuns: 60 },
    );
  });
});

const INVISIBLE: [string, string][] = [
  ['zero-width space', '\u200b'],
  ['zero-width joiner', '\u200d'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left mark', '\u200f'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
  ['right-to-left override', '\u202e'],
  ['left-to-right embedding', '\u202a'],
  ['first-strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
  ['byte-order mark', '\ufeff'],
  ['C0 control (BEL)', '\u0007'],
  ['C1 control (NEL)', '\u0085'],
  ['escape', '\u001b'],
];

describe('invisible and control characters in names', () => {
  it.each(INVISIBLE)('%s: removed from the name and the endpoints, and reported', (_what, c) => {
    const result = run(
      file('acteurs.csv', csv([['Nom'], [`Mai${c}rie`], ['Collège']])),
      file(
        'liens.csv',
        csv([
          ['Acteur 1', 'Acteur 2'],
          [`Mairie${c}`, 'Collège'],
        ]),
      ),
    );
    expect(result.actors.map((a) => a.name)).toEqual(['Mairie', 'Collège']);
    expect(result.actors[0]!.id).toBe('mairie');
    expect(result.links).toHaveLength(1);
    const removed = result.issues.filter((i) => i.code === 'invisible-characters');
    expect(removed.map((i) => [i.file, i.line, i.column, i.severity])).toEqual([
      ['acteurs.csv', 2, 'Nom', 'warning'],
      ['liens.csv', 2, 'Acteur 1', 'warning'],
    ]);
    expect(removed[0]!.message.fr).toMatch(/invisible/);
    expect(removed[0]!.message.en).toMatch(/invisible/);
  });

  it('keeps the joiners inside an emoji sequence and the marks of Arabic and Hebrew names', () => {
    const result = run(file('acteurs.csv', csv([['Nom'], ['👩‍⚕️ Soins'], ['جمعية']])));
    expect(result.actors.map((a) => a.name)).toEqual(['👩‍⚕️ Soins', 'جمعية']);
  });
});
