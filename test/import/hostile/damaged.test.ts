// Hostile input, item 4: damaged files. Every readable row is kept, every damaged one named.
import { csv, utf8 } from '../../factory.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concat, file, issueKeys, run } from '../helpers.ts';

const names = (r: ReturnType<typeof run>) => r.actors.map((a) => a.name);

describe('damaged files', () => {
  it('a NUL byte in the first kilobyte: the readable rows are read, the damaged row reported', () => {
    const bytes = concat(
      utf8('Nom;Commune\nMairie;Évron\nCol'),
      new Uint8Array([0]),
      utf8('lège;Sèvres\nCrèche;Évron\n'),
    );
    const result = run({ name: 'nul.csv', bytes });
    expect(names(result)).toEqual(['Mairie', 'Collège', 'Crèche']);
    const said = result.issues.filter((i) => i.code === 'nul-bytes');
    expect(said.map((i) => [i.line, i.severity])).toEqual([[3, 'warning']]);
  });

  it('NUL bytes later in the file are removed from the name and reported', () => {
    const rows = ['Nom;Commune'];
    for (let i = 0; i < 100; i++) rows.push(`Acteur numéro ${i};Évron`);
    const bytes = concat(
      utf8(rows.join('\n') + '\nMai'),
      new Uint8Array([0, 0]),
      utf8('rie;Sèvres\n'),
    );
    const result = run({ name: 'nul.csv', bytes });
    expect(names(result)).toContain('Mairie');
    expect(names(result).some((n) => n.includes('\0'))).toBe(false);
    expect(result.issues.filter((i) => i.code === 'nul-bytes').map((i) => i.line)).toEqual([102]);
  });

  it('a file of NUL bytes is still refused as binary', () => {
    const result = run({ name: 'zeros.csv', bytes: new Uint8Array(2048) });
    expect(result.issues.map((i) => i.code)).toEqual(['binary-file']);
  });

  it('two exports pasted one after the other: the repeated header is skipped and said', () => {
    const text = csv([
      ['Nom', 'Type', 'Commune'],
      ['Mairie', 'Commune', 'Évron'],
      ['NOM', 'type', 'commune'],
      ['Collège', 'Collège', 'Sèvres'],
    ]);
    const result = run(file('deux.csv', text));
    expect(names(result)).toEqual(['Mairie', 'Collège']);
    const said = result.issues.filter((i) => i.code === 'repeated-header');
    expect(said.map((i) => [i.line, i.severity])).toEqual([[3, 'info']]);
    expect(result.files[0]!.rows).toBe(2);
  });

  it('a repeated header in a links file is skipped too', () => {
    const result = run(
      file('a.csv', csv([['Nom'], ['Mairie'], ['Collège']])),
      file(
        'l.csv',
        csv([
          ['Acteur 1', 'Acteur 2'],
          ['Mairie', 'Collège'],
          ['Acteur 1', 'Acteur 2'],
        ]),
      ),
    );
    expect(result.links).toHaveLength(1);
    expect(result.issues.filter((i) => i.code === 'repeated-header').map((i) => i.line)).toEqual([
      3,
    ]);
  });

  it('a repeated header is told by its folded cells, whatever its case, accents and spaces', () => {
    const text = csv([
      ['Nom de la structure', 'Type d’acteur', '', 'Commune'],
      ['Mairie', 'Commune', '', 'Évron'],
      ['NOM DE LA STRUCTURÉ', "type  d'ACTEUR", '', ' commune '],
      ['Nom de la structure', 'Type d’acteurs', '', 'Commune'],
      ['Mon de la structure', 'Type d’acteur', '', 'Commune'],
      ['Collège', 'Collège', '', 'Sèvres'],
    ]);
    const result = run(file('deux.csv', text));
    expect(names(result)).toEqual([
      'Mairie',
      'Nom de la structure',
      'Mon de la structure',
      'Collège',
    ]);
    const said = result.issues.filter((i) => i.code === 'repeated-header');
    expect(said.map((i) => i.line)).toEqual([3]);
  });

  it('a header-only file: an error naming the file and the reason', () => {
    const result = run(file('vide.csv', 'Nom;Type;Commune\r\n'));
    const said = result.issues.find((i) => i.code === 'no-rows');
    expect(said?.message.fr).toContain('vide.csv');
    expect(said?.message.fr).toContain('l’en-tête a été lu mais aucune ligne de données');
  });

  it('a CSV whose first cell starts with { is read as a CSV', () => {
    const result = run(
      file(
        'accolade.csv',
        csv([
          ['{Nom}', 'Type'],
          ['Mairie', 'Commune'],
        ]),
      ),
    );
    expect(result.files[0]!.role).toBe('actors');
  });

  it('property: one damaged row never costs the other rows', () => {
    const damage = fc.constantFrom('\0', '\u0007', '\u200b', '\ufffe', '"', '\u202e', '\u0085');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19 }), damage, (at, bad) => {
        const rows = [['Nom', 'Commune']];
        for (let i = 0; i < 20; i++) rows.push([`Acteur ${i}`, 'Évron']);
        const text = csv(rows).split('\r\n');
        text[at + 1] = text[at + 1]!.replace('Acteur', `Act${bad}eur`);
        const result = run(file('d.csv', text.join('\r\n')));
        const kept = names(result);
        for (let i = 0; i < 20; i++) if (i !== at) expect(kept).toContain(`Acteur ${i}`);
      }),
      { numRuns: 40 },
    );
  });

  it('a file that cannot be read at all costs only itself', () => {
    const broken = {
      name: 'casse.csv',
      get bytes(): Uint8Array {
        throw new Error('disque illisible');
      },
    };
    const result = run(broken, file('a.csv', csv([['Nom'], ['Mairie']])));
    expect(names(result)).toEqual(['Mairie']);
    expect(issueKeys(result)).toEqual(['casse.csv:::error:unreadable-file']);
  });
});
