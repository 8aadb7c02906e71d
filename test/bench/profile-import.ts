// Diagnostics (not part of `npm test` nor `npm run bench`): from the file selection to the
// interactive map, a DevTools CPU profile of the page's main thread (CDP Profiler.start/stop)
// summed by function, self and total time; with --trace instead, the CPU time of each
// thread's tasks (Chromium's trace, `tdur`: what a loaded machine does not inflate as it
// does wall times) and the main thread's tasks over 50 ms, each run, --runs times.
// Run on a build with test hooks (the bench's): npx tsx test/bench/profile-import.ts
//   [--size 1000 | --demo] [--port 4175] [--out dist] [--top 40] [--save profile.cpuprofile]
//   [--trace] [--runs 3] [--until usable]
// --until usable stops at the first usable map (a big map's live picture: its hover canvas)
// instead of the interactive map.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openApp } from '../e2e/browser.ts';
import { startPreview } from '../e2e/server.ts';
import { writeGeneratedInventory } from '../e2e/fixtures.ts';
import {
  chargeSample,
  profileSamples,
  startTrace,
  threadNames,
  type Profile,
  type ProfileNode,
} from './devtools-types.ts';
import { flag, option } from './options.ts';

const port = Number(option('port', '4175'));
const out = option('out', 'dist');
const top = Number(option('top', '40'));
const until = option('until', 'interactive');
/** The new map has arrived: interactive, or (--until usable) its live picture too. */
function arrived([n, upTo]: readonly [number, string]): boolean {
  const app = document.querySelector('[data-testid="app"]');
  const count = document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value');
  if (count !== String(n)) return false;
  if (app?.getAttribute('data-ready') === 'true') return true;
  return upTo === 'usable' && document.querySelector('[data-testid="map-hover"]') !== null;
}
let files: string[];
let actors: number;
if (flag('demo')) {
  files = [resolve('data/demo/acteurs.csv'), resolve('data/demo/liens.csv')];
  actors = 124;
} else {
  actors = Number(option('size', '1000'));
  files = writeGeneratedInventory(actors);
}

const preview = await startPreview(port, out);
/** The demo drawn and analysed in a fresh profile, the measure's starting point. */
const open = { base: preview.url, ready: 'analysed' } as const;
try {
  const browser = await launch();
  if (flag('trace')) {
    for (let run = 0; run < Number(option('runs', '3')); run++) {
      const { page } = await openApp(browser, open);
      console.log(await traced(page, files, actors));
      await page.context().close();
    }
    await browser.close();
    preview.stop();
    process.exit(0);
  }
  const { page } = await openApp(browser, open);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="file-input"]', files);
  // The new map replaces the current one: `data-ready` drops, then comes back.
  await page.waitForSelector('[data-testid="app"][data-ready="false"]', { timeout: 300_000 });
  await page.waitForFunction(arrived, [actors, until] as const, {
    polling: 20,
    timeout: 300_000,
  });
  const wall = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const save = option('save', '');
  if (save) writeFileSync(save, JSON.stringify(profile));
  await browser.close();
  // Self time per node, then per function; total time per function (once per stack).
  const tree = profileSamples(profile);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, us] of self) chargeSample(tree, id, us, name, selfBy, totalBy);
  const print = (title: string, m: Map<string, number>) => {
    console.log(title);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${String(Math.round(us / 1000)).padStart(7)} ms  ${k}`);
    }
  };
  console.log(`file selection → ${until}: ${wall} ms (wall, with the profiler on)`);
  print('self time', selfBy);
  print('total time', totalBy);
} finally {
  preview.stop();
}

/** One import under Chromium's trace: CPU ms of each thread's tasks, from the selection to
 * the interactive map, the wall time, and the main thread's tasks over 50 ms (CPU ms). */
async function traced(page: Page, files: string[], actors: number): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(
    cdp,
    'devtools.timeline,disabled-by-default-devtools.timeline,__metadata',
  );
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="file-input"]', files);
  await page.waitForSelector('[data-testid="app"][data-ready="false"]', { timeout: 300_000 });
  await page.waitForFunction(arrived, [actors, until] as const, {
    polling: 20,
    timeout: 300_000,
  });
  const wall = Date.now() - t0;
  const events = await trace.end();
  const names = threadNames(events);
  // From the input's change (the first task of the trace's page) to its end.
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const byThread = new Map<string, { cpu: number; count: number }>();
  const long: number[] = [];
  for (const t of tasks) {
    const thread = names.get(`${t.pid}:${t.tid}`) ?? '?';
    if (!/CrRendererMain|DedicatedWorker/.test(thread)) continue;
    const cpu = (t.tdur ?? 0) / 1000;
    const key = thread.startsWith('DedicatedWorker') ? `${thread} ${t.tid}` : thread;
    const entry = byThread.get(key) ?? { cpu: 0, count: 0 };
    entry.cpu += cpu;
    entry.count++;
    byThread.set(key, entry);
    if (thread === 'CrRendererMain' && (t.dur ?? 0) / 1000 > 50) long.push(Math.round(cpu));
  }
  const threads = [...byThread]
    .filter(([, v]) => v.cpu >= 1)
    .map(
      ([k, v]) => `${k.replace('DedicatedWorker thread', 'worker')}: ${Math.round(v.cpu)} ms CPU`,
    )
    .join(', ');
  return `wall ${wall} ms; ${threads}; main tasks > 50 ms (CPU ms): [${long.join(', ')}]`;
}
