// Several workspaces, and nothing lost between two visits: the autosave is written when the
// page is hidden or closed (a change made just before is kept), a reload keeps the zoom and
// pan, importing into a workspace that has data asks what to do with it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, screenshot, type OpenedPage } from './browser.ts';
import { BASE_URL } from './server.ts';
import { axeProblems, importFixture, waitForPanels } from './panels.ts';

const session = appSession();

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 90_000 });
}

interface Point {
  x: number;
  y: number;
}
/** What the tests read through the app's test hooks. */
interface Hooks {
  __maillage: {
    state: { lang: string };
    map: {
      cy: {
        zoom(): number;
        pan(): Point;
        viewport(v: { zoom: number; pan: Point }): void;
      };
    };
  };
}

/** The map's zoom and pan. */
function viewport(page: Page) {
  return page.evaluate(() => {
    const { cy } = (window as unknown as Hooks).__maillage.map;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });
}

function lang(page: Page) {
  return page.evaluate(() => (window as unknown as Hooks).__maillage.state.lang);
}

describe('nothing lost between two visits', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await session.open();
    await ready(opened.page);
    await importFixture(opened.page);
    // The first autosave (1.5 s after the last change).
    await opened.page.waitForTimeout(2500);
  });
  afterAll(async () => {
    await opened.page.context().close();
  });

  it('keeps a change made just before a reload, and the zoom and pan', async () => {
    const { page } = opened;
    await page.evaluate(() => {
      const { cy } = (window as unknown as Hooks).__maillage.map;
      cy.viewport({ zoom: cy.zoom() * 1.7, pan: { x: cy.pan().x - 120, y: cy.pan().y + 40 } });
    });
    const before = await viewport(page);
    // A change, then the page reloaded at once: well within the autosave's delay.
    await page.getByTestId('language-switch').click();
    await page.reload();
    await ready(page);
    await expect.poll(() => lang(page)).toBe('en');
    expect(await page.getByTestId('territory').innerText()).not.toMatch(/demonstration/i);
    await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(before.zoom, 2);
    const after = await viewport(page);
    expect(after.pan.x).toBeCloseTo(before.pan.x, 0);
    expect(after.pan.y).toBeCloseTo(before.pan.y, 0);
  });

  it('keeps a change made just before the tab is closed', async () => {
    const { page } = opened;
    await page.getByTestId('language-switch').click();
    await expect.poll(() => lang(page)).toBe('fr');
    await page.close({ runBeforeUnload: true });
    const again = await page.context().newPage();
    await again.goto(page.url());
    await ready(again);
    await expect.poll(() => lang(again)).toBe('fr');
    opened = { ...opened, page: again };
  });
});

/** Two more actors and a link between them, in files of their own. */
const MORE = [
  {
    name: 'acteurs-2026.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      "Identifiant;Nom;Type d'acteur\r\npmi;PMI d'Alpha;PMI\r\ncmp;CMP d'Alpha;CMP",
      'utf8',
    ),
  },
  {
    name: 'liens-2026.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Acteur 1;Acteur 2;Nature du lien\r\npmi;cmp;Convention', 'utf8'),
  },
];

describe('importing into a workspace that has data', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await session.open();
    await ready(opened.page);
    await importFixture(opened.page);
  });
  afterAll(async () => {
    await opened.page.context().close();
  });

  it('asks, and cancelling changes nothing', async () => {
    const { page } = opened;
    await page.getByTestId('file-input').setInputFiles(MORE);
    const dialog = page.getByTestId('import-choice');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Remplacer[\s\S]*Ajouter/);
    // Keyboard: Escape cancels.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await waitForPanels(page, 12, 13);
  });

  it('adds: the new files read with the first ones', async () => {
    const { page } = opened;
    await page.getByTestId('file-input').setInputFiles(MORE);
    await page.getByTestId('import-choice').waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await axeProblems(page, '[data-testid="import-choice"]')).toEqual([]);
    await screenshot(page, 'workspaces-import-choice');
    await page.getByTestId('import-add').focus();
    await page.keyboard.press('Enter');
    await waitForPanels(page, 14, 14);
  });

  it('replaces: the new files alone', async () => {
    const { page } = opened;
    await page.getByTestId('file-input').setInputFiles(MORE);
    await page.getByTestId('import-replace').click();
    await waitForPanels(page, 2, 1);
    expect(opened.errors).toEqual([]);
  });
});

/** The single autosave an earlier version of the app left in this browser. */
const LEGACY = readFileSync('test/fixtures/workspace/version-1.maillage.json', 'utf8');

async function names(page: Page): Promise<string[]> {
  await page.getByTestId('workspace-list').waitFor();
  return page.getByTestId('workspace-entry-name').allInnerTexts();
}

describe('several workspaces', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    // An empty page of the app's origin writes the earlier version's database first.
    opened = await session.open({
      prepare: (page) =>
        page.route(`${BASE_URL}legacy.html`, (route) =>
          route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title>' }),
        ),
      url: `${BASE_URL}legacy.html`,
    });
    await opened.page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('maillage', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('workspace');
          request.onsuccess = () => {
            const tx = request.result.transaction('workspace', 'readwrite');
            tx.objectStore('workspace').put(text, 'current');
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error('not written'));
          };
        }),
      LEGACY,
    );
    await opened.page.goto(BASE_URL);
    await ready(opened.page);
    // Its first save under the list (names it after its title).
    await opened.page.waitForTimeout(2500);
  });
  afterAll(async () => {
    await opened.page.context().close();
  });

  it('keeps the autosave of the earlier version, as the first of the list', async () => {
    const { page } = opened;
    expect(await page.getByTestId('territory').innerText()).toMatch(/Rochebrune/);
    await page.getByTestId('workspaces-button').click();
    expect(await names(page)).toHaveLength(1);
    await page.keyboard.press('Escape');
  });

  it('creates, renames, duplicates, deletes, and the list holds across a reload', async () => {
    const { page } = opened;
    await page.getByTestId('workspaces-button').click();
    await Promise.all([page.waitForEvent('load'), page.getByTestId('workspace-new').click()]);
    await ready(page);
    expect(await page.getByTestId('territory').innerText()).toMatch(/démonstration/);
    // The demo is saved in the new workspace.
    await page.waitForTimeout(2500);
    await page.getByTestId('workspaces-button').click();
    expect(await names(page)).toHaveLength(2);
    // Rename the open one (the first: the latest saved), by keyboard.
    const current = page.locator('[data-testid="workspace-entry"][data-current="true"]');
    await current.getByTestId('workspace-rename').click();
    await page.getByTestId('workspace-name').fill('Évaluation 2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => names(page)).toContain('Évaluation 2026');
    await current.getByTestId('workspace-duplicate').click();
    await expect.poll(async () => (await names(page)).length).toBe(3);
    expect(await names(page)).toContain('Évaluation 2026 (copie)');
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await axeProblems(page, '[data-testid="workspaces"]')).toEqual([]);
    await screenshot(page, 'workspaces-list');
    const copy = page.getByTestId('workspace-entry').filter({ hasText: 'Évaluation 2026 (copie)' });
    await copy.getByTestId('workspace-delete').click();
    await copy.getByTestId('workspace-delete-confirm').click();
    await expect.poll(async () => (await names(page)).length).toBe(2);
    await page.reload();
    await ready(page);
    await page.getByTestId('workspaces-button').click();
    expect((await names(page)).sort()).toEqual(
      ['Rochebrune — inventaire 2025', 'Évaluation 2026'].sort(),
    );
    // Open the earlier territory again.
    await Promise.all([
      page.waitForEvent('load'),
      page
        .getByTestId('workspace-entry')
        .filter({ hasText: 'Rochebrune' })
        .getByTestId('workspace-open')
        .click(),
    ]);
    await ready(page);
    expect(await page.getByTestId('territory').innerText()).toMatch(/Rochebrune/);
    expect(opened.errors).toEqual([]);
  });
});
