// The NetworkMap facade on the stand-in Cytoscape (stand-in.ts): each setter updates its
// input and the map shows it through the one writer; the camera follows. Its drawing in a
// real browser is checked by the e2e tests (journey, articulation, bigmap, exports).
import { REF as ref } from '../factory.ts';
import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkMap } from '../../src/map/network-map.ts';
import { DEFAULT_ENCODINGS, NO_FILTERS, type MapMetrics } from '../../src/map/types.ts';
import { smallGraph } from './helpers.ts';
import { fakeCy, fakePage } from './stand-in.ts';

// cytoscape-svg (for the exports, loaded with the map) reads `window` as it loads.
vi.hoisted(() => {
  const global = globalThis as Record<string, unknown>;
  global.window ??= globalThis;
});

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => {
    f();
    return 0;
  });
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The small graph (a — b — c — d, a — c; e alone), drawn at known positions. */
async function drawn(options: { onSelect?: (id: string | null) => void } = {}) {
  const cy = fakeCy();
  const graph = smallGraph();
  const map = new NetworkMap({
    container: fakePage().container as unknown as HTMLElement,
    graph,
    ref,
    metrics: null,
    encodings: DEFAULT_ENCODINGS,
    initial: Float64Array.from([0, 0, 100, 0, 100, 100, 0, 100, 300, 300]),
    cytoscape: () => cy as unknown as Core,
    ...options,
  });
  await map.draw();
  return { map, cy, graph };
}

/** The small graph drawn without positions: the map waits for its first ones (fcose in a
 * worker) before its actors exist, until `place` gives them. */
function drawingWithoutPositions(encodings = DEFAULT_ENCODINGS) {
  const cy = fakeCy();
  let resolve: (xy: Float64Array) => void = () => undefined;
  const map = new NetworkMap({
    container: fakePage().container as unknown as HTMLElement,
    graph: smallGraph(),
    ref,
    metrics: null,
    encodings,
    positions: () => new Promise((given) => (resolve = given)),
    cytoscape: () => cy as unknown as Core,
  });
  const drawing = map.draw();
  const place = () => resolve(Float64Array.from([0, 0, 100, 0, 100, 100, 0, 100, 300, 300]));
  return { map, cy, drawing, place };
}

const ids = (cy: ReturnType<typeof fakeCy>, selector: string) => cy.$(selector).map((e) => e.id());

describe('NetworkMap', () => {
  it('adds every actor and link once, at the positions given, and frames them', async () => {
    const { cy, graph } = await drawn();
    expect(cy.nodes().length).toBe(graph.order);
    expect(cy.edges().length).toBe(graph.size);
    expect(cy.getElementById('e').position()).toEqual({ x: 300, y: 300 });
    // Framed: the whole map in view.
    const { x1, y1, x2, y2 } = cy.extent();
    expect(x1 <= 0 && y1 <= 0 && x2 >= 300 && y2 >= 300).toBe(true);
  });

  it('focus fades all but the actor and its partners, and null brings them back', async () => {
    const { map, cy } = await drawn();
    map.focus('d');
    expect(map.focusedId).toBe('d');
    expect(ids(cy, 'node.faded')).toEqual(['a', 'b', 'e']);
    expect(cy.animations).toBe(1);
    map.focus(null);
    expect(ids(cy, '.faded')).toEqual([]);
  });

  it('a filter that hides the focused actor ends the focus', async () => {
    const { map, cy } = await drawn();
    map.focus('e');
    map.setFilters({ ...NO_FILTERS, types: ['ars', 'association'] });
    expect(ids(cy, 'node.hidden')).toEqual(['a', 'd', 'e']);
    expect(map.focusedId).toBeNull();
    expect(ids(cy, '.faded')).toEqual([]);
    map.setFilters(NO_FILTERS);
    expect(ids(cy, '.hidden')).toEqual([]);
  });

  it('select, highlight and "what if" mark the map together', async () => {
    const { map, cy } = await drawn();
    map.select('d');
    map.highlight(['a', 'b', 'nobody']);
    map.whatIf('c', ['d']);
    expect(ids(cy, ':selected')).toEqual(['d']);
    expect(map.litIds()).toEqual(['a', 'b']);
    expect(map.strandedIds()).toEqual(['d']);
    expect(cy.classesOf('c')).toBe('gone neighbour unlit');
    map.select(null);
    map.highlight(null);
    map.whatIf(null);
    expect(ids(cy, ':selected, .neighbour, .lit, .unlit, .gone, .stranded')).toEqual([]);
  });

  it('takes the names switch and the suggested partnerships', async () => {
    const { map, cy } = await drawn();
    map.setEncodings({ ...DEFAULT_ENCODINGS, labels: 'none' });
    expect(ids(cy, '.nolabel')).toEqual(['a', 'b', 'c', 'd', 'e']);
    map.setSuggested([{ source: 'a', target: 'e' }]);
    expect(map.suggestedPairs()).toEqual(['a|e']);
    map.focus('e');
    expect(ids(cy, 'node.faded')).toEqual(['b', 'c', 'd']);
  });

  it('shows other names (anonymous mode) and keeps its camera', async () => {
    const { map, cy } = await drawn();
    map.setNames(new Map([['a', 'Acteur 1']]));
    expect(cy.getElementById('a').data('name')).toBe('Acteur 1');
    const camera = map.view.camera();
    map.view.zoomBy(2);
    expect(map.view.camera().x2 - map.view.camera().x1).toBeCloseTo((camera.x2 - camera.x1) / 2);
    map.view.setCamera(camera);
    const back = map.view.camera();
    for (const k of ['x1', 'y1', 'x2', 'y2'] as const) expect(back[k]).toBeCloseTo(camera[k]);
  });

  it('keeps what it is asked while its first positions come: made once its actors are there', async () => {
    // The app selects and suggests as the map is created.
    const { map, cy, drawing, place } = drawingWithoutPositions();
    map.select('c', { center: true });
    map.setSuggested([{ source: 'a', target: 'e' }]);
    map.highlight(['a', 'b']);
    expect(cy.nodes().length).toBe(0);
    place();
    await drawing;
    expect(ids(cy, ':selected')).toEqual(['c']);
    expect(map.suggestedPairs()).toEqual(['a|e']);
    expect(map.litIds()).toEqual(['a', 'b']);
  });

  it('applies metrics that arrive while its first positions come', async () => {
    const { map, cy, drawing, place } = drawingWithoutPositions({
      ...DEFAULT_ENCODINGS,
      sizeBy: 'betweenness',
    });
    const figures = (id: string) => ({
      degree: 1,
      weightedDegree: 1,
      betweenness: id === 'c' ? 0.9 : 0,
      closeness: 0,
      community: 0,
      cutOff: 0,
    });
    map.setMetrics({
      nodes: Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, figures(id)])),
      bridges: [],
      communities: 1,
    });
    place();
    await drawing;
    const size = (id: string) => Number(cy.getElementById(id).data('size'));
    expect(size('c')).toBeGreaterThan(size('a'));
  });

  it('has no links layer on a small map', async () => {
    const { map } = await drawn();
    expect(map.layerLinks('faded')).toBeNull();
    map.destroy();
    map.highlight(['a']);
    expect(map.litIds()).toEqual([]);
  });

  it('lets go of the first metrics once others replace them', async () => {
    // Exposed to the test workers by vitest.config.ts (execArgv).
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('garbage collection not exposed (vitest.config.ts execArgv)');
    const figures = (betweenness: number): MapMetrics => ({
      nodes: Object.fromEntries(
        ['a', 'b', 'c', 'd', 'e'].map((id) => [
          id,
          { degree: 1, weightedDegree: 1, betweenness, closeness: 0, community: 0, cutOff: 0 },
        ]),
      ),
      bridges: [],
      communities: 1,
    });
    const cy = fakeCy();
    const made = (first: MapMetrics) => ({
      firstHeld: new WeakRef(first),
      map: new NetworkMap({
        container: fakePage().container as unknown as HTMLElement,
        graph: smallGraph(),
        ref,
        metrics: first,
        encodings: DEFAULT_ENCODINGS,
        initial: Float64Array.from([0, 0, 100, 0, 100, 100, 0, 100, 300, 300]),
        cytoscape: () => cy as unknown as Core,
      }),
    });
    const { map, firstHeld } = made(figures(0));
    await map.draw();
    map.setMetrics(figures(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(firstHeld.deref()).toBeUndefined();
    map.destroy();
  });
});
