// Merging two actors in the app: the other one found from a name typed with a typo, the
// preview, the merge (one actor fewer, the links united), undo and redo by keyboard,
// another edit and then « Séparer », the state kept across a reload, a stale merge refused
// with its message. The actor form: an empty name focuses the name field, an unknown type
// is said before saving. axe-core on the new dialogs; screenshots at 1366×768.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import {
  actorField,
  editingPage,
  pickActor,
  pressOutsideFields,
  waitForActors,
} from './editing-page.ts';
import { TWO_NAMES_CLS, TWO_NAMES_CLSM, TWO_NAMES_LINKS } from './fixtures.ts';
import { axeProblems, waitForPanels } from './panels.ts';

interface GraphHook {
  hasNode(id: string): boolean;
  neighbors(id: string): string[];
}
const opened = editingPage();
let page: Page;

const KEPT = 'ville-de-rochebrune';
const ABSORBED = 'police-municipale-de-rochebrune';

type Hooked = Window & { __maillage?: { state: { workspace: { graph: GraphHook } } } };

/** An actor's partners in the app's graph (sorted), null when it is not there. */
const partners = (id: string) =>
  page.evaluate((n) => {
    const g = (window as unknown as Hooked).__maillage?.state.workspace.graph;
    return g?.hasNode(n) ? [...g.neighbors(n)].sort() : null;
  }, id);
const hasActor = (id: string) =>
  page.evaluate(
    (n) => (window as unknown as Hooked).__maillage?.state.workspace.graph.hasNode(n) ?? false,
    id,
  );
async function mergeFromDetails(typed: string, other: string): Promise<void> {
  await page.getByTestId('merge-actor').click();
  const dialog = page.getByTestId('merge-dialog');
  await dialog.waitFor();
  await page.getByTestId('merge-search').fill(typed);
  await dialog.getByRole('radio', { name: other }).check();
  await page.getByTestId('merge-preview').waitFor();
}

let keptBefore: string[] = [];
let absorbedBefore: string[] = [];

beforeAll(async () => {
  page = opened.page;
  keptBefore = (await partners(KEPT)) ?? [];
  absorbedBefore = (await partners(ABSORBED)) ?? [];
});

describe('merging two actors', () => {
  it('finds the other actor from a name typed with a typo and previews the merge', async () => {
    await pickActor(page, 'Ville de Rochebrune');
    await mergeFromDetails('Polise municipale', 'Police municipale de Rochebrune');
    const preview = page.getByTestId('merge-preview');
    expect(await preview.innerText()).toMatch(/Ville de Rochebrune \(gardé ; « Police municipale/);
    expect(await page.getByTestId('merge-files').innerText()).toMatch(/acteurs\.csv/);
    const union = new Set([...keptBefore, ...absorbedBefore]);
    union.delete(KEPT);
    union.delete(ABSORBED);
    expect(await page.getByTestId('merge-links').innerText()).toContain(
      `${union.size} partenaires après la fusion`,
    );
    expect(await axeProblems(page, '[data-testid="merge-dialog"]')).toEqual([]);
    await screenshot(page, 'merge-01-preview');
    // Keeping the other one changes what the preview says is kept.
    await page.getByRole('radio', { name: 'Garder « Police municipale de Rochebrune »' }).check();
    await expect
      .poll(() => preview.innerText())
      .toMatch(/Police municipale de Rochebrune \(gardé ; « Ville de Rochebrune/);
    await page.getByRole('radio', { name: 'Garder « Ville de Rochebrune »' }).check();
  });

  it('merges: one actor fewer, the links united, the merge said in the details', async () => {
    await page.getByTestId('merge-confirm').click();
    await waitForActors(page, 123);
    expect(await hasActor(ABSORBED)).toBe(false);
    const union = new Set([...keptBefore, ...absorbedBefore]);
    union.delete(KEPT);
    union.delete(ABSORBED);
    expect(await partners(KEPT)).toEqual([...union].sort());
    await expect
      .poll(() => page.getByTestId('merged-from').innerText())
      .toContain(
        'Issu de la fusion de « Ville de Rochebrune » et « Police municipale de Rochebrune »',
      );
    await screenshot(page, 'merge-02-merged');
  });

  it('undoes and redoes the merge by keyboard', async () => {
    await pressOutsideFields(page, 'Control+z');
    await waitForActors(page, 124);
    expect(await partners(ABSORBED)).toEqual(absorbedBefore);
    await pressOutsideFields(page, 'Control+Shift+z');
    await waitForActors(page, 123);
    expect(await hasActor(ABSORBED)).toBe(false);
  });
});

describe('the actor form', () => {
  it('focuses the name field when the name is empty', async () => {
    await pickActor(page, 'CCAS de Rochebrune');
    await page.getByTestId('edit-actor').click();
    await page.getByTestId('actor-form').waitFor();
    await page.getByTestId('edit-name').fill('  ');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-name-error').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'edit-name',
    );
    expect(await page.getByTestId('edit-name').getAttribute('aria-invalid')).toBe('true');
    const described = await page.getByTestId('edit-name').getAttribute('aria-describedby');
    const errorId = await page.getByTestId('edit-name-error').getAttribute('id');
    expect(described?.split(' ')).toContain(errorId);
  });

  it('says an unknown type before saving, as the import does, and saves it', async () => {
    await page.getByTestId('edit-name').fill('CCAS de Rochebrune');
    await page.getByTestId('edit-type').selectOption('autre');
    await page.getByTestId('edit-type-words').fill('Tiers-lieu');
    // The name corrected: its error goes.
    expect(await page.getByTestId('edit-name-error').count()).toBe(0);
    // Said under the field (which it describes) and again beside the save button.
    await expect
      .poll(() => page.getByTestId('edit-type-warning').innerText())
      .toContain('type d’acteur « Tiers-lieu » inconnu');
    const warningId = await page.getByTestId('edit-type-warning').getAttribute('id');
    const described = await page.getByTestId('edit-type-words').getAttribute('aria-describedby');
    expect(described?.split(' ')).toContain(warningId);
    expect(await page.getByTestId('edit-warnings').innerText()).toContain('Tiers-lieu');
    expect(await axeProblems(page, '[data-testid="actor-form"]')).toEqual([]);
    await screenshot(page, 'merge-03-form-warning');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('actor-form').waitFor({ state: 'detached' });
    await expect.poll(() => actorField(page, 'ccas-de-rochebrune', 'typeText')).toBe('Tiers-lieu');
    await waitForActors(page, 123);
  });
});

describe('taking a merge apart later', () => {
  it('separates the merge after another edit; the state survives a reload', async () => {
    await pickActor(page, 'Ville de Rochebrune');
    await page.getByTestId('merge-split').click();
    await waitForActors(page, 124);
    expect(await partners(ABSORBED)).toEqual(absorbedBefore);
    expect(await partners(KEPT)).toEqual(keptBefore);
    // The other edit stays.
    expect(await actorField(page, 'ccas-de-rochebrune', 'typeText')).toBe('Tiers-lieu');
    await expect.poll(() => page.getByTestId('merged-from').count()).toBe(0);
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/annulation d’une fusion/);
    await page.waitForTimeout(3000);
    await page.reload();
    await waitForActors(page, 124);
    expect(await partners(ABSORBED)).toEqual(absorbedBefore);
    expect(await actorField(page, 'ccas-de-rochebrune', 'typeText')).toBe('Tiers-lieu');
    // Undoing the separation merges them again, and « Séparer » is offered again.
    await pressOutsideFields(page, 'Control+z');
    await waitForActors(page, 123);
  });

  it('refuses to separate a merged actor changed since, with a clear message', async () => {
    await pickActor(page, 'Ville de Rochebrune');
    await page.getByTestId('merged-from').waitFor();
    await page.getByTestId('edit-actor').click();
    await page.getByTestId('edit-role').fill('Commune centre');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('actor-form').waitFor({ state: 'detached' });
    await expect.poll(() => actorField(page, KEPT, 'role')).toBe('Commune centre');
    await page.getByTestId('merge-split').click();
    await expect
      .poll(() => page.getByTestId('merge-split-refused').innerText())
      .toContain('modifiés depuis la fusion');
    expect(await hasActor(ABSORBED)).toBe(false);
    await screenshot(page, 'merge-04-split-refused');
    expect(opened.errors).toEqual([]);
  });
});

describe('merging from a row of the tables', () => {
  it("opens the merge dialog from that row's actor and merges it", async () => {
    await page.getByTestId('view-tables').click();
    await page.getByTestId('actors-table-filter').fill('Tilleuls');
    await page
      .getByRole('button', {
        name: 'Fusionner « Coordination ASV Les Tilleuls » avec un autre acteur',
      })
      .click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').first().innerText()).toContain(
      'Coordination ASV Les Tilleuls',
    );
    expect(await axeProblems(page, '[data-testid="merge-dialog"]')).toEqual([]);
    const before = await page.getByTestId('actor-count').getAttribute('data-value');
    await page.getByTestId('merge-search').fill('MSP Tilleuls');
    await dialog.getByRole('radio', { name: 'MSP des Tilleuls' }).check();
    await page.getByTestId('merge-preview').waitFor();
    await page.getByTestId('merge-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await waitForActors(page, Number(before) - 1);
    expect(await hasActor('coordination-asv-les-tilleuls')).toBe(true);
    expect(await hasActor('msp-des-tilleuls')).toBe(false);
    await page.getByTestId('view-map').click();
  });
});

describe('merging a pair the import found doubtful', () => {
  it('offers « Fusionner » in the import report; both files are kept', async () => {
    const other = await opened.open({ ready: true });
    const p = other.page;
    await p.setViewportSize({ width: 1366, height: 768 });
    const file = (name: string, text: string) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
    await p
      .getByTestId('file-input')
      .setInputFiles([
        file('acteurs-cls.csv', TWO_NAMES_CLS),
        file('acteurs-clsm.csv', TWO_NAMES_CLSM),
        file('liens.csv', TWO_NAMES_LINKS),
      ]);
    await waitForPanels(p, 4, 2);
    await p.getByTestId('report-button').click();
    await p
      .getByRole('button', { name: 'Fusionner « Mairie de Sèvremont » et « Ville de Sèvremont »' })
      .click();
    await p.getByTestId('merge-preview').waitFor();
    expect(await p.getByTestId('merge-files').innerText()).toContain(
      'acteurs-cls.csv, acteurs-clsm.csv',
    );
    expect(await p.getByTestId('merge-links').innerText()).toContain(
      '2 partenaires après la fusion',
    );
    expect(await axeProblems(p, '[data-testid="merge-dialog"]')).toEqual([]);
    await screenshot(p, 'merge-05-report-pair');
    await p.getByTestId('merge-confirm').click();
    await waitForPanels(p, 3, 2);
    // The pair is merged: the report offers it no more.
    await expect.poll(() => p.getByTestId('merge-pair').count()).toBe(0);
    expect(other.errors).toEqual([]);
    await p.context().close();
  });
});
