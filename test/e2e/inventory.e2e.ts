// A one-sheet inventory (actors and their partners in one table) imported by the file input:
// the map has the links of the partners column, and the report says where they came from.

import { describe, expect, it } from 'vitest';
import { appSession, screenshot } from './browser.ts';
import { writeFixtures } from './fixtures.ts';

const session = appSession();

describe('a one-sheet inventory', () => {
  it('draws the links of its partners column', async () => {
    const fixtures = writeFixtures();
    const { page, outside, errors } = await session.open({ ready: true });
    await page.getByTestId('file-input').setInputFiles([fixtures.oneSheet]);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true' &&
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') === '5' &&
        document.querySelector('[data-testid="link-count"]')?.getAttribute('data-value') === '4',
      null,
      { timeout: 60_000 },
    );
    await page.waitForSelector('[data-testid="app"][data-analysis="done"]', { timeout: 60_000 });
    // The test hook types only nodes; edges are read through the same Cytoscape core.
    const edges = await page.evaluate(() => {
      type Edge = {
        source(): { data(k: string): unknown };
        target(): { data(k: string): unknown };
      };
      const cy = window.__maillage?.map?.cy as unknown as { edges(): Edge[] } | undefined;
      return (cy?.edges() ?? [])
        .map((e) => `${String(e.source().data('name'))} — ${String(e.target().data('name'))}`)
        .sort();
    });
    expect(edges).toEqual([
      'CCAS de Rochebrune — Centre hospitalier de Rochebrune',
      'CCAS de Rochebrune — Mission locale',
      'Centre hospitalier de Rochebrune — Maison des ados / Point écoute',
      'Centre hospitalier de Rochebrune — Ville de Rochebrune',
    ]);
    // The report opens by itself after an import with errors (here a misspelt partner).
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const report = await dialog.innerText();
    // 5 names, 4 links on the map: CCAS → Mission locale and back make one.
    expect(report).toContain('5 liens tirés de la colonne « Partenaires »');
    expect(report).toContain('Vouliez-vous dire « Mission locale » ?');
    await screenshot(page, '61-one-sheet-report');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await screenshot(page, '60-one-sheet-map');

    // With a links file of directed, weighted links both ways: one reciprocal link whose
    // details give its original weight.
    await page
      .getByTestId('file-input')
      .setInputFiles([fixtures.oneSheet, fixtures.directedWeighted]);
    // The territory on screen is the user's: the import asks what to do with it.
    await page.getByTestId('import-replace').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true' &&
        document.querySelector('[data-testid="link-count"]')?.getAttribute('data-value') === '5',
      null,
      { timeout: 60_000 },
    );
    if ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape');
    const input = page.getByTestId('search-input');
    await input.fill('Ville de Roch');
    await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
    await input.press('Enter');
    const partners = page.getByTestId('details-partners');
    await expect
      .poll(() => partners.innerText())
      .toContain('Intensité 3 · poids d’origine 250 · réciproque');
    await screenshot(page, '62-reciprocal-details');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('tells homonyms apart by their town in the search results', async () => {
    const fixtures = writeFixtures();
    const { page, errors } = await session.open({ ready: true });
    await page.getByTestId('file-input').setInputFiles([fixtures.homonyms]);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true' &&
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') === '3',
      null,
      { timeout: 60_000 },
    );
    if ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape');
    await page.getByTestId('search-input').fill('Clinique');
    const options = page.locator('[data-testid="search-results"] [role="option"]');
    await options.first().waitFor();
    expect((await options.allInnerTexts()).sort()).toEqual([
      'Clinique Saint-Joseph (Machecoul)',
      'Clinique Saint-Joseph (Paimboeuf)',
      'Clinique du Parc',
    ]);
    await screenshot(page, '63-homonyms-search');
    expect(errors).toEqual([]);
  });
});
