// Files dropped anywhere on the page are imported like the file picker's.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { appSession, screenshot } from './browser.ts';
import { writeFixtures } from './fixtures.ts';

const session = appSession();

describe('drag and drop', () => {
  it('shows a drop zone and imports the dropped files', async () => {
    const fixtures = writeFixtures();
    const { page, outside, errors } = await session.open({ ready: true });
    const files = [fixtures.cp1252Actors, fixtures.cp1252Links].map((path) => ({
      name: path.split('/').pop() as string,
      bytes: Array.from(readFileSync(path)),
    }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
      }
      return dt;
    }, files);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.locator('.drop-overlay').waitFor();
    await screenshot(page, '30-drop-zone');
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') === '6' &&
        document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true',
      null,
      { timeout: 60_000 },
    );
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
