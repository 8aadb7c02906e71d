// Browser benchmark: the built app in headless Chromium (canvas renderer: WebGL is software
// there, docs/decisions/canvas-renderer.md). For each inventory, median over runs of the
// time from the file selection (the input's `change` event) to the first drawn map (big
// maps: the still picture, `data-overview="shown"`; small maps: the map itself), to the
// usable map (the first moment hover and click work: a big map's picture with its hit index,
// `map-hover` canvas, else the interactive map), to the interactive map (`data-ready="true"` with the new counts), the longest main-thread
// tasks (Long Tasks API) until the interactive map and until the layout and the analysis
// are done, the p90 frame time while the map is dragged right after it became interactive,
// and the page's JS heap then. With `--peer`, sigma.js 3 (test/bench/peer.ts) draws the same
// inventories in the same Chromium, in alternated rounds (sigma, Maillage, sigma, …), and
// each figure comes with its ratio Maillage / sigma. With `--stages`, each run of the app
// prints its timeline: the worker messages, the app's `maillage:` marks and measures, the
// state attributes' changes and the long tasks, in ms from the file selection.
// Run alone: npx tsx test/bench/browser.ts [--runs 3] [--sizes 1000,10000] [--skip-build]
//   [--peer] [--no-demo] [--stages] [--port 4175] [--out dist]
// The 50,000-actor size (200,000 link rows) takes minutes a run: ask for it with
// --sizes 50000; nothing runs it by default (`npm test` never runs the bench).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openApp, type OpenOptions } from '../e2e/browser.ts';
import { startPreview } from '../e2e/server.ts';
import { liveHeapMB, mainThreadMeter, NAME_SHIM, panP90 } from './frames.ts';
import { generateInventory } from './generate.ts';
import { PEER_PAGE, peerOnce, writePeerGraph, writePeerPage, type PeerRun } from './peer.ts';
import { flag, option } from './options.ts';

export interface BrowserFigures {
  label: string;
  actors: number;
  /** Median ms from file selection to the first drawn map (a still picture on big maps). */
  toPicture: number;
  /** Median ms from file selection to the usable map (hover and click answer: the live
   * picture of a big map, else the interactive map). */
  toUsable: number;
  /** Median ms from file selection to the interactive map. */
  toMap: number;
  /** Median ms until the analysis and the layout are done too. */
  toIdle: number;
  /** Longest main-thread task (ms) between file selection and the drawn map, worst run. */
  longestToMap: number;
  /** Longest main-thread task (ms) after the map was drawn, until idle, worst run. */
  longestAfter: number;
  /** Median p90 frame time (ms) while the map is dragged right after it became interactive. */
  panP90: number;
  /** Median JS heap (MB) of the page when the map became interactive, and when idle. */
  heapAtMap: number;
  heapAtIdle: number;
  /** Median JS heap (MB) when idle, after a forced garbage collection: what the page holds. */
  heapLive: number;
  runs: number[];
  /** The peer's medians on the same inventory (`--peer`). */
  peer?: PeerFigures;
  /** Load average (1 min) at the start and the end of this inventory's rounds. */
  load: [number, number];
}

export interface PeerFigures {
  frame: number;
  ready: number;
  longest: number;
  panP90: number;
  heapMB: number;
}

interface Marks {
  t0?: number;
  picture?: number;
  usable?: number;
  ready?: number;
  idle?: number;
  longest: number;
  longestAfter: number;
  /** [ms, what]: state attribute changes, worker messages, long tasks. */
  events: [number, string][];
}

interface AppRun {
  marks: Marks;
  panP90: number;
  heapAtMap: number;
  heapAtIdle: number;
  heapLive: number;
  /** The app's own `maillage:` marks and measures: [start, duration, name]. */
  entries: [number, number, string][];
  /** How long the page's main thread was busy (tasks, scripts) from the file selection to
   * the interactive map and to idle, in ms. */
  cpu: { toMap: [number, number]; toIdle: [number, number] };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Before the page's scripts: every worker's messages are stamped with their kind (and stage),
 * the time each stage of the import reaches the page. */
const WORKER_STAMPS = `
window.__workerLog = [];
const BenchWorker = window.Worker;
window.Worker = class extends BenchWorker {
  constructor(url, options) {
    super(url, options);
    const name = String(url).split('/').pop().split('?')[0].replace(/-[\\w-]{8}\\.js$/, '');
    this.addEventListener('message', (e) => {
      const d = e.data;
      const what = d && typeof d === 'object' ? [d.kind, d.stage].filter(Boolean).join(' ') : '';
      window.__workerLog.push([performance.now(), name + ' → ' + (what || 'message')]);
    });
  }
};
`;

/** Stamps, in the page: the file selection, the drawn map, idle; long tasks in between. */
function instrument(expected: number): void {
  const w = window as unknown as { __bench: Marks };
  w.__bench = { longest: 0, longestAfter: 0, events: [] };
  const marks = w.__bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (marks.t0 === undefined || e.startTime < marks.t0) continue;
      marks.events.push([e.startTime, `long task ${Math.round(e.duration)} ms`]);
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
  const seen = new Map<string, string | undefined>();
  const check = () => {
    if (marks.t0 === undefined) return;
    if (root.dataset.ready === 'false') dropped = true;
    const count = document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value');
    const area = document.querySelector('[data-testid="map-area"]') as HTMLElement | null;
    const state: [string, string | undefined][] = [
      ['ready', root.dataset.ready],
      ['analysis', root.dataset.analysis],
      ['layout', root.dataset.layout],
      ['busy', root.dataset.busy],
      ['overview', area?.dataset.overview],
      ['actors', count ?? undefined],
    ];
    for (const [key, value] of state) {
      if (seen.get(key) !== value) marks.events.push([performance.now(), `${key}=${value}`]);
      seen.set(key, value);
    }
    if (
      marks.picture === undefined &&
      dropped &&
      count === String(expected) &&
      (area?.dataset.overview === 'shown' || root.dataset.ready === 'true')
    ) {
      marks.picture = performance.now();
    }
    // Usable: hover and click answer, on the live picture (its hover canvas is on the map,
    // put there with the picture; the app's `data-overview` comes a render later) or on the
    // interactive map.
    if (
      marks.usable === undefined &&
      dropped &&
      count === String(expected) &&
      (area?.querySelector('[data-testid="map-hover"]') || root.dataset.ready === 'true')
    ) {
      marks.usable = performance.now();
      marks.events.push([marks.usable, 'usable (hover, click)']);
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
  // Children too: the picture's hover canvas is added without an attribute changing.
  new MutationObserver(check).observe(root, { attributes: true, childList: true, subtree: true });
}

/** The app's page for one run: the demo drawn and analysed, worker messages stamped. */
const APP_PAGE: OpenOptions = {
  prepare: (page) => page.addInitScript({ content: NAME_SHIM + WORKER_STAMPS }),
  ready: 'analysed',
  timeout: 60_000,
};

async function once(page: Page, files: string[], actors: number): Promise<AppRun> {
  await page.evaluate(instrument, actors);
  const mainThread = await mainThreadMeter(page);
  const before = await mainThread();
  await page.setInputFiles('[data-testid="file-input"]', files);
  await page.waitForFunction(
    () => (window as unknown as { __bench: Marks }).__bench.ready !== undefined,
    null,
    {
      timeout: 600_000,
      polling: 50,
    },
  );
  const atMap = await mainThread();
  const heapAtMap = atMap.heapMB;
  const pan = await panP90(page, '[data-testid="map-area"]');
  await page.waitForFunction(
    () => (window as unknown as { __bench: Marks }).__bench.idle !== undefined,
    null,
    {
      timeout: 1_200_000,
      polling: 200,
    },
  );
  // Let the observer deliver the last long tasks.
  await page.waitForTimeout(300);
  const atIdle = await mainThread();
  const heapAtIdle = atIdle.heapMB;
  // Read last: the collection it forces is not the page's own work.
  const heapLive = await liveHeapMB(page);
  const cpu = {
    toMap: [atMap.taskMs - before.taskMs, atMap.scriptMs - before.scriptMs] as [number, number],
    toIdle: [atIdle.taskMs - before.taskMs, atIdle.scriptMs - before.scriptMs] as [number, number],
  };
  const { marks, entries } = await page.evaluate(() => {
    const m = (window as unknown as { __bench: Marks }).__bench;
    const log = (window as unknown as { __workerLog: [number, string][] }).__workerLog;
    const t0 = m.t0 ?? 0;
    return {
      marks: { ...m, events: [...m.events, ...log.filter(([t]) => t >= t0)] },
      entries: performance
        .getEntries()
        .filter((e) => e.name.startsWith('maillage:') && e.startTime >= t0)
        .map((e): [number, number, string] => [e.startTime, e.duration, e.name]),
    };
  });
  return { marks, panP90: pan, heapAtMap, heapAtIdle, heapLive, entries, cpu };
}

/** One run's timeline, in ms from the file selection. */
function printStages(run: AppRun): void {
  const t0 = run.marks.t0 ?? 0;
  const lines: [number, string][] = [
    ...run.marks.events,
    ...run.entries.map(([start, duration, name]): [number, string] => [
      start,
      duration > 0 ? `${name} (${Math.round(duration)} ms)` : name,
    ]),
  ];
  lines.sort((a, b) => a[0] - b[0]);
  for (const [t, what] of lines)
    console.log(`  ${String(Math.round(t - t0)).padStart(8)} ms  ${what}`);
  const tasks = run.marks.events
    .map(([, what]) => /^long task (\d+) ms$/.exec(what)?.[1])
    .filter((d): d is string => d !== undefined)
    .map(Number);
  const over = (ms: number) => tasks.filter((d) => d > ms).length;
  const sum = tasks.reduce((a, b) => a + b, 0);
  const ms = ([task, script]: [number, number]) =>
    `busy ${Math.round(task)} ms (scripts ${Math.round(script)} ms)`;
  console.log(
    `  long tasks > 50 / > 200 / > 500 ms: ${over(50)} / ${over(200)} / ${over(500)} (${Math.round(sum)} ms); main thread to the interactive map: ${ms(run.cpu.toMap)}, to idle: ${ms(run.cpu.toIdle)}; heap ${Math.round(run.heapAtMap)} MB (${Math.round(run.heapAtIdle)} idle, ${Math.round(run.heapLive)} live)`,
  );
}

const load1 = () => Math.round((loadavg()[0] ?? 0) * 10) / 10;

export async function browserBench(options: {
  runs: number;
  sizes: number[];
  build: boolean;
  port?: number;
  out?: string;
  peer?: boolean;
  demo?: boolean;
  stages?: boolean;
}): Promise<BrowserFigures[]> {
  const port = options.port ?? 4175;
  const out = options.out ?? 'dist';
  if (options.build) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', out], {
      stdio: 'inherit',
      env: { ...process.env, VITE_TEST_HOOKS: '1' },
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'maillage-browser-bench-'));
  const inventories = [
    ...(options.demo === false
      ? []
      : [
          {
            label: 'demo (Val de Loire-Sèvre)',
            files: [resolve('data/demo/acteurs.csv'), resolve('data/demo/liens.csv')],
            actors: 124,
            peerGraph: null as string | null,
          },
        ]),
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
        peerGraph: null as string | null,
      };
    }),
  ];
  if (options.peer) {
    writePeerPage(out);
    for (const inventory of inventories) {
      if (inventory.label.startsWith('demo')) continue;
      inventory.peerGraph = writePeerGraph(out, inventory.actors, inventory.files);
    }
  }
  const server = await startPreview(port, out);
  const browser = await launch({ webgl: true });
  const results: BrowserFigures[] = [];
  /** A fresh profile opened on `page`, then `run`; the profile closed after it. */
  const fresh = async <T>(page: OpenOptions, run: (page: Page) => Promise<T>): Promise<T> => {
    const opened = await openApp(browser, {
      ...page,
      base: server.url,
      // Nothing leaves localhost: a request elsewhere is refused (and recorded in `outside`,
      // which fails the bench).
      prepare: async (p) => {
        await p.context().route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
        await page.prepare?.(p);
      },
    });
    try {
      const result = await run(opened.page);
      const { outside } = opened;
      if (outside.length) throw new Error(`requests outside localhost: ${outside.join(', ')}`);
      return result;
    } finally {
      await opened.page.context().close();
    }
  };
  try {
    for (const inventory of inventories) {
      const load: [number, number] = [load1(), 0];
      const runs: AppRun[] = [];
      const peerRuns: PeerRun[] = [];
      for (let run = 0; run < options.runs; run++) {
        const graph = inventory.peerGraph;
        if (graph) peerRuns.push(await fresh(PEER_PAGE, (page) => peerOnce(page, graph)));
        runs.push(await fresh(APP_PAGE, (page) => once(page, inventory.files, inventory.actors)));
        if (options.stages) {
          console.log(`${inventory.label}, run ${run + 1} (load ${load1()}):`);
          printStages(runs.at(-1) as AppRun);
        }
      }
      load[1] = load1();
      const of = (pick: (m: Marks) => number) => runs.map((r) => pick(r.marks));
      const toMap = of((m) => (m.ready as number) - (m.t0 as number));
      const r: BrowserFigures = {
        label: inventory.label,
        actors: inventory.actors,
        toPicture: median(of((m) => (m.picture as number) - (m.t0 as number))),
        toUsable: median(of((m) => (m.usable as number) - (m.t0 as number))),
        toMap: median(toMap),
        toIdle: median(of((m) => (m.idle as number) - (m.t0 as number))),
        longestToMap: Math.max(...of((m) => m.longest)),
        longestAfter: Math.max(...of((m) => m.longestAfter)),
        panP90: median(runs.map((x) => x.panP90)),
        heapAtMap: median(runs.map((x) => x.heapAtMap)),
        heapAtIdle: median(runs.map((x) => x.heapAtIdle)),
        heapLive: median(runs.map((x) => x.heapLive)),
        runs: toMap,
        load,
        ...(peerRuns.length
          ? {
              peer: {
                frame: median(peerRuns.map((p) => p.frame)),
                ready: median(peerRuns.map((p) => p.ready)),
                longest: Math.max(...peerRuns.map((p) => p.longest)),
                panP90: median(peerRuns.map((p) => p.panP90)),
                heapMB: median(peerRuns.map((p) => p.heapMB)),
              },
            }
          : {}),
      };
      results.push(r);
      console.log(
        `${r.label}: first picture ${Math.round(r.toPicture)} ms, usable ${Math.round(r.toUsable)} ms, interactive map ${Math.round(r.toMap)} ms (runs ${r.runs.map(Math.round).join(', ')}), idle ${Math.round(r.toIdle)} ms, longest task ${Math.round(r.longestToMap)} ms before the map, ${Math.round(r.longestAfter)} ms after, pan p90 ${Math.round(r.panP90)} ms, heap ${Math.round(r.heapAtMap)} MB (${Math.round(r.heapAtIdle)} MB idle, ${Math.round(r.heapLive)} MB live after a collection), load ${load[0]} → ${load[1]}`,
      );
      if (r.peer) {
        console.log(
          `  sigma.js: first frame ${Math.round(r.peer.frame)} ms (runs ${peerRuns.map((p) => Math.round(p.frame)).join(', ')}), interactive ${Math.round(r.peer.ready)} ms, usable / sigma's interactive ${(r.toUsable / r.peer.ready).toFixed(2)}×, longest task ${Math.round(r.peer.longest)} ms, pan p90 ${Math.round(r.peer.panP90)} ms, heap ${Math.round(r.peer.heapMB)} MB`,
        );
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return results;
}

export function browserTable(results: BrowserFigures[]): string[] {
  return [
    '| inventory (browser, headless Chromium, canvas) | file selection → first drawn map | → usable map (hover, click) | → interactive map | → analysis and layout done | longest main-thread task before the interactive map | longest task after it | pan p90 frame | JS heap at the interactive map (idle; live) | load |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.label} | ${Math.round(r.toPicture)} ms | ${Math.round(r.toUsable)} ms | ${Math.round(r.toMap)} ms | ${Math.round(r.toIdle)} ms | ${Math.round(r.longestToMap)} ms | ${Math.round(r.longestAfter)} ms | ${Math.round(r.panP90)} ms | ${Math.round(r.heapAtMap)} MB (${Math.round(r.heapAtIdle)}; ${Math.round(r.heapLive)}) | ${r.load[0]} → ${r.load[1]} |`,
    ),
  ];
}

/** Maillage beside sigma.js, one table per inventory drawn by both, with the ratios. */
export function peerTables(results: BrowserFigures[]): string[] {
  const lines: string[] = [];
  const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  for (const r of results) {
    const p = r.peer;
    if (!p) continue;
    lines.push(
      '',
      `| ${r.label} (load ${r.load[0]} → ${r.load[1]}) | sigma.js 3 (WebGL) | Maillage | Maillage / sigma |`,
      '|---|---|---|---|',
      `| first full frame | ${ms(p.frame)} | ${ms(r.toPicture)} | ${ratio(r.toPicture, p.frame)} |`,
      `| usable (hover, click) | ${ms(p.ready)} | ${ms(r.toUsable)} | ${ratio(r.toUsable, p.ready)} |`,
      `| interactive | ${ms(p.ready)} | ${ms(r.toMap)} | ${ratio(r.toMap, p.ready)} |`,
      `| longest task to interactive | ${ms(p.longest)} | ${ms(r.longestToMap)} | ${ratio(r.longestToMap, p.longest)} |`,
      `| p90 frame while panning right after | ${ms(p.panP90)} | ${ms(r.panP90)} | ${ratio(r.panP90, p.panP90)} |`,
      `| JS heap (interactive) | ${Math.round(p.heapMB)} MB | ${Math.round(r.heapAtMap)} MB (${Math.round(r.heapAtIdle)} idle) | ${ratio(r.heapAtMap, p.heapMB)} |`,
      `| analysis and layout done | — | ${ms(r.toIdle)} | — |`,
    );
  }
  return lines;
}

// Run alone.
if (process.argv[1] && resolve(process.argv[1]) === resolve('test/bench/browser.ts')) {
  const results = await browserBench({
    runs: Number(option('runs', '3')),
    sizes: option('sizes', '10000').split(',').map(Number).filter(Boolean),
    build: !flag('skip-build'),
    port: Number(option('port', '4175')),
    out: option('out', 'dist'),
    peer: flag('peer'),
    demo: !flag('no-demo'),
    stages: flag('stages'),
  });
  console.log('');
  for (const line of browserTable(results)) console.log(line);
  for (const line of peerTables(results)) console.log(line);
}
