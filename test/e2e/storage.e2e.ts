// When the browser refuses to keep the work (no IndexedDB, or the quota full), the app says
// so plainly, never promises that the territory is kept, and offers the workspace file;
// when storage works, the promise shows once a save has been written. The autosave runs in
// the pipeline worker: the failure is set up there too, by serving its script with a
// prelude (init scripts reach the page only).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, ARTIFACTS, screenshot, type OpenedPage } from './browser.ts';
import { importFixture } from './panels.ts';

/** No IndexedDB at all (a browser or a policy that has none). */
const NO_INDEXEDDB = `Object.defineProperty(self, 'indexedDB', { value: undefined, configurable: true });`;
/** Storage full: every write is refused as browsers do when the quota is reached. */
const QUOTA_FULL = `IDBObjectStore.prototype.put = function () {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};`;

/** Runs `prelude` in the page and, before the app's code, in the pipeline worker. */
function failing(prelude: string) {
  return async (page: Page) => {
    await page.addInitScript(prelude);
    await page.route(/\/assets\/pipeline\.worker-[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${prelude}\n${await response.text()}` });
    });
  };
}

const session = appSession();

/** The promise, the panel notice and the status notice, as shown. */
async function said(page: Page) {
  const visible = (id: string) => page.getByTestId(id).isVisible();
  return {
    promise: await visible('kept-promise'),
    panel: await visible('not-kept-panel'),
    status: await visible('not-kept-status'),
  };
}

async function importAndWaitForSave(opened: OpenedPage): Promise<void> {
  // The demo first (as a user would: the app opens on it).
  await opened.page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 90_000 });
  await importFixture(opened.page);
  // The autosave writes 1.5 s after the last change, from the pipeline worker.
  await opened.page.waitForTimeout(3000);
}

describe.each([
  ['without IndexedDB', NO_INDEXEDDB, 'no-indexeddb'],
  ['with the storage quota full', QUOTA_FULL, 'quota-full'],
])('%s', (_name, prelude, shot) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await session.open({ prepare: failing(prelude) });
    await importAndWaitForSave(opened);
  });
  afterAll(async () => {
    await opened.page.context().close();
  });

  it('imports, says the territory is not kept, and never promises it is', async () => {
    const { page } = opened;
    expect(await said(page)).toEqual({ promise: false, panel: true, status: true });
    expect(await page.getByTestId('not-kept-panel').innerText()).toMatch(
      /n’est PAS gardé dans ce navigateur/,
    );
    await screenshot(page, `storage-${shot}`);
    await page.getByTestId('language-switch').click();
    expect(await page.getByTestId('not-kept-panel').innerText()).toMatch(
      /is NOT kept in this browser/,
    );
    await page.getByTestId('language-switch').click();
  });

  it('offers the workspace file right there, which holds the territory', async () => {
    const { page } = opened;
    for (const place of ['panel', 'status']) {
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId(`not-kept-download-${place}`).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/^maillage-[\w-]+\.maillage\.json$/);
      const path = `${ARTIFACTS}/storage-${shot}-${place}.json`;
      await file.saveAs(path);
      const text = readFileSync(path, 'utf8');
      expect(JSON.parse(text)).toBeTypeOf('object');
      expect(text).toContain('Mairie de Kappa');
    }
  });

  it('tells the truth: a reload brings the demo back', async () => {
    const { page } = opened;
    await page.reload();
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 90_000 });
    expect(await page.getByTestId('territory').innerText()).toMatch(/démonstration/);
    expect(opened.outside).toEqual([]);
  });
});

describe('with storage working', () => {
  it('shows the promise once a save is written, and no warning', async () => {
    const opened = await session.open();
    await importAndWaitForSave(opened);
    await expect
      .poll(() => said(opened.page))
      .toEqual({ promise: true, panel: false, status: false });
    await screenshot(opened.page, 'storage-kept');
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });
});
