import { actor, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { compareVersions, versionOf } from '../../src/analysis/compare.ts';
import { diffCsv, diffRows, diffSentences } from '../../src/analysis/compare-words.ts';
import type { Actor, Link } from '../../src/domain/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { reference, versionPair } from './fixtures.ts';

const REF = reference();
const diffOf = (
  before: { actors: Actor[]; links: Link[] },
  after: { actors: Actor[]; links: Link[] },
) =>
  compareVersions(
    versionOf(buildGraph(before.actors, before.links), REF),
    versionOf(buildGraph(after.actors, after.links), REF),
    REF,
  );

describe('diffSentences', () => {
  const pair = versionPair();
  const diff = diffOf(pair.before, pair.after);

  it('says the differences in French, plurals right', () => {
    const fr = diffSentences(diff, 'fr', REF);
    expect(fr[0]).toBe('Avant : 8 acteurs et 7 liens ; après : 9 acteurs et 9 liens.');
    expect(fr).toContain('2 acteurs sont arrivés : « Habitat Rochebrune », « Conseil citoyen ».');
    expect(fr).toContain('1 acteur est parti : « Mission locale ».');
    expect(fr).toContain(
      '2 acteurs ont changé : « Ville de Rochebrune » (CLS : + Comité technique), « Centre communal d’action sociale » (identifiant : ccas → centre-communal (même SIRET) ; nom : « CCAS Rochebrune » → « Centre communal d’action sociale » ; secteurs : + logement).',
    );
    expect(fr).toContain(
      '1 lien a changé de nature ou d’intensité : « Centre communal d’action sociale » – « Association Le Fil » (CLS, nature : orientation → orientation, coordination ; intensité : 1 → 2).',
    );
    expect(fr).toContain(
      'Au comité de pilotage du CLS, nouvellement représentés : secteur « logement » (« Habitat Rochebrune »), type « bailleur » (« Habitat Rochebrune »).',
    );
    expect(fr).toContain(
      '1 acteur isolé a trouvé des partenaires : « Clinique du Parc » (avec « Centre hospitalier », « Ville de Rochebrune »).',
    );
    expect(fr).toContain(
      '1 acteur est désormais isolé : « Collège Jean Moulin » (lié avant à « Mission locale »).',
    );
    expect(fr).toContain(
      '1 nouveau point d’articulation : « Centre communal d’action sociale » (1 acteur en dépend).',
    );
    expect(fr.some((s) => s.startsWith('5 liens sont apparus : '))).toBe(true);
    expect(fr.some((s) => s.startsWith('2 liens ont disparu : '))).toBe(true);
  });

  it('says them in English', () => {
    const en = diffSentences(diff, 'en', REF);
    expect(en[0]).toBe('Before: 8 actors and 7 links; after: 9 actors and 9 links.');
    expect(en).toContain('2 actors joined: “Habitat Rochebrune”, “Conseil citoyen”.');
    expect(en).toContain('1 actor left: “Mission locale”.');
    expect(en).toContain(
      '1 articulation point went away: “Mission locale” (1 actor depends on it).',
    );
    expect(en).toContain(
      'In the steering committee of the CLS, newly represented: sector “logement” (“Habitat Rochebrune”), type “bailleur” (“Habitat Rochebrune”).',
    );
  });

  it('says when there is no difference, and cuts long lists of names', () => {
    expect(diffSentences(diffOf(pair.before, pair.before), 'fr', REF)).toEqual([
      'Avant : 8 acteurs et 7 liens ; après : 8 acteurs et 7 liens.',
      'Aucune différence entre les deux versions.',
    ]);
    const many = Array.from({ length: 13 }, (_, i) => actor(`a${i}`, { name: `A${i}` }));
    const one = { actors: [actor('seul', { name: 'Seul' })], links: [] };
    const fr = diffSentences(
      diffOf(one, { actors: [...one.actors, ...many], links: [] }),
      'fr',
      REF,
    );
    expect(fr[0]).toBe('Avant : 1 acteur et 0 lien ; après : 14 acteurs et 0 lien.');
    expect(fr[1]).toMatch(/^13 acteurs sont arrivés : « A0 », .* « A9 » et 3 autres\.$/);
    const en = diffSentences(
      diffOf(one, { actors: [...one.actors, ...many], links: [] }),
      'en',
      REF,
    );
    expect(en[0]).toBe('Before: 1 actor and 0 links; after: 14 actors and 0 links.');
    expect(en[1]).toMatch(/“A9” and 3 more\.$/);
  });
});

describe('the CSV of the differences', () => {
  const pair = versionPair();
  const diff = diffOf(pair.before, pair.after);

  it('has one row per difference: kind, side, id, name, detail', () => {
    const rows = diffRows(diff, 'fr', REF);
    expect(rows[0]).toEqual(['Différence', 'Sens', 'Identifiant', 'Nom', 'Détail']);
    const count =
      diff.actors.added.length +
      diff.actors.removed.length +
      diff.actors.changed.length +
      diff.links.added.length +
      diff.links.removed.length +
      diff.links.changed.length +
      diff.coverage.reduce(
        (n, b) =>
          n +
          b.sectors.added.length +
          b.sectors.removed.length +
          b.types.added.length +
          b.types.removed.length,
        0,
      ) +
      diff.isolated.foundPartners.length +
      diff.isolated.newlyIsolated.length +
      diff.articulationPoints.added.length +
      diff.articulationPoints.removed.length;
    expect(rows).toHaveLength(1 + count);
    expect(rows).toContainEqual([
      'acteur',
      'retiré',
      'mission-locale',
      'Mission locale',
      'autre, education, CLS',
    ]);
    expect(rows).toContainEqual([
      'lien',
      'ajouté',
      'conseil – ville',
      'Conseil citoyen – Ville de Rochebrune',
      'CLS, information, intensité 1',
    ]);
    expect(rows).toContainEqual([
      'type d’acteur',
      'retiré',
      'autre',
      'autre',
      'au comité technique du CLS : Mission locale',
    ]);
    expect(rows).toContainEqual([
      'point d’articulation',
      'ajouté',
      'centre-communal',
      'Centre communal d’action sociale',
      '1 acteur en dépend',
    ]);
    expect(diffRows(diff, 'en', REF)[0]).toEqual(['Difference', 'Side', 'Id', 'Name', 'Detail']);
    expect(diffRows(diff, 'en', REF)).toContainEqual([
      'isolated actor',
      'removed',
      'clinique',
      'Clinique du Parc',
      'found partners: Centre hospitalier, Ville de Rochebrune',
    ]);
  });

  it('is a spreadsheet CSV whose cells never run as formulas', () => {
    const before = { actors: [actor('a', { name: 'A' })], links: [] };
    const after = {
      actors: [actor('a', { name: 'A' }), actor('evil', { name: '=HYPERLINK("http://x","y")' })],
      links: [link('a', 'evil', { types: ['+cmd|calc'] })],
    };
    const csv = diffCsv(diffOf(before, after), 'fr', REF);
    expect(csv.startsWith('\uFEFFDifférence;Sens;Identifiant;Nom;Détail\r\n')).toBe(true);
    expect(csv).toContain(`acteur;ajouté;evil;"'=HYPERLINK(""http://x"",""y"")";autre\r\n`);
    expect(csv).not.toMatch(/(^|;)=/m);
  });
});
