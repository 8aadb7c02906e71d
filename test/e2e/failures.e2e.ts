// A step that fails says so in the status line, in the language shown, and the app goes on:
// re-arranging the map that rejects keeps the map; a new map that cannot be drawn leaves the
// tables. The failures are forced through the test hooks (the NetworkMap on screen).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appSession, screenshot } from './browser.ts';
import { writeFixtures } from './fixtures.ts';

/** The map on screen, through the test hooks (src/app/test-hooks.ts). */
interface HookedWindow {
  __maillage?: { map: { relayout(): Promise<void> } | null };
}

const session = appSession();

describe('failures', () => {
  it('says in both languages that re-arranging or drawing the map failed, and keeps the app usable', async () => {
    const { page, errors } = await session.open({ ready: true });
    const failure = page.getByTestId('failure');

    await page.evaluate(() => {
      const map = (window as unknown as HookedWindow).__maillage?.map;
      if (map) map.relayout = () => Promise.reject(new Error('boum'));
    });
    await page.getByTestId('layout-menu-button').click();
    await page.getByTestId('relayout').click();
    await failure.waitFor({ timeout: 10_000 });
    expect(await failure.innerText()).toBe('La réorganisation de la carte a échoué (boum).');
    await page.getByTestId('language-switch').click();
    expect(await failure.innerText()).toBe('Re-arranging the map failed (boum).');
    expect(await page.getByTestId('app').getAttribute('data-ready')).toBe('true');

    // Every map drawn from now on fails: the next import's map.
    await page.evaluate(() => {
      const map = (window as unknown as HookedWindow).__maillage?.map;
      if (!map) return;
      const proto = Object.getPrototypeOf(map) as { draw(): Promise<void> };
      proto.draw = () => Promise.reject(new Error('no canvas'));
    });
    const fixtures = writeFixtures();
    await page.setInputFiles(
      '[data-testid="file-input"]',
      [fixtures.cp1252Actors, fixtures.cp1252Links].map((path) => ({
        name: path.split('/').pop() ?? 'file.csv',
        mimeType: 'text/csv',
        buffer: readFileSync(path),
      })),
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid="failure"]')?.textContent?.includes('no canvas'),
      null,
      { timeout: 60_000 },
    );
    expect(await failure.innerText()).toBe(
      'The map could not be drawn (no canvas): the tables are still available.',
    );
    expect(await page.getByTestId('map-failed').innerText()).toBe(await failure.innerText());
    await screenshot(page, '90-draw-failed');
    await page.getByTestId('view-tables').click();
    await page.getByTestId('tables').waitFor();
    expect(await page.getByTestId('actor-count').getAttribute('data-value')).toBe('6');
    expect(errors).toEqual([]);
  });

  it('says why the first territory could not be opened, instead of waiting for ever', async () => {
    const { page } = await session.open({
      // The demo's inventory never arrives.
      prepare: (p) => p.route('**/acteurs*.csv', (route) => route.abort()),
    });
    const loading = page.getByTestId('loading');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="loading"] .notice') !== null,
      null,
      { timeout: 60_000 },
    );
    expect(await loading.innerText()).toMatch(
      /^Le territoire n’a pas pu être ouvert \(.+\) : importez vos fichiers\.$/,
    );
    expect(await page.getByTestId('failure').innerText()).toBe(await loading.innerText());
    expect(await loading.locator('.spinner').count()).toBe(0);
  });
});
