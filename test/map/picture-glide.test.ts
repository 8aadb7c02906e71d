// The glide on the picture (picture-glide.ts) with the stand-in for Cytoscape (stand-in.ts):
// each frame draws the picture and links at eased positions while Cytoscape's actors stay
// put, the camera moves with them, and the last positions come back for Cytoscape to take.
// The frames in a real browser are looked at in test/e2e/map-glide.e2e.ts.
import type { Core, NodeCollection } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { glideOnPicture, viewportBetween, type GlideSurface } from '../../src/map/picture-glide.ts';
import { fakeCy } from './stand-in.ts';

let frames: (() => void)[];
let now: number;

beforeEach(() => {
  frames = [];
  now = 0;
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs the frames asked for so far, `ms` after the last ones, and lets the glide go on. */
async function frame(ms: number): Promise<void> {
  now += ms;
  const due = frames;
  frames = [];
  for (const f of due) f();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Two actors at (0, 0) and (100, 0) in Cytoscape, and a surface that records its calls. */
function setUp() {
  const cy = fakeCy();
  cy.add([
    { group: 'nodes', data: { id: 'a' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'b' }, position: { x: 100, y: 0 } },
  ]);
  const drawn: number[][] = [];
  let abandoned = 0;
  let landed = 0;
  const stand = { standing: true };
  const surface = {
    draw: (xy: Float64Array) => drawn.push([...xy]),
    abandon: () => abandoned++,
    landed: () => landed++,
    standing: () => stand.standing,
  } as unknown as GlideSurface;
  const nodes = cy.nodes() as unknown as NodeCollection;
  return { cy, surface, nodes, drawn, stand, abandoned: () => abandoned, landed: () => landed };
}

describe('viewportBetween', () => {
  const from = { zoom: 1, pan: { x: 0, y: 0 } };
  const to = { zoom: 4, pan: { x: -400, y: -300 } };

  it('starts on the first viewport and ends on the last', () => {
    expect(viewportBetween(from, to, 0, 800, 600)).toEqual(from);
    const end = viewportBetween(from, to, 1, 800, 600);
    expect(end.zoom).toBeCloseTo(4);
    expect(end.pan.x).toBeCloseTo(-400);
    expect(end.pan.y).toBeCloseTo(-300);
  });

  it('scales by the same ratio each step, the middle of the screen moving in a line', () => {
    const half = viewportBetween(from, to, 0.5, 800, 600);
    expect(half.zoom).toBeCloseTo(2);
    // The screen's middle shows (400, 300) first, (200, 150) last: (300, 225) half-way.
    expect((400 - half.pan.x) / half.zoom).toBeCloseTo(300);
    expect((300 - half.pan.y) / half.zoom).toBeCloseTo(225);
  });
});

describe('glideOnPicture', () => {
  const to = Float64Array.from([0, 200, 300, 200]);

  it('draws each frame on the picture, Cytoscape’s actors staying put', async () => {
    const { cy, surface, nodes, drawn } = setUp();
    const camera = { zoom: 2, pan: { x: 10, y: 20 } };
    const run = { cy: cy as unknown as Core, surface, nodes, to, camera, ms: 600 };
    const done = glideOnPicture({ ...run, stopped: () => false, kept: () => false });
    await frame(0);
    await frame(300);
    // Half-way (eased): half the way down, and Cytoscape's actors where they were.
    expect(drawn[1]).toEqual([0, 100, 200, 100]);
    expect(cy.nodes().map((n) => n.position())).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
    expect(cy.view.zoom).toBeCloseTo(Math.SQRT2);
    await frame(300);
    // The end drawn, and given back for Cytoscape; the camera on the framing asked.
    expect([...((await done) ?? [])]).toEqual([...to]);
    expect(drawn.at(-1)).toEqual([...to]);
    expect(cy.nodes().map((n) => n.position().y)).toEqual([0, 0]);
    expect(cy.view).toEqual({ zoom: 2, pan: { x: 10, y: 20 } });
  });

  it('leaves an actor dragged meanwhile where Cytoscape holds it', async () => {
    const { cy, surface, nodes } = setUp();
    const run = { cy: cy as unknown as Core, surface, nodes, to, camera: null, ms: 600 };
    const done = glideOnPicture({
      ...run,
      stopped: () => false,
      kept: (node) => node.id() === 'b',
    });
    await frame(0);
    await frame(600);
    expect([...((await done) ?? [])]).toEqual([0, 200, 100, 0]);
    // No camera given: it stays.
    expect(cy.view).toEqual({ zoom: 1, pan: { x: 0, y: 0 } });
  });

  it('moves Cytoscape’s actors once the picture is put aside midway (suggested links)', async () => {
    const { cy, surface, nodes, drawn, stand, landed } = setUp();
    const run = { cy: cy as unknown as Core, surface, nodes, to, camera: null, ms: 600 };
    const done = glideOnPicture({ ...run, stopped: () => false, kept: () => false });
    await frame(0);
    stand.standing = false;
    await frame(300);
    // Cytoscape draws now: its actors half-way, the links following them, the picture left.
    expect(cy.nodes().map((n) => n.position())).toEqual([
      { x: 0, y: 100 },
      { x: 200, y: 100 },
    ]);
    expect(drawn).toHaveLength(1);
    expect(landed()).toBe(1);
    await frame(300);
    expect([...((await done) ?? [])]).toEqual([...to]);
    expect(cy.nodes().map((n) => n.position().y)).toEqual([200, 200]);
  });

  it('stops midway, the picture and links going back to Cytoscape’s positions', async () => {
    const { cy, surface, nodes, drawn, abandoned } = setUp();
    let stop = false;
    const run = { cy: cy as unknown as Core, surface, nodes, to, camera: null, ms: 600 };
    const done = glideOnPicture({ ...run, stopped: () => stop, kept: () => false });
    await frame(0);
    stop = true;
    await frame(100);
    expect(await done).toBeNull();
    expect(drawn).toHaveLength(1);
    expect(abandoned()).toBe(1);
  });
});
