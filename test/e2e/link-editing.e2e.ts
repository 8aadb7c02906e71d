// Editing links in the app: a link added from an actor's details (the other end found by a
// name typed differently), its strength edited, deleted, undone, redone and kept across a
// reload; adding a link that exists offers to edit it; a link drawn by dragging from one
// actor to another on the map. The form is axe-clean; screenshots at 1366×768.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { editingPage, pickActor } from './editing-page.ts';
import { axeProblems } from './panels.ts';

interface Box {
  x: number;
  y: number;
}
interface Hooks {
  map: {
    cy: {
      getElementById(id: string): { renderedPosition(): Box; length: number };
      fit(eles: unknown, padding: number): void;
      collection(): { union(e: unknown): unknown };
    };
  } | null;
  state: {
    workspace: {
      graph: {
        hasEdge(a: string, b: string): boolean;
        getEdgeAttributes(a: string, b: string): { strength?: number; types: string[] };
      };
    };
  };
}
const opened = editingPage();
let page: Page;

const IME = 'ime-les-peupliers';
const CUISINE = 'cuisine-centrale-de-rochebrune';
const PHARMACIE = 'pharmacie-des-tilleuls';

const linkCount = async () =>
  Number(await page.getByTestId('link-count').first().getAttribute('data-value'));

async function waitForLinks(links: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true' &&
      document.querySelector('[data-testid="link-count"]')?.getAttribute('data-value') ===
        String(n),
    links,
    { timeout: 60_000 },
  );
}

/** The link between two actors in the app's workspace (null: none). */
const linkOf = (a: string, b: string) =>
  page.evaluate(
    ([x, y]) => {
      const graph = (window as unknown as { __maillage?: Hooks }).__maillage?.state.workspace.graph;
      if (!graph?.hasEdge(x!, y!)) return null;
      const link = graph.getEdgeAttributes(x!, y!);
      return { strength: link.strength ?? null, types: link.types };
    },
    [a, b],
  );

let links0 = 0;

beforeAll(async () => {
  page = opened.page;
  links0 = await linkCount();
});

describe('editing links', () => {
  it('adds a link from an actor’s details, the other end found by a name typed differently', async () => {
    await pickActor(page, 'IME Les Peupliers');
    const partners = page.getByTestId('details-partners').locator('li');
    const partners0 = await partners.count();
    await page.getByTestId('add-link').click();
    const form = page.getByTestId('link-form');
    await form.waitFor();
    // Saving without an end: the form says so beside the field and puts the focus there.
    await page.getByTestId('edit-save').click();
    await expect.poll(() => page.getByTestId('link-target-error').innerText()).toMatch(/liste/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'link-to',
    );
    await page.getByTestId('link-to').fill('ROCHEBRUNE cuisine');
    await page.locator('[data-testid="link-to-results"] [role="option"]').first().waitFor();
    expect(await page.getByTestId('link-to-results').innerText()).toMatch(
      /Cuisine centrale de Rochebrune/,
    );
    await page.getByTestId('link-to').press('Enter');
    await form.getByLabel('Convention').check();
    await form.getByLabel('2 — moyenne').check();
    await form.locator('[data-testid="link-schemes"] input[value="CLS"]').check();
    expect(await axeProblems(page, '[data-testid="link-form"]')).toEqual([]);
    await screenshot(page, 'link-editing-01-form');
    await page.getByTestId('edit-save').click();
    await waitForLinks(links0 + 1);
    await form.waitFor({ state: 'detached' });
    expect(await linkOf(IME, CUISINE)).toEqual({ strength: 2, types: ['Convention'] });
    await expect.poll(() => partners.count()).toBe(partners0 + 1);
    expect(await page.getByTestId('details-partners').innerText()).toMatch(/Cuisine centrale/);
    await screenshot(page, 'link-editing-02-partners');
  });

  it('edits the link’s strength from the partners list', async () => {
    await page.getByRole('button', { name: /Modifier le lien entre .*Cuisine centrale/ }).click();
    const form = page.getByTestId('link-form');
    await form.waitFor();
    expect(await page.getByTestId('link-to-fixed').innerText()).toBe(
      'Cuisine centrale de Rochebrune',
    );
    await form.getByLabel('3 — forte').check();
    await page.getByTestId('edit-save').click();
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => linkOf(IME, CUISINE), { timeout: 30_000 })
      .toMatchObject({
        strength: 3,
      });
    expect(await linkCount()).toBe(links0 + 1);
  });

  it('offers to edit a link that exists instead of adding it again', async () => {
    await page.getByTestId('add-link').click();
    const form = page.getByTestId('link-form');
    await page.getByTestId('link-to').fill('mdph');
    await page.locator('[data-testid="link-to-results"] [role="option"]').first().waitFor();
    await page.getByTestId('link-to').press('Enter');
    await page.getByTestId('edit-save').click();
    await expect
      .poll(() => page.getByTestId('link-target-error').innerText())
      .toMatch(/déjà reliés/);
    await screenshot(page, 'link-editing-03-exists');
    await page.getByTestId('link-edit-existing').click();
    expect(await page.getByTestId('link-to-fixed').innerText()).toBe('MDPH');
    expect(await form.getByLabel('Orientation').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await linkCount()).toBe(links0 + 1);
  });

  it('deletes the link after a confirmation, undoes and redoes it, and a reload keeps it', async () => {
    await page.getByRole('button', { name: /Supprimer le lien entre .*Cuisine centrale/ }).click();
    await page.getByTestId('delete-link-confirm').click();
    await waitForLinks(links0);
    expect(await linkOf(IME, CUISINE)).toBeNull();
    await page.getByTestId('undo').click();
    await waitForLinks(links0 + 1);
    expect(await linkOf(IME, CUISINE)).toEqual({ strength: 3, types: ['Convention'] });
    await page.getByTestId('redo').click();
    await waitForLinks(links0);
    await page.getByTestId('undo').click();
    await waitForLinks(links0 + 1);
    // Let the autosave write, then reload: the link is there, and its history too.
    await page.waitForTimeout(3000);
    await page.reload();
    await waitForLinks(links0 + 1);
    expect(await linkOf(IME, CUISINE)).toEqual({ strength: 3, types: ['Convention'] });
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/lien/);
  });

  it('draws a link by dragging from one actor to another on the map', async () => {
    // Both actors in the middle of the map, then their places on the screen.
    const ends = await page.evaluate(
      ([a, b]) => {
        const cy = (window as unknown as { __maillage?: Hooks }).__maillage!.map!.cy;
        const pair = (
          cy.collection().union(cy.getElementById(a!)) as { union(e: unknown): unknown }
        ).union(cy.getElementById(b!));
        cy.fit(pair, 220);
        return [cy.getElementById(a!).renderedPosition(), cy.getElementById(b!).renderedPosition()];
      },
      [IME, PHARMACIE],
    );
    const box = (await page.getByTestId('map').boundingBox())!;
    const [from, to] = ends.map((p) => ({ x: box.x + p.x, y: box.y + p.y })) as [Box, Box];
    await page.getByTestId('draw-link').click();
    expect(await page.getByTestId('draw-link').getAttribute('aria-pressed')).toBe('true');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await screenshot(page, 'link-editing-04-drawing');
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const form = page.getByTestId('link-form');
    await form.waitFor();
    expect(await page.getByTestId('link-from').innerText()).toBe('IME Les Peupliers');
    expect(await page.getByTestId('link-to-fixed').innerText()).toBe('Pharmacie des Tilleuls');
    await page.getByTestId('link-other-types').fill('Orientation des familles');
    await screenshot(page, 'link-editing-05-drawn-form');
    await page.getByTestId('edit-save').click();
    await waitForLinks(links0 + 2);
    expect(await linkOf(IME, PHARMACIE)).toEqual({
      strength: null,
      types: ['Orientation des familles'],
    });
    // Escape leaves the mode: actors can be moved again.
    await page.locator('body').focus();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('draw-link').getAttribute('aria-pressed'))
      .toBe('false');
    await screenshot(page, 'link-editing-06-map-after');
  });

  it('edits and deletes a link from a row of the links table', async () => {
    await page.getByTestId('view-tables').click();
    await page.getByRole('tab', { name: /Liens/ }).click();
    await page.getByTestId('links-table-filter').fill('Pharmacie des Tilleuls');
    await page.getByRole('button', { name: /Modifier le lien entre .*IME Les Peupliers/ }).click();
    const form = page.getByTestId('link-form');
    await form.waitFor();
    await form.getByLabel('1 — faible').check();
    await page.getByTestId('edit-save').click();
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => linkOf(IME, PHARMACIE), { timeout: 30_000 })
      .toMatchObject({
        strength: 1,
      });
    await screenshot(page, 'link-editing-07-table');
    await page.getByRole('button', { name: /Supprimer le lien entre .*IME Les Peupliers/ }).click();
    await page.getByTestId('delete-link-confirm').click();
    await waitForLinks(links0 + 1);
    expect(await linkOf(IME, PHARMACIE)).toBeNull();
    expect(opened.errors).toEqual([]);
  });
});
