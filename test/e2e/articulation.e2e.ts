// The "Comment s'articulent CLS, CLSM et ASV ?" panel in headless Chromium, on the demo
// territory (data/demo/README.md) and on a fixture whose weak points are known by
// construction: the lists on screen are exactly those, a row lights its actors, and
// "Et si… ?" marks on the map exactly the actors cut off.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPage, ARTIFACTS, screenshot } from './browser.ts';
import {
  actorsInSchemes,
  attributes,
  axeProblems,
  importFixture,
  litIds,
  panelScreenshot,
  strandedIds,
  waitForPanels,
  type PanelHooks,
} from './panels.ts';

const opened = appPage();
let page: Page;

const PANEL = '[data-testid="panel-articulation"]';
const sorted = (ids: string[]) => [...ids].sort();

beforeAll(async () => {
  page = opened.page;
  await waitForPanels(page, 124, 316);
});

async function openPanel(): Promise<void> {
  if ((await page.locator(PANEL).count()) === 0) {
    await page.getByTestId('tab-articulation').click();
  }
  await page.locator('[data-testid="articulation-panel"]').waitFor();
}

const whatIf = () =>
  page.evaluate(() => (window as unknown as PanelHooks).__maillage?.state.whatIf ?? null);

const ASV_CUT_OFF = [
  'conseil-citoyen-des-tilleuls',
  'fatima-benali-conseil-citoyen',
  'jean-luc-moreau-conseil-citoyen',
  'association-des-habitants-des-tilleuls',
  'centre-social-les-tilleuls',
  'epicerie-solidaire-des-tilleuls',
  'jardin-partage-des-tilleuls',
];
const URBANISM = 'service-urbanisme-et-amenagement-de-l-agglomeration';
const MOBILITY = 'service-mobilite-de-l-agglomeration';
const MOBILITY_SIDE = [
  MOBILITY,
  'rochebus-reseau-de-bus-de-l-agglomeration',
  'plateforme-mobilite-solidaire-sevre-mobilite',
  'auto-ecole-sociale-permis-pour-tous',
];

describe('the demo territory', () => {
  it('says which actors the network hangs on, largest cut first', async () => {
    await openPanel();
    expect(await attributes(page, '[data-testid="art-point"]', 'data-id')).toEqual([
      'coordination-asv-les-tilleuls',
      URBANISM,
      MOBILITY,
    ]);
    expect(await attributes(page, '[data-testid="art-point"]', 'data-cut-off')).toEqual([
      '7',
      '4',
      '3',
    ]);
    expect(await page.locator('[data-testid="art-point"]').first().innerText()).toBe(
      'Si « Coordination ASV Les Tilleuls » se retire, 7 acteurs sont coupés du reste du réseau.',
    );
  });

  it('"Et si… ?" takes the ASV coordination off the map and marks exactly the 7 cut off', async () => {
    await openPanel();
    const button = page.locator(
      '[data-testid="art-what-if"][data-id="coordination-asv-les-tilleuls"]',
    );
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await whatIf()).toBe('coordination-asv-les-tilleuls');
    await expect.poll(() => strandedIds(page)).toEqual(sorted(ASV_CUT_OFF));
    const line = await page.getByTestId('art-stranded').innerText();
    expect(line).toMatch(
      /^Sans « Coordination ASV Les Tilleuls », ces 7 acteurs sont coupés du reste du réseau : /,
    );
    for (const name of ['Conseil citoyen des Tilleuls', 'Jardin partagé des Tilleuls']) {
      expect(line).toContain(name);
    }
    await screenshot(page, 'articulation-01-demo-what-if');
    await button.click();
    expect(await whatIf()).toBe(null);
    await expect.poll(() => strandedIds(page)).toEqual([]);
    expect(await page.getByTestId('art-stranded').count()).toBe(0);
  });

  it('names the one bridge and lights the mobility actors hanging on it', async () => {
    await openPanel();
    expect(await attributes(page, '[data-testid="art-bridge"]', 'data-pair')).toEqual([
      `${URBANISM}|${MOBILITY}`,
    ]);
    const bridge = page.locator('[data-testid="art-bridge"]');
    expect(await bridge.innerText()).toMatch(
      /^Le lien entre « Service urbanisme et aménagement de l'agglomération » et « Service mobilité de l'agglomération » est le seul chemin entre deux parties du réseau : sans lui, 4 acteurs sont coupés du reste \(/,
    );
    await bridge.click();
    expect(await litIds(page)).toEqual(sorted([URBANISM, ...MOBILITY_SIDE]));
    await bridge.click();
    expect(await litIds(page)).toEqual([]);
  });

  it('counts the actors of each combination of schemes, and lights them', async () => {
    await openPanel();
    expect(await attributes(page, '[data-testid="art-combination"]', 'data-schemes')).toEqual([
      'CLS',
      'CLSM',
      'CV',
      'CLS+CV',
      'ASV',
      'ASV+CV',
      'CLS+CLSM',
      'CLS+ASV',
      'CLSM+CV',
      'CLS+CLSM+ASV+CV',
      'CLSM+ASV',
      'CLS+CLSM+ASV',
      'CLS+CLSM+CV',
      'CLS+ASV+CV',
    ]);
    expect(await page.locator('[data-testid="art-combination-count"]').allInnerTexts()).toEqual([
      '37',
      '20',
      '10',
      '8',
      '7',
      '7',
      '6',
      '5',
      '4',
      '3',
      '2',
      '2',
      '2',
      '2',
    ]);
    const row = page.locator('[data-testid="art-combination"][data-schemes="ASV+CV"] button');
    await row.click();
    const asvCv = await actorsInSchemes(page, ['ASV', 'CV']);
    expect(asvCv).toHaveLength(7);
    expect(await litIds(page)).toEqual(asvCv);
    await row.click();
    // 124 actors, 115 in a scheme.
    expect(await page.getByTestId('art-outside').innerText()).toBe(
      '9 acteurs ne sont membres d’aucun dispositif.',
    );
  });

  it('lists the 41 actors in several schemes and the links across schemes', async () => {
    await openPanel();
    expect(await page.locator('#art-multi-title').innerText()).toBe(
      'Acteurs présents dans plusieurs dispositifs (41)',
    );
    await page.getByRole('button', { name: 'Tout afficher (41)' }).click();
    expect(await page.locator('[data-testid="art-multi"]').count()).toBe(41);
    // The three actors in all four schemes come first.
    const first = await attributes(page, '[data-testid="art-multi"]', 'data-id');
    const inFour = await actorsInSchemes(page, ['CLS', 'CLSM', 'ASV', 'CV']);
    expect(sorted(first.slice(0, 3))).toEqual(inFour);
    await page.getByRole('button', { name: 'Afficher moins' }).click();

    expect(await page.locator('#art-cross-title').innerText()).toBe(
      'Liens entre membres de dispositifs différents (29)',
    );
    expect(await page.locator('[data-testid="art-cross"] > button').allInnerTexts()).toEqual([
      'CLSM ↔ Contrat de ville : 14 liens',
      'CLS ↔ Contrat de ville : 13 liens',
      'CLS ↔ ASV : 10 liens',
      'CLS ↔ CLSM : 8 liens',
      'CLSM ↔ ASV : 7 liens',
      'ASV ↔ Contrat de ville : 2 liens',
    ]);
  });

  it('has no serious or critical accessibility problem, and is saved as pictures', async () => {
    await openPanel();
    await page.locator('[data-testid="art-what-if"]').first().click();
    await page.locator('[data-testid="art-combination"] button').nth(4).click();
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await screenshot(page, 'articulation-02-demo-map-and-panel');
    await panelScreenshot(
      page,
      'panel-articulation',
      `${ARTIFACTS}/articulation-03-demo-panel.png`,
    );
    await page.locator('[data-testid="art-combination"] button').nth(4).click();
    await page.locator('[data-testid="art-what-if"]').first().click();
    await page.getByTestId('language-switch').click();
    expect(await page.locator('[data-testid="art-point"]').first().innerText()).toBe(
      'If “Coordination ASV Les Tilleuls” withdraws, 7 actors are cut off from the rest of the network.',
    );
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await panelScreenshot(
      page,
      'panel-articulation',
      `${ARTIFACTS}/articulation-04-demo-panel-en.png`,
    );
    await page.getByTestId('language-switch').click();
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });
});

describe('a territory whose weak points are known by construction', () => {
  it('lists exactly its 3 articulation points and its bridge', async () => {
    await importFixture(page);
    await openPanel();
    expect(await page.locator('[data-testid="art-point"]').allInnerTexts()).toEqual([
      "Si « Mairie d'Alpha » se retire, 3 acteurs sont coupés du reste du réseau.",
      'Si « Coordination ASV Les Prés » se retire, 2 acteurs sont coupés du reste du réseau.',
      "Si « CCAS d'Alpha » se retire, 2 acteurs sont coupés du reste du réseau.",
    ]);
    expect(await page.locator('[data-testid="art-bridge"]').allInnerTexts()).toEqual([
      "Le lien entre « Mairie d'Alpha » et « CCAS d'Alpha » est le seul chemin entre deux parties du réseau : sans lui, 3 acteurs sont coupés du reste (Alpha Habitat, ADIL de la Vallée et CCAS d'Alpha).",
    ]);
    await page.locator('[data-testid="art-bridge"]').click();
    expect(await litIds(page)).toEqual(['adil', 'bailleur', 'ccas', 'mairie']);
    await page.locator('[data-testid="art-bridge"]').click();
  });

  it('"Et si… ?" on the town hall marks the housing triangle', async () => {
    await openPanel();
    await page.locator('[data-testid="art-what-if"][data-id="mairie"]').click();
    await expect.poll(() => strandedIds(page)).toEqual(['adil', 'bailleur', 'ccas']);
    expect(await page.getByTestId('art-stranded').innerText()).toBe(
      "Sans « Mairie d'Alpha », ces 3 acteurs sont coupés du reste du réseau : Alpha Habitat, ADIL de la Vallée et CCAS d'Alpha.",
    );
    // Another actor: the first is put back.
    await page.locator('[data-testid="art-what-if"][data-id="asv"]').click();
    await expect.poll(() => strandedIds(page)).toEqual(['asso-habitants', 'centre-social']);
    expect(await page.locator('[data-testid="art-what-if"][aria-pressed="true"]').count()).toBe(1);
    await page.locator('[data-testid="art-point"][data-id="asv"]').click();
    expect(await litIds(page)).toEqual(['asso-habitants', 'asv', 'centre-social']);
    await screenshot(page, 'articulation-05-fixture-what-if');
    await page.locator('[data-testid="art-point"][data-id="asv"]').click();
    await page.locator('[data-testid="art-what-if"][data-id="asv"]').click();
    await expect.poll(() => strandedIds(page)).toEqual([]);
  });

  it('counts its combinations of schemes, multi-scheme actors and cross-scheme links', async () => {
    await openPanel();
    expect(await attributes(page, '[data-testid="art-combination"]', 'data-schemes')).toEqual([
      'CLS',
      'ASV',
      'CLS+CLSM',
      'CLS+ASV',
    ]);
    expect(await page.locator('[data-testid="art-combination-count"]').allInnerTexts()).toEqual([
      '3',
      '3',
      '2',
      '1',
    ]);
    expect(await page.locator('.art-scheme-total').allInnerTexts()).toEqual([
      '6 au total',
      '2 au total',
      '4 au total',
    ]);
    expect(await page.getByTestId('art-outside').innerText()).toBe(
      '3 acteurs ne sont membres d’aucun dispositif.',
    );
    await page.locator('[data-testid="art-combination"][data-schemes="CLS"] button').click();
    expect(await litIds(page)).toEqual(['adil', 'agence', 'bailleur']);
    await page.locator('[data-testid="art-combination"][data-schemes="CLS"] button').click();

    expect(await attributes(page, '[data-testid="art-multi"]', 'data-id')).toEqual([
      'mairie',
      'hopital',
      'ccas',
    ]);
    expect(await page.locator('[data-testid="art-multi"] td').allInnerTexts()).toEqual([
      'CLS, CLSM',
      '2',
      'CLS, CLSM',
      '2',
      'CLS, ASV',
      '2',
    ]);
    // mairie–asv and hopital–asv join CLS and CLSM members to an ASV-only actor.
    expect(await page.locator('[data-testid="art-cross"] > button').allInnerTexts()).toEqual([
      'CLS ↔ ASV : 2 liens',
      'CLSM ↔ ASV : 2 liens',
    ]);
    await page.locator('[data-testid="art-cross"][data-schemes="CLS|ASV"] > button').click();
    expect(await litIds(page)).toEqual(['asv', 'hopital', 'mairie']);
    await page.locator('[data-testid="art-cross"][data-schemes="CLS|ASV"] details summary').click();
    expect(
      await page
        .locator('[data-testid="art-cross"][data-schemes="CLS|ASV"] details li')
        .allInnerTexts(),
    ).toEqual([
      "Mairie d'Alpha — Coordination ASV Les Prés",
      "Centre hospitalier d'Alpha — Coordination ASV Les Prés",
    ]);
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await screenshot(page, 'articulation-06-fixture-map-and-panel');
    await panelScreenshot(
      page,
      'panel-articulation',
      `${ARTIFACTS}/articulation-07-fixture-panel.png`,
    );
    expect(opened.errors).toEqual([]);
  });
});
