// Columns mapped by hand: a file whose names the import cannot find opens the mapping
// dialog, the mapping is applied and kept for the same headers, a column is remapped from
// the report; "Préparer mes fichiers" opens from the first screen and its templates
// download. Both dialogs pass axe-core (every impact) and are looked at in screenshots.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPage, screenshot } from './browser.ts';
import { axeProblems } from './panels.ts';

const opened = appPage({ ready: true });
let page: Page;

beforeAll(() => {
  page = opened.page;
});

/** No header the import knows as a name: "Intitulé officiel" holds the names. */
const INVENTORY = [
  'Intitulé officiel;Ville d’implantation;Secteurs;Remarque',
  'Mairie de Testville;Testville;Social;signataire',
  'Centre hospitalier de Testville;Testville;Soins;',
  'Association Bien Vivre;Bourg-sur-Test;Citoyenneté;GT',
].join('\r\n');

const inventoryFile = () => ({
  name: 'inventaire-maison.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(INVENTORY, 'utf8'),
});

/** What the test hooks expose that these tests read. */
interface Hooked {
  __maillage?: {
    state: {
      mappings: unknown[];
      workspace: {
        graph: { mapNodes<T>(fn: (id: string, actor: { territory?: string }) => T): T[] };
      } | null;
    };
  };
}

const count = (testId: string) =>
  page.evaluate(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value'),
    testId,
  );

const territories = () =>
  page.evaluate(() => {
    const graph = (window as unknown as Hooked).__maillage?.state.workspace?.graph;
    return graph ? graph.mapNodes((_, a) => a.territory ?? '').sort() : [];
  });

describe('help to prepare the files', () => {
  it('opens from the first screen, lists the headers and downloads the templates', async () => {
    // Under the import button, in the header's one row at 1366 px.
    expect(await axeProblems(page, '.header-actions')).toEqual([]);
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThan(70);
    const opener = page.getByTestId('help-button');
    await opener.click();
    const help = page.getByTestId('help-dialog');
    await help.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
      true,
    );
    // The recognised headers come from the import's own list.
    const actors = await page.getByTestId('help-headers-actors').innerText();
    expect(actors).toContain('raison sociale');
    expect(actors).toContain('CLSM');
    expect(await page.getByTestId('help-headers-links').innerText()).toContain('acteur 1');
    expect(await axeProblems(page, '[data-testid="help-dialog"]')).toEqual([]);
    await screenshot(page, '60-help-dialog');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-acteurs.csv').click(),
    ]);
    expect(csv.suggestedFilename()).toBe('acteurs.csv');
    const text = readFileSync((await csv.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFFIdentifiant;Nom de la structure;')).toBe(true);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-modele-maillage.xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('modele-maillage.xlsx');
    const bytes = readFileSync((await xlsx.path()) as string);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip, as .xlsx files are

    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'help-button',
    );
  });
});

describe('columns mapped by hand', () => {
  it('asks for the name column of a file that has none recognised, then maps it', async () => {
    await page.getByTestId('file-input').setInputFiles([inventoryFile()]);
    const dialog = page.getByTestId('mapping-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.innerText()).toContain('Mairie de Testville');
    // Without a name column the mapping says why it cannot be applied.
    await page.getByTestId('mapping-apply').click();
    expect(await page.getByTestId('mapping-check').innerText()).toContain(
      'colonne qui porte le nom',
    );
    await dialog.waitFor({ state: 'visible' });
    expect(await axeProblems(page, '[data-testid="mapping-dialog"]')).toEqual([]);
    await page.locator('[data-testid="mapping-field"][data-header="Intitulé officiel"]').focus();
    await screenshot(page, '61-mapping-dialog');
    await page
      .locator('[data-testid="mapping-field"][data-header="Intitulé officiel"]')
      .selectOption('name');
    expect(await page.getByTestId('mapping-check').innerText()).toContain('fichier d’acteurs');
    await page.getByTestId('mapping-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => count('actor-count'), { timeout: 60_000 }).toBe('3');
    const names = await page.evaluate(() =>
      window.__maillage?.map?.cy.nodes().map((n) => String(n.data('name'))),
    );
    expect(names).toContain('Association Bien Vivre');
  });

  it('remaps a column from the import report', async () => {
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 60_000 });
    expect(await territories()).toEqual(['', '', '']);
    await page.getByTestId('report-button').click();
    await page.getByTestId('report-dialog').waitFor({ state: 'visible' });
    const button = page.getByTestId('report-map-columns');
    await button.click();
    const dialog = page.getByTestId('mapping-dialog');
    await dialog.waitFor({ state: 'visible' });
    // Pre-filled with the mapping in force.
    const name = page.locator('[data-testid="mapping-field"][data-header="Intitulé officiel"]');
    expect(await name.inputValue()).toBe('name');
    // Escape closes it and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'report-map-columns',
    );
    await button.click();
    await dialog.waitFor({ state: 'visible' });
    await page
      .locator('[data-testid="mapping-field"][data-header="Ville d’implantation"]')
      .selectOption('territory');
    await page.getByTestId('mapping-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(territories, { timeout: 60_000 })
      .toEqual(['Bourg-sur-Test', 'Testville', 'Testville']);
  });

  it('applies the saved mapping to a file with the same headers, and can undo it', async () => {
    await page.getByTestId('file-input').setInputFiles([inventoryFile()]);
    // The territory on screen is the user's: the import asks what to do with it.
    await page.getByTestId('import-replace').click();
    const notice = page.getByTestId('mapping-notice');
    await notice.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await notice.innerText()).toContain('inventaire-maison.csv');
    await expect.poll(() => count('actor-count'), { timeout: 60_000 }).toBe('3');
    await expect
      .poll(territories, { timeout: 60_000 })
      .toEqual(['Bourg-sur-Test', 'Testville', 'Testville']);
    expect(
      await page.evaluate(() => (window as unknown as Hooked).__maillage?.state.mappings.length),
    ).toBe(1);
    await page.getByTestId('mapping-undo').click();
    // Without the mapping the file has no name column again: the report says so.
    const report = page.getByTestId('report-dialog');
    await report.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.getByTestId('report-issues').innerText()).toContain('inventaire-maison.csv');
    expect(await page.getByTestId('mapping-notice').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('offers another encoding for a text file', async () => {
    await page.getByTestId('file-input').setInputFiles([inventoryFile()]);
    await page.getByTestId('import-replace').click();
    await page.getByTestId('mapping-notice').waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('report-button').click();
    const select = page.getByTestId('report-encoding');
    expect(await select.inputValue()).toBe('utf-8');
    await select.selectOption('windows-1252');
    // Read again: the report stays open and the map keeps its three actors.
    await expect.poll(() => count('actor-count'), { timeout: 60_000 }).toBe('3');
    await page.getByTestId('report-dialog').waitFor({ state: 'visible' });
    expect(await axeProblems(page, '[data-testid="report-dialog"]')).toEqual([]);
    await screenshot(page, '62-report-mapping-encoding');
    await page.keyboard.press('Escape');
    expect(opened.outside).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
