// A coordinator's journey through the built app in headless Chromium: the demo territory,
// an Excel (Windows-1252) inventory, broken files, a click on the map, filters, the English
// version, the tables, and an inventory of HTML/script payloads. Nothing may leave the
// local server, no script from the data may run, and every state is saved as a screenshot
// in test-results/e2e/.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPage, screenshot } from './browser.ts';
import { axeProblems } from './panels.ts';
import { PAYLOADS, writeFixtures, type Fixtures } from './fixtures.ts';

interface Hooks {
  map: {
    cy: {
      nodes(selector?: string): { length: number; map<T>(fn: (n: NodeLike) => T): T[] };
      getElementById(id: string): NodeLike;
      container(): HTMLElement;
    };
  } | null;
}
interface NodeLike {
  id(): string;
  position(): { x: number; y: number };
  data(key: string): unknown;
  renderedPosition(): { x: number; y: number };
  hasClass(c: string): boolean;
}
declare global {
  interface Window {
    __maillage?: Hooks;
    __xss?: number;
  }
}

const opened = appPage();
let page: Page;
let fixtures: Fixtures;

const text = (testId: string) => page.locator(`[data-testid="${testId}"]`).first().innerText();

/** Waits for a new workspace with these counts to be drawn. */
async function waitForMap(actors: number, links: number): Promise<void> {
  await page.waitForFunction(
    ([a, l]) => {
      const root = document.querySelector('[data-testid="app"]');
      return (
        root?.getAttribute('data-ready') === 'true' &&
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
          String(a) &&
        document.querySelector('[data-testid="link-count"]')?.getAttribute('data-value') ===
          String(l)
      );
    },
    [actors, links],
    { timeout: 60_000 },
  );
}

async function waitForAnalysis(): Promise<void> {
  await page.waitForSelector('[data-testid="app"][data-analysis="done"]', { timeout: 60_000 });
}

/** Clicks an actor where the map draws it. */
async function clickActor(id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__maillage?.map?.cy;
    if (!cy) throw new Error('no map');
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

async function search(name: string): Promise<void> {
  const input = page.getByTestId('search-input');
  await input.fill(name);
  await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
  await input.press('Enter');
}

beforeAll(async () => {
  fixtures = writeFixtures();
  page = opened.page;
});

describe('the demo territory', () => {
  it('opens on the demo and shows its counts: 124 actors, 316 distinct links', async () => {
    await waitForMap(124, 316);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await text('territory')).toContain('Val de Loire-Sèvre');
    const drawn = await page.evaluate(() => ({
      nodes: window.__maillage?.map?.cy.nodes().length,
      hidden: window.__maillage?.map?.cy.nodes('.hidden').length,
    }));
    expect(drawn).toEqual({ nodes: 124, hidden: 0 });
    // The legend lists the 16 actor types, with their shapes.
    await expect
      .poll(() => page.locator('[data-testid="legend"] li').count())
      .toBeGreaterThanOrEqual(16);
    await waitForAnalysis();
    await screenshot(page, '01-demo');
  });

  it('shows an actor’s details when it is clicked on the map', async () => {
    await clickActor('coordination-asv-les-tilleuls');
    await expect.poll(() => text('details-name')).toBe('Coordination ASV Les Tilleuls');
    const details = await text('details');
    expect(details).toContain('ASV');
    expect(details).toContain('Assemblée plénière');
    // An articulation point: 7 actors of the neighbourhood hang on it.
    expect(details).toMatch(/7 acteurs sont coupés/);
    expect(await text('details-sources')).toContain('acteurs.csv, ligne');
    expect(await page.locator('[data-testid="details-partners"] li').count()).toBe(15);
    await screenshot(page, '02-details');
  });

  it('focuses on the neighbourhood and highlights articulation points and bridges', async () => {
    await page.getByTestId('focus-button').click();
    await expect
      .poll(() => page.evaluate(() => window.__maillage?.map?.cy.nodes('.faded').length))
      .toBe(124 - 16);
    await screenshot(page, '03-focus');
    await page.getByTestId('focus-button').click();
    await page.getByTestId('articulation-switch').click();
    expect(await page.getAttribute('[data-testid="articulation-switch"]', 'aria-checked')).toBe(
      'true',
    );
    const critical = await page.evaluate(
      () => window.__maillage?.map?.cy.nodes('.critical').length,
    );
    expect(critical).toBe(3);
    await screenshot(page, '04-articulation');
    await page.getByTestId('articulation-switch').click();
  });

  it('finds an actor by name, whatever the accents', async () => {
    await search('delegation departementale');
    await expect.poll(() => text('details-name')).toBe("Délégation départementale de l'ARS");
  });

  it('filters by body and by actor type, positions kept', async () => {
    const before = await page.evaluate(() =>
      window.__maillage?.map?.cy.getElementById('ville-de-rochebrune').position(),
    );
    await page.getByTestId('filter-body').selectOption('CLSM:copil');
    await expect.poll(() => text('visible-count')).toContain('7 affichés sur 124');
    expect(await page.evaluate(() => window.__maillage?.map?.cy.nodes('.hidden').length)).toBe(117);
    const after = await page.evaluate(() =>
      window.__maillage?.map?.cy.getElementById('ville-de-rochebrune').position(),
    );
    expect(after).toEqual(before);
    await screenshot(page, '05-filter-body');
    await page.getByTestId('filter-body').selectOption('');
    // Only the associations.
    const types = page.getByTestId('filter-types');
    await types.getByRole('button', { name: 'Aucun' }).click();
    await types.getByLabel('Association').check();
    const associations = await page.evaluate(
      () =>
        window.__maillage?.map?.cy
          .nodes()
          .map((n) => n.data('type'))
          .filter((t) => t === 'association').length,
    );
    await expect.poll(() => text('visible-count')).toContain(`${associations} affichés sur 124`);
    await screenshot(page, '06-filter-type');
    await page.getByRole('button', { name: 'Tout afficher' }).click();
    await expect(page.locator('[data-testid="visible-count"]').count()).resolves.toBe(0);
  });

  it('switches to English and back', async () => {
    await page.getByTestId('language-switch').click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.file-button').innerText()).toBe('Import files');
    expect(await page.locator('.counts').innerText()).toMatch(/124 actors · 316 links/);
    expect(await text('details')).toContain('Schemes and bodies');
    await screenshot(page, '07-english');
    await page.getByTestId('language-switch').click();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
  });

  it('shows the same actors and links as tables, sortable and filterable', async () => {
    await page.getByTestId('view-tables').click();
    const table = page.getByTestId('actors-table');
    await table.waitFor();
    expect(await page.locator('.tables [role="status"]').first().innerText()).toBe('124 lignes');
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThanOrEqual(7);
    expect(await table.locator('tbody tr').count()).toBe(50);
    // Sort by number of partners, descending.
    await table.locator('thead th').nth(5).getByRole('button').click();
    const sorted = table.locator('th[aria-sort]');
    expect(await sorted.getAttribute('aria-sort')).toBe('descending');
    const firstDegree = Number(
      await table.locator('tbody tr').first().locator('td').nth(4).innerText(),
    );
    const secondDegree = Number(
      await table.locator('tbody tr').nth(1).locator('td').nth(4).innerText(),
    );
    expect(firstDegree).toBeGreaterThanOrEqual(secondDegree);
    await page.getByTestId('actors-table-filter').fill('tilleuls');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(3);
    await screenshot(page, '08-table-actors');
    await page.getByTestId('table-tab-links').click();
    await expect
      .poll(() => page.locator('.tables [role="status"]').first().innerText())
      .toBe('316 lignes');
    await screenshot(page, '09-table-links');
    await page.getByTestId('view-map').click();
  });
});

describe('importing files', () => {
  it('reads an Excel inventory in Windows-1252 with ; and CRLF', async () => {
    await page
      .getByTestId('file-input')
      .setInputFiles([fixtures.cp1252Actors, fixtures.cp1252Links]);
    await waitForMap(6, 5);
    await search('egletons');
    await expect.poll(() => text('details-name')).toBe('Centre hospitalier d’Égletons');
    await search('oeuvre');
    await expect.poll(() => text('details-name')).toBe('Œuvre de l’Élan — accueil');
    const names = await page.evaluate(() =>
      window.__maillage?.map?.cy.nodes().map((n) => String(n.data('name'))),
    );
    expect(names).toContain('Association « Les Français d’à côté »');
    expect(names).toContain('Maison de santé Çà et là');
    await page.getByTestId('report-button').click();
    const report = page.getByTestId('report-files');
    // The encoding read, in a select that reads the file again with another one.
    const encodings = page.getByTestId('report-encoding');
    expect(
      await encodings.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)),
    ).toEqual(['windows-1252', 'windows-1252']);
    expect(await report.innerText()).toContain('point-virgule');
    await screenshot(page, '10-import-cp1252');
    await page.keyboard.press('Escape');
    await waitForAnalysis();
    await screenshot(page, '11-map-cp1252');
  });

  it('keeps the map when the files are broken, and reports why', async () => {
    await page
      .getByTestId('file-input')
      .setInputFiles([fixtures.empty, fixtures.noName, fixtures.binary]);
    // The territory on screen is the user's: the import asks what to do with it.
    await page.getByTestId('import-replace').click();
    const dialog = page.getByTestId('report-dialog');
    await dialog.waitFor({ state: 'visible' });
    // The file with no name column gets the column mapping, over the report: closed here.
    const mapping = page.getByTestId('mapping-dialog');
    await mapping.waitFor({ state: 'visible' });
    expect(await mapping.innerText()).toContain('sans-nom.csv');
    await page.keyboard.press('Escape');
    await mapping.waitFor({ state: 'detached' });
    const issues = await page.getByTestId('report-issues').innerText();
    expect(issues).toContain('vide.csv');
    expect(issues).toContain('sans-nom.csv');
    expect(issues).toContain('classeur.csv');
    expect(issues).toContain('Erreur');
    expect(await dialog.innerText()).toContain('la carte précédente est conservée');
    // The map is still the Windows-1252 territory.
    expect(await text('actor-count')).toBe('6');
    expect(await page.getAttribute('[data-testid="app"]', 'data-ready')).toBe('true');
    await screenshot(page, '12-broken-files');
    // The report can be downloaded as CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('rapport-import-maillage.csv');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Closed, the report keeps none of its rows in the page (thousands on a region's files).
    expect(await page.getByTestId('report-issues').count()).toBe(0);
  });
});

describe('names that are HTML or script', () => {
  it('shows them as text in the map, the details, the tables and the report; no script runs', async () => {
    await page.getByTestId('file-input').setInputFiles([fixtures.xssActors, fixtures.xssLinks]);
    await page.getByTestId('import-replace').click();
    await waitForMap(5, 4);
    // The map data holds the names as they are.
    const labels = await page.evaluate(() =>
      window.__maillage?.map?.cy.nodes().map((n) => String(n.data('label'))),
    );
    for (const payload of PAYLOADS) expect(labels).toContain(payload);

    // The report dialog opened (an unknown endpoint) and quotes the payload as text.
    const dialog = page.getByTestId('report-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await page.getByTestId('report-issues').innerText()).toContain(
      '<b onmouseover="window.__xss=5">inconnu</b>',
    );
    expect(await dialog.locator('img, script, svg, b, a[href^="javascript"]').count()).toBe(0);
    await screenshot(page, '13-xss-report');
    await page.keyboard.press('Escape');

    // Details.
    await clickActor(await idOf(PAYLOADS[0] as string));
    await expect.poll(() => text('details-name')).toBe(PAYLOADS[0]);
    const details = page.getByTestId('details');
    expect(await details.innerText()).toContain(PAYLOADS[1]);
    expect(
      await details
        .locator('img, script:not([type]), svg:not(.shape-icon):not(.ring-icon), a')
        .count(),
    ).toBe(0);
    await screenshot(page, '14-xss-details');

    // Tables.
    await page.getByTestId('view-tables').click();
    const table = page.getByTestId('actors-table');
    await table.waitFor();
    const tableText = await table.innerText();
    for (const payload of PAYLOADS) expect(tableText).toContain(payload);
    expect(await table.locator('img, script, svg, a').count()).toBe(0);
    await screenshot(page, '15-xss-tables');
    await page.getByTestId('view-map').click();
    await screenshot(page, '16-xss-map');

    // Nothing ran.
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(opened.dialogs).toEqual([]);
  });
});

describe('a long import report', () => {
  it('shows its issues a page at a time, turned by keyboard', async () => {
    await page.getByTestId('file-input').setInputFiles([fixtures.xssActors, fixtures.unknownLinks]);
    await page.getByTestId('import-replace').click();
    const dialog = page.getByTestId('report-dialog');
    await dialog.waitFor({ state: 'visible' });
    const rows = page.getByTestId('report-issues').locator('tbody tr');
    // 120 unknown endpoints (and the rest): 50 rows on the first page.
    await expect.poll(() => rows.count()).toBe(50);
    const pager = page.getByTestId('report-pager');
    expect(await pager.innerText()).toMatch(/Page 1 sur 3/);
    const issues = () => page.getByTestId('report-issues').innerText();
    expect(await issues()).toContain('« Inconnu 1 »');
    expect(await issues()).not.toContain('« Inconnu 60 »');
    // Read to its bottom, then turned: the next page starts at its first issue.
    const region = page.locator('.issues-scroll');
    await region.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    expect(await region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await pager.getByRole('button', { name: 'Suivante' }).focus();
    await page.keyboard.press('Enter');
    expect(await pager.innerText()).toMatch(/Page 2 sur 3/);
    expect(await region.evaluate((el) => el.scrollTop)).toBe(0);
    expect(await rows.count()).toBe(50);
    expect(await issues()).toContain('« Inconnu 60 »');
    expect(await issues()).not.toContain('« Inconnu 1 »');
    await page.keyboard.press('Enter');
    expect(await pager.innerText()).toMatch(/Page 3 sur 3/);
    expect(await rows.count()).toBeLessThan(50);
    // The last page disables « Suivante »: the focus is on « Précédente ».
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Précédente');
    expect(await axeProblems(page, '[data-testid="report-dialog"]')).toEqual([]);
    await screenshot(page, '17-report-paged');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('privacy and errors', () => {
  it('sent no request outside the local server during the whole journey', () => {
    expect(opened.outside).toEqual([]);
  });

  it('raised no error in the page (Content-Security-Policy violations included)', () => {
    expect(opened.errors).toEqual([]);
  });
});

async function idOf(name: string): Promise<string> {
  const id = await page.evaluate(
    (n) =>
      window.__maillage?.map?.cy
        .nodes()
        .map((node) => [node.id(), String(node.data('name'))] as const)
        .find(([, value]) => value === n)?.[0],
    name,
  );
  if (!id) throw new Error(`no actor named ${name}`);
  return id;
}
