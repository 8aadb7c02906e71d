// Keyboard and small screens (RGAA), on the demo territory in headless Chromium at 1366×768:
// skip links, the tab lists' arrow keys (WAI-ARIA Authoring Practices), Escape on the export
// menu, focus coming back after the presentation, the dialogs and an actor's details, the
// search from its box to the details in a few keys, the map's room at 1366×768 and 1280×720,
// and axe-core (every impact) on every view and dialog.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPage, screenshot } from './browser.ts';
import { axeProblems, waitForPanels } from './panels.ts';

const opened = appPage();
let page: Page;

const DEMO_ACTORS = 124;
const DEMO_LINKS = 316;
const PANELS = ['coverage', 'links', 'articulation', 'views'] as const;

/** What has the focus: its data-testid, else its id, else its tag and text. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return (
      el.getAttribute('data-testid') ??
      (el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`)
    );
  });
const focusInside = (selector: string) =>
  page.evaluate((s) => !!document.activeElement?.closest(s), selector);

/** Presses a key until the focus is inside the element (at most `max` times); the count. */
async function pressUntil(key: string, selector: string, max: number): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    if (await focusInside(selector)) return n;
  }
  return Infinity;
}

/** The options the search lists for a query. */
async function searchOptions(query: string): Promise<string[]> {
  const input = page.getByTestId('search-input');
  await input.fill(query);
  await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
  return page.locator('[data-testid="search-results"] [role="option"]').allInnerTexts();
}

/** Opens an analysis panel (a click on the open one would close the drawer). */
async function openPanel(id: string): Promise<void> {
  const tab = page.getByTestId(`tab-${id}`);
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.getByTestId(`panel-${id}`).waitFor();
}

async function box(selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return b;
}

beforeAll(async () => {
  page = opened.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await waitForPanels(page, DEMO_ACTORS, DEMO_LINKS);
});

describe('keyboard', () => {
  it('leaves the focus where the page starts once the territory is drawn (nothing pulls it)', async () => {
    // The forget button once took the focus at load; a keyboard user then started mid-page.
    expect(await focused()).toBe('body');
  });

  it('opens on skip links, shown when focused, each taking the focus where it says', async () => {
    // The first tab stop of the page (a second Tab when the first one left the page for the
    // browser's own controls).
    const firstStop = await page.evaluate(
      () =>
        document
          .querySelector('a[href], button, input, select, textarea, [tabindex="0"]')
          ?.getAttribute('data-testid') ?? null,
    );
    expect(firstStop).toBe('skip-map');
    await page.keyboard.press('Tab');
    if ((await focused()) === 'body') await page.keyboard.press('Tab');
    expect(await focused()).toBe('skip-map');
    const link = await box('[data-testid="skip-map"]');
    expect(link.height).toBeGreaterThan(10);
    expect(link.y).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'keyboard-skip-links');
    const targets: [string, string][] = [
      ['skip-map', '[data-testid="map-area"]'],
      ['skip-search', '[data-testid="search-input"]'],
      ['skip-details', '[data-testid="details"]'],
      ['skip-analysis', '[data-testid="analysis-drawer"] [role="tab"]'],
      ['skip-tables', '[data-testid="tables"] [role="tab"]'],
    ];
    for (const [skip, target] of targets) {
      await page.getByTestId(skip).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusInside(target), { message: skip }).toBe(true);
    }
    // Back to the map for what follows.
    await page.getByTestId('view-map').click();
  });

  it('finds actors by words in any order and partial words, accents and case ignored', async () => {
    expect(await searchOptions('CCAS Rochebrune')).toContain('CCAS de Rochebrune');
    expect(await searchOptions('rochebrune ccas')).toContain('CCAS de Rochebrune');
    expect(await searchOptions('asv tilleuls')).toContain('Coordination ASV Les Tilleuls');
    expect(await searchOptions('TILLEUL coord')).toContain('Coordination ASV Les Tilleuls');
    expect(await searchOptions('pole psychiatrie')).toContain(
      'Pôle de psychiatrie adulte du CH de Rochebrune',
    );
  });

  it('goes from the search box to the details in a few keys, and back when they close', async () => {
    await page.getByTestId('search-input').fill('asv tilleuls');
    await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
    // One key: Enter on the result puts the focus on the details' heading.
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('details-name');
    expect(await page.getByTestId('details-name').innerText()).toBe(
      'Coordination ASV Les Tilleuls',
    );
    // From the search box again, the skip link to the details is a few keys away.
    await page.getByTestId('search-input').focus();
    const back = await pressUntil('Shift+Tab', '[data-testid="skip-details"]', 8);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInside('[data-testid="details"]')).toBe(true);
    expect(back + 1).toBeLessThanOrEqual(5);
    // Closing the details puts the focus back where the actor was picked.
    await page.getByTestId('search-input').fill('CCAS Rochebrune');
    await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('details-name');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('details-close');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('details-name').count()).toBe(0);
    await expect.poll(focused).toBe('search-input');
    // Escape from anywhere in the details closes them too.
    await page.getByTestId('search-input').fill('pole psy');
    await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('details-name');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('details-name').count()).toBe(0);
    await expect.poll(focused).toBe('search-input');
  });

  it('moves along the analysis tabs with the arrow keys, one tab stop for the list', async () => {
    const tabIndexes = () =>
      page.$$eval('[data-testid="analysis-drawer"] [role="tab"]', (tabs) =>
        tabs.map((t) => t.getAttribute('tabindex')),
      );
    expect(await tabIndexes()).toEqual(['0', '-1', '-1', '-1']);
    await page.getByTestId('tab-coverage').focus();
    // Drawer closed: the arrows move the focus only; Enter opens the tab's panel.
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab-links');
    expect(await page.locator('[data-testid="analysis-drawer"] [role="tabpanel"]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.getByTestId('panel-links').waitFor();
    // Drawer open: the arrows select, Home and End go to the ends, the ends wrap.
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab-articulation');
    await page.getByTestId('panel-articulation').waitFor();
    await page.keyboard.press('End');
    expect(await focused()).toBe('tab-views');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab-coverage');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('tab-views');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('tab-coverage');
    await page.getByTestId('panel-coverage').waitFor();
    const tab = page.getByTestId('tab-coverage');
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await tab.getAttribute('aria-controls')).toBe('panel-coverage');
    expect(await tabIndexes()).toEqual(['0', '-1', '-1', '-1']);
    // Tab leaves the list.
    await page.keyboard.press('Tab');
    expect(await focusInside('[role="tablist"]')).toBe(false);
  });

  it('moves along the tables tabs with the arrow keys', async () => {
    await page.getByTestId('view-tables').click();
    await page.getByTestId('table-tab-actors').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('table-tab-links');
    await page.getByTestId('links-table').waitFor();
    await page.keyboard.press('Home');
    expect(await focused()).toBe('table-tab-actors');
    await page.keyboard.press('End');
    expect(await focused()).toBe('table-tab-links');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('table-tab-actors');
    await page.getByTestId('actors-table').waitFor();
    expect(await axeProblems(page, '[data-testid="app"]')).toEqual([]);
    await screenshot(page, 'keyboard-tables-1366x768');
    await page.getByTestId('view-map').click();
  });

  it('closes the export menu with Escape, the focus back on its button', async () => {
    const summary = page.locator('[data-testid="export-menu"] > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('export-menu').getAttribute('open')).not.toBeNull();
    expect(await axeProblems(page, '[data-testid="app"]')).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await focusInside('[data-testid="export-menu"]')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('export-menu').getAttribute('open')).toBeNull();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    // The arrows open it and go from button to button, round the ends.
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('export-menu').getAttribute('open')).not.toBeNull();
    expect(await focused()).toBe('export-png');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('export-png-2');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('export-links-csv');
    await page.keyboard.press('Escape');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    // A click elsewhere closes it too.
    await page.keyboard.press('Enter');
    await page.getByTestId('details').click({ position: { x: 20, y: 20 } });
    expect(await page.getByTestId('export-menu').getAttribute('open')).toBeNull();
  });

  it('puts the focus back after the presentation and the dialogs', async () => {
    await page.getByTestId('present').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('presentation').waitFor();
    expect(await axeProblems(page, '[data-testid="app"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('present');

    await page.getByTestId('report-button').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('report-dialog').waitFor();
    expect(await axeProblems(page, '[data-testid="report-dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('report-dialog').waitFor({ state: 'hidden' });
    expect(await focused()).toBe('report-button');

    await page.getByTestId('open-report').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('print-report').waitFor();
    expect(await axeProblems(page, '[data-testid="print-report"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('print-report').waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('open-report');

    // Erasing this browser's copy asks first: the focus follows the buttons that replace
    // each other.
    await page.getByTestId('forget').focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('forget-confirm');
    await page.getByTestId('forget-cancel').focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('forget');
  });

  // axe-core reads the whole page once per tab: minutes on a loaded machine.
  it(
    'has no axe-core violation of any impact on the map, the side panel and each tab',
    { timeout: 300_000 },
    async () => {
      expect(await axeProblems(page, '[data-testid="app"]')).toEqual([]);
      for (const id of PANELS) {
        await openPanel(id);
        await page.waitForTimeout(300);
        expect(await axeProblems(page, '[data-testid="app"]'), id).toEqual([]);
      }
      await page.getByTestId('drawer-close').click();
    },
  );
});

describe('small screens', () => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 720],
  ] as const) {
    it(`keeps the map usable at ${width}×${height}, the drawer open or closed`, async () => {
      await page.setViewportSize({ width, height });
      // Each size starts from the map with the drawer closed, whatever an earlier test left.
      const close = page.getByTestId('drawer-close');
      if (await close.isVisible()) await close.click();
      await page.waitForTimeout(300);
      // The toolbar is one row, beside the map/tables switch, not over it.
      const tools = await page.$$eval('.map-toolbar > *', (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
        }),
      );
      expect(new Set(tools.map((b) => b.top)).size).toBe(1);
      const toolbar = await box('.map-toolbar');
      const viewSwitch = await box('.view-switch');
      expect(toolbar.x).toBeGreaterThanOrEqual(viewSwitch.x + viewSwitch.width);
      expect(toolbar.height).toBeLessThan(45);
      // Nothing of the page is cut off at the right (the header stays on its row).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // The header and the status line keep their rows above the workspace.
      const status = await box('[data-testid="status"]');
      expect(status.height).toBeGreaterThan(20);
      expect((await box('.workspace')).y).toBeGreaterThanOrEqual(status.y + status.height - 1);
      expect((await box('[data-testid="map-area"]')).height).toBeGreaterThan(0.7 * height);
      await screenshot(page, `keyboard-${width}x${height}-closed`);
      for (const id of PANELS) {
        await openPanel(id);
        await page.waitForTimeout(300);
        const map = await box('[data-testid="map-area"]');
        expect(map.height, `${id} open`).toBeGreaterThanOrEqual(0.55 * height);
        // The panel keeps room to read too.
        expect((await box(`[data-testid="panel-${id}"]`)).height).toBeGreaterThan(150);
        await screenshot(page, `keyboard-${width}x${height}-${id}`);
      }
      await page.getByTestId('drawer-close').click();
      // A filtered 10,000-actor import's five-digit counts, its files' names and its long
      // import report keep the header on one row, in both languages, and the files' names
      // stop (ellipsis) before the counts: they once ran under « 787 affichés sur 10 000 ».
      const header = (await box('.app-header')).height;
      await page.getByTestId('filter-body').selectOption({ index: 1 });
      await page.getByTestId('visible-count').waitFor();
      for (const [lang, texts] of Object.entries(BIG_HEADER)) {
        if (lang === 'en') await page.getByTestId('language-switch').click();
        const shown = await headerShowing(texts);
        expect(shown.height, lang).toBe(header);
        expect(shown.gap, `${lang}: the territory's line runs under the counts`).toBeGreaterThan(0);
      }
      await page.getByTestId('language-switch').click();
      await page.getByTestId('filter-body').selectOption('');
    });
  }
});

/** The header's texts after a 10,000-actor import filtered down to 787 actors, in the order
 * of HEADER_TEXTS' elements. */
const BIG_HEADER = {
  fr: [
    'acteurs-10000.csv, liens-10000.csv',
    '10 000',
    '36 204',
    '787 affichés sur 10 000',
    'Rapport d’import (1 776)',
  ],
  en: [
    'acteurs-10000.csv, liens-10000.csv',
    '10,000',
    '36,204',
    '787 shown of 10,000',
    'Import report (1,776)',
  ],
};
const HEADER_TEXTS =
  '.territory, .counts strong, [data-testid="visible-count"], [data-testid="report-button"]';

/** The header showing `texts` for a moment: its height and the room between the territory's
 * line and the counts (px, negative when they overlap); the page's own texts put back. */
async function headerShowing(texts: readonly string[]) {
  const old = await page.evaluate(
    ([selector, shown]) =>
      [...document.querySelectorAll(selector)].map((e, i) => {
        const before = e.textContent;
        e.textContent = shown[i] ?? '';
        return before;
      }),
    [HEADER_TEXTS, texts] as const,
  );
  expect(old).toHaveLength(texts.length);
  const line = await box('.territory-line');
  const counts = await box('.counts');
  const height = (await box('.app-header')).height;
  await page.evaluate(
    ([selector, before]) =>
      document.querySelectorAll(selector).forEach((e, i) => (e.textContent = before[i] ?? '')),
    [HEADER_TEXTS, old] as const,
  );
  return { height, gap: counts.x - (line.x + line.width) };
}
