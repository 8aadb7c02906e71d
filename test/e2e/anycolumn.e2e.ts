// Any free column on the map, in headless Chromium: a hospital-like inventory whose columns
// ("Catégorie FINESS", "Département", "Capacité") the reference does not know colours the
// map by its values, sizes it by its numbers (French decimals), filters it by a value and by
// a range; types the reference does not know keep their words in the legend and the details.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPage, ARTIFACTS, screenshot } from './browser.ts';
import { writeFixtures, type Fixtures } from './fixtures.ts';
import { axeProblems, waitForPanels } from './panels.ts';

interface NodeLike {
  id(): string;
  data(key: string): unknown;
  hasClass(c: string): boolean;
}
interface Hooks {
  __maillage?: { map: { cy: { nodes(): { map<T>(fn: (n: NodeLike) => T): T[] } } } | null };
}

const opened = appPage();
let page: Page;
let fixtures: Fixtures;

/** Each actor's id, fill, size and whether the filters hide it. */
async function nodes(): Promise<{ id: string; colour: string; size: number; hidden: boolean }[]> {
  return page.evaluate(
    () =>
      (window as unknown as Hooks).__maillage?.map?.cy.nodes().map((n) => ({
        id: n.id(),
        colour: n.data('colour') as string,
        size: n.data('size') as number,
        hidden: n.hasClass('hidden'),
      })) ?? [],
  );
}

const byId = async () => new Map((await nodes()).map((n) => [n.id, n]));

/** The lines of the legend's first list (colour), as "label count". */
async function colourLines(): Promise<{ label: string; count: string; colour: string }[]> {
  return page.$$eval('[data-testid="legend"] > ul.legend-list:first-of-type > li', (items) =>
    items.map((li) => ({
      label: li.querySelector('.legend-label')?.textContent ?? '',
      count: li.querySelector('.legend-count')?.textContent ?? '',
      colour: li.getAttribute('data-colour') ?? '',
    })),
  );
}

/** Clicks an export button and keeps the file the app downloads in test-results/e2e. */
async function download(testId: string, name: string): Promise<Buffer> {
  const open = await page
    .getByTestId('export-menu')
    .evaluate((d) => (d as HTMLDetailsElement).open);
  if (!open) await page.locator('[data-testid="export-menu"] summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ]);
  const path = `${ARTIFACTS}/${name}`;
  await file.saveAs(path);
  return readFileSync(path);
}

const shown = () => page.locator('[data-testid="visible-count"]').innerText();

beforeAll(async () => {
  fixtures = writeFixtures();
  page = opened.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await waitForPanels(page, 124, 316);
  await page
    .getByTestId('file-input')
    .setInputFiles([fixtures.hospitalActors, fixtures.hospitalLinks]);
  await waitForPanels(page, 13, 13);
  // Unknown types are reported: the report opens, and closes with Escape.
  if (await page.getByTestId('report-dialog').isVisible()) {
    await page.keyboard.press('Escape');
    await page.getByTestId('report-dialog').waitFor({ state: 'hidden' });
  }
});

describe('a hospital-like inventory', () => {
  it('offers its free columns to colour by, and colours the map by their values', async () => {
    const options = await page.$$eval('[data-testid="colour-by"] optgroup option', (os) =>
      os.map((o) => o.textContent),
    );
    expect(options).toEqual(
      expect.arrayContaining(['Catégorie FINESS', 'Département', 'Capacité', 'constructor']),
    );
    // The type column's leftovers (words of unknown types) are the type encoding's business.
    expect(options).not.toContain('Type');
    await page.getByTestId('colour-by').selectOption('column:Catégorie FINESS');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="legend"] h3')?.textContent?.includes('FINESS'),
    );
    expect(await page.locator('[data-testid="legend"] h3').first().innerText()).toBe(
      'Couleur : colonne « Catégorie FINESS »',
    );
    const lines = await colourLines();
    // Most frequent first, then alphabetical; "not given" last; every actor counted once.
    expect(lines.map((l) => `${l.label} ${l.count}`)).toEqual([
      'Centre hospitalier 3',
      'Centre médico-psychologique 2',
      'EHPAD 2',
      'Structure jeunesse 2',
      '__proto__ 1',
      'Clinique privée 1',
      'Non renseigné 2',
    ]);
    // Each value its own colour, and the map's actors take the legend's colours.
    expect(new Set(lines.map((l) => l.colour)).size).toBe(7);
    const map = await byId();
    const colourOf = (label: string) => lines.find((l) => l.label === label)?.colour;
    expect(map.get('ch-saintes')?.colour).toBe(colourOf('Centre hospitalier'));
    expect(map.get('ch-angouleme')?.colour).toBe(colourOf('Centre hospitalier'));
    expect(map.get('ehpad-roseraie')?.colour).toBe(colourOf('EHPAD'));
    expect(map.get('unafam')?.colour).toBe(colourOf('__proto__'));
    expect(map.get('ars')?.colour).toBe(colourOf('Non renseigné'));
    expect(new Set([...map.values()].map((n) => n.colour)).size).toBe(7);
  });

  it('sizes the actors by a column of numbers, the ones without a number the smallest', async () => {
    const sizeOptions = await page.$$eval('[data-testid="size-by"] optgroup option', (os) =>
      os.map((o) => o.textContent),
    );
    // Numbers only: "Catégorie FINESS" is not offered.
    expect(sizeOptions).toContain('Capacité');
    expect(sizeOptions).not.toContain('Catégorie FINESS');
    await page.getByTestId('size-by').selectOption('column:Capacité');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="legend"]')?.textContent?.includes('Capacité'),
    );
    const map = await byId();
    const size = (id: string) => map.get(id)?.size ?? NaN;
    // "1 250" > "980,5" > "310" > "140" > "85"; "n.c." and empty take the smallest size.
    expect(size('ch-saintes')).toBeGreaterThan(size('ch-angouleme'));
    expect(size('ch-angouleme')).toBeGreaterThan(size('ch-jonzac'));
    expect(size('ch-jonzac')).toBeGreaterThan(size('clinique'));
    expect(size('clinique')).toBeGreaterThan(size('ehpad-tilleuls'));
    const smallest = Math.min(...[...map.values()].map((n) => n.size));
    expect(size('mda')).toBe(smallest);
    expect(size('ars')).toBe(smallest);
    expect(await page.getByTestId('legend').innerText()).toContain(
      'Taille : colonne « Capacité » ; 7 acteurs sans valeur chiffrée : plus petite taille',
    );
    await screenshot(page, 'anycolumn-1-colour-size');
  });

  it('filters by a value of a column, then by a range of numbers', async () => {
    await page.getByTestId('filter-column-name').selectOption('Département');
    const values = page.getByTestId('filter-column-values');
    await values.getByRole('button', { name: 'Aucun' }).click();
    await values.getByRole('checkbox', { name: /^16/ }).check();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="visible-count"]')?.textContent?.includes('2'),
    );
    expect(await shown()).toContain('2');
    const visible = (await nodes()).filter((n) => !n.hidden).map((n) => n.id);
    expect(visible.sort()).toEqual(['ch-angouleme', 'clinique']);
    await screenshot(page, 'anycolumn-2-filter-value');

    await page.getByTestId('filter-column-name').selectOption('Capacité');
    await page.getByTestId('filter-column-min').fill('100');
    await page.getByTestId('filter-column-max').fill('1 000,5');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="visible-count"]')?.textContent?.includes('3'),
    );
    const inRange = (await nodes()).filter((n) => !n.hidden).map((n) => n.id);
    expect(inRange.sort()).toEqual(['ch-angouleme', 'ch-jonzac', 'clinique']);
    expect(await axeProblems(page, '.side-panel')).toEqual([]);
    expect(await axeProblems(page, '[data-testid="legend"]')).toEqual([]);
    await page.getByTestId('filter-column-name').selectOption('');
    expect(await page.locator('[data-testid="visible-count"]').count()).toBe(0);
  });

  it('keeps the words of the types the reference does not know', async () => {
    await page.getByTestId('colour-by').selectOption('type');
    const lines = await colourLines();
    expect(lines.map((l) => l.label)).toContain('Autre : Maison des adolescents, Point écoute');
    await page.getByTestId('search-input').fill('Maison des ado');
    await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('details-type').waitFor();
    expect(await page.getByTestId('details-type').innerText()).toBe(
      'Autre (Maison des adolescents)',
    );
    await page.keyboard.press('Escape');
  });

  it('keeps the choices with the map’s encodings', async () => {
    await page.getByTestId('colour-by').selectOption('column:Catégorie FINESS');
    const state = await page.evaluate(
      () =>
        (
          window as unknown as {
            __maillage?: { state: { encodings: Record<string, unknown> } };
          }
        ).__maillage?.state.encodings,
    );
    expect(state).toMatchObject({
      colourBy: 'column',
      colourColumn: 'Catégorie FINESS',
      sizeBy: 'column',
      sizeColumn: 'Capacité',
    });
    await screenshot(page, 'anycolumn-3-map-legend');
    // The exported picture's legend says the same, with counts.
    const svg = (await download('export-svg', 'anycolumn.svg')).toString('utf8');
    for (const line of [
      'Centre hospitalier (3)',
      'EHPAD (2)',
      '__proto__ (1)',
      'Non renseigné (2)',
    ]) {
      expect(svg).toContain(`>${line}</text>`);
    }
    expect(svg).toContain('Catégorie FINESS');
    await download('export-png', 'anycolumn-export.png');
    // In English too.
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="legend"] h3')?.textContent?.startsWith('Colour'),
    );
    expect(await page.locator('[data-testid="legend"] h3').first().innerText()).toBe(
      'Colour: column "Catégorie FINESS"',
    );
    expect((await colourLines()).at(-1)?.label).toBe('Not given');
    expect(await page.getByTestId('legend').innerText()).toContain(
      'Size: column "Capacité"; 7 actors with no number: smallest size',
    );
    await screenshot(page, 'anycolumn-4-english');
    await page.getByTestId('language-switch').click();
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });

  it('colours a column of many numbers as a scale', async () => {
    const rows = Array.from(
      { length: 15 },
      (_, i) => `Établissement ${i + 1};Association;${(i + 1) * 12},5`,
    );
    const actors = ['Nom;Type;Nombre de places', ...rows, 'Sans places;Association;n.c.'];
    const links = [
      'Acteur 1;Acteur 2',
      ...rows.slice(1).map((_, i) => `Établissement ${i + 1};Établissement ${i + 2}`),
    ];
    const file = (name: string, lines: string[]) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
    });
    await page
      .getByTestId('file-input')
      .setInputFiles([file('places.csv', actors), file('liens-places.csv', links)]);
    // The territory on screen is the user's: the import asks what to do with it.
    await page.getByTestId('import-replace').click();
    await waitForPanels(page, 16, 14);
    await page.getByTestId('colour-by').selectOption('column:Nombre de places');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="legend"] h3')?.textContent?.includes('places'),
    );
    const lines = await colourLines();
    expect(lines.map((l) => `${l.label} ${l.count}`)).toEqual([
      'de 12,5 à 36,5 3',
      'de 48,5 à 72,5 3',
      'de 84,5 à 108,5 3',
      'de 120,5 à 144,5 3',
      'de 156,5 à 180,5 3',
      'Autres valeurs (1) 1',
    ]);
    const colours = new Set((await nodes()).map((n) => n.colour));
    expect(colours.size).toBe(6);
    await screenshot(page, 'anycolumn-5-scale');
  });
});
