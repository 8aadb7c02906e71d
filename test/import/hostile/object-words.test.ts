// Hostile input, item 1: names that are words of JavaScript objects (`constructor`,
// `__proto__`, `toString`…) in every field of the data contract, through the import, the
// graph, the analysis, every export and the workspace file.
import { csv, REF } from '../../factory.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.ts';
import { toJson } from '../../../src/cli/to-json.ts';
import { md, toMarkdown } from '../../../src/cli/to-markdown.ts';
import type { ImportResult } from '../../../src/domain/types.ts';
import { anonymizeGraph } from '../../../src/model/anonymize.ts';
import { actorsToCsv, linksToCsv } from '../../../src/model/csv-export.ts';
import { toGexf } from '../../../src/model/gexf.ts';
import { buildGraph } from '../../../src/model/graph.ts';
import { toGraphml } from '../../../src/model/graphml.ts';
import { parseWorkspaceFile, toWorkspaceFile } from '../../../src/model/workspace-file.ts';
import { file, run } from '../helpers.ts';

/** Every own property of Object.prototype, and a few words of arrays and functions. */
const WORDS = [
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  'length',
  'name',
  'call',
  'apply',
];

const ACTOR_HEADERS = ['Identifiant', 'Nom', 'Type', 'Secteurs', 'Commune', 'CLS', 'Rôle'];

/** An actors file whose every cell is `word`, in a free column named `word` too. */
function actorsOf(word: string): string {
  return csv([
    [...ACTOR_HEADERS, word],
    [word, word, word, word, word, `GT ${word}`, word, word],
    ['', 'Mairie', 'Commune', 'Social', 'Rochebrune', 'COPIL', '', `autre ${word}`],
    ['', `${word} bis`, 'Association', 'Logement', '', 'x', '', ''],
  ]);
}

function linksOf(word: string): string {
  return csv([
    ['Acteur 1', 'Acteur 2', 'Nature du lien', word],
    [word, 'Mairie', word, word],
    [`${word} bis`, word, 'Convention', ''],
    ['Mairie', `${word} bis`, '', 'x'],
  ]);
}

/** Everything the app and the CLI write from an import. */
async function everyOutput(result: ImportResult) {
  const graph = buildGraph(result.actors, result.links);
  const analysis = await analyze(graph, REF);
  const json = JSON.stringify(toJson(result, graph, analysis));
  const markdown = toMarkdown(result, graph, analysis, REF);
  const actorsCsv = actorsToCsv(graph, REF);
  const linksCsv = linksToCsv(graph, REF);
  const gexf = toGexf(graph, { ref: REF, lang: 'fr' });
  const graphml = toGraphml(graph, { ref: REF, lang: 'fr' });
  const anonymous = anonymizeGraph(graph, REF, 'fr').graph;
  const workspace = toWorkspaceFile({ title: 'x', graph });
  const reopened = parseWorkspaceFile(workspace);
  return {
    graph,
    analysis,
    json,
    markdown,
    actorsCsv,
    linksCsv,
    gexf,
    graphml,
    anonymous,
    reopened,
  };
}

describe('words of JavaScript objects as names, ids, columns and values', () => {
  it.each(WORDS)('%s: every row imported, every value kept, every output written', async (word) => {
    const result = run(file('acteurs.csv', actorsOf(word)), file('liens.csv', linksOf(word)));
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.actors.map((a) => a.name)).toEqual([word, 'Mairie', `${word} bis`]);
    expect(new Set(result.actors.map((a) => a.id)).size).toBe(3);
    const first = result.actors[0]!;
    // The free column named `word` keeps its value; the unknown type is kept under "Type".
    expect(Object.keys(first.attributes)).toContain(word);
    expect(first.attributes[word]).toBe(word);
    expect(Object.getOwnPropertyDescriptor(result.actors[1]!.attributes, word)?.value).toBe(
      `autre ${word}`,
    );
    // A free column of the links file named `word` keeps its values.
    expect(result.links).toHaveLength(3);
    expect(Object.getOwnPropertyDescriptor(result.links[0]!.attributes, word)?.value).toBe(word);
    const out = await everyOutput(result);
    expect(out.graph.order).toBe(3);
    expect(out.graph.size).toBe(3);
    expect(out.analysis.summary.links).toBe(3);
    expect(out.json).toContain(JSON.stringify(word));
    expect(out.markdown).toContain(md(word));
    expect(out.actorsCsv).toContain(`${word};`);
    expect(out.actorsCsv).not.toMatch(/function|\[object/);
    expect(out.linksCsv).not.toMatch(/function|\[object/);
    expect(out.gexf).toContain(word);
    expect(out.graphml).toContain(word);
    expect(out.anonymous.order).toBe(3);
    expect(out.reopened.ok).toBe(true);
    if (out.reopened.ok) {
      expect(out.reopened.graph.export()).toEqual(out.graph.export());
      const again = out.reopened.graph.getNodeAttributes(first.id);
      expect(Object.getOwnPropertyDescriptor(again.attributes, word)?.value).toBe(word);
    }
  });

  it('an absent free column reads as absent, not as an inherited function', () => {
    const result = run(file('acteurs.csv', actorsOf('constructor')));
    const mairie = result.actors[1]!;
    expect(Object.keys(mairie.attributes)).toEqual(['constructor']);
    const bis = result.actors[2]!;
    expect(bis.attributes['constructor']).toBeUndefined();
    expect(bis.attributes['toString']).toBeUndefined();
    expect(bis.schemes['constructor']).toBeUndefined();
    expect(bis.groups['toString']).toBeUndefined();
  });

  it('a links-only import creates actors named after object words', () => {
    const result = run(
      file(
        'liens.csv',
        csv([
          ['Source', 'Target'],
          ['constructor', '__proto__'],
          ['toString', 'constructor'],
          ['hasOwnProperty', 'valueOf'],
        ]),
      ),
    );
    expect(result.actors.map((a) => a.name)).toEqual([
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'valueOf',
    ]);
    expect(new Set(result.actors.map((a) => a.id)).size).toBe(5);
    const graph = buildGraph(result.actors, result.links);
    expect(graph.size).toBe(3);
  });

  it('property: any mix of object words and text in names and headers never breaks the pipeline', async () => {
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 12 }));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
        async (names, headers) => {
          const rows = [['Nom', 'Type', ...headers]];
          for (const n of names) rows.push([n, n, ...headers.map(() => n)]);
          const links = [['Acteur 1', 'Acteur 2', ...headers]];
          for (let i = 1; i < names.length; i++) links.push([names[i - 1]!, names[i]!, ...headers]);
          const result = run(file('a.csv', csv(rows)), file('l.csv', csv(links)));
          const out = await everyOutput(result);
          expect(out.graph.order).toBe(result.actors.length);
          expect(out.reopened.ok).toBe(true);
          for (const a of result.actors) {
            for (const h of headers) {
              const kept = Object.getOwnPropertyDescriptor(a.attributes, h)?.value;
              if (kept !== undefined) expect(typeof kept).toBe('string');
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
