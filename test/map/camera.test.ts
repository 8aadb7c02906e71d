// The map's camera on the stand-in Cytoscape (stand-in.ts): framing the actors from their
// positions and sizes.
import type { Core, NodeCollection } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { MapCamera } from '../../src/map/camera.ts';
import { fakeCy } from './stand-in.ts';

/** Three actors in a row, and a camera that counts the viewports it sets. */
function framed() {
  const cy = fakeCy();
  cy.add(
    [0, 200, 400].map((x, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, size: 20 },
      position: { x, y: 100 },
    })),
  );
  const set = { viewports: 0 };
  const viewport = cy.viewport.bind(cy);
  cy.viewport = (v) => {
    set.viewports++;
    viewport(v);
  };
  const names = { named: () => false, textBoost: () => 1 };
  const nodes = () => cy.nodes() as unknown as NodeCollection;
  const camera = new MapCamera(cy as unknown as Core, names, nodes);
  return { cy, camera, nodes, set };
}

describe('MapCamera.fitNow', () => {
  it('frames the actors shown', () => {
    const { cy, camera, nodes, set } = framed();
    camera.fitNow(nodes());
    expect(set.viewports).toBe(1);
    const { x1, x2 } = cy.extent();
    expect(x1 < 0 && x2 > 400).toBe(true);
  });

  it('leaves a viewport that frames them already as it is (Cytoscape would announce it, and the layers over the map draw again)', () => {
    const { camera, nodes, set } = framed();
    camera.fitNow(nodes());
    camera.fitNow(nodes());
    expect(set.viewports).toBe(1);
  });
});
