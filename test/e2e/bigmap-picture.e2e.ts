// A 10,000-actor map is usable on its still picture, before Cytoscape holds every actor:
// hovering an actor Cytoscape does not have yet names it, a click selects it and opens its
// details, the fragility switch marks the articulation points on the picture; once the map
// is drawn, Cytoscape keeps the selection, and the picture stays the actors' layer while the
// view shows many of them (picture-stand.ts): hover, click, focus, filters and 'Relier' on
// it, Cytoscape drawing once zoomed in.
import { beforeAll, describe, expect, it } from 'vitest';
import { appSession, screenshot } from './browser.ts';
import { writeGeneratedInventory } from './fixtures.ts';

const session = appSession();
let files: string[];
const ACTORS = 10_000;
/** The page is slow on shared cores: each of its answers gets this long. */
const WAIT = { timeout: 30_000 };

beforeAll(() => {
  files = writeGeneratedInventory(ACTORS);
});

/** What the test reads of the map (network-map.ts, picture-live.ts). */
type Hooks = {
  __maillage: {
    map: {
      cy: {
        nodes(selector?: string): { length: number };
        zoom(options: { level: number; position: { x: number; y: number } }): void;
        fit(): void;
        getElementById(id: string): { empty(): boolean; data(key: string): unknown };
        zoom(): number;
        pan(): { x: number; y: number };
        $(selector: string): { map<T>(fn: (n: { id(): string }) => T): T[] };
      };
      picture: {
        renderedPosition(id: string): { x: number; y: number } | null;
        hitAt(x: number, y: number): string | null;
        readonly hoveredId: string | null;
        idsWith(bits: number): string[];
        lookOf(id: string): { colour: string; size: number } | null;
      } | null;
    };
    state: {
      workspace: { graph: { nodes(): string[]; getNodeAttribute(id: string, a: string): string } };
    };
  };
};

/** An actor (one Cytoscape does not hold yet unless `held`, and not `other`), alone under its
 * point on the picture and not under a toolbar: its id, name and point in the page. */
function actorOnPicture(
  options: { held?: boolean; other?: string } = {},
): { id: string; name: string; x: number; y: number } | null {
  const { map, state } = (window as unknown as Hooks).__maillage;
  const picture = map.picture;
  if (!picture) return null;
  const container = document.querySelector('[data-testid="map"]') as HTMLElement;
  const rect = container.getBoundingClientRect();
  const zoom = map.cy.zoom();
  const pan = map.cy.pan();
  const graph = state.workspace.graph;
  // The last actors are given to Cytoscape last.
  const ids = graph.nodes().slice().reverse();
  for (const id of ids) {
    if (id === options.other || (!options.held && !map.cy.getElementById(id).empty())) continue;
    const p = picture.renderedPosition(id);
    if (!p || p.x < 40 || p.y < 60 || p.x > rect.width - 80 || p.y > rect.height - 80) continue;
    if (picture.hitAt((p.x - pan.x) / zoom, (p.y - pan.y) / zoom) !== id) continue;
    const x = rect.left + p.x;
    const y = rect.top + p.y;
    if (!document.elementFromPoint(x, y)?.closest('[data-testid="map"]')) continue;
    return { id, name: graph.getNodeAttribute(id, 'name'), x, y };
  }
  return null;
}

/** Pixels of the picture in the articulation points' red, around the actors of `ids` (their
 * screen positions, as the picture draws them) or everywhere (null). */
function redOnPicture(ids: string[] | null): number {
  const canvas = document.querySelector<HTMLCanvasElement>(
    '[data-testid="map-overview"], [data-testid="map-actors"]',
  );
  const picture = (window as unknown as Hooks).__maillage.map.picture;
  if (!canvas || !picture) return -1;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const boxes = (ids ?? []).flatMap((id) => {
    const p = picture.renderedPosition(id);
    return p ? [[Math.round(p.x) - 8, Math.round(p.y) - 8, 16, 16] as const] : [];
  });
  let red = 0;
  for (const [x, y, w, h] of ids ? boxes : [[0, 0, canvas.width, canvas.height] as const]) {
    if (x < 0 || y < 0 || x + w > canvas.width || y + h > canvas.height) continue;
    const data = ctx.getImageData(x, y, w, h).data;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]] as number[];
      if ((a as number) > 0 && (r as number) > 100 && (r as number) > 3 * (g as number)) {
        if ((r as number) > 3 * (b as number)) red++;
      }
    }
  }
  return red;
}

describe('a 10,000-actor map on its still picture', () => {
  it('names, selects and marks actors before Cytoscape holds them all', async () => {
    const { page, outside, errors } = await session.open();
    await page.waitForSelector('[data-testid="app"][data-ready="true"][data-analysis="done"]', {
      timeout: 90_000,
    });
    await page.setInputFiles('[data-testid="file-input"]', files);
    await page.waitForSelector('[data-testid="map-area"][data-overview="shown"]', {
      timeout: 180_000,
    });
    // On two quiet cores Cytoscape holds every actor within seconds, before these steps are
    // done: the page's CPU is slowed (DevTools' CPU throttling) while the picture is checked.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    await page.waitForFunction(() => (window as unknown as Hooks).__maillage.map?.picture);
    const cyHolds = () =>
      page.evaluate(() => (window as unknown as Hooks).__maillage.map.cy.nodes().length);

    // The fragility switch marks the articulation points on the picture, in red (MARKS.critical
    // among the picture's marks, display-state.ts).
    const critical = () =>
      page.evaluate(() => (window as unknown as Hooks).__maillage.map.picture?.idsWith(8) ?? []);
    expect(await critical()).toEqual([]);
    await page.getByTestId('articulation-switch').click();
    await expect.poll(async () => (await critical()).length, WAIT).toBeGreaterThan(0);
    const cuts = await critical();
    await expect
      .poll(() => page.evaluate(redOnPicture, cuts), WAIT)
      .toBeGreaterThan(2 * cuts.length);
    await screenshot(page, '33-big-map-picture-fragility');
    await page.getByTestId('articulation-switch').click();
    await expect.poll(async () => (await critical()).length, WAIT).toBe(0);

    const actor = await page.evaluate(actorOnPicture, {});
    expect(actor).not.toBeNull();
    const { id, name, x, y } = actor as NonNullable<typeof actor>;

    // Hover: the picture names the actor under the pointer.
    await page.mouse.move(x - 30, y - 30);
    await page.mouse.move(x, y);
    await expect
      .poll(() => page.getByTestId('map-hover').getAttribute('data-actor'), WAIT)
      .toBe(id);
    expect(await cyHolds()).toBeLessThan(ACTORS);
    await screenshot(page, '34-big-map-picture-hover');

    // Click: the actor is selected, its details open.
    const before = await cyHolds();
    await page.mouse.click(x, y);
    await expect.poll(() => page.getByTestId('details-name').innerText(), WAIT).toBe(name);
    expect(before).toBeLessThan(ACTORS);
    expect(
      await page.evaluate(() => (window as unknown as Hooks).__maillage.map.picture !== null),
    ).toBe(true);
    await screenshot(page, '35-big-map-picture-selected');

    // A colour and a size chosen while Cytoscape fills in: the picture is drawn again with
    // them, and the actors Cytoscape takes afterwards come in the new look too.
    const last = await page.evaluate(() => {
      const { graph } = (window as unknown as Hooks).__maillage.state.workspace;
      return graph.nodes().at(-1) as string;
    });
    const lookOn = (actorId: string) =>
      page.evaluate(
        (ids) => (window as unknown as Hooks).__maillage.map.picture?.lookOf(ids) ?? null,
        actorId,
      );
    const lookBefore = await lookOn(last);
    expect(lookBefore).not.toBeNull();
    await page.getByTestId('colour-by').selectOption('community');
    await page.getByTestId('size-by').selectOption('uniform');
    await expect.poll(async () => (await lookOn(last))?.colour, WAIT).not.toBe(lookBefore?.colour);
    // One size for every actor now.
    await expect.poll(async () => (await lookOn(id))?.size, WAIT).toBe((await lookOn(last))?.size);
    const after = await lookOn(last);
    await screenshot(page, '36-big-map-picture-restyled');

    // Once drawn, Cytoscape has every actor and keeps the selection made on the picture.
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 300_000 });
    expect(await cyHolds()).toBe(ACTORS);
    const selected = await page.evaluate(() =>
      (window as unknown as Hooks).__maillage.map.cy.$(':selected').map((n) => n.id()),
    );
    expect(selected).toEqual([id]);
    // The actor given to Cytoscape last has the look chosen while the map filled in.
    const lastLook = await page.evaluate((ids) => {
      const node = (window as unknown as Hooks).__maillage.map.cy.getElementById(ids);
      return { colour: node.data('colour'), size: node.data('size') };
    }, last);
    expect(lastLook).toEqual(after);
    // The picture stays the actors' layer at a whole-map zoom: Cytoscape's own canvases are
    // hidden (its drawing held), the picture and its hover layer on screen.
    const onPicture = () =>
      page.evaluate(() => (window as unknown as Hooks).__maillage.map.picture !== null);
    const cytoscapeShown = () =>
      page.evaluate(
        () =>
          document.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')?.style
            .visibility !== 'hidden',
      );
    expect(await onPicture()).toBe(true);
    expect(await cytoscapeShown()).toBe(false);
    expect(await page.getByTestId('map-actors').count()).toBe(1);
    expect(await page.getByTestId('map-overview').count()).toBe(0);
    expect(await page.getByTestId('map-hover').count()).toBe(1);
    expect(await page.getByTestId('map-area').getAttribute('data-overview')).toBe('none');

    // The layout done, the whole map at 1366 × 768: still the picture.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForSelector('[data-testid="app"][data-layout="idle"]', { timeout: 300_000 });
    await expect.poll(onPicture, WAIT).toBe(true);
    await screenshot(page, '37-big-map-actors-layer');

    // Hover and click on the picture, Cytoscape holding every actor.
    const other = await page.evaluate(actorOnPicture, { held: true, other: id });
    expect(other).not.toBeNull();
    const second = other as NonNullable<typeof other>;
    await page.mouse.move(second.x - 30, second.y - 30);
    await page.mouse.move(second.x, second.y);
    await expect
      .poll(() => page.getByTestId('map-hover').getAttribute('data-actor'), WAIT)
      .toBe(second.id);
    await page.mouse.click(second.x, second.y);
    await expect.poll(() => page.getByTestId('details-name').innerText(), WAIT).toBe(second.name);
    // Selected, the actor is centred: zoomed in on a few actors, Cytoscape draws them.
    await expect.poll(onPicture, WAIT).toBe(false);
    await screenshot(page, '38-big-map-actors-selected');

    // Its neighbourhood alone, seen on the whole map: the picture fades the others.
    // Nothing returned: cy.fit() answers Cytoscape's core, which page.evaluate would copy
    // out whole, every actor and cache in it (gigabytes at 10,000 actors: the page crashed).
    const fit = () =>
      page.evaluate(() => {
        (window as unknown as Hooks).__maillage.map.cy.fit();
      });
    const focused = () =>
      page.evaluate(
        () =>
          (window as unknown as { __maillage: { map: { focusedId: string | null } } }).__maillage
            .map.focusedId,
      );
    await page.getByTestId('focus-button').click();
    await expect.poll(focused, WAIT).toBe(second.id);
    await fit();
    await expect.poll(onPicture, WAIT).toBe(true);
    expect(
      await page.evaluate(
        () => (window as unknown as Hooks).__maillage.map.picture?.idsWith(1).length ?? 0,
      ),
    ).toBeGreaterThan(ACTORS / 2);
    await screenshot(page, '39-big-map-actors-focus');
    await page.getByTestId('focus-button').click();
    await expect.poll(focused, WAIT).toBe(null);
    await fit();
    await expect.poll(onPicture, WAIT).toBe(true);

    // 'Relier' on the picture: pressing on an actor and releasing on another asks for a link.
    const start = (await page.evaluate(actorOnPicture, { held: true })) as NonNullable<
      ReturnType<typeof actorOnPicture>
    >;
    expect(start).not.toBeNull();
    const third = await page.evaluate(actorOnPicture, { held: true, other: start.id });
    expect(third).not.toBeNull();
    const end = third as NonNullable<typeof third>;
    await page.getByTestId('draw-link').click();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await screenshot(page, '40-big-map-actors-relier');
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();
    await page.getByTestId('link-form').waitFor(WAIT);
    expect(await page.getByTestId('link-from').innerText()).toBe(start.name);
    expect(await page.getByTestId('link-to-fixed').innerText()).toBe(end.name);
    await page.keyboard.press('Escape');
    await page.getByTestId('link-form').waitFor({ state: 'detached', ...WAIT });
    await page.locator('body').focus();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('draw-link').getAttribute('aria-pressed'), WAIT)
      .toBe('false');

    // A filter that leaves few actors in view: Cytoscape draws them at once, as after a zoom
    // in (picture-stand.ts); the filter gone, the picture is back.
    await page.getByTestId('filter-body').selectOption({ index: 1 });
    await expect.poll(onPicture, WAIT).toBe(false);
    await expect.poll(cytoscapeShown, WAIT).toBe(true);
    await screenshot(page, '41-big-map-actors-filtered');
    await page.getByTestId('filter-body').selectOption('');
    await expect.poll(onPicture, WAIT).toBe(true);

    // Zoomed in on a few actors, Cytoscape draws them (names, textures) and the picture steps
    // aside; zoomed out, the picture comes back.
    await page.evaluate((actorId) => {
      const { cy } = (window as unknown as Hooks).__maillage.map;
      const node = cy.getElementById(actorId) as unknown as {
        position(): { x: number; y: number };
      };
      cy.zoom({ level: 1, position: node.position() });
    }, second.id);
    await expect.poll(onPicture, WAIT).toBe(false);
    await expect.poll(cytoscapeShown, WAIT).toBe(true);
    expect(await page.getByTestId('map-actors').isVisible()).toBe(false);
    await screenshot(page, '42-big-map-zoomed-cytoscape');
    await fit();
    await expect.poll(onPicture, WAIT).toBe(true);
    await expect.poll(cytoscapeShown, WAIT).toBe(false);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    // 10,000 actors on two cores shared by several sessions: minutes, not seconds.
  }, 600_000);
});
