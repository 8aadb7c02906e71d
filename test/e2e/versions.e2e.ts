// « Figer une version » and the comparison, in the built app: the before inventory of
// test/fixtures/compare/ imported and frozen, the after one imported over it, the two
// compared. The differences are known by construction (test/cli/compare.test.ts reads the
// same pair): the sentences are exactly the engine's, the counts and the CSV rows the
// known ones, the map's marks on exactly the gained and lost elements; a reload keeps the
// versions.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, diffSentences, versionOf } from '../../src/analysis/index.ts';
import { defaultReference } from '../../src/domain/index.ts';
import { importGraph } from '../../src/model/index.ts';
import { ruleChanges } from '../../src/analysis';
import { ARTIFACTS, appPage, screenshot } from './browser.ts';
import { axeProblems, waitForPanels } from './panels.ts';

const DIR = 'test/fixtures/compare';
const files = (side: string) => [`${DIR}/${side}/acteurs.csv`, `${DIR}/${side}/liens.csv`];

const opened = appPage({ ready: true });

/** The two sides' graphs, read in Node from the same files. */
async function sidesInNode() {
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
  return { ref, before, after };
}

/** The engine's own sentences on the same files. */
async function expectedSentences(): Promise<string[]> {
  const { ref, before, after } = await sidesInNode();
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
    // A cross-scheme rule switched on for this territory: the comparison checks it too.
    await page.getByTestId('tab-coverage').click();
    const residents = page.locator('[data-testid="cov-rule"][data-rule="residents-in-cls-copil"]');
    await residents.getByTestId('cov-rule-switch').click();
    await expect
      .poll(() => residents.locator('[data-testid="cov-cross"]').count())
      .toBeGreaterThan(0);
    await page.getByTestId('drawer-close').click();
    // Freeze, rename and delete (with confirmation) a draft version, by keyboard.
    await page.getByTestId('versions-button').click();
    const name = page.getByTestId('version-name');
    expect(await name.inputValue()).toMatch(/^Version du /);
    await name.fill('Brouillon');
    await name.press('Enter');
    await expect
      .poll(() => page.getByTestId('version-label').allTextContents())
      .toEqual(['Brouillon']);
    await page.getByTestId('version-rename').press('Enter');
    await page.getByTestId('version-rename-input').fill('Brouillon 2');
    await page.getByTestId('version-rename-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('version-label').allTextContents())
      .toEqual(['Brouillon 2']);
    await page.getByTestId('version-delete').press('Enter');
    await page.getByTestId('version-delete-confirm').press('Enter');
    await expect.poll(() => page.getByTestId('version-item').count()).toBe(0);
    expect(await axeProblems(page, '[data-testid="versions-dialog"]')).toEqual([]);
    await screenshot(page, 'versions-dialog');
    await page.keyboard.press('Escape');

    // The newer inventory imported over it: keeping a version and comparing comes first,
    // under a dated name the user changes.
    await page.getByTestId('file-input').setInputFiles(files('after'));
    const choice = page.getByTestId('import-choice');
    await choice.waitFor();
    const versionName = page.getByTestId('import-version-name');
    expect(await versionName.inputValue()).toMatch(/^Version du /);
    expect(
      await choice
        .locator('button')
        .evaluateAll((b) => b.map((e) => e.getAttribute('data-testid'))),
    ).toEqual([null, 'import-version', 'import-replace', 'import-add', 'import-cancel']);
    expect(await axeProblems(page, '[data-testid="import-choice"]')).toEqual([]);
    await screenshot(page, 'versions-import-choice');
    await versionName.fill('Diagnostic 2023');
    await versionName.press('Enter');
    await waitForPanels(page, 9, 9);
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
    // The legend bar covers nothing of the map (its names, zoom buttons, minimap) at either
    // small screen size, and the keyboard reaches it after the map.
    for (const [width, height] of [
      [1366, 768],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      const box = async (selector: string) => {
        const b = await page.locator(selector).first().boundingBox();
        if (!b) throw new Error(`${selector} is not on screen`);
        return b;
      };
      const bar = await box('[data-testid="compare-bar"]');
      expect(bar.y + bar.height).toBeLessThanOrEqual(height);
      for (const covered of ['.map-area', '.map-zoom', '[data-testid="map"]']) {
        const b = await box(covered);
        const overlap =
          Math.min(bar.x + bar.width, b.x + b.width) > Math.max(bar.x, b.x) &&
          Math.min(bar.y + bar.height, b.y + b.height) > Math.max(bar.y, b.y);
        expect({ width, covered, overlap }).toEqual({ width, covered, overlap: false });
      }
      await screenshot(page, `versions-map-${width}`);
    }
    await page.getByTestId('map').focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'compare-back',
      );
    }
    expect(reached).toBe(true);

    // The printable report holds the comparison open, on screen and on paper.
    await page.getByTestId('open-report').click();
    const report = page.getByTestId('print-report');
    const section = report.getByTestId('report-comparison');
    await section.waitFor();
    expect(await report.getByTestId('report-comparison-choice').inputValue()).toBe('open');
    expect(await section.locator('h2').innerText()).toBe(
      'Comparaison : Diagnostic 2023 → État actuel',
    );
    expect(
      await section.locator('[data-testid="comparison-sentences"] li').allTextContents(),
    ).toEqual(await expectedSentences());
    const reportCount = (kind: string) =>
      section
        .locator(`[data-testid="count-${kind}"] td`)
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value') ?? ''));
    expect(await reportCount('actors')).toEqual(['2', '1', '2']);
    expect(await reportCount('links')).toEqual(['5', '2', '1']);
    expect(await reportCount('points')).toEqual(['1', '1', '']);
    // The workspace's cross-scheme rules (as switched above), checked on both sides.
    const { before, after } = await sidesInNode();
    const rules = ruleChanges(before, after, {
      switched: { 'residents-in-cls-copil': true },
      custom: [],
    }).map((r) => [r.rule, r.before, r.after]);
    expect(rules.map(([rule]) => rule)).toContain('residents-in-cls-copil');
    expect(
      await section
        .locator('[data-testid="comparison-rules"] tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [r.dataset.rule, r.dataset.before || null, r.dataset.after || null]),
        ),
    ).toEqual(rules);
    const rowsText = await section.getByTestId('comparison-rows').innerText();
    expect(rowsText).toContain('Mission locale du Val');
    expect(rowsText).toContain('Conseil citoyen des Tilleuls');
    expect(await axeProblems(page, '[data-testid="print-report"]')).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${ARTIFACTS}/versions-report.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await section.isVisible()).toBe(true);
    expect(await page.locator('.report-toolbar').isVisible()).toBe(false);
    await section.screenshot({ path: `${ARTIFACTS}/versions-report-comparison.png` });
    await page.emulateMedia({ media: 'screen' });
    // Without a comparison chosen, the report has no such section.
    await report.getByTestId('report-comparison-choice').selectOption('none');
    expect(await section.count()).toBe(0);
    await page.getByTestId('report-close').click();
    await page.setViewportSize({ width: 1366, height: 768 });
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
