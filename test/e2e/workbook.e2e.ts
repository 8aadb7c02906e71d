// A workbook (.xlsx) is imported by the file picker and by drag and drop: its sheets become
// the actors and links, and the report names each sheet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { appSession, screenshot } from './browser.ts';
import { writeFixtures } from './fixtures.ts';

const session = appSession();

async function waitForActors(page: import('playwright-core').Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') === n &&
      document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true',
    String(count),
    { timeout: 60_000 },
  );
}

describe('a workbook', () => {
  it('is imported from the file picker, its sheets named in the report', async () => {
    const fixtures = writeFixtures();
    const { page, outside, errors } = await session.open({ ready: true });
    const accept = await page.getByTestId('file-input').getAttribute('accept');
    expect(accept).toContain('.xlsx');
    expect(accept).toContain('.ods');
    await page.getByTestId('file-input').setInputFiles([fixtures.workbook]);
    await waitForActors(page, 3);
    expect(await page.getByTestId('link-count').getAttribute('data-value')).toBe('2');
    await screenshot(page, '40-workbook-map');
    await page.getByTestId('report-button').click();
    const report = page.getByTestId('report-files');
    await report.waitFor();
    const text = await report.innerText();
    expect(text).toContain('classeur-cls.xlsx › Acteurs');
    expect(text).toContain('classeur-cls.xlsx › Liens');
    await screenshot(page, '41-workbook-report');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is imported when dropped on the page', async () => {
    const fixtures = writeFixtures();
    const { page, outside, errors } = await session.open({ ready: true });
    const bytes = Array.from(readFileSync(fixtures.workbook));
    const transfer = await page.evaluateHandle((b) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], 'classeur-cls.xlsx'));
      return dt;
    }, bytes);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.locator('.drop-overlay').waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await waitForActors(page, 3);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a Kumu JSON export and a GraphML file are imported in the app too', async () => {
    const fixtures = writeFixtures();
    const kumu = join(fixtures.dir, 'kumu.json');
    writeFileSync(
      kumu,
      JSON.stringify({
        elements: [{ label: 'Mairie' }, { label: 'CMP Nord' }, { label: 'Relais' }],
        connections: [{ from: 'Mairie', to: 'CMP Nord', type: '++' }],
      }),
    );
    const graphml = join(fixtures.dir, 'reseau.graphml');
    writeFileSync(
      graphml,
      '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="Relais"/><node id="CCAS"/><edge source="Relais" target="CCAS"/></graph></graphml>',
    );
    const { page, outside, errors } = await session.open({ ready: true });
    await page.getByTestId('file-input').setInputFiles([kumu, graphml]);
    await waitForActors(page, 4);
    expect(await page.getByTestId('link-count').getAttribute('data-value')).toBe('2');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
