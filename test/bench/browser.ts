// Browser benchmark: the built app in headless Chromium (canvas renderer: WebGL is software
// there, docs/decisions/canvas-renderer.md). For each inventory, median over runs of the
// time from the file selection (the input's `change` event) to the first drawn map (big
// maps: the still picture, `data-overview="shown"`; small maps: the map itself), to the
// interactive map (`data-ready="true"` with the new counts), and the longest main-thread
// tasks (Long Tasks API) until the interactive map and until the layout and the analysis
// are done.
// Run alone: npx tsx test/bench/browser.ts [--runs 3] [--sizes 10000] [--skip-build]
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../e2e/browser.ts';
import { generateInventory } from './generate.ts';

const PORT = 4175;
const URL = `http://127.0.0.1:${PORT}/`;

export interface BrowserFigures {
  label: string;
  actors: number;
  /** Median ms from file selection to the first drawn map (a still picture on big maps). */
  toPicture: number;
  /** Median ms from file selection to the interactive map. */
  toMap: number;
  /** Median ms until the analysis and the layout are done too. */
  toIdle: number;
  /** Longest main-thread task (ms) between file selection and the drawn map, worst run. */
  longestToMap: number;
  /** Longest main-thread task (ms) after the map was drawn, until idle, worst run. */
  longestAfter: number;
  runs: number[];
}

interface Marks {
  t0?: number;
  picture?: number;
  ready?: number;
  idle?: number;
  longest: number;
  longestAfter: number;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function startServer(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(PORT)], {
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(URL)).ok) return server;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not start on ${URL}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Stamps, in the page: the file selection, the drawn map, idle; long tasks in between. */
function instrument(expected: number): void {
  const w = window as unknown as { __bench: Marks };
  w.__bench = { longest: 0, longestAfter: 0 };
  const marks = w.__bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (marks.t0 === undefined || e.startTime < marks.t0) continue;
      if (marks.ready === undefined || e.startTime < marks.ready) {
        marks.longest = Math.max(marks.longest, e.duration);
      } else if (marks.idle === undefined || e.startTime < marks.idle) {
        // Entries arrive after their task: one that ended the layout (and so set `idle`)
        // still counts.
        marks.longestAfter = Math.max(marks.longestAfter, e.duration);
      }
    }
  }).observe({ type: 'longtask', buffered: true });
  const input = document.querySelector('[data-testid="file-input"]') as HTMLInputElement;
  input.addEventListener('change', () => (marks.t0 = performance.now()), { capture: true });
  const root = document.querySelector('[data-testid="app"]') as HTMLElement;
  // The new map replaces the current one: wait for `data-ready` to drop, then to come back.
  let dropped = false;
  const check = () => {
    if (marks.t0 === undefined) return;
    if (root.dataset.ready === 'false') dropped = true;
    const count = document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value');
    const area = document.querySelector('[data-testid="map-area"]') as HTMLElement | null;
    if (
      marks.picture === undefined &&
      dropped &&
      count === String(expected) &&
      (area?.dataset.overview === 'shown' || root.dataset.ready === 'true')
    ) {
      marks.picture = performance.now();
    }
    if (
      marks.ready === undefined &&
      dropped &&
      root.dataset.ready === 'true' &&
      count === String(expected)
    ) {
      marks.ready = performance.now();
    }
    if (
      marks.ready !== undefined &&
      marks.idle === undefined &&
      root.dataset.analysis === 'done' &&
      root.dataset.layout === 'idle'
    ) {
      marks.idle = performance.now();
    }
  };
  new MutationObserver(check).observe(root, { attributes: true, subtree: true });
}

async function once(page: Page, files: string[], actors: number): Promise<Marks> {
  // tsx names functions with an `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(URL);
  await page.waitForSelector('[data-testid="app"][data-ready="true"][data-analysis="done"]', {
    timeout: 60_000,
  });
  await page.evaluate(instrument, actors);
  await page.setInputFiles('[data-testid="file-input"]', files);
  await page.waitForFunction(
    () => (window as unknown as { __bench: Marks }).__bench.idle !== undefined,
    null,
    { timeout: 600_000, polling: 200 },
  );
  // Let the observer deliver the last long tasks.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
}

export async function browserBench(options: {
  runs: number;
  sizes: number[];
  build: boolean;
}): Promise<BrowserFigures[]> {
  if (options.build) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, VITE_TEST_HOOKS: '1' },
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'maillage-browser-bench-'));
  const inventories = [
    {
      label: 'demo (Val de Loire-Sèvre)',
      files: [resolve('data/demo/acteurs.csv'), resolve('data/demo/liens.csv')],
      actors: 124,
    },
    ...options.sizes.map((size) => {
      const inventory = generateInventory(size);
      const actors = join(dir, `acteurs-${size}.csv`);
      const links = join(dir, `liens-${size}.csv`);
      writeFileSync(actors, inventory.actors);
      writeFileSync(links, inventory.links);
      return {
        label: `${size} actors / ${inventory.linkRows} link rows`,
        files: [actors, links],
        actors: size,
      };
    }),
  ];
  const server = await startServer();
  const browser = await launch();
  const results: BrowserFigures[] = [];
  try {
    for (const inventory of inventories) {
      const marks: Marks[] = [];
      for (let run = 0; run < options.runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
        const page = await context.newPage();
        marks.push(await once(page, inventory.files, inventory.actors));
        await context.close();
      }
      const toPicture = marks.map((m) => (m.picture as number) - (m.t0 as number));
      const toMap = marks.map((m) => (m.ready as number) - (m.t0 as number));
      const toIdle = marks.map((m) => (m.idle as number) - (m.t0 as number));
      results.push({
        label: inventory.label,
        actors: inventory.actors,
        toPicture: median(toPicture),
        toMap: median(toMap),
        toIdle: median(toIdle),
        longestToMap: Math.max(...marks.map((m) => m.longest)),
        longestAfter: Math.max(...marks.map((m) => m.longestAfter)),
        runs: toMap,
      });
      const r = results.at(-1) as BrowserFigures;
      console.log(
        `${r.label}: first picture ${Math.round(r.toPicture)} ms, interactive map ${Math.round(r.toMap)} ms (runs ${r.runs.map(Math.round).join(', ')}), idle ${Math.round(r.toIdle)} ms, longest task ${Math.round(r.longestToMap)} ms before the map, ${Math.round(r.longestAfter)} ms after`,
      );
    }
  } finally {
    await browser.close();
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  return results;
}

export function browserTable(results: BrowserFigures[]): string[] {
  return [
    '| inventory (browser, headless Chromium, canvas) | file selection → first drawn map | → interactive map | → analysis and layout done | longest main-thread task before the interactive map | longest task after it |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.label} | ${Math.round(r.toPicture)} ms | ${Math.round(r.toMap)} ms | ${Math.round(r.toIdle)} ms | ${Math.round(r.longestToMap)} ms | ${Math.round(r.longestAfter)} ms |`,
    ),
  ];
}

// Run alone.
if (process.argv[1] && resolve(process.argv[1]) === resolve('test/bench/browser.ts')) {
  const argv = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback;
  };
  const results = await browserBench({
    runs: Number(option('runs', '3')),
    sizes: option('sizes', '10000').split(',').map(Number).filter(Boolean),
    build: !argv.includes('--skip-build'),
  });
  console.log('');
  for (const line of browserTable(results)) console.log(line);
}
