// The "Qui est autour de la table ?" panel in headless Chromium, on the demo territory (gaps
// listed in data/demo/README.md) and on a fixture whose gaps are known by construction: the
// gaps on screen are exactly those; editing the expected composition changes them at once;
// a row lights the right actors on the map; no serious or critical axe-core violation.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cp1252 } from '../import/helpers.ts';
import { appPage, ARTIFACTS } from './browser.ts';
import { attributes, axeProblems, litIds, panelScreenshot, waitForPanels } from './panels.ts';

interface Hooks {
  __maillage?: {
    state: {
      expected: unknown[] | null;
      workspace: {
        graph: {
          filterNodes(
            fn: (
              id: string,
              actor: { sectors: string[]; schemes: Record<string, string[]> },
            ) => boolean,
          ): string[];
        };
      } | null;
    };
  };
}

const opened = appPage();
let page: Page;

const PANEL = '[data-testid="panel-coverage"]';
const sorted = (ids: readonly string[]) => [...ids].sort();

/** Members of (scheme, body) in the current workspace, read from the app's graph. */
async function members(scheme: string, body: string, sector?: string): Promise<string[]> {
  return sorted(
    await page.evaluate(
      ([s, b, sec]) =>
        (window as unknown as Hooks).__maillage?.state.workspace?.graph.filterNodes(
          (_id, actor) =>
            (actor.schemes[s as string] ?? []).includes(b as string) &&
            (!sec || actor.sectors.includes(sec)),
        ) ?? [],
      [scheme, body, sector],
    ),
  );
}

/** The whole panel in one picture, saved as a test artifact. */
const shot = (name: string) => panelScreenshot(page, 'coverage-panel', `${ARTIFACTS}/${name}.png`);

const gapRules = () => attributes(page, '[data-testid="cov-gap"][data-level="gap"]', 'data-rule');
const hintRules = () => attributes(page, '[data-testid="cov-gap"][data-level="hint"]', 'data-rule');

async function openPanel(): Promise<void> {
  if ((await page.locator(PANEL).count()) === 0) await page.getByTestId('tab-coverage').click();
  await page.locator('[data-testid="coverage-panel"]').waitFor();
}

async function view(name: 'gaps' | 'sectors' | 'types' | 'editor'): Promise<void> {
  await page.getByTestId(`cov-view-${name}`).click();
  expect(await page.getByTestId(`cov-view-${name}`).getAttribute('aria-pressed')).toBe('true');
}

const gapButton = (rule: string) => page.locator(`[data-testid="cov-gap"][data-rule="${rule}"]`);

beforeAll(async () => {
  page = opened.page;
  await waitForPanels(page, 124, 316);
});

describe('the demo territory', () => {
  it('lists its known gaps: no required rule unmet, housing and residents missing from the CLS COPIL', async () => {
    await openPanel();
    expect(await gapRules()).toEqual([]);
    expect(await page.getByTestId('cov-no-gaps').count()).toBe(1);
    expect(await hintRules()).toEqual([
      'CLS|copil|type|recommended|habitant',
      'CLS|copil|sector|recommended|logement',
    ]);
    const texts = await page.locator('[data-testid="cov-gap"] .cov-gap-text').allInnerTexts();
    expect(texts[0]).toMatch(
      /^Aucun acteur de type « Habitants et usagers » au comité de pilotage du CLS \(recommandé ; art\. L\.1434-10/,
    );
    expect(texts[1]).toMatch(
      /^Aucun acteur du secteur « Logement et habitat » au comité de pilotage du CLS \(recommandé/,
    );
    expect(await page.getByTestId('cov-summary').innerText()).toContain('0 manque');
    // The cross-scheme rule: the ASV coordinator sits in the CLSM plenary only.
    const cross = page.getByTestId('cov-cross');
    expect(await cross.getAttribute('data-ok')).toBe('false');
    expect(await cross.innerText()).toContain(
      'Le coordinateur de l’ASV ne siège pas au COPIL du CLSM',
    );
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await shot('cov-01-demo-gaps');
  });

  it('lights the 13 members of the CLS COPIL from a gap, and turns them off on a second click', async () => {
    const row = gapButton('CLS|copil|sector|recommended|logement');
    await row.click();
    const copil = await members('CLS', 'copil');
    expect(copil).toHaveLength(13);
    await expect.poll(() => litIds(page)).toEqual(copil);
    expect(await row.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('cov-selection').innerText()).toContain('13 acteurs allumés');
    await row.click();
    await expect.poll(() => litIds(page)).toEqual([]);
    expect(await row.getAttribute('aria-pressed')).toBe('false');
  });

  it('lights the ASV coordinator from the cross-scheme rule', async () => {
    await page.getByTestId('cov-cross').click();
    await expect.poll(() => litIds(page)).toEqual(['coordination-asv-les-tilleuls']);
    await page.getByTestId('cov-cross').click();
    await expect.poll(() => litIds(page)).toEqual([]);
  });

  it('switches a cross-scheme rule on, composes one, and keeps both after a reload', async () => {
    const rule = (id: string) => page.locator(`[data-testid="cov-rule"][data-rule="${id}"]`);
    const residents = rule('residents-in-cls-copil');
    expect(await residents.getByTestId('cov-rule-status').getAttribute('data-status')).toBe('off');
    expect(await residents.innerText()).toContain('Désactivée');
    // From the keyboard: the switch is a checkbox.
    await residents.getByTestId('cov-rule-switch').focus();
    await page.keyboard.press('Space');
    const status = residents.locator('[data-testid="cov-cross"]');
    expect(await status.getAttribute('data-status')).toBe('unmet');
    expect(await status.innerText()).toContain('Non respectée');
    expect(await page.getByTestId('cov-summary').innerText()).toContain(
      '2 règles entre dispositifs non respectées',
    );
    // Composed from the menus: an actor of type ARS sits in the CLS COPIL.
    await page.getByTestId('cov-composer-type').selectOption('ars');
    await page.getByTestId('cov-composer-scheme').selectOption('CLS');
    await page.getByTestId('cov-composer-body').selectOption('copil');
    await page.getByTestId('cov-composer-add').click();
    const mine = page.locator('[data-testid="cov-rule"][data-rule^="user-"]');
    expect(await mine.count()).toBe(1);
    expect(await mine.innerText()).toContain('Un acteur de type ARS siège dans');
    expect(await mine.locator('[data-testid="cov-cross"]').getAttribute('data-status')).toBe('met');
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await shot('cov-02-cross-rules');
    // The autosave writes 1.5 s after the last change.
    await page.waitForTimeout(3000);
    await page.reload();
    await waitForPanels(page, 124, 316);
    await openPanel();
    expect(await residents.locator('[data-testid="cov-cross"]').getAttribute('data-status')).toBe(
      'unmet',
    );
    expect(await mine.count()).toBe(1);
    // Put back as they were for the tests after this one: one rule checked.
    await mine.getByTestId('cov-rule-remove').click();
    await residents.getByTestId('cov-rule-switch').click();
    expect(await mine.count()).toBe(0);
    expect(await page.getByTestId('cov-cross').count()).toBe(1);
  });

  it('shows the sectors × bodies matrix grouped by determinant layer; a cell lights its actors', async () => {
    await view('sectors');
    const matrix = page.getByTestId('cov-matrix-sector');
    expect(await matrix.locator('caption').innerText()).toContain('groupés par déterminant');
    expect(await matrix.locator('tbody th[scope="rowgroup"]').allTextContents()).toEqual([
      'Facteurs liés aux modes de vie',
      'Réseaux sociaux et communautaires',
      'Conditions de vie et de travail',
      'Services de santé, sociaux et médico-sociaux',
      'Conditions socio-économiques, culturelles et environnementales',
    ]);
    // The only recommended sector missing from the CLS COPIL, said in words.
    const hint = matrix.locator('[data-cell="logement@CLS|copil"]');
    expect(await hint.getAttribute('data-state')).toBe('hint');
    expect(await hint.innerText()).toContain('recommandé');
    expect(
      await attributes(page, '[data-testid="cov-matrix-sector"] td[data-state="gap"]', 'data-cell'),
    ).toEqual([]);
    // Housing in the CLS working groups: the count, then the actors lit.
    const housing = await members('CLS', 'gt', 'logement');
    const cell = matrix.locator('[data-cell="logement@CLS|gt"] button');
    expect(await cell.innerText()).toContain(String(housing.length));
    await cell.click();
    await expect.poll(() => litIds(page)).toEqual(housing);
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('cov-selection').innerText()).toContain('Logement et habitat');
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await shot('cov-02-demo-sectors');
    await cell.click();
    await expect.poll(() => litIds(page)).toEqual([]);
  });

  it('shows the actor types × bodies matrix; a column header lights the body', async () => {
    await view('types');
    const matrix = page.getByTestId('cov-matrix-type');
    expect(
      await matrix.locator('[data-cell="habitant@CLS|copil"]').getAttribute('data-state'),
    ).toBe('hint');
    expect(await matrix.locator('[data-cell="ars@CLS|copil"]').getAttribute('data-state')).toBe(
      'present',
    );
    const header = matrix.locator('thead th.cov-body button').filter({ hasText: 'COPIL' }).nth(1);
    await header.click();
    await expect.poll(() => litIds(page)).toEqual(await members('CLSM', 'copil'));
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await shot('cov-03-demo-types');
    await header.click();
  });

  it('shows the expected composition of the CLS COPIL, editable', async () => {
    await view('editor');
    expect(await page.getByTestId('cov-editor-body').inputValue()).toBe('CLS|copil');
    expect(await page.getByTestId('cov-level-type-ars').inputValue()).toBe('required');
    expect(await page.getByTestId('cov-level-sector-logement').inputValue()).toBe('recommended');
    expect(await page.getByTestId('cov-level-sector-sport').inputValue()).toBe('none');
    expect(await page.getByTestId('cov-reset').isDisabled()).toBe(true);
    expect(await attributes(page, '[data-testid="cov-body-gap"]', 'data-rule')).toEqual([
      'CLS|copil|type|recommended|habitant',
      'CLS|copil|sector|recommended|logement',
    ]);
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await shot('cov-04-demo-editor');
    await view('gaps');
  });
});

// A small territory whose gaps are known by construction (Excel export: Windows-1252, `;`).
// Under the reference composition (data/expected-composition.json):
// - CLS COPIL = communauté de communes (9 sectors, all recommended ones but housing), CPAM,
//   préfecture: no ARS (required); no resident, no housing (recommended). The CLS as a whole
//   has housing (the bailleur in a GT): nothing missing there.
// - CLSM plenary has everyone expected; CLSM COPIL = the mairie alone: no hospital
//   (required), no residents or associations (recommended).
// - ASV COPIL = préfecture, mairie, association, GP: no resident (required); ASV as a whole
//   adds the coordination: no resident (required), no education actor (recommended).
// - The ASV coordinator sits in the CLSM plenary only: the cross-scheme rule is broken.
const FIXTURE_ACTORS = [
  'Nom;Type;Secteurs;CLS;CLSM;ASV;Rôle',
  'Communauté de communes du Testois;Collectivité;Soins, Prévention, Santé mentale, Social, Médico-social, Éducation, Environnement, Mobilité, Urbanisme;COPIL;;;Porteur du CLS',
  'CPAM du Testois;CPAM;Social;COPIL;;;',
  'Préfecture du Testois;Préfecture;Sécurité;COPIL;Plénière;COPIL;',
  'Mairie de Testville;Commune;Social, Santé mentale;x;COPIL, Plénière;COPIL;',
  'Centre hospitalier de Testville;Hôpital;Soins, Santé mentale;;Plénière;;',
  'GEM Le Lien;Association;Santé mentale;;Plénière;;',
  'Coordination ASV Testville;Collectivité;Prévention;;Plénière;Coordination;Coordinatrice ASV',
  'Association de quartier Les Érables;Association;Citoyenneté;;;COPIL;',
  'Cabinet du Dr Lenoir;Médecin généraliste;Soins;;Plénière;COPIL;',
  'Test Habitat;Bailleur social;Logement;GT;Plénière;;',
];
const FIXTURE_LINKS = [
  'Acteur 1;Acteur 2;Nature du lien',
  'Communauté de communes du Testois;CPAM du Testois;Convention',
  'Communauté de communes du Testois;Préfecture du Testois;Convention',
  'Mairie de Testville;Communauté de communes du Testois;Coordination',
  'Mairie de Testville;Centre hospitalier de Testville;Convention',
  'Centre hospitalier de Testville;GEM Le Lien;Orientation',
  'Coordination ASV Testville;Mairie de Testville;Coordination',
  'Coordination ASV Testville;Association de quartier Les Érables;Coordination',
  'Coordination ASV Testville;Cabinet du Dr Lenoir;Orientation',
  'Test Habitat;Mairie de Testville;Convention',
];

const GAPS = [
  'CLS|copil|type|required|ars',
  'CLSM|copil|type|required|etablissement-sante',
  'ASV|copil|type|required|habitant',
  'ASV|ensemble|type|required|habitant',
];
const HINTS = [
  'CLS|copil|type|recommended|habitant',
  'CLS|copil|sector|recommended|logement',
  'CLSM|copil|type|recommended|habitant+association',
  'ASV|ensemble|type|recommended|education',
];

describe('a territory whose gaps are known by construction', () => {
  it('lists exactly its gaps and hints, in words', async () => {
    const file = (name: string, lines: string[]) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(cp1252(lines.join('\r\n') + '\r\n')),
    });
    await page
      .getByTestId('file-input')
      .setInputFiles([
        file('acteurs-test.csv', FIXTURE_ACTORS),
        file('liens-test.csv', FIXTURE_LINKS),
      ]);
    await waitForPanels(page, 10, 9);
    await openPanel();
    await view('gaps');
    expect(await gapRules()).toEqual(GAPS);
    expect(await hintRules()).toEqual(HINTS);
    const text = (rule: string) => gapButton(rule).locator('.cov-gap-text').innerText();
    expect(await text('CLS|copil|type|required|ars')).toBe(
      'Aucun acteur de type « ARS » au comité de pilotage du CLS (requis ; Signataire du CLS (art. L.1434-10 CSP)).',
    );
    expect(await text('ASV|ensemble|type|required|habitant')).toBe(
      'Aucun acteur de type « Habitants et usagers » parmi les membres de l’ASV (requis ; Participation des habitants du quartier).',
    );
    expect(await text('CLSM|copil|type|recommended|habitant+association')).toBe(
      'Aucun acteur de type « Habitants et usagers » ou « Association » au comité de pilotage du CLSM (recommandé ; Usagers et aidants).',
    );
    expect(await page.getByTestId('cov-summary').innerText()).toContain(
      '4 manques (règles requises) · 4 pistes (recommandations)',
    );
    expect(await page.getByTestId('cov-cross').getAttribute('data-ok')).toBe('false');
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await shot('cov-05-fixture-gaps');
  });

  it('lights the members of the body for a gap, and the coordinator for the cross-scheme rule', async () => {
    await gapButton('CLSM|copil|type|required|etablissement-sante').click();
    await expect.poll(() => litIds(page)).toEqual(['mairie-de-testville']);
    await gapButton('CLS|copil|type|required|ars').click();
    await expect
      .poll(() => litIds(page))
      .toEqual(
        sorted(['communaute-de-communes-du-testois', 'cpam-du-testois', 'prefecture-du-testois']),
      );
    expect(
      await gapButton('CLSM|copil|type|required|etablissement-sante').getAttribute('aria-pressed'),
    ).toBe('false');
    await gapButton('CLS|copil|type|required|ars').click();
    await expect.poll(() => litIds(page)).toEqual([]);
    // From the keyboard.
    await page.getByTestId('cov-cross').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => litIds(page)).toEqual(['coordination-asv-testville']);
    await page.keyboard.press('Space');
    await expect.poll(() => litIds(page)).toEqual([]);
  });

  it('marks the required gaps in the matrices in words, not by colour alone', async () => {
    await view('types');
    const gaps = await attributes(
      page,
      '[data-testid="cov-matrix-type"] td[data-state="gap"]',
      'data-cell',
    );
    expect(sorted(gaps)).toEqual(
      sorted([
        'ars@CLS|copil',
        'etablissement-sante@CLSM|copil',
        'habitant@ASV|copil',
        'habitant@ASV|ensemble',
      ]),
    );
    for (const cell of gaps) {
      const text = await page.locator(`[data-cell="${cell}"]`).innerText();
      expect(text).toContain('requis');
    }
    // The ASV left out of the matrix: its columns go, the others stay.
    await page.getByTestId('cov-scheme-ASV').click();
    expect(
      sorted(
        await attributes(page, '[data-testid="cov-matrix-type"] td[data-state="gap"]', 'data-cell'),
      ),
    ).toEqual(['ars@CLS|copil', 'etablissement-sante@CLSM|copil']);
    expect(
      await page
        .locator('[data-testid="cov-matrix-type"] thead th[scope="colgroup"]')
        .allTextContents(),
    ).toEqual(['CLS', 'CLSM']);
    await page.getByTestId('cov-scheme-ASV').click();
    await view('sectors');
    expect(
      await attributes(page, '[data-testid="cov-matrix-sector"] td[data-state="gap"]', 'data-cell'),
    ).toEqual([]);
    expect(
      await attributes(
        page,
        '[data-testid="cov-matrix-sector"] td[data-state="hint"]',
        'data-cell',
      ),
    ).toEqual(['logement@CLS|copil']);
  });

  it('changes the gaps at once when the expected composition is edited, and restores the reference', async () => {
    await view('editor');
    const body = page.getByTestId('cov-editor-body');
    // Residents no longer expected in the ASV as a whole.
    await body.selectOption('ASV|ensemble');
    await page.getByTestId('cov-level-type-habitant').selectOption('none');
    expect(await attributes(page, '[data-testid="cov-body-gap"]', 'data-rule')).toEqual([
      'ASV|ensemble|type|recommended|education',
    ]);
    expect(await page.getByTestId('cov-edited').count()).toBe(1);
    // Housing required in the CLS COPIL.
    await body.selectOption('CLS|copil');
    await page.getByTestId('cov-level-sector-logement').selectOption('required');
    // Residents or associations required in the CLSM COPIL.
    await body.selectOption('CLSM|copil');
    await page.getByTestId('cov-combined-type-habitant-association').selectOption('required');
    expect(await attributes(page, '[data-testid="cov-body-gap"]', 'data-rule')).toEqual([
      'CLSM|copil|type|required|etablissement-sante',
      'CLSM|copil|type|required|habitant+association',
    ]);
    await page.locator('[data-testid="cov-changes"] summary').click();
    expect(await page.locator('[data-testid="cov-changes"] li').allInnerTexts()).toEqual([
      'Logement et habitat — CLS — Comité de pilotage : Recommandé → Requis',
      'Habitants et usagers ou Association — CLSM — Comité de pilotage : Recommandé → Requis',
      'Habitants et usagers — ASV — Tous les membres : Requis → Non attendu',
    ]);
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await shot('cov-06-fixture-editor-edited');

    await view('gaps');
    expect(await gapRules()).toEqual([
      'CLS|copil|type|required|ars',
      'CLS|copil|sector|required|logement',
      'CLSM|copil|type|required|etablissement-sante',
      'CLSM|copil|type|required|habitant+association',
      'ASV|copil|type|required|habitant',
    ]);
    expect(await hintRules()).toEqual([
      'CLS|copil|type|recommended|habitant',
      'ASV|ensemble|type|recommended|education',
    ]);
    expect(await page.getByTestId('cov-summary').innerText()).toContain('5 manques');
    await shot('cov-07-fixture-gaps-edited');

    // Back to the reference with the button.
    await view('editor');
    await page.getByTestId('cov-reset').click();
    await view('gaps');
    expect(await gapRules()).toEqual(GAPS);
    expect(await hintRules()).toEqual(HINTS);
    expect(await page.getByTestId('cov-edited').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as Hooks).__maillage?.state.expected)).toBe(
      null,
    );
  });

  it('sees an edit undone by hand as the reference composition again', async () => {
    await view('editor');
    await page.getByTestId('cov-editor-body').selectOption('CLS|copil');
    await page.getByTestId('cov-level-type-ars').selectOption('none');
    expect(await page.getByTestId('cov-edited').count()).toBe(1);
    expect(await attributes(page, '[data-testid="cov-body-gap"]', 'data-level')).toEqual([
      'hint',
      'hint',
    ]);
    await page.getByTestId('cov-level-type-ars').selectOption('required');
    expect(await page.getByTestId('cov-edited').count()).toBe(0);
    expect(await page.getByTestId('cov-reset').isDisabled()).toBe(true);
    await view('gaps');
    expect(await gapRules()).toEqual(GAPS);
  });

  it('speaks English too', async () => {
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('cov-summary').innerText())
      .toContain('4 gaps (required rules) · 4 hints (recommendations)');
    expect(
      await gapButton('CLS|copil|type|required|ars').locator('.cov-gap-text').innerText(),
    ).toBe(
      'No actor of type “Regional health agency (ARS)” in the steering committee of the CLS (required; CLS signatory (art. L.1434-10, Public Health Code)).',
    );
    expect(await axeProblems(page, PANEL)).toEqual([]);
    await shot('cov-08-fixture-gaps-en');
    await page.getByTestId('language-switch').click();
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });
});
