// The same inventory in every encoding × delimiter imports to the same actors.
import { utf8 } from '../factory.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cp1252, inventory, run, utf16be, utf16le, utf8Bom } from './helpers.ts';

const ENCODINGS = [
  ['utf-8', utf8],
  ['utf-8-bom', utf8Bom],
  ['windows-1252', cp1252],
  // Excel's "Texte Unicode" (tab separated), and its big-endian cousin.
  ['utf-16le', utf16le],
  ['utf-16be', utf16be],
] as const;
const DELIMITERS = [';', ',', '\t', '|'] as const;

describe('the same inventory in each encoding and delimiter', () => {
  for (const [encoding, encode] of ENCODINGS) {
    for (const delimiter of DELIMITERS) {
      it(`${encoding} × ${JSON.stringify(delimiter)}`, () => {
        const result = run({ name: 'acteurs.csv', bytes: encode(inventory(delimiter)) });
        const [report] = result.files;
        expect(report).toMatchObject({
          role: 'actors',
          encoding,
          delimiter,
          rows: 4,
          imported: 4,
        });
        expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
        expect(result.actors.map((a) => [a.id, a.name, a.type, a.sectors])).toEqual([
          ['mairie-de-rochebrune', 'Mairie de Rochebrune', 'collectivite', ['social']],
          [
            'centre-hospitalier-saint-eloi',
            'Centre hospitalier Saint-Éloi',
            'etablissement-sante',
            ['sante-mentale'],
          ],
          ['oeuvre-d-accueil-a-sevres', 'Œuvre d’accueil à Sèvres', 'association', ['logement']],
          ['creche-les-lilas', 'Crèche « Les Lilas »', 'education', ['education']],
        ]);
        const [mairie, ch, oeuvre, creche] = result.actors;
        expect(mairie!.schemes).toEqual({ CLS: ['copil'] });
        expect(ch!.schemes).toEqual({ CLS: ['gt'] });
        expect(ch!.groups).toEqual({ CLS: ['Logement'] });
        expect(oeuvre!.schemes).toEqual({ CLS: [] });
        expect(creche!.schemes).toEqual({});
        // Codes keep their leading zeros and letters; quoted newlines and delimiters survive.
        expect(mairie!.attributes).toEqual({ 'Code INSEE': '01053' });
        expect(oeuvre!.territory).toBe('Sèvres');
        expect(oeuvre!.attributes).toEqual({
          'Code INSEE': '2A004',
          Remarques: 'Ligne 1\nligne 2',
        });
        expect(creche!.attributes['Remarques']).toBe('Horaires: 8h, 18h');
        expect(creche!.sources).toEqual([{ file: 'acteurs.csv', line: 5 }]);
        expect(result.files[0]!.columns.map((c) => c.field)).toEqual([
          'name',
          'type',
          'sectors',
          'scheme:CLS',
          'territory',
          null,
          null,
        ]);
      });
    }
  }

  it('reads LF, CRLF and a mix of both the same way, with the same line numbers', () => {
    const lf = inventory(';', '\n');
    const crlf = inventory(';', '\r\n');
    const lines = lf.split('\n');
    const mixed = lines.map((l, i) => (i % 2 === 0 ? `${l}\r` : l)).join('\n');
    const results = [lf, crlf, mixed].map((t) => run({ name: 'a.csv', bytes: utf8(t) }));
    for (const r of results) {
      expect(r.actors.map((a) => a.sources[0]!.line)).toEqual([2, 3, 4, 5]);
      expect(r.actors[2]!.attributes['Remarques']).toBe('Ligne 1\nligne 2');
      expect(r.actors.every((a) => !JSON.stringify(a).includes('\\r'))).toBe(true);
    }
  });

  it('honours the "sep=;" first line that Excel writes and hides', () => {
    const r = run({
      name: 'a.csv',
      bytes: utf8('sep=;\nNom;Secteurs\nMairie, service santé;Social\n'),
    });
    expect(r.files[0]!.delimiter).toBe(';');
    expect(r.actors.map((a) => [a.name, a.sources[0]!.line])).toEqual([
      ['Mairie, service santé', 2],
    ]);
  });
});

describe('the demo territory (data/demo)', () => {
  it('imports without errors or warnings, every row in', () => {
    const read = (name: string) => ({
      name,
      bytes: new Uint8Array(readFileSync(new URL(`../../data/demo/${name}`, import.meta.url))),
    });
    const r = run(read('acteurs.csv'), read('liens.csv'));
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    for (const f of r.files) expect(f.imported).toBe(f.rows);
    expect(r.actors.length).toBeGreaterThan(50);
    expect(r.links.length).toBeGreaterThan(100);
  });
});
