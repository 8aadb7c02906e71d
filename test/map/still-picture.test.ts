// The still picture (still-picture.ts) on the stand-in page and Cytoscape (stand-in.ts): when
// it is drawn. What it draws is checked in overview.test.ts and, in a real browser, by the
// big-map e2e tests.
import type { Core, ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StillPicture } from '../../src/map/still-picture.ts';
import { styleBlocks } from '../../src/map/style.ts';
import { fakeCy } from './stand-in.ts';

let frames: (() => void)[];

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A 2D context that takes every drawing call and counts the drawings (one clear each). */
function countingContext() {
  const counts = { drawings: 0 };
  const ctx: Record<string | symbol, unknown> = {};
  const context = new Proxy(ctx, {
    get: (target, key) => {
      if (key === 'clearRect') return () => counts.drawings++;
      if (key === 'measureText') return () => ({ width: 10 });
      return key in target ? target[key] : () => undefined;
    },
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  return { context, counts };
}

/** A picture of two actors, and how often it was drawn. */
function picture() {
  const { context, counts } = countingContext();
  // The hover layer's canvas (picture-live.ts) draws on a context of its own.
  const container = {
    ownerDocument: {
      createElement: () => ({
        style: {},
        dataset: {},
        setAttribute: () => undefined,
        getContext: () => countingContext().context,
      }),
    },
    appendChild: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  const canvas = {
    width: 800,
    height: 600,
    style: {} as Record<string, string>,
    dataset: {} as Record<string, string>,
    getContext: () => context,
    remove: () => undefined,
  };
  const cy = fakeCy();
  const host = {
    cy: cy as unknown as Core,
    container: container as unknown as HTMLElement,
    style: () => styleBlocks({ big: true, webgl: false }),
    pixelRatio: 1,
  };
  const elements: ElementDefinition[] = ['a', 'b'].map((id, i) => ({
    group: 'nodes',
    data: { id, label: id, size: 20, colour: '#336699', shape: 'ellipse' },
    position: { x: 100 * i, y: 0 },
  }));
  const viewport = { zoom: 1, pan: { x: 0, y: 0 } };
  const still = new StillPicture(
    host,
    canvas as unknown as HTMLCanvasElement,
    elements,
    2,
    null,
    viewport,
    false,
  );
  return { still, counts, viewport, cy };
}

/** Runs the frames asked for so far. */
function frame(): void {
  const due = frames;
  frames = [];
  for (const f of due) f();
}

describe('StillPicture', () => {
  it('draws the marks written in a later frame', () => {
    const { still, counts } = picture();
    still.setStates(new Uint16Array(2));
    expect(counts.drawings).toBe(0);
    frame();
    expect(counts.drawings).toBe(1);
  });

  it('drawn now with the marks written just before, is not drawn again in the next frame (the filling puts it on screen so)', () => {
    const { still, counts, viewport } = picture();
    still.setStates(new Uint16Array(2));
    still.draw(viewport);
    frame();
    expect(counts.drawings).toBe(1);
    // Marks written afterwards are drawn, in a frame.
    still.setStates(Uint16Array.from([1, 0]));
    frame();
    expect(counts.drawings).toBe(2);
  });

  it('put on screen again while on screen is drawn again only if the viewport moved since its drawing (the stand takes it over as the filling ends)', () => {
    const { still, counts, viewport, cy } = picture();
    still.draw(viewport);
    still.show(true);
    frame();
    expect(counts.drawings).toBe(1);
    cy.viewport({ zoom: 2, pan: { x: 10, y: 0 } });
    still.show(true);
    expect(counts.drawings).toBe(1);
    frame();
    expect(counts.drawings).toBe(2);
  });
});
