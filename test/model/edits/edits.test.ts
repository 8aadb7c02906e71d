import { demo, REF } from '../../factory.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  perform,
  redo,
  undo,
  undoableMerges,
  unmerge,
  emptyHistory,
  HISTORY_CAP,
  type Edit,
  type EditableState,
} from '../../../src/model/edits/index.ts';
import type { CrossSchemeRule } from '../../../src/domain/types.ts';
import { rebuildGraph } from '../../../src/model/rebuild.ts';
import { editableOf, importTexts, PERSONS_CSV, PERSONS_LINKS_CSV } from '../helpers.ts';

const persons = () =>
  editableOf(importTexts({ 'acteurs.csv': PERSONS_CSV, 'liens.csv': PERSONS_LINKS_CSV }).graph);

function ok(state: EditableState, edit: Edit) {
  const r = applyEdit(state, edit, REF);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe('actors', () => {
  it('adds an actor with every field, its id made as at import', () => {
    const s = persons();
    const r = ok(s, {
      kind: 'add-actor',
      actor: {
        name: '  Mairie   de Rochebrune ',
        type: 'Commune',
        sectors: ['Logement', 'social'],
        territory: 'Rochebrune',
        schemes: { CLS: ['COPIL', 'gt'], CLSM: [] },
        role: 'Porteur',
        person: false,
        siret: '21330063500017',
        influence: 4,
        attributes: { Remarque: 'nouveau' },
      },
    });
    // The name is taken: a homonym gets its commune, as the import does.
    expect(r.id).toBe('mairie-de-rochebrune-rochebrune');
    const added = r.state.actors.at(-1)!;
    expect(added).toMatchObject({
      name: 'Mairie de Rochebrune',
      type: 'collectivite',
      sectors: ['logement', 'social'],
      territory: 'Rochebrune',
      schemes: { CLS: ['copil', 'gt'], CLSM: [] },
      role: 'Porteur',
      influence: 4,
      files: [],
    });
    expect(r.state.actors.length).toBe(s.actors.length + 1);
    expect(s.actors.length).toBe(persons().actors.length); // the state given is unchanged
  });

  it('says an unknown type in the import’s words, French and English, and keeps it', () => {
    const { result } = importTexts({ 'a.csv': 'Nom;Type\nX;Fabrique de lien' });
    const imported = result.issues.find((i) => i.code === 'unknown-type')!;
    const r = ok(persons(), { kind: 'add-actor', actor: { name: 'Y', type: 'Fabrique de lien' } });
    const said = r.issues.find((i) => i.code === 'unknown-type')!;
    expect(imported.message.fr).toBe(`Ligne 2 : ${said.message.fr}`);
    expect(imported.message.en).toBe(`Line 2: ${said.message.en}`);
    expect(r.state.actors.at(-1)).toMatchObject({ type: 'autre', typeText: 'Fabrique de lien' });
    expect(result.actors[0]).toMatchObject({ type: 'autre', typeText: 'Fabrique de lien' });
  });

  it('refuses an empty name and a score out of range', () => {
    const r = applyEdit(persons(), { kind: 'add-actor', actor: { name: '   ' } }, REF);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['missing-name']);
    const bad = applyEdit(
      persons(),
      { kind: 'add-actor', actor: { name: 'A', influence: 9 } },
      REF,
    );
    expect(bad.issues.map((i) => i.code)).toEqual(['invalid-score']);
    expect(bad.issues[0]!.message.en).toContain('is not a score from 1 to 5');
  });

  it('keeps hostile names as plain data', () => {
    let s = persons();
    for (const name of [
      'constructor',
      '__proto__',
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK()',
    ]) {
      const r = ok(s, {
        kind: 'add-actor',
        actor: { name, attributes: { __proto__x: 'a', constructor: 'b' }, schemes: { CLS: [] } },
      });
      s = r.state;
      expect(r.state.actors.at(-1)!.name).toBe(name);
    }
    const ids = s.actors.slice(-4).map((a) => a.id);
    expect(ids).toEqual(['constructor-id', 'proto', 'img-src-x-onerror-alert-1', 'hyperlink']);
    expect(() => rebuildGraph(s.actors, s.links)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('updates fields, clears them, and deleting an actor removes its links', () => {
    const s = persons();
    const id = 'mairie-de-rochebrune';
    const r = ok(s, {
      kind: 'update-actor',
      id,
      actor: { role: null, sectors: ['Soins'], type: 'ARS' },
    });
    const a = r.state.actors.find((x) => x.id === id)!;
    expect(a.role).toBeUndefined();
    expect(a.sectors).toEqual(['soins']);
    expect(a.type).toBe('ars');
    const d = ok(s, { kind: 'delete-actor', id });
    expect(d.state.actors.some((x) => x.id === id)).toBe(false);
    expect(d.state.links.some((l) => l.source === id || l.target === id)).toBe(false);
    expect(d.state.links.length).toBeLessThan(s.links.length);
  });
});

describe('links', () => {
  it('adds, updates and deletes a link; refuses itself, unknown ends and a second link', () => {
    const s = persons();
    const r = ok(s, {
      kind: 'add-link',
      link: {
        source: 'college-jean-moulin',
        target: 'Cabinet Zanotti',
        types: ['Convention'],
        strength: 2,
        schemes: ['CLS'],
        directed: true,
      },
    });
    expect(r.state.links.at(-1)).toMatchObject({
      source: 'college-jean-moulin',
      target: 'cabinet-zanotti',
      types: ['Convention'],
      strength: 2,
      schemes: ['CLS'],
      directed: true,
    });
    const self = applyEdit(
      s,
      { kind: 'add-link', link: { source: 'cabinet-zanotti', target: 'Cabinet Zanotti' } },
      REF,
    );
    expect(self.issues.map((i) => i.code)).toEqual(['self-link']);
    expect(self.issues[0]!.message.en).toContain('joins "Cabinet Zanotti" to itself');
    const unknown = applyEdit(
      s,
      { kind: 'add-link', link: { source: 'nobody', target: 'cabinet-zanotti' } },
      REF,
    );
    expect(unknown.issues[0]!.message.fr).toBe(
      'Aucun acteur ne s’appelle ou n’a pour identifiant « nobody ».',
    );
    const again = applyEdit(
      r.state,
      { kind: 'add-link', link: { source: 'cabinet-zanotti', target: 'college-jean-moulin' } },
      REF,
    );
    expect(again.issues.map((i) => i.code)).toEqual(['link-exists']);
    const u = ok(r.state, {
      kind: 'update-link',
      source: 'cabinet-zanotti',
      target: 'college-jean-moulin',
      link: { strength: null, target: 'mairie-de-rochebrune' },
    });
    expect(u.state.links.at(-1)).toMatchObject({
      source: 'college-jean-moulin',
      target: 'mairie-de-rochebrune',
    });
    expect(u.state.links.at(-1)!.strength).toBeUndefined();
    const d = ok(u.state, {
      kind: 'delete-link',
      source: 'mairie-de-rochebrune',
      target: 'college-jean-moulin',
    });
    expect(d.state.links).toEqual(s.links);
  });
});

describe('merge', () => {
  it('unites links (duplicates merged), files and attributes, and unmerge restores exactly', () => {
    let s = persons();
    s = ok(s, {
      kind: 'add-actor',
      actor: { name: 'Mairie Rochebrune (services)', attributes: { Contact: 'accueil' } },
    }).state;
    s = ok(s, {
      kind: 'add-link',
      link: { source: 'mairie-rochebrune-services', target: 'dr-marie-durand', types: ['Réunion'] },
    }).state;
    s = ok(s, {
      kind: 'add-link',
      link: { source: 'mairie-rochebrune-services', target: 'college-jean-moulin' },
    }).state;
    s = {
      ...s,
      actors: s.actors.map((a) =>
        a.id === 'mairie-rochebrune-services' ? { ...a, files: ['mairie.csv'] } : a,
      ),
    };
    const before = s;
    let h = emptyHistory();
    const step = perform(
      s,
      h,
      {
        kind: 'merge-actors',
        kept: 'mairie-de-rochebrune',
        absorbed: 'mairie-rochebrune-services',
      },
      REF,
    );
    if (!step.ok) throw new Error('merge refused');
    const kept = step.state.actors.find((a) => a.id === 'mairie-de-rochebrune')!;
    expect(kept.files).toEqual(['acteurs.csv', 'mairie.csv']);
    expect(kept.attributes.Contact).toBe('accueil');
    expect(step.state.actors.some((a) => a.id === 'mairie-rochebrune-services')).toBe(false);
    const withDurand = step.state.links.filter(
      (l) =>
        [l.source, l.target].includes('dr-marie-durand') &&
        [l.source, l.target].includes('mairie-de-rochebrune'),
    );
    expect(withDurand).toHaveLength(1);
    expect(withDurand[0]!.types).toEqual(['Convention', 'Réunion']);
    expect(withDurand[0]!.count).toBe(2);
    // Another edit after the merge, then unmerge: the merge alone is undone.
    h = step.history;
    const other = perform(
      step.state,
      h,
      { kind: 'update-actor', id: 'cabinet-zanotti', actor: { role: 'Kiné' } },
      REF,
    );
    if (!other.ok) throw new Error('refused');
    const un = unmerge(other.state, other.history, undoableMerges(other.history)[0]!);
    if (!un.ok) throw new Error('unmerge refused');
    expect(un.state.actors.filter((a) => a.id !== 'cabinet-zanotti')).toEqual(
      before.actors.filter((a) => a.id !== 'cabinet-zanotti'),
    );
    expect(un.state.links).toEqual(before.links);
    expect(un.state.actors.find((a) => a.id === 'cabinet-zanotti')!.role).toBe('Kiné');
    // Once separated, the merge is no longer offered; undoing the separation offers it again.
    expect(undoableMerges(un.history)).toEqual([]);
    const back = undo(un.state, un.history);
    if (!back.ok) throw new Error('undo refused');
    expect(undoableMerges(back.history).map((e) => e.edit.kind)).toEqual(['merge-actors']);
  });

  it('refuses to unmerge when the merged actor changed since', () => {
    const s = persons();
    const m = perform(
      s,
      emptyHistory(),
      { kind: 'merge-actors', kept: 'cabinet-zanotti', absorbed: 'college-jean-moulin' },
      REF,
    );
    if (!m.ok) throw new Error();
    const e = perform(
      m.state,
      m.history,
      { kind: 'update-actor', id: 'cabinet-zanotti', actor: { role: 'x' } },
      REF,
    );
    if (!e.ok) throw new Error();
    const un = unmerge(e.state, e.history, undoableMerges(e.history)[0]!);
    expect(un.ok).toBe(false);
    expect(un.issues[0]!.code).toBe('unmerge-stale');
  });
});

// Random sequences of edits over the demo territory.
const demoState = editableOf(demo().graph);
const ids = demoState.actors.map((a) => a.id);
const anId = fc.constantFrom(...ids);
const anEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('add-actor' as const),
    actor: fc.record({
      name: fc.string(),
      type: fc.constantFrom('Commune', 'ARS', 'inconnu', ''),
      sectors: fc.array(fc.constantFrom('Soins', 'x', 'logement')),
    }),
  }),
  fc.record({
    kind: fc.constant('update-actor' as const),
    id: anId,
    actor: fc.record(
      {
        role: fc.option(fc.string()),
        territory: fc.option(fc.string()),
        schemes: fc.dictionary(
          fc.constantFrom('CLS', 'CLSM', 'ASV', 'zz'),
          fc.array(fc.constantFrom('copil', 'GT Logement', 'truc')),
        ),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ kind: fc.constant('delete-actor' as const), id: anId }),
  fc.record({
    kind: fc.constant('add-link' as const),
    link: fc.record({ source: anId, target: anId, strength: fc.integer({ min: 0, max: 4 }) }),
  }),
  fc.record({ kind: fc.constant('merge-actors' as const), kept: anId, absorbed: anId }),
  fc.record({
    kind: fc.constant('set-rules' as const),
    rules: fc.record({
      switched: fc.dictionary(fc.string(), fc.boolean()),
      custom: fc.constant<CrossSchemeRule[]>([]),
    }),
  }),
);

describe('history', () => {
  it('undoing every edit gives the state back, redoing gives the edited one (also through JSON)', () => {
    fc.assert(
      fc.property(fc.array(anEdit, { maxLength: 8 }), (edits) => {
        let state = demoState;
        let history = emptyHistory();
        for (const edit of edits) {
          const step = perform(state, history, edit, REF);
          if (step.ok) ({ state, history } = step);
        }
        const edited = state;
        // The history survives a reload: through JSON and back.
        history = JSON.parse(JSON.stringify(history));
        state = JSON.parse(JSON.stringify(state));
        const n = history.undo.length;
        for (let i = 0; i < n; i++) {
          const step = undo(state, history);
          if (!step.ok) throw new Error('undo refused');
          ({ state, history } = step);
        }
        expect(state).toEqual(JSON.parse(JSON.stringify(demoState)));
        for (let i = 0; i < n; i++) {
          const step = redo(state, history);
          if (!step.ok) throw new Error('redo refused');
          ({ state, history } = step);
        }
        expect(state).toEqual(JSON.parse(JSON.stringify(edited)));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps at most HISTORY_CAP entries and a new edit empties redo', () => {
    let state = persons();
    let history = emptyHistory();
    for (let i = 0; i < HISTORY_CAP + 5; i++) {
      const step = perform(
        state,
        history,
        { kind: 'update-actor', id: 'cabinet-zanotti', actor: { role: `r${i}` } },
        REF,
      );
      if (!step.ok) throw new Error();
      ({ state, history } = step);
    }
    expect(history.undo).toHaveLength(HISTORY_CAP);
    const u = undo(state, history);
    if (!u.ok) throw new Error();
    expect(u.history.redo).toHaveLength(1);
    const p = perform(u.state, u.history, { kind: 'delete-actor', id: 'cabinet-zanotti' }, REF);
    expect(p.ok && p.history.redo).toEqual([]);
  });

  it('records mapping and composition changes, and undoes them', () => {
    const s = persons();
    const p = perform(s, emptyHistory(), { kind: 'set-expected', expected: [] }, REF);
    if (!p.ok) throw new Error();
    const q = perform(
      p.state,
      p.history,
      {
        kind: 'set-mappings',
        mappings: [{ signature: 's', role: 'actors', columns: [] }],
        actors: [],
      },
      REF,
    );
    if (!q.ok) throw new Error();
    expect(q.state.actors).toEqual([]);
    let back = undo(q.state, q.history);
    if (!back.ok) throw new Error();
    back = undo(back.state, back.history);
    expect(back.ok && back.state).toEqual(s);
  });
});
