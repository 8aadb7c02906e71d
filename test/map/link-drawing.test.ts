// The "Link" mode's gesture on a stand-in Cytoscape and page: press on an actor, release on
// another → the two ends; released on the same actor or nowhere → nothing; Escape cancels
// the line, or ends the mode when no line is drawn (not while a dialog is open); actors can
// be moved again after. The gesture in a real browser: test/e2e/link-editing.e2e.ts.
import { describe, expect, it } from 'vitest';
import { LinkDrawing } from '../../src/map/link-drawing.ts';

type Handler = (event: unknown) => void;

/** The still picture's hit index: actors at (0, 0) and (100, 0), 6 px of slack. */
function pictureHit({ x, y }: { x: number; y: number }): string | null {
  if (Math.hypot(x, y) <= 6) return 'a';
  if (Math.hypot(x - 100, y) <= 6) return 'b';
  return null;
}

function stage(actorAt?: (position: { x: number; y: number }) => string | null) {
  const handlers = new Map<string, Handler>();
  let ungrabified = false;
  const node = (id: string, x: number, y: number) => ({
    id: () => id,
    isNode: () => true,
    renderedPosition: () => ({ x, y }),
    boundingBox: () => ({ x1: x - 10, x2: x + 10, y1: y - 10, y2: y + 10 }),
  });
  const nodes = [node('a', 0, 0), node('b', 100, 0)];
  let panning = true;
  const cy = {
    getElementById: (id: string) => {
      const found = nodes.find((n) => n.id() === id);
      return { ...found, empty: () => !found };
    },
    userPanningEnabled: (on?: boolean) => {
      if (on === undefined) return panning;
      panning = on;
      return cy;
    },
    on: (event: string, ...rest: unknown[]) => handlers.set(event, rest.at(-1) as Handler),
    off: (event: string) => handlers.delete(event),
    autoungrabify: (on?: boolean) => {
      if (on === undefined) return ungrabified;
      ungrabified = on;
      return cy;
    },
    destroyed: () => false,
    nodes: () => ({ forEach: (f: (n: unknown) => void) => nodes.forEach(f) }),
  };
  const keys: Handler[] = [];
  let dialogOpen = false;
  const element = () => ({
    style: {} as Record<string, string>,
    dataset: {} as Record<string, string>,
    setAttribute: () => undefined,
    append: () => undefined,
    removed: false,
    remove() {
      this.removed = true;
    },
  });
  const line = element();
  const doc = {
    createElementNS: () => line,
    addEventListener: (_: string, f: Handler) => keys.push(f),
    removeEventListener: (_: string, f: Handler) => keys.splice(keys.indexOf(f), 1),
    querySelector: () => (dialogOpen ? {} : null),
  };
  const classes = new Set<string>();
  const container = {
    ownerDocument: doc,
    append: () => undefined,
    classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) },
  };
  const drawn: string[] = [];
  let stopped = 0;
  const drawing = new LinkDrawing({
    cy: cy as never,
    container: container as never,
    onDrawn: (s, t) => drawn.push(`${s}-${t}`),
    onStop: () => stopped++,
    ...(actorAt ? { actorAt } : {}),
  });
  const fire = (event: string, target: unknown, position = { x: 0, y: 0 }) =>
    handlers.get(event)?.({ target, position, renderedPosition: position });
  const key = (k: string) => keys.forEach((f) => f({ key: k, defaultPrevented: false }));
  return {
    drawing,
    cy,
    nodes,
    fire,
    key,
    drawn,
    classes,
    line,
    handlers,
    stopped: () => stopped,
    dialog: (open: boolean) => (dialogOpen = open),
    ungrabified: () => ungrabified,
    panning: () => panning,
    keyListeners: () => keys.length,
  };
}

describe('drawing a link by dragging', () => {
  it('gives the two ends when released on another actor, found by position too', () => {
    const s = stage();
    const [a, b] = s.nodes;
    expect(s.ungrabified()).toBe(true);
    expect(s.classes.has('linking')).toBe(true);
    s.fire('tapstart', a);
    expect(s.drawing.drawing).toBe(true);
    s.fire('tapdrag', s.cy, { x: 50, y: 0 });
    s.fire('tapend', b, { x: 100, y: 0 });
    expect(s.drawn).toEqual(['a-b']);
    expect(s.drawing.drawing).toBe(false);
    // Released over the background at b's place (touch reports the start): b still.
    s.fire('tapstart', a);
    s.fire('tapend', s.cy, { x: 104, y: 3 });
    expect(s.drawn).toEqual(['a-b', 'a-b']);
  });

  it('starts and ends on the still picture where Cytoscape draws no actor, without panning', () => {
    const s = stage(pictureHit);
    // Pressed on the background, 4 px from a: the picture's actor.
    s.fire('tapstart', s.cy, { x: 3, y: 2 });
    expect(s.drawing.drawing).toBe(true);
    expect(s.panning()).toBe(false);
    s.fire('tapend', s.cy, { x: 97, y: 4 });
    expect(s.drawn).toEqual(['a-b']);
    expect(s.panning()).toBe(true);
    // Pressed on nothing: no line, the map pans as usual.
    s.fire('tapstart', s.cy, { x: 50, y: 50 });
    expect(s.drawing.drawing).toBe(false);
    expect(s.panning()).toBe(true);
  });

  it('gives nothing when released on the same actor or on no actor', () => {
    const s = stage();
    const [a] = s.nodes;
    s.fire('tapstart', a);
    s.fire('tapend', a, { x: 0, y: 0 });
    s.fire('tapstart', a);
    s.fire('tapend', s.cy, { x: 50, y: 50 });
    // A release without a press on an actor (a pan) is not a link either.
    s.fire('tapend', s.nodes[1], { x: 100, y: 0 });
    expect(s.drawn).toEqual([]);
  });

  it('cancels the line on Escape, and ends the mode on Escape when no line is drawn', () => {
    const s = stage();
    const [a, b] = s.nodes;
    s.fire('tapstart', a);
    s.key('Escape');
    s.fire('tapend', b, { x: 100, y: 0 });
    expect(s.drawn).toEqual([]);
    expect(s.stopped()).toBe(0);
    s.dialog(true);
    s.key('Escape');
    expect(s.stopped()).toBe(0);
    s.dialog(false);
    s.key('Enter');
    s.key('Escape');
    expect(s.stopped()).toBe(1);
  });

  it('gives the map back as it was when the mode ends', () => {
    const s = stage();
    s.drawing.stop();
    expect(s.ungrabified()).toBe(false);
    expect(s.classes.has('linking')).toBe(false);
    expect(s.handlers.size).toBe(0);
    expect(s.keyListeners()).toBe(0);
    expect(s.line.removed).toBe(true);
  });
});
