// Link weights outside 1–3 are kept and rescaled; directed links both ways stay two rows.
import { REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';
import { linksToCsv } from '../../src/model/csv-export.ts';
import { file, issueKeys, run } from './helpers.ts';

const ACTORS = file('acteurs.csv', 'Nom\nA\nB\nC\nD\n');

describe('link weights', () => {
  it('weights outside 1–3 (0.5, 250) are kept as written and rescaled into 1–3', () => {
    const links = file(
      'edges.csv',
      'Source,Target,Weight\nA,B,0.5\nB,C,250\nC,D,"125,25"\nA,D,2\nA,C,fort\n',
    );
    const r = run(ACTORS, links);
    expect(r.links.map((l) => [l.source, l.target, l.weight, l.strength])).toEqual([
      ['a', 'b', 0.5, 1],
      ['b', 'c', 250, 3],
      ['c', 'd', 125.25, 2],
      ['a', 'd', 2, 1],
      ['a', 'c', undefined, 3],
    ]);
    expect(issueKeys(r)).toEqual([]);
    const infos = r.issues.filter((i) => i.code === 'weights-rescaled');
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatchObject({ file: 'edges.csv', column: 'Weight', severity: 'info' });
    expect(infos[0]!.message.fr).toContain('vont de 0,5 à 250');
    expect(infos[0]!.message.en).toContain('range from 0.5 to 250');
  });

  it('weights within 1–3 are strengths as before, with no weight and no info', () => {
    const r = run(ACTORS, file('liens.csv', 'Source;Cible;Intensité\nA;B;1\nB;C;2,5\n'));
    expect(r.links.map((l) => [l.strength, l.weight])).toEqual([
      [1, undefined],
      [2.5, undefined],
    ]);
    expect(r.issues.filter((i) => i.code === 'weights-rescaled')).toEqual([]);
  });

  it('the original weight reaches the link CSV export', () => {
    const r = run(ACTORS, file('edges.csv', 'Source,Target,Weight\nA,B,7\nB,C,0.5\n'));
    const csv = linksToCsv(buildGraph(r.actors, r.links), REF);
    expect(csv).toContain('Poids d’origine');
    expect(csv).toContain(';7\r\n');
  });
});

describe('directed links', () => {
  it('A → B and B → A in a directed file stay two links, one reciprocal edge on the map', () => {
    const links = file(
      'liens.csv',
      'Source;Cible;Orienté;Nature\nA;B;oui;orientation\nB;A;oui;retour\nC;D;oui;\n',
    );
    const r = run(ACTORS, links);
    expect(r.links.map((l) => [l.source, l.target, l.directed])).toEqual([
      ['a', 'b', true],
      ['b', 'a', true],
      ['c', 'd', true],
    ]);
    const g = buildGraph(r.actors, r.links);
    expect(g.getEdgeAttributes(g.edge('a', 'b')!)).toMatchObject({
      directed: true,
      reciprocal: true,
      types: ['orientation', 'retour'],
      count: 2,
    });
    expect(g.getEdgeAttributes(g.edge('c', 'd')!).reciprocal).toBeUndefined();
    // Exported as its two directed rows again.
    const csv = linksToCsv(g, REF).split('\r\n');
    expect(csv.filter((line) => /^(A;B|B;A);/.test(line))).toHaveLength(2);
  });
});
