// The Markdown report with hostile names, file names, columns and separators: every table
// keeps its header's cell count and no HTML survives.
import { REF, utf8 } from '../factory.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.ts';
import { md, toMarkdown } from '../../src/cli/to-markdown.ts';
import { importFiles } from '../../src/import/index.ts';
import { buildGraph } from '../../src/model/graph.ts';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'A | B',
  'A \\| B',
  'fin \\',
  '`code` | ``',
  '**gras** _it_ *x*',
  '[lien](javascript:alert(1))',
  '![img](http://x/y.png)',
  '# Titre',
  '## sous-titre',
  'Tom & Jerry &amp; &lt;b&gt;',
  '&#60;script&#62; &copy; &nbsp;',
  'deux\nlignes | et\r\ntrois',
  '<!-- commentaire -->',
  '<a href="http://x">clic</a>',
  '> citation',
  '- liste',
  '1. liste',
  '=cmd|calc',
  '\u2028séparateur de ligne',
  '~~barré~~ <https://x.org>',
];

/** The cells of a table row: split on the pipes no backslash escapes. */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

/** Each table of a report: its header's cell count and that of every row. */
function tables(markdown: string): { header: number; rows: number[] }[] {
  const out: { header: number; rows: number[] }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|( --- \|)+$/.test(lines[i + 1] ?? '')) continue;
    const table = { header: cellCount(lines[i]!), rows: [] as number[] };
    for (i += 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
      table.rows.push(cellCount(lines[i]!));
    }
    out.push(table);
  }
  return out;
}

/** What a Markdown renderer would take as raw HTML or an entity written by the file. */
function rawHtml(markdown: string): string[] {
  return [
    ...(markdown.match(/<[^\s]/g) ?? []),
    ...(markdown.replace(/&(lt|gt|amp);/g, '').match(/&[#\w]+;/g) ?? []),
  ];
}

/** The report of an inventory naming its actors, file, columns and values with `names`. */
async function report(names: readonly string[], delimiter = ';', fileName = 'acteurs.csv') {
  const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const header = ['Nom', 'Type', 'CLS', names[0] ?? 'x'].map(cell).join(delimiter);
  const rows = names.map((n, i) =>
    [n, i % 2 ? 'Association' : n, 'COPIL', n].map(cell).join(delimiter),
  );
  const links = ['Acteur 1;Acteur 2;Nature du lien']
    .concat(names.slice(1).map((n, i) => `${cell(names[i]!)};${cell(n)};${cell(n)}`))
    .join('\n');
  const imported = importFiles(
    [
      { name: fileName, bytes: utf8([header, ...rows].join('\n')) },
      { name: 'liens.csv', bytes: utf8(links) },
    ],
    REF,
  );
  const graph = buildGraph(imported.actors, imported.links);
  return toMarkdown(imported, graph, await analyze(graph, REF), REF);
}

function expectWellFormed(markdown: string): void {
  const found = tables(markdown);
  expect(found.length).toBeGreaterThan(0);
  for (const t of found) for (const cells of t.rows) expect(cells).toBe(t.header);
  expect(rawHtml(markdown)).toEqual([]);
}

describe('md', () => {
  it('escapes what Markdown or HTML would read in a cell', () => {
    expect(md('<b>Tom & Jerry</b>')).toBe('&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;');
    expect(md('a|b\\c')).toBe('a\\|b\\\\c');
    expect(md('# x\ny')).toBe('\\# x y');
    expect(md('&lt;')).toBe('&amp;lt;');
  });
});

describe('toMarkdown of an inventory without schemes', () => {
  it('says under « Qui est autour de la table ? » that no actor is a member of a scheme', async () => {
    const imported = importFiles(
      [{ name: 'acteurs.csv', bytes: utf8('Nom;Type;Partenaires\nCMP;CMP;GEM\nGEM;GEM;\n') }],
      REF,
    );
    const graph = buildGraph(imported.actors, imported.links);
    const markdown = toMarkdown(imported, graph, await analyze(graph, REF), REF);
    const section = markdown.split('## Qui est autour de la table ?')[1]!.split('\n## ')[0]!;
    expect(section).toContain('Aucun acteur n’est membre d’un dispositif');
  });

  it('writes its counts by the French plural rule, never "(s)"', async () => {
    const imported = importFiles(
      [{ name: 'acteurs.csv', bytes: utf8('Nom;Type;Partenaires\nCMP;CMP;GEM\nGEM;GEM;\n') }],
      REF,
    );
    const graph = buildGraph(imported.actors, imported.links);
    const markdown = toMarkdown(imported, graph, await analyze(graph, REF), REF);
    expect(markdown).not.toContain('(s)');
    expect(markdown).toContain('1 groupe d’acteurs reliés dont 0 acteur isolé');
    expect(markdown).toContain('0 acteur siège dans au moins deux dispositifs');
  });

  it('tells homonyms apart by their town in the key actors table', async () => {
    const csv =
      'Nom;Commune;Partenaires\nClinique Saint-Joseph;Machecoul;CMP\nClinique Saint-Joseph;Paimboeuf;CMP\nCMP;Pornic;\n';
    const imported = importFiles([{ name: 'acteurs.csv', bytes: utf8(csv) }], REF);
    const graph = buildGraph(imported.actors, imported.links);
    const markdown = toMarkdown(imported, graph, await analyze(graph, REF), REF);
    const keyActors = markdown.split('## Acteurs clés')[1]!;
    expect(keyActors).toContain('| Clinique Saint-Joseph (Machecoul) |');
    expect(keyActors).toContain('| Clinique Saint-Joseph (Paimboeuf) |');
    expect(keyActors).toContain('| CMP |');
  });

  it('tells homonyms apart in the findings too (isolated actors)', async () => {
    const csv = 'Nom;Commune\nClinique Saint-Joseph;Machecoul\nClinique Saint-Joseph;Paimboeuf\n';
    const imported = importFiles([{ name: 'acteurs.csv', bytes: utf8(csv) }], REF);
    const graph = buildGraph(imported.actors, imported.links);
    const markdown = toMarkdown(imported, graph, await analyze(graph, REF), REF);
    expect(markdown).toContain(
      'n’ont aucun lien : Clinique Saint-Joseph (Machecoul), Clinique Saint-Joseph (Paimboeuf).',
    );
  });
});

describe('toMarkdown with hostile inputs', () => {
  it('keeps every table whole and writes no HTML, for a corpus of hostile strings', async () => {
    const markdown = await report(HOSTILE);
    expectWellFormed(markdown);
    // Entities the file holds are shown as written, not decoded.
    expect(markdown).toContain('Tom &amp; Jerry &amp;amp; &amp;lt;b&amp;gt;');
  });

  it('keeps the files table whole for a |-separated file with a hostile name', async () => {
    const markdown = await report(HOSTILE.slice(0, 6), '|', 'a|<b>&amp;.csv');
    expect(markdown).toContain('barre verticale');
    expectWellFormed(markdown);
  });

  it('holds for generated strings', async () => {
    const hostileChar = fc.constantFrom(
      '<',
      '>',
      '&',
      '|',
      '\\',
      '`',
      '*',
      '_',
      '[',
      ']',
      '#',
      '\n',
      '\r',
      '"',
      ';',
      ' ',
      'a',
      '!',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: hostileChar, minLength: 1 }), fc.string()), {
          minLength: 2,
          maxLength: 6,
        }),
        async (names) => expectWellFormed(await report(names)),
      ),
      { numRuns: 40 },
    );
  });
});
