// EdgeLayer with the stand-in for the page and for Cytoscape (stand-in.ts): what it draws, when, and the
// states it keeps. Its drawing in a real browser is checked by test/e2e/bigmap.e2e.ts.
import type { Core, ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EdgeLayer, holdWithLinks } from '../../src/map/edge-layer.ts';
import { LINK_STATES, type LinkState } from '../../src/map/edge-look.ts';
import { LINKS_PER_PATH } from '../../src/map/links-drawing.ts';
import { styleBlocks } from '../../src/map/style.ts';
import { fakeCy, fakePage } from './stand-in.ts';

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

function layer(given: ElementDefinition[] = links) {
  const page = fakePage();
  const cy = fakeCy();
  const edges = new EdgeLayer(
    cy as unknown as Core,
    page.container as unknown as HTMLElement,
    ids,
    xy,
    given,
    styleBlocks({ big: true, webgl: false }),
    1,
  );
  return { edges, cy, ...page };
}

/** Each link's state bits: the states `has` gives it (by id, source, target). */
function states(has: (id: string, source: string, target: string) => LinkState[]): number[] {
  return links.map(({ data }) =>
    has(String(data.id), String(data.source), String(data.target)).reduce(
      (bits, state) => bits | LINK_STATES[state],
      0,
    ),
  );
}

describe('EdgeLayer', () => {
  it('puts its canvas in the container, sized to the map, and draws nothing before start', () => {
    const { container, canvas, ctx, edges } = layer();
    expect(container.inserted).toEqual([canvas]);
    expect([canvas.width, canvas.height]).toEqual([800, 600]);
    edges.setStates(states(() => ['faded']));
    flush();
    expect(ctx.lines).toBe(0);
    edges.start();
    expect(ctx.lines).toBe(4);
  });

  it('keeps a state per link and leaves out the links hidden or gone', () => {
    const { ctx, edges } = layer();
    edges.start();
    edges.setStates(
      states((id, s, t) => [
        ...(id === 'ab' ? (['hidden'] as const) : []),
        ...(s === 'd' || t === 'd' ? (['gone'] as const) : []),
      ]),
    );
    expect(edges.withState('hidden')).toEqual(['ab']);
    expect(edges.withState('gone')).toEqual(['cd']);
    flush();
    expect(ctx.lines).toBe(2);
    edges.setStates(states((_id, s, t) => (s === 'd' || t === 'd' ? ['gone'] : [])));
    flush();
    expect(edges.withState('hidden')).toEqual([]);
    expect(ctx.lines).toBe(3);
  });

  it("takes only the links' own bits of the marks it is given", () => {
    const { edges } = layer();
    // 256 and up are actors' marks (stranded, nolabel, selected): not the links'.
    edges.setStates([256 | LINK_STATES.lit, 512, 1024, 0]);
    expect(edges.withState('lit')).toEqual(['ab']);
    expect(edges.elements().map((e) => e.classes)).toEqual(['lit', '', '', 'directed bridge']);
  });

  it('redraws once per frame, whatever the number of changes in between', () => {
    const { edges } = layer();
    edges.start();
    edges.setStates(states(() => ['dim']));
    edges.setStates(states((id) => (id === 'ac' ? ['critical'] : ['dim'])));
    edges.setStates(states((id) => (id === 'bc' ? ['lit'] : [])));
    expect(frames).toHaveLength(1);
  });

  it('does not draw again when the states do not change', () => {
    const { edges } = layer();
    edges.start();
    edges.setStates(states(() => []));
    expect(frames).toHaveLength(0);
  });

  it('gives its links back as elements with their own classes and their states', () => {
    const { edges } = layer();
    edges.setStates(
      states((id) => (id === 'ac' ? ['critical', 'faded'] : id === 'ab' ? ['faded'] : [])),
    );
    const byId = new Map(edges.elements().map((e) => [e.data.id, String(e.classes)]));
    expect(byId.get('ac')?.split(' ').sort()).toEqual(['bridge', 'critical', 'directed', 'faded']);
    expect(byId.get('ab')).toBe('faded');
    expect(byId.get('cd')).toBe('');
    // Their data as given: ids, ends and widths.
    expect(edges.elements().map((e) => e.data)).toEqual(links.map((l) => l.data));
  });

  it('lends its links to Cytoscape for the time of a picture, then takes them back', () => {
    const { edges, cy } = layer();
    edges.setStates(states((id) => (id === 'cd' ? ['lit'] : [])));
    // Cytoscape has a, b and c so far: the link to d waits.
    cy.present.push('a', 'b', 'c');
    cy.add({ group: 'edges', data: { id: 's', source: 'a', target: 'b' }, classes: 'suggested' });
    const during = edges.lend(() => cy.edges().map((e) => `${e.id()}:${cy.classesOf(e.id())}`));
    expect(during).toEqual(['s:suggested', 'ab:', 'bc:', 'ac:bridge directed']);
    // Cytoscape's own links (the suggested ones) stay.
    expect(cy.edges().map((e) => e.id())).toEqual(['s']);
  });

  it('waits while held, then reads the positions again and draws', () => {
    const { cy, ctx, edges } = layer();
    edges.start();
    const resume = edges.hold();
    edges.setStates(states((id) => (id === 'ab' ? ['hidden'] : [])));
    cy.emit('viewport');
    flush();
    expect(ctx.lines).toBe(4);
    resume();
    flush();
    expect(ctx.lines).toBe(3);
  });

  it('waits until the last of overlapping holds is released (a layout placing, textures drawn ahead)', () => {
    const { ctx, edges } = layer();
    edges.start();
    const placing = edges.hold();
    const warming = holdWithLinks(() => () => undefined, edges);
    edges.setStates(states((id) => (id === 'ab' ? ['hidden'] : [])));
    placing();
    placing();
    flush();
    expect(ctx.lines).toBe(4);
    warming();
    flush();
    expect(ctx.lines).toBe(3);
  });

  it('draws at once between the positions it is given, not Cytoscape’s, until let go', () => {
    const { cy, ctx, edges } = layer();
    ids.forEach((id, i) => {
      cy.add({ group: 'nodes', data: { id }, position: { x: xy[2 * i]!, y: xy[2 * i + 1]! } });
    });
    edges.start();
    expect(ctx.lines).toBe(4);
    // A glide's frame with every actor far off screen: no link shows, in this very call.
    edges.follow(Float64Array.from(xy, (v) => v + 5000));
    expect(ctx.lines).toBe(0);
    // Cytoscape's actors moving meanwhile (a drag) do not take the links back.
    cy.emit('position');
    flush();
    expect(ctx.lines).toBe(0);
    // Let go: Cytoscape's positions again.
    edges.follow(null);
    flush();
    expect(ctx.lines).toBe(4);
  });

  it('holds Cytoscape and the links together, and Cytoscape alone without a links layer', () => {
    const released: string[] = [];
    const holdCytoscape = () => () => released.push('cytoscape');
    holdWithLinks(holdCytoscape, null)();
    expect(released).toEqual(['cytoscape']);
  });

  it('removes its canvas when destroyed and draws no more', () => {
    const { canvas, ctx, edges } = layer();
    edges.start();
    edges.destroy();
    expect(canvas.removed).toBe(true);
    edges.setStates(states(() => ['hidden']));
    flush();
    expect(ctx.lines).toBe(4);
  });

  /**
   * Runs `check` on a layer whose drawings are made in turns: each reading of the clock 50 ms
   * later, so a drawing costs more than a turn's budget, and a turn draws one path of links;
   * three paths' worth of links make a drawing of three turns. Timers are fake.
   */
  function inTurns(check: (made: ReturnType<typeof layer>) => void): void {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));
    vi.spyOn(performance, 'measure').mockImplementation(() => undefined as never);
    try {
      const many = Array.from({ length: 3 * LINKS_PER_PATH }, (_, i) => ({
        group: 'edges' as const,
        data: { id: `l${i}`, source: 'a', target: ids[1 + (i % 3)] as string, width: 1 },
        classes: '',
      }));
      check(layer(many));
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  }

  it('shows a drawing made in turns where it was drawn, although the map was panned meanwhile', () => {
    inTurns(({ cy, canvas, edges }) => {
      edges.start();
      // A drawing in turns starts, and the coordinator pans before its last turn.
      cy.emit('position');
      flush();
      cy.viewport({ zoom: 1, pan: { x: 30, y: 0 } });
      vi.advanceTimersToNextTimer();
      vi.advanceTimersToNextTimer();
      // Shown, it follows the pan since it began (Cytoscape's pan object changed in place
      // must not pass for the one it was drawn at).
      expect(canvas.style.transform).toContain('translate(30px, 0px)');
    });
  });

  it('shows a drawing made in turns although the positions change before it is complete', () => {
    inTurns(({ cy, ctx, edges }) => {
      // The first drawing, whole, measures the cost: the next ones are made in turns.
      edges.start();
      expect(ctx.copies).toBe(0);
      // The actors move at every frame (a drag, a layout's positions in chunks), each
      // frame followed by a turn's task: the layer shows a drawing while they move.
      for (let frame = 0; frame < 6; frame++) {
        cy.emit('position');
        flush();
        vi.advanceTimersToNextTimer();
      }
      expect(ctx.copies).toBeGreaterThan(0);
      // The last move came during a drawing: once they rest, one made after it is shown.
      const shown = ctx.copies;
      vi.runAllTimers();
      flush();
      vi.runAllTimers();
      expect(ctx.copies).toBe(shown + 1);
    });
  });
});
