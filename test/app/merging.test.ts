import { describe, expect, it } from 'vitest';
import {
  editableOf,
  editWorkspace,
  unmergeWorkspace,
  type EditBase,
} from '../../src/app/editing.ts';
import {
  candidateIndex,
  mergeCandidates,
  mergePreview,
  mergesInto,
  type FieldText,
} from '../../src/app/merging.ts';
import { emptyHistory } from '../../src/model/index.ts';
import { actor, graphOf, link, REF } from '../factory.ts';

const names = [
  'Coordination ASV Les Tilleuls',
  'Mairie de Rochebrune',
  'CCAS de Rochebrune',
  'Mission locale',
  'Centre hospitalier',
];
const index = candidateIndex(names.map((name, i) => ({ id: `a${i}`, name })));
const found = (query: string, exclude = 'none') =>
  mergeCandidates(index, query, exclude).map((c) => c.name);

describe('finding the other actor of a merge', () => {
  it('finds names from some of their words, in any order', () => {
    expect(found('tilleuls asv')).toEqual(['Coordination ASV Les Tilleuls']);
  });
  it('finds the same institution named otherwise', () => {
    expect(found('Ville de Rochebrune')).toContain('Mairie de Rochebrune');
    expect(found('CCAS Rochebrune')[0]).toBe('CCAS de Rochebrune');
  });
  it('finds a name with a typo, whole or by its start', () => {
    expect(found('Mision locale')).toEqual(['Mission locale']);
    expect(found('Coordinaton ASV')).toEqual(['Coordination ASV Les Tilleuls']);
    expect(found('Centre hopsitalier')).toEqual(['Centre hospitalier']);
  });
  it('leaves out the actor merged from, and far names', () => {
    expect(found('Mission locale', 'a3')).toEqual([]);
    expect(found('Gendarmerie')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});

const graph = () =>
  graphOf(
    [
      actor('ccas', {
        name: 'CCAS de Rochebrune',
        type: 'ccas',
        sectors: ['social'],
        schemes: { CLS: ['copil'] },
        siret: '21380001400018',
        files: ['acteurs.csv'],
      }),
      actor('ccas2', {
        name: 'C.C.A.S. Rochebrune',
        type: 'autre',
        sectors: ['logement'],
        schemes: { CLSM: ['copil'] },
        territory: 'Rochebrune',
        files: ['clsm.csv'],
      }),
      actor('b', { name: 'B' }),
      actor('c', { name: 'C' }),
      actor('d', { name: 'D' }),
    ],
    [
      link('ccas', 'b'),
      link('ccas', 'c'),
      link('ccas2', 'c'),
      link('ccas2', 'd'),
      link('ccas', 'ccas2'),
    ],
  );
const text: FieldText = (a, field) =>
  field === 'person' ? (a.person === undefined ? undefined : String(a.person)) : a[field];
const base = (): EditBase => ({
  graph: graph(),
  expected: null,
  mappings: [],
  history: emptyHistory(),
  positions: {},
});

describe('the preview of a merge', () => {
  it('shows the engine’s merged actor: values united, differences said, links counted', () => {
    const state = editableOf(graph(), null, []);
    const result = mergePreview(state, 'ccas', 'ccas2', REF, text);
    if (!result.ok) throw new Error('refused');
    const { preview } = result;
    expect(preview.actor.sectors).toEqual(['social', 'logement']);
    expect(Object.keys(preview.actor.schemes).sort()).toEqual(['CLS', 'CLSM']);
    expect(preview.actor.territory).toBe('Rochebrune');
    expect(preview.differences).toEqual([
      { field: 'name', kept: 'CCAS de Rochebrune', dropped: 'C.C.A.S. Rochebrune' },
      { field: 'type', kept: 'ccas', dropped: 'autre' },
    ]);
    expect(preview.links).toEqual({ kept: 2, absorbed: 2, shared: 1, between: true, after: 3 });
    expect(preview.files).toEqual(['acteurs.csv', 'clsm.csv']);
    // Nothing was changed.
    expect(state.actors).toHaveLength(5);
  });
  it('keeps the other one when the user chooses it (the engine decides the values)', () => {
    const result = mergePreview(editableOf(graph(), null, []), 'ccas2', 'ccas', REF, text);
    if (!result.ok) throw new Error('refused');
    expect(result.preview.actor.id).toBe('ccas2');
    expect(result.preview.differences[0]).toEqual({
      field: 'name',
      kept: 'C.C.A.S. Rochebrune',
      dropped: 'CCAS de Rochebrune',
    });
    // An "Other" type takes the listed one of the actor absorbed.
    expect(result.preview.actor.type).toBe('ccas');
  });
  it('says why two actors cannot be merged', () => {
    const result = mergePreview(editableOf(graph(), null, []), 'ccas', 'ccas', REF, text);
    expect(result.ok).toBe(false);
  });
});

describe('merges that can be taken apart', () => {
  it('lists a merge into an actor until it is separated, then separates it again later', () => {
    const merged = editWorkspace(
      base(),
      { kind: 'merge-actors', kept: 'ccas', absorbed: 'ccas2' },
      REF,
    );
    if (!merged.ok) throw new Error('refused');
    const after = { ...base(), graph: merged.edited.graph, history: merged.edited.history };
    expect(after.graph.order).toBe(4);
    const [origin] = mergesInto(after.history, 'ccas');
    expect(origin?.keptName).toBe('CCAS de Rochebrune');
    expect(origin?.absorbedName).toBe('C.C.A.S. Rochebrune');
    expect(origin?.absorbed?.sectors).toEqual(['logement']);
    expect(mergesInto(after.history, 'b')).toEqual([]);
    // Another edit first, then « Séparer »: both actors and their links come back.
    const other = editWorkspace(
      after,
      { kind: 'update-actor', id: 'b', actor: { territory: 'X' } },
      REF,
    );
    if (!other.ok) throw new Error('refused');
    const later = { ...after, graph: other.edited.graph, history: other.edited.history };
    const split = unmergeWorkspace(later, origin!.entry);
    if (!split.ok) throw new Error('refused');
    expect(split.edited.graph.order).toBe(5);
    expect(split.edited.graph.size).toBe(5);
    expect(split.edited.graph.getNodeAttribute('b', 'territory')).toBe('X');
    expect(mergesInto(split.edited.history, 'ccas')).toEqual([]);
  });
  it('refuses to separate a merged actor changed since, with the engine’s message', () => {
    const merged = editWorkspace(
      base(),
      { kind: 'merge-actors', kept: 'ccas', absorbed: 'ccas2' },
      REF,
    );
    if (!merged.ok) throw new Error('refused');
    const after = { ...base(), graph: merged.edited.graph, history: merged.edited.history };
    const [origin] = mergesInto(after.history, 'ccas');
    const edited = editWorkspace(
      after,
      { kind: 'update-actor', id: 'ccas', actor: { role: 'R' } },
      REF,
    );
    if (!edited.ok) throw new Error('refused');
    const split = unmergeWorkspace(
      { ...after, graph: edited.edited.graph, history: edited.edited.history },
      origin!.entry,
    );
    expect(split.ok).toBe(false);
    if (split.ok) return;
    expect(split.issues[0]?.code).toBe('unmerge-stale');
    expect(split.issues[0]?.message.en).toMatch(/changed since the merge/);
  });
});
