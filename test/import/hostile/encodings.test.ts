// Hostile input, item 3: encodings decoded wrong without a word. What can be detected is;
// what stays doubtful is said in the report, with the encoding used and a decoded example;
// the user's choice of encoding (InputFile.encoding) is obeyed.
import { csv, utf8 } from '../../factory.ts';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../src/domain/types.ts';
import { decode } from '../../../src/import/decode.ts';
import { concat, cp1252, iso885915, macRoman, run } from '../helpers.ts';

const ROWS = [
  ['Nom', 'Type', 'Commune'],
  ['Hôpital de Sèvres', 'Établissement de santé', 'Sèvres'],
  ['Crèche « Les Lilas »', 'Association', 'Pré-en-Pail'],
  ['Maison de santé', 'Association', 'Évron'],
];

const bytesOf = (name: string, bytes: Uint8Array, extra: Partial<InputFile> = {}): InputFile => ({
  name,
  bytes,
  ...extra,
});

describe('encodings', () => {
  it('a UTF-8 file with one Windows-1252 row: the other rows stay UTF-8, the row is decoded as 1252 and reported', () => {
    const head = utf8(csv(ROWS.slice(0, 2)));
    const bad = cp1252('Crèche « Les Lilas »;Association;Pré-en-Pail\r\n');
    const tail = utf8('Maison de santé;Association;Évron\r\n');
    const result = run(bytesOf('a.csv', concat(head, bad, tail)));
    expect(result.actors.map((a) => a.name)).toEqual([
      'Hôpital de Sèvres',
      'Crèche « Les Lilas »',
      'Maison de santé',
    ]);
    expect(result.files[0]!.encoding).toBe('utf-8');
    const row = result.issues.filter((i) => i.code === 'row-encoding');
    expect(row.map((i) => [i.line, i.severity])).toEqual([[3, 'warning']]);
    expect(row[0]!.message.fr).toContain('Windows-1252');
  });

  it('decodes the invalid rows of UTF-8 one by one (two rows, far apart)', () => {
    const lines = [utf8('Nom;Commune\n')];
    for (let i = 0; i < 50; i++) lines.push(utf8(`Acteur ${i} é;Évron\n`));
    lines.splice(10, 0, cp1252('Café Sèvres;Évron\n'));
    lines.push(cp1252('Théâtre;Sèvres\n'));
    const decoded = decode(concat(...lines), true);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.text).toContain('Café Sèvres');
    expect(decoded.text).toContain('Théâtre;Sèvres');
    expect(decoded.text).toContain('Acteur 3 é');
  });

  it('Mac-Roman: detected from the French letters, and said', () => {
    const result = run(bytesOf('mac.csv', macRoman(csv(ROWS))));
    expect(result.actors[0]!.name).toBe('Hôpital de Sèvres');
    expect(result.files[0]!.encoding).toBe('macintosh');
    const said = result.issues.find((i) => i.code === 'encoding-guessed');
    expect(said?.message.fr).toContain('Mac');
    expect(said?.message.fr).toContain('Hôpital de Sèvres');
  });

  it('Mac-Roman read as asked (InputFile.encoding)', () => {
    const result = run(bytesOf('mac.csv', macRoman(csv(ROWS)), { encoding: 'macintosh' }));
    expect(result.actors.map((a) => a.name)).toContain('Crèche « Les Lilas »');
    expect(result.files[0]!.encoding).toBe('macintosh');
  });

  it('ISO-8859-15 read as asked: 0xA4 is €', () => {
    const text = csv([
      ['Nom', 'Budget'],
      ['Œuvre sociale', '100 €'],
    ]);
    const result = run(bytesOf('l9.csv', iso885915(text), { encoding: 'iso-8859-15' }));
    expect(result.actors[0]!.name).toBe('Œuvre sociale');
    expect(result.actors[0]!.attributes['Budget']).toBe('100 €');
    expect(result.files[0]!.encoding).toBe('iso-8859-15');
  });

  it('ISO-8859-15 read as Windows-1252 by default: the doubt is said, with an example', () => {
    const text = csv([
      ['Nom', 'Budget'],
      ['Maison de santé', '100 €'],
    ]);
    const result = run(bytesOf('l9.csv', iso885915(text)));
    expect(result.files[0]!.encoding).toBe('windows-1252');
    const said = result.issues.find((i) => i.code === 'encoding-guessed');
    expect(said?.severity).toBe('info');
    expect(said?.message.fr).toContain('Windows-1252');
    expect(said?.message.en).toContain('Maison de santé');
  });

  it('ISO-8859-15 with an œ inside a word is read as ISO-8859-15, and said', () => {
    const text = csv([
      ['Nom', 'Budget'],
      ['Cœur de ville', '100 €'],
      ['Œuvre sociale', 'Š'],
    ]);
    const result = run(bytesOf('l9.csv', iso885915(text)));
    expect(result.files[0]!.encoding).toBe('iso-8859-15');
    expect(result.actors.map((a) => a.name)).toEqual(['Cœur de ville', 'Œuvre sociale']);
    expect(result.actors[0]!.attributes['Budget']).toBe('100 €');
    const said = result.issues.find((i) => i.code === 'encoding-guessed');
    expect(said?.message.fr).toContain('ISO-8859-15');
  });

  it('a ½ or ¼ after a number stays Windows-1252', () => {
    const result = run(
      bytesOf(
        'w.csv',
        cp1252(
          csv([
            ['Nom', 'Temps'],
            ['Mairie', '1½h de permanence'],
          ]),
        ),
      ),
    );
    expect(result.files[0]!.encoding).toBe('windows-1252');
    expect(result.actors[0]!.attributes['Temps']).toBe('1½h de permanence');
  });

  it('a forced UTF-8 reading of a Windows-1252 file is obeyed (no silent fallback)', () => {
    const result = run(bytesOf('a.csv', cp1252(csv(ROWS)), { encoding: 'windows-1252' }));
    expect(result.actors[0]!.name).toBe('Hôpital de Sèvres');
    expect(result.files[0]!.encoding).toBe('windows-1252');
  });

  it.each([
    ['Ã©', 'Ã© (é)'],
    ['Ã¨', 'Ã¨ (è)'],
    ['Ã´', 'Ã´ (ô)'],
    ['â€™', 'â€™ (’)'],
    ['Ã‰', 'Ã‰ (É)'],
  ])('mojibake %s in a UTF-8 file is reported', (seq) => {
    const text = csv([['Nom'], [`H${seq}pital`], ['Mairie']]);
    const result = run(bytesOf('m.csv', utf8(text)));
    const said = result.issues.filter((i) => i.code === 'mojibake');
    expect(said.map((i) => [i.line, i.severity])).toEqual([[2, 'warning']]);
    expect(said[0]!.message.en).toContain(seq);
  });

  it('mojibake in a Windows-1252 file (a UTF-8 file saved again as 1252) is reported', () => {
    // Other accents of the file are Windows-1252 (not UTF-8), so the file is read as 1252.
    const rows = [['Nom'], ['HÃ´pital'], ['Crèche'], ['Théâtre']];
    const result = run(bytesOf('m.csv', cp1252(csv(rows))));
    expect(result.files[0]!.encoding).toBe('windows-1252');
    expect(result.issues.filter((i) => i.code === 'mojibake').map((i) => i.line)).toEqual([2]);
  });

  it('plain French text in UTF-8 is not reported', () => {
    const result = run(bytesOf('a.csv', utf8(csv(ROWS))));
    expect(result.issues.filter((i) => /encoding|mojibake/.test(i.code))).toEqual([]);
  });

  it('plain French text in Windows-1252 is not taken for Mac-Roman', () => {
    const result = run(bytesOf('a.csv', cp1252(csv(ROWS))));
    expect(result.files[0]!.encoding).toBe('windows-1252');
    expect(result.actors[0]!.name).toBe('Hôpital de Sèvres');
  });
});
