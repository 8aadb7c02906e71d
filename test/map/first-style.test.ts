// An actor's first style with its triggers run once (first-style.ts), on headless Cytoscape
// with the map's stylesheet: the same bounds, styles and z-order as before, far fewer
// `bounds` events; later changes of style keep Cytoscape's own triggers.
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { triggerFirstStyleOnce } from '../../src/map/first-style.ts';
import { styleBlocks } from '../../src/map/style.ts';

const actorData = (id: string, size: number) => ({
  id,
  shape: 'ellipse',
  size,
  colour: '#AA0000',
  label: `Acteur ${id}`,
  tier: 2,
  ringDiameter: size + 10,
  ring1: '#FF0000',
  ring2: '#00FF00',
  ring3: '#0000FF',
  ringSlice: 33,
});

const maps: Core[] = [];
function map(): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: styleBlocks({ big: false, webgl: false }) as unknown as StylesheetJson,
  });
  maps.push(cy);
  return cy;
}

describe('triggerFirstStyleOnce', () => {
  beforeAll(() => {
    triggerFirstStyleOnce(cytoscape({ headless: true, styleEnabled: true }));
  });
  afterEach(() => {
    for (const cy of maps.splice(0)) cy.destroy();
  });

  it("runs a new actor's bounds triggers once for its whole first style", () => {
    const cy = map();
    const added = cy.add([{ data: actorData('a', 20), position: { x: 0, y: 0 } }]);
    let bounds = 0;
    cy.on('bounds', () => bounds++);
    const box = added.boundingBox();
    // Cytoscape alone emitted one a property set from nothing (15 with this stylesheet).
    expect(bounds).toBeLessThanOrEqual(2);
    expect(box).toMatchObject({ x1: -11.5, x2: 11.5, w: 23, h: 23 });
    expect(added.style('width')).toBe('20px');
  });

  it('keeps the bounds of the links added with their actors', () => {
    const cy = map();
    const added = cy.add([
      { data: actorData('a', 20), position: { x: 0, y: 0 } },
      { data: actorData('b', 40), position: { x: 100, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b', width: 2 } },
    ]);
    added.nodes().boundingBox();
    const link = cy.getElementById('ab').boundingBox();
    expect(link.x1).toBeLessThanOrEqual(10);
    expect(link.x2).toBeGreaterThanOrEqual(80);
  });

  it("leaves a later change of style to Cytoscape's own triggers", () => {
    const cy = map();
    const added = cy.add([{ data: actorData('a', 20), position: { x: 0, y: 0 } }]);
    expect(added.boundingBox().w).toBe(23);
    let bounds = 0;
    cy.on('bounds', () => bounds++);
    added.addClass('neighbour');
    expect(added.boundingBox().w).toBe(24);
    added.data('size', 40);
    expect(added.boundingBox().w).toBe(44);
    expect(bounds).toBeGreaterThan(0);
  });

  it('invalidates the z-order once the first style is applied', () => {
    const cy = map();
    const added = cy.add([
      { data: { ...actorData('a', 20), tier: 1 }, position: { x: 0, y: 0 } },
      { data: { ...actorData('b', 20), tier: 3 }, position: { x: 0, y: 0 } },
    ]);
    const zorders: number[] = [];
    const notify = (cy as unknown as { notify(event: string, eles: unknown): void }).notify;
    (cy as unknown as { notify(event: string, eles: unknown): void }).notify = function (
      event,
      eles,
    ) {
      if (event === 'zorder') zorders.push((eles as { length: number }).length);
      notify.call(this, event, eles);
    };
    added.boundingBox();
    expect(zorders.length).toBeGreaterThan(0);
    expect(added.map((n) => n.style('z-index'))).toEqual(['11', '13']);
  });
});
