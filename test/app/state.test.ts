import { describe, expect, it } from 'vitest';
import { initialState, reducer, type Action, type AppState } from '../../src/app/state.ts';
import type { SavedMapping } from '../../src/model/column-mapping.ts';
import type { SavedView } from '../../src/app/views.ts';
import { DEFAULT_ENCODINGS, NO_FILTERS } from '../../src/map/types.ts';
import type { Workspace } from '../../src/app/workspace.ts';
import { catalogues } from '../../src/app/i18n/index.ts';
import { workerMetrics, workspaceOf } from '../factory.ts';
import { smallGraph } from '../map/helpers.ts';

const metrics = (centrality: boolean) => workerMetrics({ centrality });

function workspace(serial: number): Workspace {
  return workspaceOf(smallGraph(), { serial, metrics: metrics(false) });
}

function withWorkspace(serial = 1): AppState {
  return reducer(initialState, {
    type: 'workspace',
    workspace: workspace(serial),
    openReport: false,
  });
}

describe('app state', () => {
  it('keeps the current map when an import read no actor, and opens the report', () => {
    const before = withWorkspace();
    const report = { files: [], issues: [], doubtful: [] };
    const after = reducer(before, { type: 'empty', report });
    expect(after.workspace).toBe(before.workspace);
    expect(after.reportOpen).toBe(true);
    expect(after.reportKeptMap).toBe(true);
  });

  it('replaces the map, and resets filters and selection, when an import produced actors', () => {
    let state = withWorkspace(1);
    state = reducer(state, { type: 'filters', filters: { types: ['ars'] } });
    state = reducer(state, { type: 'select', id: 'a' });
    state = reducer(state, { type: 'workspace', workspace: workspace(2), openReport: false });
    expect(state.workspace?.serial).toBe(2);
    expect(state.filters.types).toBeNull();
    expect(state.selected).toBeNull();
    expect(state.drawn).toBe(false);
  });

  it('applies an analysis to its own workspace only', () => {
    const state = withWorkspace(2);
    const stale = reducer(state, {
      type: 'analysis',
      serial: 1,
      metrics: metrics(true),
      analysis: {} as never,
    });
    expect(stale).toBe(state);
    const fresh = reducer(state, {
      type: 'analysis',
      serial: 2,
      metrics: metrics(true),
      analysis: {} as never,
    });
    expect(fresh.workspace?.metrics.centrality).toBe(true);
    expect(fresh.stage).toBeNull();
  });

  it('marks the map drawn for the current workspace only', () => {
    const state = withWorkspace(3);
    expect(reducer(state, { type: 'drawn', serial: 2 }).drawn).toBe(false);
    expect(reducer(state, { type: 'drawn', serial: 3 }).drawn).toBe(true);
  });

  it('clears the focus with the selection', () => {
    let state = reducer(withWorkspace(), { type: 'select', id: 'a' });
    state = reducer(state, { type: 'focus', on: true });
    expect(reducer(state, { type: 'select', id: null }).focus).toBe(false);
  });
});

describe('catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort());
  });

  it('agree in number', () => {
    expect(catalogues.fr.actors(1)).toBe('1 acteur');
    expect(catalogues.fr.actors(2)).toBe('2 acteurs');
    expect(catalogues.en.links(1)).toBe('1 link');
    expect(catalogues.en.links(316)).toBe('316 links');
    expect(catalogues.fr.articulationPoint(7)).toContain('7 acteurs sont coupés');
  });
});

describe('saved views and presentation', () => {
  const view = (id: string, lit: string[], extra: Partial<SavedView> = {}): SavedView => ({
    id,
    title: id,
    comment: '',
    filters: NO_FILTERS,
    encodings: DEFAULT_ENCODINGS,
    lit,
    cumulative: false,
    camera: null,
    selected: null,
    ...extra,
  });

  it('presents the map as it is when no view is saved', () => {
    let state = withWorkspace();
    state = reducer(state, { type: 'filters', filters: { types: ['ars'] } });
    state = reducer(state, { type: 'present', index: 0 });
    expect(state.presenting).toBe(-1);
    expect(state.filters.types).toEqual(['ars']);
    expect(reducer(state, { type: 'present', index: null }).presenting).toBeNull();
  });

  it('puts each view on the map: filters, encodings, lit actors (known ones), selection', () => {
    let state = withWorkspace();
    const views = [
      view('v1', ['a', 'ghost'], { filters: { ...NO_FILTERS, schemes: ['CLS'] } }),
      view('v2', ['b'], {
        cumulative: true,
        encodings: { ...DEFAULT_ENCODINGS, colourBy: 'sector' },
        selected: 'c',
      }),
    ];
    state = reducer(state, { type: 'views', views });
    state = reducer(state, { type: 'present', index: 0 });
    expect(state.presenting).toBe(0);
    expect(state.filters.schemes).toEqual(['CLS']);
    expect(state.highlight?.ids).toEqual(['a']);
    state = reducer(state, { type: 'present', index: 1 });
    expect(state.presenting).toBe(1);
    expect(state.filters).toEqual(NO_FILTERS);
    expect(state.encodings.colourBy).toBe('sector');
    expect(state.highlight?.ids.sort()).toEqual(['a', 'b']);
    expect(state.selected).toBe('c');
    expect(state.shownView?.index).toBe(1);
    // Past the end: stays on the last view.
    expect(reducer(state, { type: 'present', index: 7 }).presenting).toBe(1);
  });

  it('shows a view without presenting, and frames it again each time', () => {
    let state = reducer(withWorkspace(), { type: 'views', views: [view('v1', ['a'])] });
    state = reducer(state, { type: 'showView', index: 0 });
    const tick = state.shownView?.tick ?? 0;
    expect(state.presenting).toBeNull();
    expect(state.highlight?.ids).toEqual(['a']);
    state = reducer(state, { type: 'showView', index: 0 });
    expect(state.shownView?.tick).toBe(tick + 1);
  });

  it('keeps views and the edited composition across imports, clears what belonged to the map', () => {
    let state = reducer(withWorkspace(1), { type: 'views', views: [view('v1', ['a'])] });
    state = reducer(state, { type: 'expected', expected: [] });
    state = reducer(state, { type: 'highlight', highlight: { key: 'k', ids: ['a'] } });
    state = reducer(state, { type: 'whatIf', id: 'a' });
    state = reducer(state, { type: 'workspace', workspace: workspace(2), openReport: false });
    expect(state.views).toHaveLength(1);
    expect(state.expected).toEqual([]);
    expect(state.highlight).toBeNull();
    expect(state.whatIf).toBeNull();
  });
});

describe('a workspace file restored', () => {
  const settings = {
    encodings: { ...DEFAULT_ENCODINGS, colourBy: 'community' as const },
    filters: { ...NO_FILTERS, types: ['ars'] },
    anonymous: true,
    lang: 'en' as const,
    demo: false,
    camera: { x1: 0, y1: 0, x2: 100, y2: 50 },
  };
  const restore = (serial: number, ownAutosave: boolean, mappings?: SavedMapping[]): Action => ({
    type: 'restore',
    serial,
    expected: [],
    views: [],
    settings,
    ownAutosave,
    ...(mappings ? { mappings } : {}),
  });

  it('brings back the composition, views and settings of its own workspace only', () => {
    const state = reducer(withWorkspace(1), restore(1, false));
    expect(state.expected).toEqual([]);
    expect(state.encodings.colourBy).toBe('community');
    expect(state.filters.types).toEqual(['ars']);
    expect(state.anonymous).toBe(true);
    expect(state.camera).toEqual({ x1: 0, y1: 0, x2: 100, y2: 50 });
    expect(reducer(withWorkspace(1), restore(2, false)).anonymous).toBe(false);
  });

  it('adds the file’s column mappings to this browser’s (the file’s win); forget drops them', () => {
    const mapping = (signature: string, field: string): SavedMapping => ({
      signature,
      role: 'actors',
      columns: [{ header: 'Intitulé', field, manual: true }],
    });
    let state = reducer(withWorkspace(1), {
      type: 'mappings',
      mappings: [mapping('a', 'name'), mapping('b', 'name')],
    });
    state = reducer(state, restore(1, false, [mapping('b', 'id'), mapping('c', 'name')]));
    expect(state.mappings).toEqual([
      mapping('a', 'name'),
      mapping('b', 'id'),
      mapping('c', 'name'),
    ]);
    expect(reducer(state, restore(1, false)).mappings).toEqual(state.mappings);
    expect(reducer(state, { type: 'forget' }).mappings).toEqual([]);
  });

  it('brings back the cross-scheme rules the file keeps; a switch is a setting; forget drops them', () => {
    const rules = { switched: { 'residents-in-cls-copil': true }, custom: [] };
    let state = reducer(withWorkspace(1), { ...restore(1, false), rules } as Action);
    expect(state.rules).toEqual(rules);
    expect(reducer(withWorkspace(1), restore(1, false)).rules).toBeNull();
    state = reducer(state, { type: 'rules', rules: { switched: {}, custom: [] } });
    expect(state.rules).toEqual({ switched: {}, custom: [] });
    expect(reducer(state, { type: 'forget' }).rules).toBeNull();
  });

  it('keeps the reader’s language for a file, not for this browser’s autosave', () => {
    expect(reducer(withWorkspace(1), restore(1, false)).lang).toBe('fr');
    expect(reducer(withWorkspace(1), restore(1, true)).lang).toBe('en');
  });

  it('forgets views, composition and settings on request, not the language', () => {
    let state = reducer(withWorkspace(1), restore(1, true));
    state = reducer(state, { type: 'forget' });
    expect(state.expected).toBeNull();
    expect(state.views).toEqual([]);
    expect(state.encodings).toEqual(DEFAULT_ENCODINGS);
    expect(state.anonymous).toBe(false);
    expect(state.lang).toBe('en');
  });
});
