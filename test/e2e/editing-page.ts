// The set-up the editing tests share (editing.e2e, merge.e2e, link-editing.e2e): the demo's
// page at 1366×768, opened once its 124 actors are drawn, and what they do and read on it —
// wait for a count of actors, pick an actor by name from the search, read an actor's field
// in the app's graph (the test hooks), press an undo/redo key outside any field.
import type { Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { appPage, type AppSession, type OpenedPage } from './browser.ts';

export const DEMO_ACTORS = 124;

/** The demo's page (appPage), ready for editing before the file's tests. */
export function editingPage(): OpenedPage & AppSession {
  const opened = appPage();
  beforeAll(async () => {
    await opened.page.setViewportSize({ width: 1366, height: 768 });
    await waitForActors(opened.page, DEMO_ACTORS);
  });
  return opened;
}

/** Waits until the map is drawn with `actors` actors. */
export async function waitForActors(page: Page, actors: number): Promise<void> {
  await page.waitForFunction(
    (a) =>
      document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true' &&
      document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
        String(a),
    actors,
    { timeout: 60_000 },
  );
}

/** Picks an actor by its name from the search box; its details open. */
export async function pickActor(page: Page, name: string): Promise<void> {
  const input = page.getByTestId('search-input');
  await input.fill(name);
  await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
  await input.press('Enter');
  await expect.poll(() => page.getByTestId('details-name').innerText()).toBe(name);
}

interface GraphHook {
  getNodeAttribute(id: string, key: string): unknown;
}
type Hooked = Window & { __maillage?: { state: { workspace: { graph: GraphHook } } } };

/** An attribute of an actor in the workspace's graph (the app state's test hook). */
export const actorField = (page: Page, id: string, key: string) =>
  page.evaluate(
    ([n, k]) =>
      (window as unknown as Hooked).__maillage?.state.workspace.graph.getNodeAttribute(
        n as string,
        k as string,
      ),
    [id, key],
  );

/** Presses an undo/redo key with the focus out of any field (where they undo the typing). */
export async function pressOutsideFields(page: Page, keys: string): Promise<void> {
  await page.locator('body').focus();
  await page.keyboard.press(keys);
}
