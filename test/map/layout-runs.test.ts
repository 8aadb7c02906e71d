// MapLayouts.first: fcose's first layout of a map waits until the map is drawn (the filling
// needs the core its worker would take), and a layout cancelled meanwhile never starts.
import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import type { LayoutHost } from '../../src/map/layout-runs.ts';
import { MapLayouts } from '../../src/map/layout-runs.ts';
import { smallGraph } from './helpers.ts';
import { fakeCy, fakePage } from './stand-in.ts';

const XY = Float64Array.from([0, 0, 100, 0, 100, 100, 0, 100, 300, 300]);

/** A host with only what `first` reads, and a runner that answers `XY` at once. */
function layouts() {
  const runner = vi.fn(() => Promise.resolve(XY));
  const host = {
    cy: fakeCy() as unknown as Core,
    graph: smallGraph(),
    positions: runner,
    container: fakePage().container as unknown as HTMLElement,
    keepPicture: () => undefined,
  } as unknown as LayoutHost;
  return { runs: new MapLayouts(host), runner };
}

/** A promise and what settles it: the map's drawing, done when the test says. */
function drawing() {
  let done: () => void = () => undefined;
  const drawn = new Promise<void>((resolve) => (done = resolve));
  return { drawn, done };
}

describe('MapLayouts.first', () => {
  it('starts the layout worker once the map is drawn, not before', async () => {
    const { runs, runner } = layouts();
    const { drawn, done } = drawing();
    const settling = runs.first(new Float64Array(10), drawn);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runner).not.toHaveBeenCalled();
    done();
    await expect(settling).resolves.toBe(XY);
    expect(runner).toHaveBeenCalledTimes(1);
  });

  it('never starts a layout cancelled while the map was drawn', async () => {
    const { runs, runner } = layouts();
    const { drawn, done } = drawing();
    const settling = runs.first(new Float64Array(10), drawn);
    runs.cancel();
    done();
    await expect(settling).resolves.toBeNull();
    expect(runner).not.toHaveBeenCalled();
  });
});
