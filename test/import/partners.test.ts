// One-sheet inventories: a partners column makes links, resolved like a links file's endpoints.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';
import { file, issueKeys, run } from './helpers.ts';

const INVENTORY = [
  'Structure;Type;Commune;Partenaires',
  'CCAS de Rochebrune;CCAS;Rochebrune;"mission locale (cofinancement, orientation); Centre Hospitalier de rochebrune"',
  'Mission locale;Association;Rochebrune;CCAS DE ROCHEBRUNE (convention)',
  'Centre hospitalier de Rochebrune;Hôpital;Rochebrune;"Maison des adolescents / Ville de Rochebrune"',
  'Maison des ados / Point écoute;Association;Rochebrune;Centre hospitalier de Rochebrune, Mision locale',
  'Ville de Rochebrune;Commune;Rochebrune;Ville de Rochebrune',
].join('\n');

describe('a partners column', () => {
  const r = run(file('inventaire.csv', INVENTORY));
  const pairs = r.links.map((l) => `${l.source} → ${l.target} [${l.types.join(', ')}]`);

  it('is recognised as partners, the structure column as the name', () => {
    expect(r.files[0]!.columns.map((c) => c.field)).toEqual([
      'name',
      'type',
      'territory',
      'partners',
    ]);
    expect(r.actors).toHaveLength(5);
  });

  it('makes one link per name, typed however written, natures from brackets', () => {
    expect(pairs).toEqual([
      'ccas-de-rochebrune → mission-locale [cofinancement, orientation]',
      'ccas-de-rochebrune → centre-hospitalier-de-rochebrune []',
      'mission-locale → ccas-de-rochebrune [convention]',
      'centre-hospitalier-de-rochebrune → ville-de-rochebrune []',
      // A name holding "/" is found whole; the misspelt one is reported below.
      'maison-des-ados-point-ecoute → centre-hospitalier-de-rochebrune []',
    ]);
    expect(r.links[0]).toMatchObject({
      directed: false,
      files: ['inventaire.csv'],
      sources: [{ file: 'inventaire.csv', line: 2 }],
    });
  });

  it('reports unknown names with a suggestion, self-naming, and how many links were made', () => {
    expect(issueKeys(r)).toEqual([
      'inventaire.csv:4:Partenaires:error:unknown-partner',
      'inventaire.csv:5:Partenaires:error:unknown-partner',
      'inventaire.csv:6:Partenaires:warning:self-partner',
    ]);
    const unknown = r.issues.filter((i) => i.code === 'unknown-partner');
    expect(unknown[0]!.message.fr).toContain('« Maison des adolescents »');
    expect(unknown[1]!.message.fr).toContain('Vouliez-vous dire « Mission locale » ?');
    expect(unknown[1]!.message.en).toContain('(the actor’s row is imported)');
    const made = r.issues.find((i) => i.code === 'links-from-partners')!;
    expect(made).toMatchObject({ severity: 'info', column: 'Partenaires' });
    expect(made.message.fr).toMatch(/^5 liens tirés de la colonne « Partenaires »/);
    expect(made.message.en).toMatch(/^5 links read from column "Partenaires"/);
    // Every row imported, errors on names aside.
    expect(r.files[0]).toMatchObject({ rows: 5, imported: 5 });
  });

  it('says "1 lien" for one link', () => {
    const one = run(file('a.csv', 'Nom;Travaille avec\nA;B\nB;\n'));
    expect(one.links).toHaveLength(1);
    expect(one.issues.find((i) => i.code === 'links-from-partners')!.message.fr).toMatch(
      /^1 lien tiré de la colonne « Travaille avec »/,
    );
    expect(one.issues.find((i) => i.code === 'links-from-partners')!.message.en).toMatch(
      /^1 link read/,
    );
  });

  it('merges with a links file: the same pair is one edge with natures united', () => {
    const links = file(
      'liens.csv',
      'Acteur 1;Acteur 2;Nature du lien\nMission locale;CCAS de Rochebrune;Accompagnement\n',
    );
    const both = run(file('inventaire.csv', INVENTORY), links);
    expect(both.links).toHaveLength(6);
    const graph = buildGraph(both.actors, both.links);
    const edge = graph.edge('ccas-de-rochebrune', 'mission-locale')!;
    expect(graph.getEdgeAttribute(edge, 'types')).toEqual([
      'cofinancement',
      'orientation',
      'convention',
      'Accompagnement',
    ]);
    expect(graph.getEdgeAttribute(edge, 'count')).toBe(3);
    expect(graph.size).toBe(4);
  });

  it('a name holding "/" inside a list is still found', () => {
    const r2 = run(
      file(
        'a.csv',
        'Nom;Partenaires\nCMP;"Maison des ados / Point écoute, Ville + CCAS; Écoute/Ville"\nMaison des ados / Point écoute;\nVille;\nCCAS;\n',
      ),
    );
    expect(r2.links.map((l) => l.target)).toEqual([
      'maison-des-ados-point-ecoute',
      'ville',
      'ccas',
    ]);
    expect(issueKeys(r2)).toEqual(['a.csv:2:Partenaires:error:unknown-partner']);
    expect(r2.issues.find((i) => i.code === 'unknown-partner')!.message.fr).toContain('« Écoute »');
  });

  it('a partner may be in another file, and English headers work', () => {
    const r2 = run(
      file('a.csv', 'Name,Partners\nYouth centre,Food bank | Town hall\n'),
      file('b.csv', 'Name\nFood bank\nTown hall\n'),
    );
    expect(r2.links.map((l) => [l.source, l.target])).toEqual([
      ['youth-centre', 'food-bank'],
      ['youth-centre', 'town-hall'],
    ]);
  });

  it('recognises the usual headers of a partners column', () => {
    for (const header of [
      'Partenaires',
      'Partenariats',
      'Partenaires principaux',
      'En lien avec',
      'Liens',
      'Travaille avec',
      'Partenaire(s)',
      'Réseau',
      'Partners',
      'Works with',
      'Linked to',
      'Connections',
    ]) {
      const one = run(file('a.csv', `Nom;${header}\nA;B\nB;\n`));
      expect(one.files[0]!.columns[1], header).toEqual({ header, field: 'partners' });
      expect(one.links, header).toHaveLength(1);
    }
  });
});
