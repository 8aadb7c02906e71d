import { actor } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.ts';
import { coverageOfActors } from '../../src/analysis/coverage.ts';
import {
  coverageColumns,
  coverageGaps,
  coverageMatrix,
  expectedLevel,
  OTHER_GROUP,
  TYPE_GROUP,
  type CoverageMatrix,
} from '../../src/analysis/coverage-matrix.ts';
import type { ReferenceData } from '../../src/domain/types.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { reference } from './fixtures.ts';

function ref(): ReferenceData {
  const r = reference();
  r.sectorLayers = [
    { id: 'reseaux', label: { fr: 'Réseaux', en: 'Networks' } },
    { id: 'vide', label: { fr: 'Vide', en: 'Empty' } },
    { id: 'conditions', label: { fr: 'Conditions de vie', en: 'Living conditions' } },
  ];
  for (const s of r.sectors) s.layer = s.id === 'citoyennete' ? 'reseaux' : 'conditions';
  // A sector of the list whose layer is not in the list of layers.
  const culture = r.sectors.find((s) => s.id === 'culture');
  if (culture) culture.layer = 'ailleurs';
  r.expected = [
    {
      scheme: 'CLS',
      body: 'copil',
      rules: [
        { level: 'required', kind: 'type', anyOf: ['ars'] },
        { level: 'recommended', kind: 'type', anyOf: ['habitant', 'association'] },
        { level: 'recommended', kind: 'sector', anyOf: ['logement'] },
        { level: 'required', kind: 'sector', anyOf: ['logement'] },
        { level: 'recommended', kind: 'sector', anyOf: ['social', 'soins'] },
      ],
    },
  ];
  return r;
}

const actors = [
  actor('mairie', {
    type: 'collectivite',
    sectors: ['social', 'jardinage'],
    schemes: { CLS: ['copil'], CLSM: ['pleniere'] },
  }),
  actor('asso', { type: 'association', sectors: ['citoyennete'], schemes: { CLS: ['gt'] } }),
  actor('ferme', { type: 'maraicher', sectors: ['jardinage'], schemes: { CLS: [] } }),
];

function cell(matrix: CoverageMatrix, row: string, column: string) {
  for (const group of matrix.groups) {
    const found = group.rows.find((r) => r.id === row);
    if (found) {
      const index = matrix.columns.findIndex((c) => c.key === column);
      return found.cells[index];
    }
  }
  throw new Error(`no row ${row}`);
}

describe('coverageColumns', () => {
  it('lists every (scheme, body) of the coverage in order, with its members', () => {
    const coverage = coverageOfActors(actors, ref());
    expect(coverageColumns(coverage).map((c) => [c.key, c.members])).toEqual([
      ['CLS|copil', ['mairie']],
      ['CLS|gt', ['asso']],
      ['CLS|ensemble', ['mairie', 'asso', 'ferme']],
      ['CLSM|pleniere', ['mairie']],
      ['CLSM|ensemble', ['mairie']],
    ]);
  });
});

describe('expectedLevel', () => {
  it('gives the strongest rule naming the entry, including "any of" rules', () => {
    const r = ref();
    expect(expectedLevel(r.expected, 'CLS', 'copil', 'sector', 'logement')).toBe('required');
    expect(expectedLevel(r.expected, 'CLS', 'copil', 'type', 'association')).toBe('recommended');
    expect(expectedLevel(r.expected, 'CLS', 'copil', 'type', 'etat')).toBeNull();
    expect(expectedLevel(r.expected, 'CLS', 'gt', 'type', 'ars')).toBeNull();
    // A type rule says nothing of a sector of the same id.
    expect(expectedLevel(r.expected, 'CLS', 'copil', 'sector', 'ars')).toBeNull();
  });
});

describe('coverageMatrix', () => {
  it('groups the sectors by layer in the order of the layers, skipping empty layers, and ends with the others', () => {
    const r = ref();
    const matrix = coverageMatrix(coverageOfActors(actors, r), r, 'sector');
    expect(matrix.groups.map((g) => [g.id, g.rows.map((row) => row.id)])).toEqual([
      ['reseaux', ['citoyennete']],
      ['conditions', ['soins', 'sante-mentale', 'social', 'logement', 'education', 'sport']],
      [OTHER_GROUP, ['culture', 'jardinage']],
    ]);
    const jardinage = matrix.groups[2]?.rows[1];
    expect(jardinage?.known).toBe(false);
    expect(jardinage?.actors).toEqual(['mairie', 'ferme']);
  });

  it('counts the members of each cell and says what the expected composition makes of an empty one', () => {
    const r = ref();
    const matrix = coverageMatrix(coverageOfActors(actors, r), r, 'sector');
    expect(cell(matrix, 'social', 'CLS|copil')).toEqual({
      column: 'CLS|copil',
      actors: ['mairie'],
      expected: 'recommended',
      state: 'present',
    });
    // Required and recommended for the same sector: required wins, and it is a gap.
    expect(cell(matrix, 'logement', 'CLS|copil')).toMatchObject({
      actors: [],
      expected: 'required',
      state: 'gap',
    });
    // "social or soins" is met by social: soins is expected but covered by the other.
    expect(cell(matrix, 'soins', 'CLS|copil')).toMatchObject({
      expected: 'recommended',
      state: 'alternative',
    });
    expect(cell(matrix, 'sport', 'CLS|copil')).toMatchObject({ expected: null, state: 'empty' });
    expect(cell(matrix, 'citoyennete', 'CLS|gt')).toMatchObject({
      actors: ['asso'],
      expected: null,
      state: 'present',
    });
  });

  it('builds one group of types, reference types first, then the types met outside the list', () => {
    const r = ref();
    const matrix = coverageMatrix(coverageOfActors(actors, r), r, 'type');
    expect(matrix.groups).toHaveLength(1);
    expect(matrix.groups[0]?.id).toBe(TYPE_GROUP);
    expect(matrix.groups[0]?.rows.map((row) => row.id)).toEqual([
      ...r.actorTypes.map((t) => t.id),
      'maraicher',
    ]);
    expect(cell(matrix, 'ars', 'CLS|copil')).toMatchObject({ expected: 'required', state: 'gap' });
    // "habitant or association" unmet in the COPIL: both are hints.
    expect(cell(matrix, 'habitant', 'CLS|copil')).toMatchObject({ state: 'hint' });
    expect(cell(matrix, 'association', 'CLS|copil')).toMatchObject({ state: 'hint' });
    expect(cell(matrix, 'association', 'CLS|ensemble')).toMatchObject({
      actors: ['asso'],
      state: 'present',
    });
    const collectivite = matrix.groups[0]?.rows.find((row) => row.id === 'collectivite');
    expect(collectivite?.actors).toEqual(['mairie']);
  });

  it('reports a body that has rules but no member, every expected cell a gap or a hint', () => {
    const r = ref();
    r.expected.push({
      scheme: 'CLSM',
      body: 'copil',
      rules: [{ level: 'required', kind: 'type', anyOf: ['collectivite'] }],
    });
    const matrix = coverageMatrix(coverageOfActors(actors, r), r, 'type');
    const column = matrix.columns.find((c) => c.key === 'CLSM|copil');
    expect(column?.members).toEqual([]);
    expect(cell(matrix, 'collectivite', 'CLSM|copil')).toMatchObject({ state: 'gap' });
  });

  it('is empty for an inventory without schemes', () => {
    const r = ref();
    const matrix = coverageMatrix(coverageOfActors([actor('seul')], r), r, 'type');
    expect(matrix.columns).toEqual([]);
    expect(matrix.groups[0]?.rows.every((row) => row.cells.length === 0)).toBe(true);
  });
});

describe('coverageGaps', () => {
  it('pairs each sentence with its rule, under the edited composition', async () => {
    const r = ref();
    const analysis = await analyze(buildGraph(actors, []), r);
    const gaps = coverageGaps(analysis, analysis.coverage, r);
    expect(gaps.map((g) => [g.key, g.finding.level, g.finding.actors])).toEqual([
      ['CLS|copil|type|required|ars', 'gap', ['mairie']],
      ['CLS|copil|sector|required|logement', 'gap', ['mairie']],
      ['CLS|copil|type|recommended|habitant+association', 'hint', ['mairie']],
      ['CLS|copil|sector|recommended|logement', 'hint', ['mairie']],
    ]);
    expect(gaps[0]?.finding.message.fr).toBe(
      'Aucun acteur de type « ars » au comité de pilotage du CLS (requis).',
    );
    // The same analysis, the composition edited: only the coverage passed counts.
    const edited = {
      ...r,
      expected: [{ scheme: 'CLS', body: 'gt', rules: [r.expected[0]!.rules[0]!] }],
    };
    const again = coverageGaps(analysis, coverageOfActors(actors, edited), edited);
    expect(again.map((g) => [g.key, g.finding.actors])).toEqual([
      ['CLS|gt|type|required|ars', ['asso']],
    ]);
  });
});
