// Editing the inventory in the app: an actor's type and sectors edited from its details, an
// actor added and deleted, undo and redo by keyboard (across a reload of the page), and an
// invalid edit refused with the engine's message. Screenshots of the form and of the map
// after an edit at 1366×768.
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
import { axeProblems } from './panels.ts';

interface NodeLike {
  id(): string;
  position(): { x: number; y: number };
  data(key: string): unknown;
}
interface Hooks {
  map: { cy: { getElementById(id: string): NodeLike & { length: number } } } | null;
}
const opened = editingPage();
let page: Page;

const count = (testId: string) =>
  page.locator(`[data-testid="${testId}"]`).first().getAttribute('data-value');

const nodeType = (id: string) =>
  page.evaluate(
    (n) =>
      (window as unknown as { __maillage?: Hooks }).__maillage?.map?.cy
        .getElementById(n)
        .data('type'),
    id,
  );
const position = (id: string) =>
  page.evaluate((n) => {
    const node = (window as unknown as { __maillage?: Hooks }).__maillage?.map?.cy.getElementById(
      n,
    );
    return node && node.length ? node.position() : null;
  }, id);

beforeAll(() => {
  page = opened.page;
});

describe('editing the inventory', () => {
  it('edits an actor’s type and sectors from its details; the map follows, positions kept', async () => {
    await pickActor(page, 'Coordination ASV Les Tilleuls');
    const id = 'coordination-asv-les-tilleuls';
    const before = await position(id);
    const other = await position('ccas-de-rochebrune');
    await page.getByTestId('edit-actor').click();
    const form = page.getByTestId('actor-form');
    await form.waitFor();
    expect(await axeProblems(page, '[data-testid="actor-form"]')).toEqual([]);
    await screenshot(page, 'editing-01-form');
    await page.getByTestId('edit-type').selectOption('association');
    await form.locator('[data-testid="edit-sectors"] input[value="logement"]').check();
    await page.getByTestId('edit-save').click();
    await expect.poll(() => nodeType(id), { timeout: 30_000 }).toBe('association');
    await waitForActors(page, 124);
    await expect.poll(() => page.getByTestId('details-type').innerText()).toMatch(/Association/);
    expect(await page.locator('[data-testid="details"]').innerText()).toMatch(/Logement/);
    // No new layout: the actors stay where they were.
    expect(await position(id)).toEqual(before);
    expect(await position('ccas-de-rochebrune')).toEqual(other);
    await screenshot(page, 'editing-02-map-after-edit');
  });

  it('refuses an empty name with the engine’s message', async () => {
    await page.getByTestId('edit-actor').click();
    await page.getByTestId('edit-name').fill('   ');
    await page.getByTestId('edit-save').click();
    await expect
      .poll(() => page.getByTestId('edit-name-error').innerText())
      .toContain('Le nom est vide');
    await screenshot(page, 'editing-03-invalid');
    await page.keyboard.press('Escape');
    await page.getByTestId('actor-form').waitFor({ state: 'detached' });
    expect(await count('actor-count')).toBe('124');
  });

  it('adds an actor (the count grows) and deletes it', async () => {
    await page.getByTestId('add-actor').click();
    await page.getByTestId('edit-name').fill('Maison des familles');
    await page.getByTestId('edit-type').selectOption('association');
    await page.getByTestId('edit-save').click();
    await waitForActors(page, 125);
    await expect
      .poll(() => page.getByTestId('details-name').innerText())
      .toBe('Maison des familles');
    expect(await position('maison-des-familles')).not.toBeNull();
    await page.getByTestId('delete-actor').click();
    await page.getByTestId('delete-confirm').click();
    await waitForActors(page, 124);
  });

  it('edits an actor from a row of the tables', async () => {
    await page.getByTestId('view-tables').click();
    await page.getByTestId('actors-table-filter').fill('Tilleuls');
    await page.getByRole('button', { name: 'Modifier « Coordination ASV Les Tilleuls »' }).click();
    await page.getByTestId('edit-territory').fill('Rochebrune');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('actor-form').waitFor({ state: 'detached' });
    await expect
      .poll(() => actorField(page, 'coordination-asv-les-tilleuls', 'territory'), {
        timeout: 30_000,
      })
      .toBe('Rochebrune');
    await page.getByTestId('view-map').click();
    await pressOutsideFields(page, 'Control+z');
    await expect
      .poll(() => actorField(page, 'coordination-asv-les-tilleuls', 'territory'), {
        timeout: 30_000,
      })
      .toBe('Rochebrune - QPV Les Tilleuls');
  });

  it('undoes and redoes by keyboard, and undo survives a reload', async () => {
    await pressOutsideFields(page, 'Control+z');
    await waitForActors(page, 125);
    await page.keyboard.press('Control+Shift+z');
    await waitForActors(page, 124);
    await page.keyboard.press('Control+z');
    await waitForActors(page, 125);
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/ajout d’un acteur/);
    // Let the autosave write, then reload: the history comes back with the workspace.
    await page.waitForTimeout(3000);
    await page.reload();
    await waitForActors(page, 125);
    await page.getByTestId('undo').click();
    await waitForActors(page, 124);
    // The type edit is still there, and undone next.
    expect(await nodeType('coordination-asv-les-tilleuls')).toBe('association');
    await pressOutsideFields(page, 'Control+z');
    await expect
      .poll(() => nodeType('coordination-asv-les-tilleuls'), { timeout: 30_000 })
      .not.toBe('association');
    expect(opened.errors).toEqual([]);
  });
});
