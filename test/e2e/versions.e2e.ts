// « Figer une version » and the comparison, in the built app: the before inventory of
// test/fixtures/compare/ imported and frozen, the after one imported over it, the two
// compared. The differences are known by construction (test/cli/compare.test.ts reads the
// same pair): the sentences are exactly the engine's, the counts and the CSV rows the
// known ones, the map's marks on exactly the gained and lost elements; a reload keeps the
// versions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, diffSentences, versionOf } from '../../src/analysis/index.ts';
import { defaultReference } from '../../src/domain/index.ts';
import { importGraph } from '../../src/model/index.ts';
import { appPage, screenshot } from './browser.ts';
import { axeProblems, waitForPanels } from './panels.ts';

const DIR = 'test/fixtures/compare';
const files = (side: string) => [`${DIR}/${side}/acteurs.csv`, `${DIR}/${side}/liens.csv`];

const opened = appPage({ ready: true });

/** The engine's own sentences on the same files, read in Node. */
async function expectedSentences(): Promise<string[]> {
  const ref = defaultReference();
  const graphOf = async (side: string) =>
    (
      await importGraph(
        files(side).map((path) => ({ name: path.split('/').pop()!, bytes: readFileSync(path) })),
        ref,
      )
    ).graph;
  const [before, after] = await Promise.all([graphOf('before'), graphOf('after')]);
  if (!before || !after) throw new Error('the compare fixtures import nothing');
  const diff = compareVersions(versionOf(before, ref), versionOf(after, ref), ref);
  return diffSentences(diff, 'fr', ref);
}

async function counts(kind: string): Promise<string[]> {
  return opened.page
    .locator(`[data-testid="count-${kind}"] td`)
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value') ?? ''));
}

describe('versions and comparison', () => {
  it('freezes the before inventory, imports the after one and compares them', async () => {
    const { page } = opened;
    await page.getByTestId('file-input').setInputFiles(files('before'));
    await waitForPanels(page, 8, 7);
    await page.getByTestId('versions-button').click();
    const name = page.getByTestId('version-name');
    expect(await name.inputValue()).toMatch(/^Version du /);
    await name.fill('Diagnostic 2023');
    await name.press('Enter');
    await expect
      .poll(() => page.getByTestId('version-label').allTextContents())
      .toEqual(['Diagnostic 2023']);
    // Rename and delete (with confirmation) on a second version, by keyboard.
    await name.fill('Brouillon');
    await page.getByTestId('freeze-version').press('Enter');
    await expect.poll(() => page.getByTestId('version-item').count()).toBe(2);
    await page.getByTestId('version-rename').nth(1).press('Enter');
    await page.getByTestId('version-rename-input').fill('Brouillon 2');
    await page.getByTestId('version-rename-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('version-label').allTextContents())
      .toEqual(['Diagnostic 2023', 'Brouillon 2']);
    await page.getByTestId('version-delete').nth(1).press('Enter');
    await page.getByTestId('version-delete-confirm').press('Enter');
    await expect.poll(() => page.getByTestId('version-item').count()).toBe(1);
    expect(await axeProblems(page, '[data-testid="versions-dialog"]')).toEqual([]);
    await screenshot(page, 'versions-dialog');
    await page.keyboard.press('Escape');

    await page.getByTestId('file-input').setInputFiles(files('after'));
    await waitForPanels(page, 9, 9);
    await page.getByTestId('versions-button').click();
    expect(await page.getByTestId('compare-before').inputValue()).not.toBe('current');
    expect(await page.getByTestId('compare-after').inputValue()).toBe('current');
    await page.getByTestId('compare-button').click();
    const dialog = page.getByTestId('comparison-dialog');
    await dialog.waitFor();
    expect(await page.locator('[data-testid="comparison-sentences"] li').allTextContents()).toEqual(
      await expectedSentences(),
    );
    expect(await dialog.textContent()).toContain('1 acteur est parti : « Mission locale du Val ».');
    expect(await counts('actors')).toEqual(['2', '1', '2']);
    expect(await counts('links')).toEqual(['5', '2', '1']);
    // Sectors by body: CLS COPIL +logement; COTECH +soins +logement +citoyenneté −emploi;
    // the whole CLS +logement +citoyenneté −emploi.
    expect(await counts('sectors')).toEqual(['6', '2', '']);
    const types = (await counts('types')).map(Number);
    expect(await counts('isolated')).toEqual(['1', '1', '']);
    expect(await counts('points')).toEqual(['1', '1', '']);
    expect(await axeProblems(page, '[data-testid="comparison-dialog"]')).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'versions-comparison');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('comparison-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^maillage-.*-differences\.csv$/);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    const rows = page.locator('[data-testid="comparison-rows"] tbody tr');
    expect(lines.length - 1).toBe(await rows.count());
    // actors 2+1+2, links 5+2+1, sectors 6+2, types, isolated 2, points 2.
    expect(lines.length - 1).toBe(5 + 8 + 8 + (types[0] ?? 0) + (types[1] ?? 0) + 2 + 2);
    expect(lines.filter((l) => l.startsWith('acteur;retiré;mission-locale-du-val;'))).toHaveLength(
      1,
    );
  });

  it('draws the union of both versions on the map: gained, lost and kept, with a legend', async () => {
    const { page } = opened;
    await page.getByTestId('comparison-map').click();
    await page.getByTestId('compare-bar').waitFor();
    const marked = () =>
      page.evaluate(() => {
        const cy = (
          window as unknown as {
            __maillage: {
              map: {
                cy: {
                  elements(s: string): {
                    map<T>(f: (e: { id(): string; data(k: string): string }) => T): T[];
                  };
                };
              };
            };
          }
        ).__maillage.map.cy;
        const ids = (s: string) =>
          cy
            .elements(s)
            .map((e) => e.id())
            .sort();
        const pairs = (s: string) =>
          cy
            .elements(s)
            .map((e) => [e.data('source'), e.data('target')].sort().join(' – '))
            .sort();
        return {
          gainedActors: ids('node.gained'),
          lostActors: ids('node.lost'),
          keptActors: ids('node.kept').length,
          gainedLinks: pairs('edge.gained'),
          lostLinks: pairs('edge.lost'),
          keptLinks: ids('edge.kept').length,
          hidden: ids('.hidden').length,
        };
      });
    await expect.poll(async () => (await marked()).lostActors).toEqual(['mission-locale-du-val']);
    expect(await marked()).toEqual({
      gainedActors: ['conseil-citoyen-des-tilleuls', 'habitat-rochebrune'],
      lostActors: ['mission-locale-du-val'],
      keptActors: 7,
      gainedLinks: [
        'centre-communal-d-action-sociale-de-rochebrune – habitat-rochebrune',
        'centre-hospitalier-de-rochebrune – clinique-du-parc',
        'clinique-du-parc – ville-de-rochebrune',
        'conseil-citoyen-des-tilleuls – ville-de-rochebrune',
      ],
      lostLinks: [
        'college-jean-moulin – mission-locale-du-val',
        'mission-locale-du-val – ville-de-rochebrune',
      ],
      keptLinks: 5,
      hidden: 0,
    });
    expect(await axeProblems(page, '[data-testid="compare-bar"]')).toEqual([]);
    await page.waitForTimeout(500);
    await screenshot(page, 'versions-map');
    // Leaving the mode puts the map back: the lost elements go, the marks too.
    await page.getByTestId('compare-leave').click();
    await expect
      .poll(async () => marked())
      .toEqual({
        gainedActors: [],
        lostActors: [],
        keptActors: 0,
        gainedLinks: [],
        lostLinks: [],
        keptLinks: 0,
        hidden: 0,
      });
    await waitForPanels(page, 9, 9);
  });

  it('keeps the versions after a reload', async () => {
    const { page } = opened;
    await page.keyboard.press('Escape');
    // The autosave writes 1.5 s after the last change, from the pipeline worker.
    await page.waitForTimeout(3000);
    await page.reload();
    await waitForPanels(page, 9, 9);
    await page.getByTestId('versions-button').click();
    expect(await page.getByTestId('version-label').allTextContents()).toEqual(['Diagnostic 2023']);
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });
});
