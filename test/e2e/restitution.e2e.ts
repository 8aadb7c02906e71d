// Restitution in the built app: anonymous mode, a sequence of saved views stepped through
// in presentation mode, and the printable report printed to PDF. Screenshots of the
// presentation and of the first report page are saved in test-results/e2e/.
import { demoGraph } from '../factory.ts';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPerson } from '../../src/domain/person.ts';
import { appPage, ARTIFACTS, screenshot } from './browser.ts';
import { axeProblems } from './panels.ts';

/** What the test build exposes (window.__maillage), as far as these tests read it. */
interface Hooks {
  map: {
    litIds(): string[];
    view: { fit(): void; camera(): { x1: number; y1: number; x2: number; y2: number } };
    cy: {
      nodes(): { map<T>(fn: (n: { data(k: string): unknown }) => T): T[] };
      zoom(): number;
    };
  } | null;
  state: {
    presenting: number | null;
    filters: { body: string | null; schemes: string[] | null };
    highlight: { ids: string[] } | null;
    views: {
      title: string;
      camera: { x1: number; y1: number; x2: number; y2: number } | null;
    }[];
  };
}

const demo = demoGraph();
/** The demo's persons: their names must never show in anonymous mode. */
const PERSONS = demo
  .filterNodes((_, actor) => isPerson(actor))
  .map((id) => ({
    id,
    name: demo.getNodeAttribute(id, 'name'),
  }));

/** The actors the third view lights (the bridge and who it cuts off). */
let bridgeLit: string[] = [];
const opened = appPage();
let page: Page;

const hooks = <T>(fn: (h: Hooks) => T): Promise<T> =>
  page.evaluate((source) => {
    const h = (window as unknown as { __maillage: Hooks }).__maillage;
    return (new Function('h', `return (${source})(h)`) as (h: Hooks) => T)(h);
  }, fn.toString());

async function ready(): Promise<void> {
  await page.waitForSelector('[data-testid="app"][data-ready="true"][data-analysis="done"]', {
    timeout: 60_000,
  });
}

beforeAll(async () => {
  page = opened.page;
  await ready();
});

describe('anonymous mode', () => {
  it('has persons to hide in the demo (the test would prove nothing otherwise)', () => {
    expect(PERSONS.length).toBeGreaterThanOrEqual(10);
  });

  it('shows no person by name in the page text, the map labels or the search', async () => {
    await page.getByTestId('anonymous-switch').click();
    await expect.poll(() => page.getByTestId('anonymous-badge').isVisible()).toBe(true);

    // Every place names appear: the map, the details of persons, the search, the panels,
    // the tables, the import report, a presentation and the printable report. Attribute
    // values (tooltips, aria-labels) count as much as the text.
    const everything = () =>
      page.evaluate(() =>
        [
          document.body.innerText,
          ...[...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].map((a) => a.value),
          ),
        ].join('\n'),
      );
    const person = PERSONS[0] as { id: string; name: string };
    const labels = await hooks((h) => h.map?.cy.nodes().map((n) => String(n.data('name'))));
    const texts: string[] = [(labels ?? []).join('\n')];
    await page.getByTestId('search-input').fill(person.name.split(' ').slice(-1)[0] ?? '');
    texts.push(await everything());
    // A person's details, reached by what the search shows in this mode (their role).
    await page.getByTestId('search-input').fill('Médecin');
    await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('details-anonymous').count()).toBe(1);
    texts.push(await everything());
    await page.getByTestId('search-input').fill('');
    for (const tab of ['links', 'articulation', 'coverage']) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.getByTestId(`panel-${tab}`).waitFor();
      texts.push(await everything());
    }
    await page.getByTestId('drawer-close').click();
    await page.getByTestId('view-tables').click();
    await page.getByTestId('tables').waitFor();
    texts.push(await everything());
    await page.getByTestId('view-map').click();
    await page.getByTestId('report-button').click();
    await page.getByTestId('report-dialog').waitFor();
    texts.push(await everything());
    await page.keyboard.press('Escape');
    await page.getByTestId('present').click();
    await page.getByTestId('presentation').waitFor();
    expect(await page.getByTestId('presentation-anonymous').isVisible()).toBe(true);
    texts.push(await everything());
    await page.keyboard.press('Escape');
    await page.getByTestId('open-report').click();
    await page.getByTestId('print-report').locator('img').waitFor();
    texts.push(await everything());
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('print-report').count()).toBe(0);
    await screenshot(page, 'anonymous-mode');

    const all = texts.join('\n');
    for (const { name } of PERSONS) expect(all, name).not.toContain(name);

    // And the names come back when the mode is switched off.
    await page.getByTestId('anonymous-switch').click();
    const back = await hooks((h) => h.map?.cy.nodes().map((n) => String(n.data('name'))));
    expect(back).toContain(person.name);
  });
});

describe('anonymous mode and the views', () => {
  it('hides a person named in a view’s title or comment, on screen only', async () => {
    const person = PERSONS[0] as { id: string; name: string };
    const title = `Autour de ${person.name}`;
    const comment = `${person.name} relie le CLSM et l’ASV.`;
    await page.getByTestId('tab-views').click();
    await page.getByTestId('view-title').fill(title);
    await page.getByTestId('view-comment').fill(comment);
    await page.getByTestId('save-view').click();
    await expect.poll(() => page.getByTestId('view-item').count()).toBe(1);
    const item = () => page.getByTestId('view-item').innerText();
    expect(await item()).toContain(person.name);

    await page.getByTestId('anonymous-switch').click();
    await expect.poll(item).not.toContain(person.name);
    expect(await item()).toContain('Autour de');
    const attributes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="views-panel"] *')]
          .flatMap((el) => [...el.attributes].map((a) => a.value))
          .join('\n'),
      );
    expect(await attributes()).not.toContain(person.name);
    await page.getByTestId('present-views').click();
    await page.getByTestId('presentation').waitFor();
    const caption = await page.getByTestId('presentation-caption').innerText();
    expect(caption).toContain('Autour de');
    expect(caption).not.toContain(person.name);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    // The view keeps what was typed; the names come back with the mode off.
    expect(await hooks((h) => h.state.views.map((v) => v.title))).toEqual([title]);
    await page.getByTestId('anonymous-switch').click();
    await expect.poll(item).toContain(person.name);

    await page.getByTestId('delete-view').click();
    await expect.poll(() => page.getByTestId('view-item').count()).toBe(0);
    await page.getByTestId('drawer-close').click();
  });

  it('masks an e-mail and a phone number typed in a comment, on screen only', async () => {
    const comment = 'Contact : jeanne.dupont@exemple.fr ou 06 12 34 56 78.';
    await page.getByTestId('tab-views').click();
    await page.getByTestId('view-title').fill('Contacts du COPIL');
    await page.getByTestId('view-comment').fill(comment);
    await page.getByTestId('save-view').click();
    await expect.poll(() => page.getByTestId('view-item').count()).toBe(1);
    const item = () => page.getByTestId('view-item').innerText();
    expect(await item()).toContain('jeanne.dupont@exemple.fr');
    await page.getByTestId('anonymous-switch').click();
    await expect.poll(item).not.toContain('exemple.fr');
    expect(await item()).not.toContain('06 12 34 56 78');
    expect(await item()).toContain('Contact :');
    expect(await axeProblems(page, '[data-testid="panel-views"]')).toEqual([]);
    await screenshot(page, 'views-comment-redacted');
    await page.getByTestId('present-views').click();
    await page.getByTestId('presentation').waitFor();
    const caption = await page.getByTestId('presentation-caption').innerText();
    expect(caption).toContain('Contact :');
    expect(caption).not.toMatch(/exemple\.fr|06 12 34/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    expect(await hooks((h) => h.state.views.map((v) => v.title))).toEqual(['Contacts du COPIL']);
    await page.getByTestId('anonymous-switch').click();
    await expect.poll(item).toContain('jeanne.dupont@exemple.fr');
    await page.getByTestId('delete-view').click();
    await expect.poll(() => page.getByTestId('view-item').count()).toBe(0);
    await page.getByTestId('drawer-close').click();
  });
});

describe('a view keeps its framing', () => {
  it('comes back zoomed in, in Afficher and in Présenter, when nothing is lit', async () => {
    await page.evaluate(() => {
      (window as unknown as { __maillage: Hooks }).__maillage.map?.view.fit();
    });
    await page.waitForTimeout(600);
    const zoom = () => hooks((h) => h.map?.cy.zoom() ?? 0);
    const whole = await zoom();
    for (let i = 0; i < 4; i++)
      await page.getByRole('button', { name: /^(Zoom avant|Zoom in)$/ }).click();
    await page.waitForTimeout(300);
    const saved = await zoom();
    expect(saved).toBeGreaterThan(whole * 2);
    await page.getByTestId('tab-views').click();
    await page.getByTestId('view-title').fill('De près');
    await page.getByTestId('save-view').click();
    await expect.poll(() => page.getByTestId('view-item').count()).toBe(1);
    // The part of the map the view keeps (the drawer open beside the map).
    const camera = await hooks((h) => h.state.views[0]?.camera ?? null);
    // The whole map again, then the view: zoomed in as it was saved.
    await page.evaluate(() => {
      (window as unknown as { __maillage: Hooks }).__maillage.map?.view.fit();
    });
    await page.waitForTimeout(600);
    expect(await zoom()).toBeLessThan(saved / 2);
    await page
      .getByTestId('view-item')
      .getByRole('button', { name: /^Afficher/ })
      .click();
    await page.waitForTimeout(900);
    expect((await zoom()) / saved).toBeCloseTo(1, 1);
    const shown = await hooks((h) => h.map?.view.camera() ?? null);
    const centre = (c: typeof camera) => (c ? [(c.x1 + c.x2) / 2, (c.y1 + c.y2) / 2] : [0, 0]);
    const [cx, cy] = centre(camera);
    const [sx, sy] = centre(shown);
    const width = camera ? camera.x2 - camera.x1 : 1;
    expect(Math.abs((sx ?? 0) - (cx ?? 0)) / width).toBeLessThan(0.05);
    expect(Math.abs((sy ?? 0) - (cy ?? 0)) / width).toBeLessThan(0.05);
    // Presentation mode: the same part of the map (the caption takes some room).
    await page.evaluate(() => {
      (window as unknown as { __maillage: Hooks }).__maillage.map?.view.fit();
    });
    await page.getByTestId('present-views').click();
    await page.getByTestId('presentation').waitFor();
    await page.waitForTimeout(900);
    expect(await zoom()).toBeGreaterThan(saved * 0.6);
    expect(await zoom()).toBeGreaterThan(whole * 1.5);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    await page.getByTestId('delete-view').click();
    await expect.poll(() => page.getByTestId('view-item').count()).toBe(0);
    await page.evaluate(() => {
      (window as unknown as { __maillage: Hooks }).__maillage.map?.view.fit();
    });
    await page.getByTestId('drawer-close').click();
  });
});

describe('saved views and presentation mode', () => {
  it('saves three views and steps through them with the arrow keys', async () => {
    await page.getByTestId('tab-views').click();
    const save = async (title: string, comment: string, cumulative = false) => {
      await page.getByTestId('view-title').fill(title);
      await page.getByTestId('view-comment').fill(comment);
      if (cumulative) await page.getByTestId('view-cumulative').check();
      await page.getByTestId('save-view').click();
    };
    await save('1. Tous les acteurs', 'Le réseau du territoire.');

    await page.getByTestId('filter-body').selectOption('CLS:copil');
    await save('2. Le COPIL du CLS', 'Qui pilote le contrat local de santé ?');

    await page.getByTestId('filter-body').selectOption('');
    // Light the bridge and who it cuts off, by a click on its row in the articulation panel.
    await page.getByTestId('tab-articulation').click();
    await page.getByTestId('art-bridge').first().click();
    const lit = await hooks((h) => h.map?.litIds() ?? []);
    expect(lit.length).toBeGreaterThanOrEqual(2);
    bridgeLit = lit;
    await page.getByTestId('tab-views').click();
    await save('3. Le pont', 'Un seul lien entre urbanisme et mobilité.', true);
    expect(await page.getByTestId('view-item').count()).toBe(3);
    expect(await axeProblems(page, '[data-testid="panel-views"]')).toEqual([]);

    await page.getByTestId('present-views').click();
    await page.getByTestId('presentation').waitFor();
    const title = () => page.getByTestId('presentation-title').innerText();
    expect(await title()).toBe('1. Tous les acteurs');
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    // The framing animates for 300 ms after two frames.
    await page.waitForTimeout(800);
    await screenshot(page, 'presentation-1');
    expect(await axeProblems(page, '[data-testid="presentation"]')).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect.poll(title).toBe('2. Le COPIL du CLS');
    expect(await hooks((h) => h.state.filters.body)).toBe('CLS:copil');
    expect(await page.getByTestId('presentation-step').innerText()).toMatch(/2\s*\/\s*3/);
    // The framing animates for 300 ms after two frames.
    await page.waitForTimeout(800);
    await screenshot(page, 'presentation-2');

    await page.keyboard.press('ArrowRight');
    await expect.poll(title).toBe('3. Le pont');
    expect(await hooks((h) => h.state.filters.body)).toBeNull();
    expect((await hooks((h) => h.map?.litIds() ?? [])).sort()).toEqual([...lit].sort());
    // The framing animates for 300 ms after two frames.
    await page.waitForTimeout(800);
    await screenshot(page, 'presentation-3');

    // The legend steps aside with L, and comes back.
    const legends = () => page.locator('.presentation-legend').count();
    expect(await legends()).toBe(1);
    await page.keyboard.press('l');
    expect(await legends()).toBe(0);
    await page.keyboard.press('l');
    expect(await legends()).toBe(1);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(title).toBe('2. Le COPIL du CLS');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    expect(await page.locator('.app-header').isVisible()).toBe(true);
  });
});

describe('the workspace file', () => {
  it('keeps the views: saved, opened in a fresh browser, stepped through again', async () => {
    await page.locator('[data-testid="export-menu"] summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-workspace').click(),
    ]);
    const file = `${ARTIFACTS}/restitution-workspace.json`;
    await download.saveAs(file);
    await page.keyboard.press('Escape');

    // A new browser profile: nothing autosaved, the demo opens; then the file is imported.
    const other = await opened.open();
    const p = other.page;
    await p.waitForSelector('[data-testid="app"][data-ready="true"][data-analysis="done"]');
    await p.setInputFiles('[data-testid="file-input"]', file);
    await p.waitForFunction(
      () =>
        (window as unknown as { __maillage: Hooks }).__maillage.state.views.length === 3 &&
        document.querySelector('[data-testid="app"]')?.getAttribute('data-ready') === 'true',
      null,
      { timeout: 60_000 },
    );
    expect(await p.getByTestId('actor-count').getAttribute('data-value')).toBe(String(demo.order));
    await p.getByTestId('present').click();
    const title = () => p.getByTestId('presentation-title').innerText();
    await expect.poll(title).toBe('1. Tous les acteurs');
    await p.keyboard.press('ArrowRight');
    await expect.poll(title).toBe('2. Le COPIL du CLS');
    const state = <T>(fn: (h: Hooks) => T): Promise<T> =>
      p.evaluate(
        (source) =>
          (new Function('h', `return (${source})(h)`) as (h: Hooks) => T)(
            (window as unknown as { __maillage: Hooks }).__maillage,
          ),
        fn.toString(),
      );
    expect(await state((h) => h.state.filters.body)).toBe('CLS:copil');
    await p.keyboard.press('ArrowRight');
    await expect.poll(title).toBe('3. Le pont');
    expect((await state((h) => h.map?.litIds() ?? [])).sort()).toEqual([...bridgeLit].sort());
    // The framing animates for 300 ms after two frames.
    await p.waitForTimeout(800);
    await screenshot(p, 'presentation-reopened');
    expect(other.errors).toEqual([]);
    expect(other.outside).toEqual([]);
    await p.context().close();
  });
});

describe('the autosave', () => {
  it('reopens the workspace as it was left after a reload: views, encodings, positions', async () => {
    await page.getByTestId('colour-by').selectOption('sector');
    const before = await hooks((h) =>
      h.map?.cy
        .nodes()
        .map((n) => JSON.stringify((n as unknown as { position(): unknown }).position())),
    );
    // The autosave writes 1.5 s after the last change, from the pipeline worker.
    await page.waitForTimeout(3000);
    await page.reload();
    await ready();
    expect(await hooks((h) => h.state.views.map((v) => v.title))).toEqual([
      '1. Tous les acteurs',
      '2. Le COPIL du CLS',
      '3. Le pont',
    ]);
    expect(await page.getByTestId('colour-by').inputValue()).toBe('sector');
    const after = await hooks((h) =>
      h.map?.cy
        .nodes()
        .map((n) => JSON.stringify((n as unknown as { position(): unknown }).position())),
    );
    expect(after).toEqual(before);
    expect(await page.getByTestId('territory').innerText()).toMatch(/démonstration/);
  });

  it('forgets it on request: the demo opens, without the views and settings', async () => {
    await page.getByTestId('forget').click();
    await page.getByTestId('forget-confirm').click();
    await expect.poll(() => hooks((h) => h.state.views.length)).toBe(0);
    await ready();
    expect(await page.getByTestId('colour-by').inputValue()).toBe('type');
    await page.waitForTimeout(3000);
    await page.reload();
    await ready();
    expect(await hooks((h) => h.state.views.length)).toBe(0);
    expect(await page.getByTestId('colour-by').inputValue()).toBe('type');
  });
});

describe('printable report', () => {
  it('prints to PDF with the map, the coverage table and the findings', async () => {
    await page.getByTestId('open-report').click();
    const report = page.getByTestId('print-report');
    await report.locator('img').waitFor();
    expect(await report.getByTestId('report-coverage-table').count()).toBeGreaterThan(0);
    expect(await report.getByTestId('report-gaps').innerText()).toMatch(/Logement/);
    expect(await axeProblems(page, '[data-testid="print-report"]')).toEqual([]);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${ARTIFACTS}/report.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);

    // On paper: the document alone, the coverage table in it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await report.getByTestId('report-coverage-table').first().isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${ARTIFACTS}/report-page-1.png` });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.getByTestId('report-close').click();
  });

  it('left no error in the page and sent nothing outside', () => {
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });
});
