// EdgeLayer with a stand-in for the page and for Cytoscape: what it draws, when, and the
// states it keeps. Its drawing in a real browser is checked by test/e2e/bigmap.e2e.ts.
import type { Core, ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EdgeLayer } from '../../src/map/edge-layer.ts';
import { styleBlocks } from '../../src/map/style.ts';

type Handler = () => void;

/** A 2D context that counts the links stroked (one lineTo per link). */
function fakeContext() {
  const ctx = {
    lines: 0,
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    setTransform: () => undefined,
    clearRect: () => {
      ctx.lines = 0;
    },
    beginPath: () => undefined,
    moveTo: () => undefined,
    lineTo: () => {
      ctx.lines++;
    },
    stroke: () => undefined,
    setLineDash: () => undefined,
  };
  return ctx;
}

function fakePage() {
  const ctx = fakeContext();
  const canvas = {
    width: 0,
    height: 0,
    className: '',
    dataset: {} as Record<string, string>,
    style: {} as Record<string, string>,
    removed: false,
    setAttribute: () => undefined,
    getContext: () => ctx,
    remove() {
      this.removed = true;
    },
  };
  const container = {
    firstChild: null,
    inserted: [] as unknown[],
    ownerDocument: { createElement: () => canvas },
    insertBefore(child: unknown) {
      this.inserted.push(child);
    },
  };
  return { ctx, canvas, container };
}

function fakeCy() {
  const handlers = new Map<string, Handler[]>();
  const view = { zoom: 1, pan: { x: 0, y: 0 } };
  const cy = {
    on(event: string, selectorOrHandler: string | Handler, handler?: Handler) {
      const h = (handler ?? selectorOrHandler) as Handler;
      handlers.set(event, [...(handlers.get(event) ?? []), h]);
    },
    emit(event: string) {
      for (const h of handlers.get(event) ?? []) h();
    },
    width: () => 800,
    height: () => 600,
    zoom: () => view.zoom,
    pan: () => view.pan,
    nodes: () => [] as unknown[],
    view,
  };
  return cy;
}

// Four actors; links a–b, b–c, c–d, a–c (the last a bridge, directed).
const ids = ['a', 'b', 'c', 'd'];
const xy = Float64Array.from([0, 0, 100, 0, 100, 100, 0, 100]);
const links: ElementDefinition[] = [
  { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', width: 1 }, classes: '' },
  { group: 'edges', data: { id: 'bc', source: 'b', target: 'c', width: 2 }, classes: '' },
  { group: 'edges', data: { id: 'cd', source: 'c', target: 'd', width: 1 }, classes: '' },
  {
    group: 'edges',
    data: { id: 'ac', source: 'a', target: 'c', width: 1 },
    classes: 'directed bridge',
  },
];

let frames: (() => void)[];

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Runs the animation frames asked for so far. */
function flush(): void {
  const due = frames;
  frames = [];
  for (const f of due) f();
}

function layer() {
  const page = fakePage();
  const cy = fakeCy();
  const edges = new EdgeLayer(
    cy as unknown as Core,
    page.container as unknown as HTMLElement,
    ids,
    xy,
    links,
    styleBlocks({ big: true, webgl: false }),
    1,
  );
  return { edges, cy, ...page };
}

describe('EdgeLayer', () => {
  it('puts its canvas in the container, sized to the map, and draws nothing before start', () => {
    const { container, canvas, ctx, edges } = layer();
    expect(container.inserted).toEqual([canvas]);
    expect([canvas.width, canvas.height]).toEqual([800, 600]);
    edges.setState('faded', () => true);
    flush();
    expect(ctx.lines).toBe(0);
    edges.start();
    expect(ctx.lines).toBe(4);
  });

  it('keeps a state per link and leaves out the links hidden or gone', () => {
    const { ctx, edges } = layer();
    edges.start();
    edges.setState('hidden', (id) => id === 'ab');
    edges.setState('gone', (_id, s, t) => s === 'd' || t === 'd');
    expect(edges.withState('hidden')).toEqual(['ab']);
    expect(edges.withState('gone')).toEqual(['cd']);
    flush();
    expect(ctx.lines).toBe(2);
    // null clears a state on every link.
    edges.setState('hidden', null);
    flush();
    expect(edges.withState('hidden')).toEqual([]);
    expect(ctx.lines).toBe(3);
  });

  it('redraws once per frame, whatever the number of changes in between', () => {
    const { edges } = layer();
    edges.start();
    edges.setState('dim', () => true);
    edges.setState('critical', (id) => id === 'ac');
    edges.setState('lit', (id) => id === 'bc');
    expect(frames).toHaveLength(1);
  });

  it('gives its links back as elements with their own classes and their states', () => {
    const { edges } = layer();
    edges.setState('critical', (id) => id === 'ac');
    edges.setState('faded', (id) => id === 'ac' || id === 'ab');
    const byId = new Map(edges.elements().map((e) => [e.data.id, String(e.classes)]));
    expect(byId.get('ac')?.split(' ').sort()).toEqual(['bridge', 'critical', 'directed', 'faded']);
    expect(byId.get('ab')).toBe('faded');
    expect(byId.get('cd')).toBe('');
  });

  it('waits while held, then reads the positions again and draws', () => {
    const { cy, ctx, edges } = layer();
    edges.start();
    const resume = edges.hold();
    edges.setState('hidden', (id) => id === 'ab');
    cy.emit('viewport');
    flush();
    expect(ctx.lines).toBe(4);
    resume();
    flush();
    expect(ctx.lines).toBe(3);
  });

  it('removes its canvas when destroyed and draws no more', () => {
    const { canvas, ctx, edges } = layer();
    edges.start();
    edges.destroy();
    expect(canvas.removed).toBe(true);
    edges.setState('hidden', () => true);
    flush();
    expect(ctx.lines).toBe(4);
  });
});
