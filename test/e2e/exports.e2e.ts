// Every export of the export menu, downloaded from the built app in headless Chromium and
// checked as the person receiving it would open it: the PNGs (1×, 2×, 4×, transparent)
// decoded here, the SVG with its title and legend, the GEXF re-opened in graphology with the
// map's colours, the GraphML, the workspace file re-analysed and re-imported in a fresh
// browser, the CSV files read back by the import. Then in anonymous mode: no person's name
// in any file nor in the page. The files are kept in test-results/e2e/exports/.
import { demoGraph, REF as ref } from '../factory.ts';
import { mkdirSync, readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.ts';
import { isPerson, surnameWords } from '../../src/domain/person.ts';
import { fold } from '../../src/domain/text.ts';
import { mapLabel } from '../../src/layout/text.ts';
import { importFiles } from '../../src/import/index.ts';
import { buildGraph, type MaillageGraph } from '../../src/model/graph.ts';
import { parseWorkspaceFile } from '../../src/model/workspace-file.ts';
import { xmlProblems } from '../model/helpers.ts';
import { appPage, ARTIFACTS, screenshot } from './browser.ts';
import {
  decodePng,
  elements,
  hex,
  inkOf,
  pixel,
  pngHeader,
  svgTexts,
  xml,
} from './export-files.ts';

const DIR = `${ARTIFACTS}/exports`;
const READY = '[data-testid="app"][data-ready="true"][data-analysis="done"][data-layout="idle"]';

/** What the test build exposes (window.__maillage), as far as these tests read it. */
interface NodeLike {
  id(): string;
  position(): { x: number; y: number };
  data(key: string): unknown;
}
interface Hooks {
  map: {
    cy: {
      nodes(selector?: string): { length: number; map<T>(fn: (n: NodeLike) => T): T[] };
      getElementById(id: string): NodeLike & { empty(): boolean };
    };
  } | null;
  state: { workspace: { serial: number } | null };
}

const demo = demoGraph();
const demoIds = demo.nodes();
/** Every person of the demo: their full name and id must never leave in anonymous mode. */
const PERSONS = demo
  .filterNodes((_, actor) => isPerson(actor))
  .map((id) => ({ id, name: demo.getNodeAttribute(id, 'name') }));
/** The surnames of the persons named as such (`Personne physique: oui`): "martin",
 * "benali"… A structure a type makes a person ("Pharmacie de la Gare") has no surname. */
const SURNAMES = [
  ...new Set(
    demo
      .filterNodes((_, actor) => actor.person === true)
      .flatMap((id) => surnameWords(demo.getNodeAttribute(id, 'name'))),
  ),
];

const opened = appPage();
let page: Page;
/** What the page shows: counts, the map's colours and positions, the legend. */
let shown: {
  actors: number;
  links: number;
  ids: string[];
  colours: Record<string, string>;
  title: string;
  legend: string[];
};

// ------------------------------------------------------------------------------ helpers

/** Opens the export menu (a <details>) when closed. */
async function openMenu(p: Page): Promise<void> {
  const open = await p.getByTestId('export-menu').evaluate((d) => (d as HTMLDetailsElement).open);
  if (!open) await p.locator('[data-testid="export-menu"] summary').click();
}

/** Clicks an export button and saves the file the app downloads as `name`. */
async function download(testId: string, name: string): Promise<{ path: string; bytes: Buffer }> {
  await openMenu(page);
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^maillage-[\w@.-]+$/);
  const path = `${DIR}/${name}`;
  await file.saveAs(path);
  await expect
    .poll(() => page.getByTestId('export-status').getAttribute('data-error'))
    .toBe('false');
  return { path, bytes: readFileSync(path) };
}

const utf8 = (bytes: Buffer) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** Text with the XML entities read (`l&apos;agglomération` → `l'agglomération`). */
function plain(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : named[e.toLowerCase()]!,
  );
}

/** The persons' names, surnames and ids found in a text (words compared folded: case and
 * accents aside, whole words only). */
function namesIn(text: string): string[] {
  const read = plain(text);
  const words = ` ${fold(read)} `;
  const found = new Set<string>();
  for (const { id, name } of PERSONS) {
    if (words.includes(` ${fold(name)} `)) found.add(name);
    if (read.includes(id)) found.add(id);
  }
  for (const surname of SURNAMES) if (words.includes(` ${surname} `)) found.add(surname);
  return [...found];
}

// ------------------------------------------------------------------------------- set-up

beforeAll(async () => {
  mkdirSync(`${DIR}/anonymous`, { recursive: true });
  page = opened.page;
  await page.waitForSelector(READY, { timeout: 60_000 });
  const count = async (id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));
  const map = await page.evaluate(() => {
    const h = (window as unknown as { __maillage: Hooks }).__maillage;
    const nodes = h.map?.cy.nodes().map((n) => [n.id(), String(n.data('colour'))]) ?? [];
    return { ids: nodes.map(([id]) => id!), colours: Object.fromEntries(nodes) };
  });
  shown = {
    actors: await count('actor-count'),
    links: await count('link-count'),
    ...map,
    title: await page.getByTestId('territory').innerText(),
    legend: await page.locator('[data-testid="legend"] .legend-label').allInnerTexts(),
  };
});

describe('the page under test', () => {
  it('shows the demo territory, with persons to hide', () => {
    expect(shown.actors).toBe(demo.order);
    expect(shown.links).toBe(demo.size);
    expect(new Set(shown.ids)).toEqual(new Set(demoIds));
    expect(shown.legend.length).toBeGreaterThanOrEqual(5);
    expect(PERSONS.length).toBeGreaterThanOrEqual(10);
    expect(SURNAMES).toEqual(expect.arrayContaining(['martin', 'benali', 'moreau']));
  });
});

// ------------------------------------------------------------------------------ pictures

describe('PNG', () => {
  it('at 1×, 2× and 4× on white: sizes in proportion, a map that is not blank', async () => {
    await openMenu(page);
    await page.getByTestId('export-background-white').check();
    const one = await download('export-png', 'map.png');
    const two = await download('export-png-2', 'map@2x.png');
    const four = await download('export-png-4', 'map@4x.png');
    const [h1, h2, h4] = [one, two, four].map((f) => pngHeader(f.bytes));
    expect(h1!.width).toBeGreaterThan(600);
    expect(h1!.height).toBeGreaterThan(300);
    expect(Math.abs(h2!.width - 2 * h1!.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(h2!.height - 2 * h1!.height)).toBeLessThanOrEqual(2);
    expect(Math.abs(h4!.width - 4 * h1!.width)).toBeLessThanOrEqual(4);
    expect(Math.abs(h4!.height - 4 * h1!.height)).toBeLessThanOrEqual(4);

    const png = decodePng(one.bytes);
    expect(pixel(png, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(png, png.width - 1, png.height - 1)).toEqual([255, 255, 255, 255]);
    const whole = inkOf(png);
    expect(whole.colours).toBeGreaterThan(50);
    // The map (left of the 260-px legend column), not only the legend, is drawn.
    const map = inkOf(png, 0, Math.floor(png.width * 0.6));
    expect(map.colours).toBeGreaterThan(20);
    expect(map.ink).toBeGreaterThan(0.01);
  });

  it('on a transparent background: transparent corners, opaque marks', async () => {
    await openMenu(page);
    await page.getByTestId('export-background-transparent').check();
    const file = await download('export-png', 'map-transparent.png');
    await page.getByTestId('export-background-white').check();
    const png = decodePng(file.bytes);
    expect(png.colourType).toBe(6);
    expect(pixel(png, 0, 0)[3]).toBe(0);
    expect(pixel(png, png.width - 1, png.height - 1)[3]).toBe(0);
    let opaque = 0;
    for (let i = 3; i < png.rgba.length; i += 4) if (png.rgba[i] === 255) opaque++;
    expect(opaque / (png.width * png.height)).toBeGreaterThan(0.005);
  });
});

describe('SVG', () => {
  it('is well-formed XML with the title and every label of the legend as text', async () => {
    const { bytes } = await download('export-svg', 'map.svg');
    const doc = xml(utf8(bytes));
    expect(doc.documentElement.tagName).toBe('svg');
    const texts = svgTexts(doc);
    const all = ` ${texts.join(' ')} `;
    expect(texts).toContain(shown.title);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(shown.title);
    for (const label of shown.legend) {
      expect(all, label).toContain(` ${label.replace(/\s+/g, ' ').trim()} `);
    }
  });

  it('with every name shown on the map, has every actor’s name as text', async () => {
    // By default names that would overlap are left out, on the screen and in the file.
    await page.getByTestId('labels').selectOption('all');
    await page.waitForFunction(
      () =>
        (window as unknown as { __maillage: Hooks }).__maillage.map?.cy.nodes('.quiet').length ===
        0,
    );
    const { bytes } = await download('export-svg', 'map-all-labels.svg');
    const all = ` ${svgTexts(xml(utf8(bytes))).join(' ')} `;
    const missing = demo.filterNodes(
      (_, actor) => !all.includes(` ${mapLabel(actor.name)} `.replace(/\s+/g, ' ')),
    );
    expect(missing).toEqual([]);
    // Names stay on for the anonymous mode's SVG (see the end of this file).
  });
});

// -------------------------------------------------------------------------- graph files

describe('GEXF', () => {
  it('opens in graphology with the same actors and links, in the colours of the map', async () => {
    const { bytes } = await download('export-gexf', 'graph.gexf');
    const text = utf8(bytes);
    expect(xmlProblems(text)).toEqual([]);
    const back = parseGexf(Graph, text);
    expect(back.order).toBe(shown.actors);
    expect(back.size).toBe(shown.links);
    expect(new Set(back.nodes())).toEqual(new Set(shown.ids));
    const pairs = (g: Graph) => new Set(g.mapEdges((_e, _a, s, t) => [s, t].sort().join(' — ')));
    expect(pairs(back)).toEqual(pairs(demo as unknown as Graph));
    const wrong = back.filterNodes(
      (id, a) => hex(String(a.color)) !== hex(shown.colours[id] ?? 'missing'),
    );
    expect(wrong).toEqual([]);
    // The map has several colours: the check above compares something.
    expect(new Set(Object.values(shown.colours)).size).toBeGreaterThanOrEqual(5);
  });
});

describe('GraphML', () => {
  it('is well-formed, with every actor and link', async () => {
    const { bytes } = await download('export-graphml', 'graph.graphml');
    const doc = xml(utf8(bytes));
    const nodes = elements(doc, 'node');
    expect(nodes.length).toBe(shown.actors);
    expect(doc.getElementsByTagName('edge').length).toBe(shown.links);
    expect(new Set(nodes.map((n) => n.getAttribute('id')))).toEqual(new Set(shown.ids));
  });
});

// ----------------------------------------------------------------------- workspace file

describe('workspace file', () => {
  let file: { path: string; bytes: Buffer };

  it('opens with the same counts and the same analysis as the demo', async () => {
    file = await download('export-workspace', 'workspace.maillage.json');
    const parsed = parseWorkspaceFile(utf8(file.bytes));
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.graph.order).toBe(shown.actors);
    expect(parsed.graph.size).toBe(shown.links);
    expect(parsed.document.actors.length).toBe(shown.actors);
    expect(Object.keys(parsed.document.positions ?? {}).sort()).toEqual([...shown.ids].sort());

    const [before, after] = await Promise.all([analyze(demo, ref), analyze(parsed.graph, ref)]);
    expect(after.summary).toEqual(before.summary);
    expect(after.coverage).toEqual(before.coverage);
    expect(after.articulation.articulationPoints).toEqual(before.articulation.articulationPoints);
    expect(after.articulation.bridges).toEqual(before.articulation.bridges);
    expect(before.articulation.bridges.length).toBeGreaterThan(0);
  });

  it('imported in a fresh browser: same counts, actors where they were', async () => {
    const positions = (
      JSON.parse(utf8(file.bytes)) as { positions: Record<string, { x: number; y: number }> }
    ).positions;
    const other = await opened.open();
    const p = other.page;
    try {
      await p.waitForSelector(READY, { timeout: 60_000 });
      const serial = (): number =>
        (window as unknown as { __maillage: Hooks }).__maillage.state.workspace?.serial ?? 0;
      const demoSerial = await p.evaluate(serial);
      await p.setInputFiles('[data-testid="file-input"]', file.path);
      // The file holds the demo, and reopens as the demo: wait for the new workspace.
      await p.waitForFunction(
        (before) =>
          ((window as unknown as { __maillage: Hooks }).__maillage.state.workspace?.serial ?? 0) >
          before,
        demoSerial,
        { timeout: 60_000 },
      );
      await p.waitForSelector(READY, { timeout: 60_000 });
      expect(Number(await p.getByTestId('actor-count').getAttribute('data-value'))).toBe(
        shown.actors,
      );
      expect(Number(await p.getByTestId('link-count').getAttribute('data-value'))).toBe(
        shown.links,
      );
      const drawn = await p.evaluate((ids) => {
        const cy = (window as unknown as { __maillage: Hooks }).__maillage.map!.cy;
        return Object.fromEntries(ids.map((id) => [id, cy.getElementById(id).position()]));
      }, shown.ids);
      const off = shown.ids.filter((id) => {
        const [a, b] = [drawn[id], positions[id]];
        return !a || !b || Math.abs(a.x - b.x) > 1e-6 || Math.abs(a.y - b.y) > 1e-6;
      });
      expect(off).toEqual([]);
      await screenshot(p, 'exports-reopened');
      expect(other.errors).toEqual([]);
      expect(other.outside).toEqual([]);
    } finally {
      await p.context().close();
    }
  });
});

// ---------------------------------------------------------------------------------- CSV

describe('CSV', () => {
  it('actors and links: BOM, `;`, CRLF, read back by the import with the same counts', async () => {
    const actors = await download('export-actors-csv', 'acteurs.csv');
    const links = await download('export-links-csv', 'liens.csv');
    for (const { bytes } of [actors, links]) {
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = utf8(bytes);
      const header = text.slice(1, text.indexOf('\r\n'));
      expect(header.split(';').length).toBeGreaterThanOrEqual(2);
      expect(header).not.toContain(',');
      expect(text.endsWith('\r\n')).toBe(true);
      // Records end with CRLF; a line break inside a quoted cell is the cell's own.
      expect(/(?<!\r)\n/.test(text.replace(/"(?:[^"]|"")*"/g, '""'))).toBe(false);
      expect(text.split('\r\n').length).toBeGreaterThan(50);
    }
    const result = importFiles(
      [
        { name: 'acteurs.csv', bytes: new Uint8Array(actors.bytes) },
        { name: 'liens.csv', bytes: new Uint8Array(links.bytes) },
      ],
      ref,
    );
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.actors.length).toBe(shown.actors);
    const graph: MaillageGraph = buildGraph(result.actors, result.links);
    expect(graph.order).toBe(shown.actors);
    expect(graph.size).toBe(shown.links);
    expect(new Set(graph.nodes())).toEqual(new Set(shown.ids));
  });

  it('says what it did in the language shown, also after a switch of language', async () => {
    await download('export-links-csv', 'liens-statut.csv');
    const status = page.getByTestId('export-status');
    expect(await status.innerText()).toMatch(/^Fichier « maillage-.+\.csv » téléchargé\.$/);
    await page.getByTestId('language-switch').click();
    try {
      await openMenu(page);
      expect(await status.innerText()).toMatch(/^File "maillage-.+\.csv" downloaded\.$/);
    } finally {
      await page.getByTestId('language-switch').click();
    }
  });
});

// ----------------------------------------------------------------------- anonymous mode

describe('anonymous mode', () => {
  /** Export button, the file downloaded above (not anonymous), the anonymous one. */
  const FILES: [string, string, string][] = [
    ['export-svg', 'map-all-labels.svg', 'map.svg'],
    ['export-gexf', 'graph.gexf', 'graph.gexf'],
    ['export-graphml', 'graph.graphml', 'graph.graphml'],
    ['export-workspace', 'workspace.maillage.json', 'workspace.maillage.json'],
    ['export-actors-csv', 'acteurs.csv', 'acteurs.csv'],
    ['export-links-csv', 'liens.csv', 'liens.csv'],
  ];

  /** A file's text, and for an SVG its lines of text joined (a name may span lines). */
  const readable = (name: string, text: string) =>
    name.endsWith('.svg') ? `${text}\n${svgTexts(xml(text)).join(' ')}` : text;

  /** The page's text on the map and in the tables, where every actor is listed. */
  async function pageText(): Promise<string> {
    const texts = [await page.locator('body').innerText()];
    await page.getByTestId('view-tables').click();
    await page.getByTestId('tables').waitFor();
    texts.push(await page.locator('body').innerText());
    await page.getByTestId('view-map').click();
    await page.waitForSelector(READY);
    return texts.join('\n');
  }

  it('the same files and the page name persons when the mode is off (so the test can fail)', async () => {
    for (const [, name] of FILES) {
      const text = readable(name, utf8(readFileSync(`${DIR}/${name}`)));
      expect(namesIn(text).length, name).toBeGreaterThan(0);
    }
    // The workspace file names every person, and every surname, in full.
    const workspace = namesIn(utf8(readFileSync(`${DIR}/workspace.maillage.json`)));
    for (const { name } of PERSONS) expect(workspace).toContain(name);
    for (const surname of SURNAMES) expect(workspace).toContain(surname);
    expect(namesIn(await pageText()).length).toBeGreaterThan(0);
  });

  it('no person is named in any export nor in the page', async () => {
    await page.getByTestId('anonymous-switch').click();
    await expect.poll(() => page.getByTestId('anonymous-badge').isVisible()).toBe(true);
    const found: Record<string, string[]> = {};
    for (const [testId, , name] of FILES) {
      const { bytes } = await download(testId, `anonymous/${name}`);
      const text = utf8(bytes);
      if (!name.endsWith('.csv') && !name.endsWith('.json')) {
        expect(xmlProblems(text), name).toEqual([]);
      }
      const names = namesIn(readable(name, text));
      if (names.length > 0) found[name] = names;
    }
    const text = await pageText();
    const names = namesIn(text);
    if (names.length > 0) found['page text'] = names;
    await screenshot(page, 'exports-anonymous');
    expect(found).toEqual({});

    // Still whole files: the anonymous workspace and CSV files open with the same counts.
    const parsed = parseWorkspaceFile(
      utf8(readFileSync(`${DIR}/anonymous/workspace.maillage.json`)),
    );
    expect(parsed.ok && [parsed.graph.order, parsed.graph.size]).toEqual([
      shown.actors,
      shown.links,
    ]);
    const result = importFiles(
      ['acteurs.csv', 'liens.csv'].map((name) => ({
        name,
        bytes: new Uint8Array(readFileSync(`${DIR}/anonymous/${name}`)),
      })),
      ref,
    );
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const graph = buildGraph(result.actors, result.links);
    expect([graph.order, graph.size]).toEqual([shown.actors, shown.links]);
    await page.getByTestId('anonymous-switch').click();
    await page.getByTestId('labels').selectOption('auto');
  });

  it('left no error in the page and sent nothing outside', () => {
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });
});
