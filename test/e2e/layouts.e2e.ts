// Layouts to choose, on the demo territory at 1366×768: the map's toolbar offers the force
// layout and the actors grouped by a column; grouped by actor type, every actor stands
// nearer its own group's centre than any other's, each group is named over the map and the
// legend says the grouping; the choice and the positions survive a reload; axe-core finds
// nothing. 1,000 actors grouped by community: each short group name on one line, as large as
// the actors' names at least. A screenshot of each grouping.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPage, ARTIFACTS, screenshot } from './browser.ts';
import { writeGeneratedInventory } from './fixtures.ts';
import { axeProblems, waitForPanels } from './panels.ts';

/** What the test build exposes (window.__maillage), as far as these tests read it. */
interface Hooks {
  map: {
    pngDataUrl(width?: number): string;
    forPicture<T>(draw: () => T): T;
    cy: {
      zoom(): number;
      nodes(): {
        map<T>(
          fn: (n: {
            id(): string;
            position(): { x: number; y: number };
            style(name: string): string;
            visible(): boolean;
          }) => T,
        ): T[];
      };
    };
  } | null;
  state: {
    layout: { running: boolean };
    encodings: { layoutBy?: string };
    workspace: { graph: { getNodeAttribute(id: string, key: string): unknown } } | null;
  };
}

const opened = appPage();
/** The page the helpers below read: the demo's, then the 1,000 actors' (last test). */
let page: Page;

const DEMO_ACTORS = 124;
const DEMO_LINKS = 316;

/** Each actor's position and type, from the map and the workspace. */
const actors = () =>
  page.evaluate(() => {
    const h = (window as unknown as { __maillage: Hooks }).__maillage;
    const graph = h.state.workspace?.graph;
    return (
      h.map?.cy.nodes().map((n) => ({
        id: n.id(),
        type: String(graph?.getNodeAttribute(n.id(), 'type')),
        ...n.position(),
      })) ?? []
    );
  });

const layoutRunning = () =>
  page.evaluate(() => (window as unknown as { __maillage: Hooks }).__maillage.state.layout.running);

/** Chooses a layout in the toolbar and waits until the actors have moved and settled. */
async function choose(value: string): Promise<void> {
  const before = JSON.stringify(await actors());
  if (!(await page.getByTestId('layout-by').isVisible())) {
    await page.getByTestId('layout-menu-button').click();
  }
  await page.getByTestId('layout-by').selectOption(value);
  await expect
    .poll(async () => JSON.stringify(await actors()), { timeout: 60_000 })
    .not.toBe(before);
  await expect.poll(layoutRunning, { timeout: 60_000 }).toBe(false);
  // The menu closes (Escape) and the map shows whole.
  await page.getByTestId('layout-by').press('Escape');
  // The names follow the viewport's last move.
  await page.waitForTimeout(400);
}

/** The groups' names drawn outside the visible map: under the map's toolbar, past its
 * bottom or its sides (the map is fitted whole with its names). */
const namesOutside = () =>
  page.locator('.map-group-name').evaluateAll((els) => {
    const layer = document.querySelector('[data-testid="map-group-names"]')!;
    const map = layer.getBoundingClientRect();
    const toolbar = document.querySelector('.map-toolbar')!.getBoundingClientRect();
    return els
      .filter((el) => !(el as HTMLElement).hidden)
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.top < toolbar.bottom ||
          box.bottom > map.bottom ||
          box.left < map.left ||
          box.right > map.right
        );
      })
      .map((el) => el.textContent);
  });

/** The groups' names as drawn: text, size on screen, lines, box. */
const groupNames = () =>
  page.locator('.map-group-name').evaluateAll((els) =>
    els
      .filter((el) => !(el as HTMLElement).hidden)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const px = parseFloat(getComputedStyle(el).fontSize);
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        return {
          text: (el.textContent ?? '').replace(/\s+/g, ' '),
          px,
          // As the browser lays it out (a line may wrap on its own), not as written.
          lines: Math.round(box.height / lineHeight),
          box: { x1: box.left, y1: box.top, x2: box.right, y2: box.bottom },
        };
      }),
  );

/** The largest actor's name on screen (pixels): its font size at this zoom. */
const largestActorName = () =>
  page.evaluate(() => {
    const cy = (window as unknown as { __maillage: Hooks }).__maillage.map!.cy;
    const sizes = cy.nodes().map((n) => (n.visible() ? parseFloat(n.style('font-size')) : 0));
    return Math.max(...sizes) * cy.zoom();
  });

beforeAll(async () => {
  page = opened.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await waitForPanels(page, DEMO_ACTORS, DEMO_LINKS);
});

describe('layouts to choose', () => {
  it('offers the force layout and the groupings, by keyboard too', async () => {
    // The menu opens from the keyboard, and Escape closes it with the focus on its button.
    await page.getByTestId('layout-menu-button').focus();
    await page.keyboard.press('Enter');
    const select = page.getByTestId('layout-by');
    await select.waitFor();
    await select.focus();
    await page.keyboard.press('Escape');
    expect(await select.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'layout-menu-button',
    );
    expect(await select.inputValue()).toBe('force');
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values.slice(0, 5)).toEqual(['force', 'scheme', 'territory', 'type', 'community']);
    expect(await page.getByText('Disposition de la carte').count()).toBe(1);
    expect(await page.getByTestId('map-group-names').locator('.map-group-name').count()).toBe(0);
  });

  it('groups the actors by type: each nearer its own group centre than any other', async () => {
    await choose('type');
    await screenshot(page, 'layout-type');
    const placed = await actors();
    expect(placed).toHaveLength(DEMO_ACTORS);
    const centres = new Map<string, { x: number; y: number; n: number }>();
    for (const a of placed) {
      const c = centres.get(a.type) ?? { x: 0, y: 0, n: 0 };
      centres.set(a.type, { x: c.x + a.x, y: c.y + a.y, n: c.n + 1 });
    }
    expect(centres.size).toBeGreaterThan(3);
    const strays = placed.filter((a) => {
      const own = centres.get(a.type)!;
      const d = (c: { x: number; y: number; n: number }) =>
        Math.hypot(a.x - c.x / c.n, a.y - c.y / c.n);
      return [...centres].some(([type, c]) => type !== a.type && d(c) <= d(own));
    });
    expect(strays.map((a) => a.id)).toEqual([]);
    // One name per type over the map, in words; the legend says the grouping.
    // (a name that would cover a bigger group's waits for a closer zoom).
    const names = page.locator('.map-group-name');
    expect(await names.allTextContents()).toHaveLength(centres.size);
    expect((await names.allTextContents()).join('|')).toMatch(/Association/);
    expect(await names.first().isVisible()).toBe(true);
    // Each name whole (on one line or two, never cut with "…"), readable, inside the map and
    // over no other: the longest types' names included.
    const shown = await names.evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const map = el.closest('[data-testid="map-group-names"]')!.getBoundingClientRect();
        return {
          text: (el.textContent ?? '').replace(/\s+/g, ' '),
          px: parseFloat(getComputedStyle(el).fontSize),
          cut: el.scrollWidth > el.clientWidth + 1,
          inside: box.left >= map.left && box.right <= map.right && box.top >= map.top,
          lines: (el.textContent ?? '').split('\n').length,
          box: { x1: box.left, y1: box.top, x2: box.right, y2: box.bottom },
        };
      }),
    );
    expect(shown.map((n) => n.text)).toContain('Collectivité territoriale');
    // Inside the visible map: below its toolbar, above its bottom.
    expect(await namesOutside()).toEqual([]);
    // A short name on one line.
    expect(shown.find((n) => n.text === 'Bailleur social')?.lines).toBe(1);
    for (const name of shown) {
      expect(name.text).not.toMatch(/…/);
      expect(name.cut).toBe(false);
      expect(name.inside, name.text).toBe(true);
      expect(name.px, name.text).toBeGreaterThanOrEqual(9);
      for (const other of shown) {
        if (other === name) continue;
        const apart =
          other.box.x2 <= name.box.x1 ||
          name.box.x2 <= other.box.x1 ||
          other.box.y2 <= name.box.y1 ||
          name.box.y2 <= other.box.y1;
        expect(apart, `${name.text} / ${other.text}`).toBe(true);
      }
    }
    expect(await page.getByTestId('legend').innerText()).toMatch(/regroupés par type d’acteur/);
    // Pictures of the map name the groups too, and leave the map as it was.
    const inPicture = await page.evaluate(() => {
      const map = (window as unknown as { __maillage: Hooks }).__maillage.map!;
      const during = map.forPicture(() => map.cy.nodes().map((n) => n.id()).length);
      return { during, after: map.cy.nodes().map((n) => n.id()).length, png: map.pngDataUrl(1200) };
    });
    expect(inPicture.after).toBe(DEMO_ACTORS);
    expect(inPicture.during).toBeGreaterThan(DEMO_ACTORS);
    writeFileSync(
      `${ARTIFACTS}/layout-type-picture.png`,
      Buffer.from(inPicture.png.split(',')[1] ?? '', 'base64'),
    );
    expect(await axeProblems(page, '[data-testid="app"]')).toEqual([]);
  });

  it('keeps the toolbar on one row at 1366 and 1280 pixels', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      const toolbar = await page.locator('.map-toolbar').boundingBox();
      expect(toolbar!.height).toBeLessThan(45);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('keeps the choice and the positions after a reload', async () => {
    const before = await actors();
    // The autosave writes 1.5 s after the last change.
    await page.waitForTimeout(3000);
    await page.reload();
    await waitForPanels(page, DEMO_ACTORS, DEMO_LINKS);
    expect(await page.getByTestId('layout-by').inputValue()).toBe('type');
    expect(await actors()).toEqual(before);
    await expect.poll(() => page.locator('.map-group-name').count()).toBeGreaterThan(3);
  });

  it('groups by scheme, territory and community, and back to forces', async () => {
    for (const by of ['scheme', 'territory', 'community']) {
      await choose(by);
      expect(await page.locator('.map-group-name').count()).toBeGreaterThan(1);
      expect(await namesOutside(), by).toEqual([]);
      await screenshot(page, `layout-${by}`);
    }
    await choose('force');
    expect(await page.locator('.map-group-name').count()).toBe(0);
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });

  it('names each community of 1,000 actors on one line', async () => {
    const big = await opened.open({ files: writeGeneratedInventory(1000) });
    page = big.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="app"][data-ready="true"][data-analysis="done"]') &&
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
          '1000',
      undefined,
      { timeout: 120_000 },
    );
    await choose('community');
    const names = await groupNames();
    await screenshot(page, 'layout-community-1000');
    expect(names.map((n) => n.text)).toContain('Groupe 12');
    // A short name whole on one line ("Autres petits groupes" may take two over a narrow group).
    const short = names.filter((n) => /^Groupe \d+$/.test(n.text));
    expect(short.length).toBeGreaterThan(9);
    expect(short.filter((n) => n.lines !== 1).map((n) => n.text)).toEqual([]);
    expect(await namesOutside()).toEqual([]);
    const actorName = await largestActorName();
    // Measured on actors Cytoscape shows (none shown: -Infinity, and any size would pass).
    expect(actorName).toBeGreaterThan(0);
    for (const name of names) expect(name.px, name.text).toBeGreaterThanOrEqual(actorName);
    expect(big.errors).toEqual([]);
  });
});
