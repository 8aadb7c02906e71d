import { actor, link } from '../factory.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  noDifference,
  versionOf,
  type ComparedVersion,
  type VersionDiff,
} from '../../src/analysis/compare.ts';
import { matchActors } from '../../src/analysis/compare-match.ts';
import { analyze } from '../../src/analysis/analyze.ts';
import type { Actor, Link } from '../../src/domain/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { reference, versionPair } from './fixtures.ts';

const REF = reference();
const version = (v: { actors: Actor[]; links: Link[] }): ComparedVersion =>
  versionOf(buildGraph(v.actors, v.links), REF);
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('compareVersions on a pair whose differences are known by construction', () => {
  const pair = versionPair();
  const diff = compareVersions(version(pair.before), version(pair.after), REF);

  it('finds the actors gained, lost and changed, the renamed CCAS matched by its SIRET', () => {
    expect(ids(diff.actors.added)).toEqual(['habitat', 'conseil']);
    expect(diff.actors.added[0]).toMatchObject({ name: 'Habitat Rochebrune', type: 'bailleur' });
    expect(ids(diff.actors.removed)).toEqual(['mission-locale']);
    expect(diff.actors.changed).toEqual([
      expect.objectContaining({
        id: 'ville',
        beforeId: 'ville',
        changes: [{ field: 'bodies', scheme: 'CLS', added: ['cotech'], removed: [] }],
      }),
      expect.objectContaining({
        id: 'centre-communal',
        name: 'Centre communal d’action sociale',
        beforeId: 'ccas',
        beforeName: 'CCAS Rochebrune',
        matchedBy: 'siret',
        changes: [
          {
            field: 'name',
            before: 'CCAS Rochebrune',
            after: 'Centre communal d’action sociale',
          },
          { field: 'sectors', added: ['logement'], removed: [] },
        ],
      }),
    ]);
  });

  it('finds the links gained and lost by pair and scheme, and the one whose nature and strength changed', () => {
    const ends = (list: readonly { source: string; target: string; scheme: string | null }[]) =>
      list.map((l) => `${[l.source, l.target].sort().join('+')} ${l.scheme}`);
    expect(ends(diff.links.added)).toEqual([
      'ars+ville CLSM',
      'ch+clinique CLS',
      'clinique+ville CLS',
      'centre-communal+habitat CLS',
      'conseil+ville CLS',
    ]);
    expect(diff.links.added[0]).toMatchObject({
      sourceName: 'Délégation de l’ARS',
      targetName: 'Ville de Rochebrune',
      types: ['convention'],
      strength: 3,
    });
    expect(ends(diff.links.removed)).toEqual([
      'mission-locale+ville CLS',
      'college+mission-locale CLS',
    ]);
    expect(diff.links.changed).toEqual([
      {
        source: 'centre-communal',
        sourceName: 'Centre communal d’action sociale',
        target: 'fil',
        targetName: 'Association Le Fil',
        scheme: 'CLS',
        before: { types: ['orientation'], strength: 1 },
        after: { types: ['orientation', 'coordination'], strength: 2 },
      },
    ]);
    expect(diff.summary).toEqual({
      before: { actors: 8, links: 7 },
      after: { actors: 9, links: 9 },
    });
  });

  it('says which sectors and types each body gained or lost, with the members that bring them', () => {
    const words = diff.coverage.map((b) => ({
      body: `${b.scheme} ${b.body}`,
      sectors: [
        ...ids(b.sectors.added).map((s) => `+${s}`),
        ...ids(b.sectors.removed).map((s) => `-${s}`),
      ],
      types: [
        ...ids(b.types.added).map((s) => `+${s}`),
        ...ids(b.types.removed).map((s) => `-${s}`),
      ],
    }));
    expect(words).toEqual([
      { body: 'CLS copil', sectors: ['+logement'], types: ['+bailleur'] },
      {
        body: 'CLS cotech',
        sectors: ['+soins', '+logement', '+citoyennete'],
        types: ['+habitant', '-autre'],
      },
      {
        body: 'CLS ensemble',
        sectors: ['+logement', '+citoyennete'],
        types: ['+bailleur', '+habitant', '-autre'],
      },
    ]);
    expect(diff.coverage[0]!.sectors.added[0]).toEqual({
      id: 'logement',
      name: { fr: 'logement', en: 'logement' },
      actors: [{ id: 'habitat', name: 'Habitat Rochebrune' }],
    });
    expect(diff.coverage[1]!.types.removed[0]!.actors).toEqual([
      { id: 'mission-locale', name: 'Mission locale' },
    ]);
  });

  it('finds the isolated actor that found partners, the one newly isolated, and the articulation points', () => {
    expect(diff.isolated.foundPartners).toEqual([
      expect.objectContaining({
        id: 'clinique',
        partners: [
          { id: 'ch', name: 'Centre hospitalier' },
          { id: 'ville', name: 'Ville de Rochebrune' },
        ],
      }),
    ]);
    expect(diff.isolated.newlyIsolated).toEqual([
      expect.objectContaining({
        id: 'college',
        partners: [{ id: 'mission-locale', name: 'Mission locale' }],
      }),
    ]);
    expect(diff.articulationPoints).toEqual({
      added: [{ id: 'centre-communal', name: 'Centre communal d’action sociale', cutOff: 1 }],
      removed: [{ id: 'mission-locale', name: 'Mission locale', cutOff: 1 }],
    });
  });

  it('gives the map a status per actor and per partnership', () => {
    const status = (s: string) => diff.marks.actors.filter((m) => m.status === s).map((m) => m.key);
    expect(status('added')).toEqual(['habitat', 'conseil']);
    expect(status('removed')).toEqual(['mission-locale']);
    expect(status('kept')).toHaveLength(7);
    expect(status('kept')).toContain('centre-communal');
    const links = (s: string) =>
      diff.marks.links
        .filter((m) => m.status === s)
        .map((m) => [m.source, m.target].sort().join('+'));
    // The ARS–Ville pair gained a CLSM link but was a partnership already: kept on the map.
    expect(links('kept')).toEqual([
      'ars+ville',
      'centre-communal+ville',
      'ch+ville',
      'ch+fil',
      'centre-communal+fil',
    ]);
    expect(links('added')).toEqual([
      'ch+clinique',
      'clinique+ville',
      'centre-communal+habitat',
      'conseil+ville',
    ]);
    expect(links('removed')).toEqual(['mission-locale+ville', 'college+mission-locale']);
  });

  it('reads the parts an analysis already holds', async () => {
    const graph = buildGraph(pair.after.actors, pair.after.links);
    const analysis = await analyze(graph, REF);
    const fromAnalysis = versionOf(graph, REF, analysis);
    expect(fromAnalysis.coverage).toBe(analysis.coverage);
    expect(compareVersions(version(pair.before), fromAnalysis, REF)).toEqual(diff);
  });
});

describe('matching actors across versions', () => {
  it('matches by official identifier first, then id, then folded name', () => {
    const before = [
      actor('a', { name: 'Hôpital Nord', finess: '240000117' }),
      actor('b', { name: 'Maison des solidarités' }),
      actor('c', { name: 'L’Escale' }),
    ];
    const after = [
      actor('hopital', { name: 'Centre hospitalier Nord', finess: '240 000 117' }),
      actor('b', { name: 'MDS' }),
      actor('l-escale-2', { name: 'l escale' }),
    ];
    const { kept, added, removed } = matchActors(before, after);
    expect(kept.map((m) => `${m.before.id}>${m.after.id}:${m.by}`)).toEqual([
      'a>hopital:finess',
      'b>b:id',
      'c>l-escale-2:name',
    ]);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
  });

  it('never matches two actors whose official identifiers differ, even with the same id', () => {
    const { kept, added, removed } = matchActors(
      [actor('clinique', { siret: '11111111111111' })],
      [actor('clinique', { siret: '22222222222222' })],
    );
    expect(kept).toEqual([]);
    expect(ids(added)).toEqual(['clinique']);
    expect(ids(removed)).toEqual(['clinique']);
  });

  it('does not match homonyms by name: the name does not say which is which', () => {
    const { kept } = matchActors(
      [actor('x', { name: 'Clinique Pasteur' }), actor('y', { name: 'Clinique Pasteur' })],
      [actor('z', { name: 'Clinique Pasteur' })],
    );
    expect(kept).toEqual([]);
  });

  it('keeps a removed actor apart on the map when an after actor took its id', () => {
    // The old "w" (FINESS 3) and the new "w" (FINESS 4) are two actors under one id.
    const before = [
      actor('x', { finess: '1', name: 'Un' }),
      actor('w', { finess: '3', name: 'Trois' }),
    ];
    const after = [
      actor('y', { finess: '1', name: 'Un' }),
      actor('w', { finess: '4', name: 'Quatre' }),
    ];
    const diff = compareVersions(
      version({ actors: before, links: [] }),
      version({ actors: after, links: [] }),
      REF,
    );
    expect(diff.marks.actors.map((m) => `${m.key}:${m.status}`)).toEqual([
      'y:kept',
      'w:added',
      'w~before:removed',
    ]);
  });
});

// Random small versions: actors from a pool of names and identifiers, links among them.
const NAMES = ['CCAS', 'Mairie', 'Hôpital', 'CMP', 'Mission locale', 'Collège', 'Bailleur'];
const arbVersion = fc
  .record({
    actors: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom(...NAMES),
        town: fc.constantFrom('', 'Nord', 'Sud'),
        siret: fc.option(fc.constantFrom('1', '2', '3'), { nil: undefined }),
        type: fc.constantFrom('collectivite', 'association', 'bailleur'),
        sectors: fc.subarray(['soins', 'social', 'logement']),
        bodies: fc.subarray(['copil', 'cotech']),
      }),
      { selector: (a) => `${a.name} ${a.town}`, maxLength: 7 },
    ),
    links: fc.array(
      fc.record({
        a: fc.nat(6),
        b: fc.nat(6),
        scheme: fc.subarray(['CLS', 'CLSM']),
        strength: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        type: fc.subarray(['convention', 'orientation']),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ actors: rows, links: pairs }) => {
    const actors = rows.map((r) =>
      actor(`${r.name}${r.town}`.toLowerCase().replace(/\W/g, '-'), {
        name: r.town ? `${r.name} ${r.town}` : r.name,
        type: r.type,
        sectors: r.sectors,
        schemes: r.bodies.length > 0 ? { CLS: r.bodies } : {},
        ...(r.siret ? { siret: r.siret } : {}),
      }),
    );
    const links = pairs
      .filter((p) => p.a < actors.length && p.b < actors.length && p.a !== p.b)
      .map((p) =>
        link(actors[p.a]!.id, actors[p.b]!.id, {
          schemes: p.scheme,
          types: p.type,
          ...(p.strength ? { strength: p.strength } : {}),
        }),
      );
    return version({ actors, links });
  });

const linkKeys = (list: VersionDiff['links']['added']) =>
  list.map((l) => `${[l.sourceName, l.targetName].sort().join('+')} ${l.scheme}`).sort();

describe('compareVersions, properties', () => {
  it('finds no difference between a version and itself', () => {
    fc.assert(
      fc.property(arbVersion, (v) => {
        const diff = compareVersions(v, v, REF);
        expect(noDifference(diff)).toBe(true);
        expect(diff.marks.actors.every((m) => m.status === 'kept')).toBe(true);
        expect(diff.marks.links.every((m) => m.status === 'kept')).toBe(true);
      }),
    );
  });

  it('sees from b to a what it sees from a to b, the other way round', () => {
    fc.assert(
      fc.property(arbVersion, arbVersion, (a, b) => {
        const ab = compareVersions(a, b, REF);
        const ba = compareVersions(b, a, REF);
        expect(ids(ab.actors.added)).toEqual(ids(ba.actors.removed));
        expect(ids(ab.actors.removed)).toEqual(ids(ba.actors.added));
        expect(ab.actors.changed.map((c) => c.beforeId).sort()).toEqual(
          ba.actors.changed.map((c) => c.id).sort(),
        );
        expect(linkKeys(ab.links.added)).toEqual(linkKeys(ba.links.removed));
        expect(linkKeys(ab.links.removed)).toEqual(linkKeys(ba.links.added));
        // A changed link carries the after version's ends: compared by what changed.
        const change = (d: VersionDiff, flip: boolean) =>
          d.links.changed
            .map((c) => {
              const [x, y] = flip ? [c.after, c.before] : [c.before, c.after];
              return `${c.scheme} ${JSON.stringify(x)} > ${JSON.stringify(y)}`;
            })
            .sort();
        expect(change(ab, false)).toEqual(change(ba, true));
        expect(ids(ab.articulationPoints.added)).toEqual(ids(ba.articulationPoints.removed));
        expect(ids(ab.isolated.foundPartners).sort()).toEqual(
          ba.isolated.newlyIsolated.map((x) => x.beforeId).sort(),
        );
        const flip = (d: VersionDiff) =>
          d.coverage.map((c) => ({
            body: `${c.scheme} ${c.body}`,
            sectors: [ids(c.sectors.added), ids(c.sectors.removed)],
            types: [ids(c.types.added), ids(c.types.removed)],
          }));
        const swapped = flip(ba).map((c) => ({
          ...c,
          sectors: [c.sectors[1], c.sectors[0]],
          types: [c.types[1], c.types[0]],
        }));
        const byBody = (list: { body: string }[]) =>
          [...list].sort((x, y) => x.body.localeCompare(y.body));
        expect(byBody(flip(ab))).toEqual(byBody(swapped));
      }),
      { numRuns: 150 },
    );
  });
});
