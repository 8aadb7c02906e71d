// Hostile names through the file input: object words, right-to-left scripts, emoji, an HTML
// payload and a formula. Every actor is on the map and in the tables, no script or dialog
// runs, right-to-left names read right to left.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPage, screenshot } from './browser.ts';
import { HOSTILE_NAMES, writeFixtures } from './fixtures.ts';

declare global {
  interface Window {
    __xss?: number;
  }
}

const opened = appPage();
let page: Page;

beforeAll(async () => {
  page = opened.page;
});

describe('a hostile inventory through the file input', () => {
  it('shows every actor on the map and in the tables; nothing runs', async () => {
    const fixtures = writeFixtures();
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 60_000 });
    await page
      .getByTestId('file-input')
      .setInputFiles([fixtures.hostileActors, fixtures.hostileLinks]);
    const actors = HOSTILE_NAMES.length;
    await page.waitForFunction(
      ([a, l]) =>
        document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true' &&
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
          String(a) &&
        document.querySelector('[data-testid="link-count"]')?.getAttribute('data-value') ===
          String(l),
      [actors, actors - 1],
      { timeout: 60_000 },
    );
    const names = await page.evaluate(() => {
      type Cy = { nodes(): { map(fn: (n: { data(k: string): unknown }) => string): string[] } };
      const hooks = (window as unknown as { __maillage?: { map?: { cy: Cy } | null } }).__maillage;
      return hooks?.map?.cy.nodes().map((n) => String(n.data('name')));
    });
    expect([...(names ?? [])].sort()).toEqual([...HOSTILE_NAMES].sort());
    await page.waitForSelector('[data-testid="app"][data-analysis="done"]', { timeout: 60_000 });
    await screenshot(page, '40-hostile-map');

    await page.getByTestId('view-tables').click();
    const table = page.getByTestId('actors-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(actors);
    const shown = await table.locator('tbody').innerText();
    for (const name of HOSTILE_NAMES) expect(shown).toContain(name);
    // Right-to-left names are isolated, so they read in their own direction.
    expect(await table.locator('tbody bdi', { hasText: 'جمعية' }).count()).toBe(1);
    await screenshot(page, '41-hostile-table');

    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(opened.dialogs).toEqual([]);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(opened.outside).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
