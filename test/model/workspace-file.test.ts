import { demo, REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.ts';
import { headerSignature, type SavedMapping } from '../../src/model/column-mapping.ts';
import {
  parseWorkspaceFile,
  toWorkspaceFile,
  type WorkspaceContents,
} from '../../src/model/workspace-file.ts';
import { importTexts, PERSONS_CSV, PERSONS_LINKS_CSV } from './helpers.ts';

function demoContents(): WorkspaceContents {
  const { result, graph } = demo();
  const positions = Object.fromEntries(graph.mapNodes((id, _a) => [id, { x: 1.5, y: -2 }]));
  return {
    title: 'Val de Loire-Sèvre',
    graph,
    expected: REF.expected.slice(0, 2),
    views: [{ name: 'COPIL du CLS', filters: { body: 'CLS:copil' }, selected: graph.nodes()[3] }],
    settings: { colourBy: 'sector', anonymous: false },
    positions,
    report: { files: result.files, issues: result.issues, doubtful: result.doubtful },
  };
}

function open(text: string) {
  const parsed = parseWorkspaceFile(text);
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed;
}

describe('the workspace file', () => {
  it('opens again as it was: the same graph, views, settings, positions and report', () => {
    const contents = demoContents();
    const text = toWorkspaceFile(contents, { savedAt: new Date('2025-03-04T10:00:00Z') });
    const { document, graph } = open(text);
    expect(graph.export()).toEqual(contents.graph.export());
    expect(graph.order).toBe(contents.graph.order);
    expect(graph.size).toBe(contents.graph.size);
    expect(document.title).toBe(contents.title);
    expect(document.savedAt).toBe('2025-03-04T10:00:00.000Z');
    expect(document.expected).toEqual(contents.expected);
    expect(document.views).toEqual(contents.views);
    expect(document.settings).toEqual(contents.settings);
    expect(document.positions).toEqual(contents.positions);
    expect(document.report).toEqual(contents.report);
    // Saving what was opened gives the same document.
    const again = toWorkspaceFile(
      { ...document, graph, report: document.report ?? null },
      { savedAt: new Date('2025-03-04T10:00:00Z') },
    );
    expect(JSON.parse(again)).toEqual(JSON.parse(text));
  });

  it('keeps the words of unknown types, and opens files saved before them', () => {
    const { graph } = importTexts({
      'acteurs.csv': 'Nom;Type\r\nMaison des ados;Maison des adolescents\r\nMairie;Commune\r\n',
    });
    const text = toWorkspaceFile({ title: 't', graph });
    const back = open(text).graph;
    expect(back.getNodeAttribute('maison-des-ados', 'typeText')).toBe('Maison des adolescents');
    expect(back.getNodeAttribute('mairie', 'typeText')).toBeUndefined();
    // A file written before typeText existed: no such field, the actor is "autre" as before.
    const older = JSON.parse(text) as { actors: Record<string, unknown>[] };
    for (const a of older.actors) delete a.typeText;
    const reopened = open(JSON.stringify(older)).graph;
    expect(reopened.getNodeAttribute('maison-des-ados', 'type')).toBe('autre');
    expect(reopened.getNodeAttribute('maison-des-ados', 'typeText')).toBeUndefined();
  });

  it('keeps the rows merged into each link', () => {
    const { graph } = demo();
    const merged = graph.filterEdges((_e, l) => l.count > 1);
    expect(merged.length).toBeGreaterThan(0);
    const back = open(toWorkspaceFile({ title: 't', graph })).graph;
    for (const e of merged)
      expect(back.getEdgeAttribute(e, 'count')).toBe(graph.getEdgeAttribute(e, 'count'));
  });

  it('gives the same analysis once reopened', async () => {
    const { graph } = demo();
    const back = open(toWorkspaceFile({ title: 't', graph })).graph;
    const [before, after] = await Promise.all([analyze(graph, REF), analyze(back, REF)]);
    expect(after).toEqual(before);
    expect(after.summary.actors).toBe(graph.order);
  });

  it('anonymous: remaps person ids everywhere and leaves the report out', () => {
    const { graph, result } = importTexts({
      'acteurs.csv': PERSONS_CSV,
      'liens.csv': PERSONS_LINKS_CSV,
    });
    const text = toWorkspaceFile(
      {
        title: 'Réseau de Marie Durand',
        graph,
        views: [{ selected: 'dr-marie-durand', note: 'voir Dr Durand' }],
        positions: { 'dr-marie-durand': { x: 1, y: 2 } },
        report: { files: result.files, issues: result.issues, doubtful: result.doubtful },
      },
      { anonymous: true, ref: REF, lang: 'fr' },
    );
    expect(text).not.toMatch(/durand/i);
    const { document } = open(text);
    expect(document.report).toBeUndefined();
    expect(document.views).toEqual([{ selected: 'personne-1', note: 'voir Dr …' }]);
    expect(document.positions).toEqual({ 'personne-1': { x: 1, y: 2 } });
    expect(document.title).toBe('Réseau de …');
  });

  it('keeps the columns mapped by hand (anonymous files too); files without them still open', () => {
    const { graph } = demo();
    const mappings: SavedMapping[] = [
      {
        signature: headerSignature(['Intitulé', 'Ville']),
        role: 'actors',
        columns: [
          { header: 'Intitulé', field: 'name', manual: true },
          { header: 'Ville', field: 'ignore', manual: true },
        ],
      },
    ];
    for (const anonymous of [false, true]) {
      const text = toWorkspaceFile({ title: 't', graph, mappings }, { anonymous });
      expect(open(text).document.mappings).toEqual(mappings);
    }
    const plain = JSON.parse(toWorkspaceFile({ title: 't', graph })) as Record<string, unknown>;
    expect('mappings' in plain).toBe(false);
    expect(open(JSON.stringify(plain)).document.mappings).toBeUndefined();
    const bad = { ...plain, mappings: [{ signature: 's', role: 'people', columns: [] }] };
    const parsed = parseWorkspaceFile(JSON.stringify(bad));
    expect(parsed.ok ? '' : parsed.error.en).toMatch(
      /field "mappings", field "0", field "role" should be actors or links/,
    );
  });
});

describe('opening a bad workspace file', () => {
  const good = () =>
    JSON.parse(toWorkspaceFile({ title: 't', graph: demo().graph })) as Record<string, unknown>;
  const error = (text: string) => {
    const parsed = parseWorkspaceFile(text);
    expect(parsed.ok).toBe(false);
    return parsed.ok ? { fr: '', en: '' } : parsed.error;
  };

  it('says what is wrong, in French and English, and never throws', () => {
    expect(error('').fr).toMatch(/pas du JSON lisible/);
    expect(error('{"a":').en).toMatch(/not readable JSON/);
    expect(error('[1,2]').fr).toMatch(/n’est pas un espace de travail Maillage/);
    expect(error('"text"').en).toMatch(/not a Maillage workspace/);
    expect(error('null').en).toMatch(/not a Maillage workspace/);
    expect(error('{"format":"maillage-workspace","version":3}').fr).toMatch(/plus récente/);
    expect(error('{"format":"maillage-workspace","version":"x"}').en).toMatch(
      /Unknown workspace version/,
    );
    expect(error('{"format":"maillage-workspace","version":1}').en).toBe(
      'Unreadable workspace: the document, field "savedAt" should be a text. The file may have been edited by hand or cut short.',
    );

    const doc = good();
    (doc.actors as Record<string, unknown>[])[2]!.sectors = 'Soins';
    expect(error(JSON.stringify(doc))).toEqual({
      fr: 'Espace de travail illisible : acteur n° 3, champ « sectors » devrait être une liste. Le fichier a peut-être été modifié à la main ou tronqué.',
      en: 'Unreadable workspace: actor #3, field "sectors" should be a list. The file may have been edited by hand or cut short.',
    });

    const doc2 = good();
    (doc2.links as Record<string, unknown>[])[4]!.target = 'inconnu';
    expect(error(JSON.stringify(doc2)).en).toMatch(/link #5, field "target" names actor "inconnu"/);

    const doc3 = good();
    const actors = doc3.actors as Record<string, unknown>[];
    actors.push({ ...actors[0]! });
    expect(error(JSON.stringify(doc3)).fr).toMatch(/déjà celui d’un autre acteur/);

    const doc4 = good();
    doc4.positions = { a: { x: 'left', y: 0 } };
    expect(error(JSON.stringify(doc4)).en).toMatch(
      /field "positions", field "a", field "x" should be a number/,
    );

    const doc5 = good();
    (doc5.links as Record<string, unknown>[])[0]!.strength = null;
    expect(parseWorkspaceFile(JSON.stringify(doc5)).ok).toBe(true);
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'names an actor id edited by hand into the reserved word %s (never a graph library error)',
    (word) => {
      const doc = good();
      const actors = doc.actors as Record<string, unknown>[];
      const links = doc.links as Record<string, unknown>[];
      const old = actors[1]!.id;
      actors[1]!.id = word;
      for (const link of links) {
        if (link.source === old) link.source = word;
        if (link.target === old) link.target = word;
      }
      expect(error(JSON.stringify(doc))).toEqual({
        fr: `Espace de travail illisible : acteur n° 2, champ « id » est « ${word} », un mot réservé de JavaScript (Maillage l’écrit « ${word}-id »). Le fichier a peut-être été modifié à la main ou tronqué.`,
        en: `Unreadable workspace: actor #2, field "id" is "${word}", a reserved JavaScript word (Maillage writes it "${word}-id"). The file may have been edited by hand or cut short.`,
      });
    },
  );

  it('accepts a file saved with a BOM', () => {
    expect(
      parseWorkspaceFile('\uFEFF' + toWorkspaceFile({ title: 't', graph: demo().graph })).ok,
    ).toBe(true);
  });
});
