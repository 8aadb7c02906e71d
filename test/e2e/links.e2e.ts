// The "Quels liens manquent ?" panel in headless Chromium, on the demo territory (gaps listed
// in data/demo/README.md) and on a fixture whose gaps are known by construction: the lists on
// screen are exactly those; a row lights its actors; suggested links go dashed on the map.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPage, ARTIFACTS, screenshot } from './browser.ts';
import {
  actorsWithSectors,
  attributes,
  axeProblems,
  importFixture,
  litIds,
  panelScreenshot,
  suggestedPairs,
  waitForPanels,
} from './panels.ts';

const opened = appPage();
let page: Page;

const PANEL = '[data-testid="panel-links"]';
const sorted = (ids: string[]) => [...ids].sort();

beforeAll(async () => {
  page = opened.page;
  await waitForPanels(page, 124, 316);
});

async function openPanel(): Promise<void> {
  if ((await page.locator(PANEL).count()) === 0) await page.getByTestId('tab-links').click();
  await page.locator('[data-testid="links-panel"]').waitFor();
}

describe('the demo territory', () => {
  it('lists the 4 isolated actors and the cut-off group of 4', async () => {
    await openPanel();
    expect(sorted(await attributes(page, '[data-testid="ml-isolated"]', 'data-id'))).toEqual(
      sorted([
        'brigade-de-gendarmerie-de-montrevel-la-foret',
        'clinique-du-parc',
        'pharmacie-de-la-gare',
        'laiterie-cooperative-du-bocage',
      ]),
    );
    expect(await page.locator('[data-testid="ml-isolated"]').allInnerTexts()).toContain(
      'Clinique du Parc',
    );
    const groups = await attributes(page, '[data-testid="ml-group"]', 'data-ids');
    expect(groups.map((g) => sorted(g.split(' ')))).toEqual([
      sorted([
        'mairie-de-montrevel-la-foret',
        'ehpad-les-glycines',
        'cabinet-infirmier-de-montrevel',
        'club-des-aines-de-montrevel',
      ]),
    ]);
    expect(await page.getByTestId('ml-summary').innerText()).toBe(
      '4 acteurs isolés · 1 groupe coupé du réseau principal · 14 paires de secteurs sans lien',
    );
  });

  it('lists the 14 pairs of sectors without a link, and the matrix marks the same cells', async () => {
    await openPanel();
    const pairs = await attributes(page, '[data-testid="ml-pair"]', 'data-sectors');
    const canonical = (p: string) => sorted(p.split('|')).join('|');
    const expected = [
      'culture|medico-social',
      'soins|emploi',
      ...[
        'alimentation',
        'citoyennete',
        'culture',
        'education',
        'environnement',
        'logement',
        'medico-social',
        'prevention',
        'sante-mentale',
        'securite',
        'soins',
        'sport',
      ].map((s) => `mobilite|${s}`),
    ];
    expect(sorted(pairs.map(canonical))).toEqual(sorted(expected.map(canonical)));
    // The matrix: 16 sectors, each pair without a link marked twice (it is symmetric).
    expect(await page.locator('.ml-matrix thead th[scope="col"]').count()).toBe(17);
    const gaps = await attributes(page, '.ml-gap [data-testid="ml-cell"]', 'data-sectors');
    expect(sorted([...new Set(gaps.map(canonical))])).toEqual(sorted(expected.map(canonical)));
    expect(gaps).toHaveLength(28);
    expect(
      await page
        .locator('.ml-gap [data-testid="ml-cell"] [aria-hidden="true"]')
        .first()
        .innerText(),
    ).toBe('0');
  });

  it('clicking a row lights its actors; a second click turns them off', async () => {
    await openPanel();
    const row = page.locator('[data-testid="ml-isolated"][data-id="clinique-du-parc"]');
    await row.click();
    expect(await litIds(page)).toEqual(['clinique-du-parc']);
    expect(await row.getAttribute('aria-pressed')).toBe('true');
    await row.click();
    expect(await litIds(page)).toEqual([]);

    await page.locator('[data-testid="ml-group"]').click();
    expect(await litIds(page)).toEqual(
      sorted([
        'mairie-de-montrevel-la-foret',
        'ehpad-les-glycines',
        'cabinet-infirmier-de-montrevel',
        'club-des-aines-de-montrevel',
      ]),
    );

    await page.locator('[data-testid="ml-pair"][data-sectors="soins|emploi"]').click();
    const soinsEmploi = await actorsWithSectors(page, ['soins', 'emploi']);
    expect(soinsEmploi.length).toBeGreaterThan(5);
    expect(await litIds(page)).toEqual(soinsEmploi);

    // The empty cells of the matrix are the same finding: they show pressed, and a click
    // on one turns it off, a second lights the same actors again.
    const cell = page.locator('[data-testid="ml-cell"][data-sectors="emploi|soins"]');
    const mirror = page.locator('[data-testid="ml-cell"][data-sectors="soins|emploi"]');
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    expect(await mirror.getAttribute('aria-pressed')).toBe('true');
    await cell.click();
    expect(await litIds(page)).toEqual([]);
    await cell.click();
    expect(await litIds(page)).toEqual(soinsEmploi);
    await mirror.click();
    expect(await litIds(page)).toEqual([]);
    // A cell with links lights the ends of those links.
    await page.locator('[data-testid="ml-cell"][data-sectors="mobilite|urbanisme"]').click();
    const lit = await litIds(page);
    expect(lit).toContain('service-urbanisme-et-amenagement-de-l-agglomeration');
    expect(lit).toContain('service-mobilite-de-l-agglomeration');
    await page.locator('[data-testid="ml-cell"][data-sectors="mobilite|urbanisme"]').click();
  });

  it('draws a suggested link dashed on the map, and the first N on demand', async () => {
    await openPanel();
    const first = page.locator('[data-testid="ml-suggestion"]').first();
    const key = (await first.getAttribute('data-pair')) as string;
    expect(await first.locator('[data-testid="ml-reasons"]').innerText()).not.toBe('');
    await first.locator('[data-testid="ml-suggestion-toggle"]').check();
    expect(await suggestedPairs(page)).toEqual([key]);
    await first.locator('[data-testid="ml-suggestion-toggle"]').uncheck();
    expect(await suggestedPairs(page)).toEqual([]);

    await page.getByTestId('ml-top-count').selectOption('5');
    await page.getByTestId('ml-show-top').click();
    const top5 = (await attributes(page, '[data-testid="ml-suggestion"]', 'data-pair')).slice(0, 5);
    expect(await suggestedPairs(page)).toEqual(top5);
    expect(await page.getByTestId('ml-shown-count').innerText()).toBe(
      '5 liens suggérés en pointillés sur la carte.',
    );
    expect(await page.locator('[data-testid="ml-suggestion-toggle"]:checked').count()).toBe(5);
    await screenshot(page, 'links-01-demo-suggested-on-map');
    await page.getByTestId('ml-clear-suggested').click();
    expect(await suggestedPairs(page)).toEqual([]);
  });

  it('has no serious or critical accessibility problem, and is saved as pictures', async () => {
    await openPanel();
    await page.locator('[data-testid="ml-pair"][data-sectors="medico-social|culture"]').click();
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await screenshot(page, 'links-02-demo-map-and-panel');
    await panelScreenshot(page, 'panel-links', `${ARTIFACTS}/links-03-demo-panel.png`);
    await page.locator('[data-testid="ml-pair"][data-sectors="medico-social|culture"]').click();
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });

  it('reads in English', async () => {
    await openPanel();
    await page.getByTestId('language-switch').click();
    expect(await page.getByTestId('ml-summary').innerText()).toBe(
      '4 isolated actors · 1 group cut off from the main network · 14 pairs of sectors without a link',
    );
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await panelScreenshot(page, 'panel-links', `${ARTIFACTS}/links-04-demo-panel-en.png`);
    await page.getByTestId('language-switch').click();
  });
});

describe('a territory whose gaps are known by construction', () => {
  it('lists exactly its isolated actor, its cut-off group and its 13 pairs of sectors', async () => {
    await importFixture(page);
    await openPanel();
    expect(await attributes(page, '[data-testid="ml-isolated"]', 'data-id')).toEqual(['agence']);
    expect(await page.locator('[data-testid="ml-isolated"]').allInnerTexts()).toEqual([
      'Agence immobilière à vocation sociale',
    ]);
    expect(await attributes(page, '[data-testid="ml-group"]', 'data-ids')).toEqual([
      'mairie-kappa ehpad club',
    ]);
    expect(await page.locator('[data-testid="ml-group"]').innerText()).toBe(
      'Groupe de 3 acteurs : Mairie de Kappa, EHPAD de Kappa et Club des aînés de Kappa',
    );
    // 7 sectors present, 8 pairs linked: soins–social, soins–prévention, prévention–social,
    // prévention–éducation, prévention–citoyenneté, éducation–citoyenneté, social–logement,
    // social–médico-social. The 13 others, in the reference order of the sectors:
    expect(await attributes(page, '[data-testid="ml-pair"]', 'data-sectors')).toEqual([
      'soins|medico-social',
      'soins|logement',
      'soins|education',
      'soins|citoyennete',
      'prevention|medico-social',
      'prevention|logement',
      'medico-social|logement',
      'medico-social|education',
      'medico-social|citoyennete',
      'social|education',
      'social|citoyennete',
      'logement|education',
      'logement|citoyennete',
    ]);
    expect(await page.locator('[data-testid="ml-pair"]').first().innerText()).toContain(
      'Aucun lien entre « Soins et offre de santé » et « Médico-social (personnes âgées, handicap) »',
    );
    expect(await page.locator('.ml-matrix tbody th[scope="row"]').allInnerTexts()).toEqual([
      'Soins',
      'Prévention',
      'Médico-social',
      'Action sociale',
      'Logement',
      'Éducation',
      'Participation des habitants',
    ]);
    expect(await attributes(page, '[data-testid="ml-cell"]', 'data-count')).toEqual(
      // soins, prévention, médico-social, social, logement, éducation, citoyenneté
      [
        [0, 1, 0, 1, 0, 0, 0],
        [1, 0, 0, 1, 0, 1, 1],
        [0, 0, 1, 2, 0, 0, 0],
        [1, 1, 2, 1, 2, 0, 0],
        [0, 0, 0, 2, 1, 0, 0],
        [0, 1, 0, 0, 0, 0, 1],
        [0, 1, 0, 0, 0, 1, 0],
      ]
        .flat()
        .map(String),
    );
  });

  it('ranks its 11 suggestions with their reasons in words', async () => {
    await openPanel();
    await page.getByRole('button', { name: 'Tout afficher (11)' }).click();
    expect(await attributes(page, '[data-testid="ml-suggestion"]', 'data-pair')).toEqual([
      // Score 1: the isolated agency sits in the CLS "GT Logement" with three actors.
      'bailleur|agence',
      'adil|agence',
      'ccas|agence',
      // 1/ln 3: one common partner with 3 links (mairie or ccas).
      'mairie|bailleur',
      'mairie|adil',
      'hopital|ccas',
      'asv|ccas',
      // 1/ln 4: one common partner with 4 links (asv).
      'mairie|centre-social',
      'mairie|asso-habitants',
      'hopital|centre-social',
      'hopital|asso-habitants',
    ]);
    const reasons = await page.locator('[data-testid="ml-reasons"]').allInnerTexts();
    expect(reasons.slice(0, 3)).toEqual(Array(3).fill('tous deux au GT Logement du CLS'));
    expect(new Set(reasons.slice(3))).toEqual(new Set(['1 partenaire en commun']));
    const scores = await page
      .locator('[data-testid="ml-suggestion"] td.ml-num:nth-of-type(2)')
      .allInnerTexts();
    expect(scores.slice(0, 4)).toEqual(['1,00', '1,00', '1,00', '0,91']);
  });

  it('lights a suggested pair and draws it dashed', async () => {
    await openPanel();
    const row = page.locator('[data-testid="ml-suggestion"][data-pair="bailleur|agence"]');
    await row.locator('[data-testid="ml-suggestion-pair"]').click();
    expect(await litIds(page)).toEqual(['agence', 'bailleur']);
    await row.locator('[data-testid="ml-suggestion-toggle"]').check();
    expect(await suggestedPairs(page)).toEqual(['bailleur|agence']);
    await page.locator('[data-testid="ml-cell"][data-sectors="logement|social"]').click();
    // Links social–logement: ccas–bailleur, ccas–adil.
    expect(await litIds(page)).toEqual(['adil', 'bailleur', 'ccas']);
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await screenshot(page, 'links-05-fixture-map-and-panel');
    await panelScreenshot(page, 'panel-links', `${ARTIFACTS}/links-06-fixture-panel.png`);
    expect(opened.errors).toEqual([]);
  });
});
