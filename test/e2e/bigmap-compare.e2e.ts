// A comparison on a big map (2,000 actors, above BIG_MAP): its links are drawn on the links
// layer, not by Cytoscape, and must show gained, lost and kept there too. The before
// inventory lacks the last rows of links, the after one the first rows: the differences
// are computed by the engine in Node on the same files, and the map's layer and Cytoscape
// must mark exactly those links.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions, versionOf } from '../../src/analysis/index.ts';
import { defaultReference } from '../../src/domain/index.ts';
import { importGraph } from '../../src/model/index.ts';
import { generateInventory } from '../bench/generate.ts';
import { appSession, screenshot } from './browser.ts';

const session = appSession();
const ACTORS = 2000;
const CHANGED_ROWS = 40;
const sides: Record<'before' | 'after', string[]> = { before: [], after: [] };

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-big-compare-'));
  const inventory = generateInventory(ACTORS);
  const [header, ...rows] = inventory.links.trimEnd().split('\n');
  const write = (side: 'before' | 'after', links: string[]) => {
    const actors = join(dir, `${side}-acteurs.csv`);
    const linkFile = join(dir, `${side}-liens.csv`);
    writeFileSync(actors, inventory.actors);
    writeFileSync(linkFile, [header, ...links].join('\n') + '\n');
    sides[side] = [actors, linkFile];
  };
  write('before', rows.slice(0, -CHANGED_ROWS));
  write('after', rows.slice(CHANGED_ROWS));
});

/** The engine's differences on the same files, read in Node. */
async function expectedDiff() {
  const ref = defaultReference();
  const graphOf = async (side: 'before' | 'after') => {
    const read = sides[side].map((path) => ({
      name: path.split('/').pop() as string,
      bytes: readFileSync(path),
    }));
    const { graph } = await importGraph(read, ref);
    if (!graph) throw new Error('nothing imported');
    return graph;
  };
  const before = await graphOf('before');
  const after = await graphOf('after');
  return { diff: compareVersions(versionOf(before, ref), versionOf(after, ref), ref), after };
}

type Hooks = {
  __maillage: {
    map: {
      cy: { edges(selector?: string): { length: number } };
      layerLinks(state: string): string[] | null;
    };
  };
};

/** Pixels of the links layer in the gained green and the lost red. */
function comparedInk(): { green: number; red: number } {
  const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map-links"]');
  if (!canvas) return { green: -1, red: -1 };
  const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
    0,
    0,
    canvas.width,
    canvas.height,
  ).data;
  let green = 0;
  let red = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i + 3] as number) < 128) continue;
    const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    if (g > 90 && g > 1.8 * r && g > 1.5 * b) green++;
    if (r > 120 && r > 3 * g && r > 3 * b) red++;
  }
  return { green, red };
}

describe('a comparison on a big map', () => {
  it('marks gained, lost and kept links on the links layer, with the legend', async () => {
    const { page, outside, errors } = await session.open();
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 60_000 });
    await page.setInputFiles('[data-testid="file-input"]', sides.before);
    await expect
      .poll(() => page.getByTestId('actor-count').getAttribute('data-value'), { timeout: 120_000 })
      .toBe(String(ACTORS));
    await page.waitForSelector('[data-testid="app"][data-ready="true"][data-analysis="done"]', {
      timeout: 180_000,
    });

    // The newer inventory: kept as a version and compared.
    await page.setInputFiles('[data-testid="file-input"]', sides.after);
    await page.getByTestId('import-version-name').fill('Avant');
    await page.getByTestId('import-version').click();
    await page.getByTestId('comparison-dialog').waitFor({ timeout: 180_000 });
    const { diff, after } = await expectedDiff();
    expect(diff.links.added.length).toBeGreaterThan(10);
    expect(diff.links.removed.length).toBeGreaterThan(10);
    await page.getByTestId('comparison-map').click();
    await page.getByTestId('compare-bar').waitFor();
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 120_000 });

    const marked = () =>
      page.evaluate(() => {
        const map = (window as unknown as Hooks).__maillage.map;
        return {
          gained: map.layerLinks('gained')?.length ?? -1,
          kept: map.layerLinks('kept')?.length ?? -1,
          lostOnLayer: map.layerLinks('lost')?.length ?? -1,
          lostInCytoscape: map.cy.edges('.lost').length,
          cytoscapeLinks: map.cy.edges(':not(.suggested)').length,
        };
      });
    await expect
      .poll(async () => (await marked()).gained, { timeout: 30_000 })
      .toBe(diff.links.added.length);
    expect(await marked()).toEqual({
      gained: diff.links.added.length,
      // Every link of the map is either gained or kept (changed links count as kept).
      kept: after.size - diff.links.added.length,
      lostOnLayer: 0,
      // Only the lost links are added to Cytoscape, for the time of the comparison.
      lostInCytoscape: diff.links.removed.length,
      cytoscapeLinks: diff.links.removed.length,
    });
    await page.waitForTimeout(800);
    const ink = await page.evaluate(comparedInk);
    expect(ink.green).toBeGreaterThan(50);
    await screenshot(page, 'bigmap-compare');

    // Leaving the comparison: the layer's links lose their marks, the lost links go.
    await page.getByTestId('compare-leave').click();
    await expect.poll(async () => (await marked()).gained).toBe(0);
    expect(await marked()).toMatchObject({ kept: 0, lostInCytoscape: 0, cytoscapeLinks: 0 });
    await page.waitForTimeout(800);
    expect((await page.evaluate(comparedInk)).green).toBe(0);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  }, 600_000);
});
