import { describe, expect, it } from 'vitest';
import { litAt, moveView, newViewId, readViews, type SavedView } from '../../src/app/views.ts';
import { DEFAULT_ENCODINGS, NO_FILTERS } from '../../src/map/types.ts';

function view(id: string, lit: string[], cumulative = false): SavedView {
  return {
    id,
    title: id,
    comment: '',
    filters: NO_FILTERS,
    encodings: DEFAULT_ENCODINGS,
    lit,
    cumulative,
    camera: null,
    selected: null,
  };
}

describe('litAt', () => {
  const views = [
    view('a', ['1']),
    view('b', ['2'], true),
    view('c', ['3', '2'], true),
    view('d', ['4']),
    view('e', [], true),
  ];

  it('reveals actors cumulatively back to the last view that is not cumulative', () => {
    expect(litAt(views, 0)).toEqual(['1']);
    expect(litAt(views, 1)).toEqual(['2', '1']);
    expect(litAt(views, 2).sort()).toEqual(['1', '2', '3']);
    expect(litAt(views, 3)).toEqual(['4']);
    expect(litAt(views, 4)).toEqual(['4']);
  });

  it('gives nothing outside the list', () => {
    expect(litAt(views, 9)).toEqual([]);
    expect(litAt([], 0)).toEqual([]);
  });
});

describe('moveView', () => {
  const views = [view('a', []), view('b', []), view('c', [])];
  const ids = (list: SavedView[]) => list.map((v) => v.id);

  it('moves a view up or down and stops at the ends', () => {
    expect(ids(moveView(views, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveView(views, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveView(views, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveView(views, 2, 5))).toEqual(['a', 'b', 'c']);
  });

  it('never changes the list it is given', () => {
    moveView(views, 2, -2);
    expect(ids(views)).toEqual(['a', 'b', 'c']);
  });
});

describe('newViewId', () => {
  it('never reuses an id of the list', () => {
    expect(newViewId([])).toBe('vue-1');
    expect(newViewId([view('vue-2', [])])).toBe('vue-3');
    expect(newViewId([view('vue-2', []), view('vue-3', [])])).toBe('vue-4');
  });
});

describe('readViews', () => {
  it('reads back what it wrote', () => {
    const views = [
      {
        ...view('v1', ['x', 'y'], false),
        title: 'Le COPIL du CLS',
        comment: 'Qui décide ?',
        filters: { schemes: ['CLS'], body: 'CLS:copil', types: null, sectors: ['logement'] },
        encodings: { colourBy: 'sector', sizeBy: 'betweenness', labels: 'all', articulation: true },
        camera: { x1: -10, y1: -20, x2: 300, y2: 200 },
        selected: 'x',
      } satisfies SavedView,
      view('v2', ['z'], true),
    ];
    expect(readViews(JSON.parse(JSON.stringify(views)))).toEqual(views);
  });

  it('keeps what is well-formed, defaults the rest, and never throws', () => {
    expect(readViews(null)).toEqual([]);
    expect(readViews('views')).toEqual([]);
    const read = readViews([
      42,
      { title: 'Sans réglages' },
      {
        id: 'b',
        title: 'Bizarre',
        encodings: { colourBy: 'rainbow' },
        lit: [1, 2],
        camera: { x1: 'a' },
      },
      {},
    ]);
    expect(read.map((v) => v.title)).toEqual(['Sans réglages', 'Bizarre']);
    expect(read[0]?.filters).toEqual(NO_FILTERS);
    expect(read[1]?.encodings.colourBy).toBe(DEFAULT_ENCODINGS.colourBy);
    expect(read[1]?.lit).toEqual([]);
    expect(read[1]?.camera).toBeNull();
    expect(new Set(read.map((v) => v.id)).size).toBe(2);
  });

  it('keeps the free columns a view colours, sizes and filters by', () => {
    const views = [
      {
        ...view('v1', [], false),
        filters: {
          ...NO_FILTERS,
          column: { column: '__proto__', values: ['constructor', ''], min: null, max: 3.5 },
        },
        encodings: {
          ...DEFAULT_ENCODINGS,
          colourBy: 'column',
          colourColumn: 'Catégorie FINESS',
          sizeBy: 'column',
          sizeColumn: 'Lits',
        },
      } satisfies SavedView,
    ];
    expect(readViews(JSON.parse(JSON.stringify(views)))).toEqual(views);
  });

  it('keeps the layout a view groups the actors by, and forgets a malformed one', () => {
    const read = readViews([
      { id: 'a', encodings: { layoutBy: 'type' } },
      { id: 'b', encodings: { layoutBy: 'column', layoutColumn: 'Quartier' } },
      { id: 'c', encodings: { layoutBy: 'column' } },
      { id: 'd', encodings: { layoutBy: 'spiral' } },
    ]);
    expect(read[0]?.encodings.layoutBy).toBe('type');
    expect(read[1]?.encodings).toMatchObject({ layoutBy: 'column', layoutColumn: 'Quartier' });
    expect(read[2]?.encodings).toEqual(DEFAULT_ENCODINGS);
    expect(read[3]?.encodings).toEqual(DEFAULT_ENCODINGS);
  });

  it('falls back to the defaults when a free column is missing or malformed', () => {
    const [read] = readViews([
      {
        id: 'a',
        encodings: { colourBy: 'column', sizeBy: 'column', colourColumn: 3 },
        filters: { column: { values: ['x'] } },
      },
    ]);
    expect(read?.encodings).toEqual(DEFAULT_ENCODINGS);
    expect(read?.filters).toEqual(NO_FILTERS);
    const [bounds] = readViews([
      { id: 'b', filters: { column: { column: 'Lits', values: 'x', min: 'a', max: 2 } } },
    ]);
    expect(bounds?.filters.column).toEqual({ column: 'Lits', values: null, min: null, max: 2 });
  });
});
