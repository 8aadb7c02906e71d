// Diagnostics (not part of `npm test` nor `npm run bench`): the main thread's long tasks
// from the file selection until the analysis and the layout are done, each with its CPU
// time (Chromium's trace, `tdur`: what a loaded machine does not inflate as it does wall
// times), what ran in it (a DevTools CPU profile taken meanwhile, summed by function over
// the task's samples), the trace's events inside it (paint, raster, garbage collection,
// style and layout, canvas work: summed by name) and the moment it belongs to (the app's
// last `maillage:` mark or measure before it, and the bench's own: the interactive map,
// the drag, idle, the zoom). Best on a build that keeps its names:
//   VITE_TEST_HOOKS=1 npx vite build --minify false --outDir dist-prof
//   npx tsx test/bench/long-tasks.ts [--size 10000] [--port 4175] [--out dist-prof]
//     [--over 200] [--wall 400] [--top 8] [--settle 2000] [--pan] [--zoom]
// --pan drags the map right after it became interactive, as the browser bench does (its
// "longest task after the interactive map" counts that drag); --zoom turns the mouse wheel
// in, once the layout is done, until the map draws names (the first zoom that draws them).
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launch, openApp } from '../e2e/browser.ts';
import { startPreview } from '../e2e/server.ts';
import { writeGeneratedInventory } from '../e2e/fixtures.ts';
import {
  chargeWindow,
  costliest,
  profileSamples,
  startTrace,
  threadNames,
  type Profile,
} from './devtools-types.ts';
import { flag, option } from './options.ts';
import { NAME_SHIM, panP90 } from './frames.ts';

const port = Number(option('port', '4175'));
const out = option('out', 'dist');
const over = Number(option('over', '200'));
// Tasks under `over` ms of CPU are shown too when their wall time passes this.
const overWall = Number(option('wall', String(2 * over)));
const top = Number(option('top', '8'));
const settle = Number(option('settle', '2000'));
const actors = Number(option('size', '10000'));
const files = writeGeneratedInventory(actors);
// Paint, raster, canvas and GPU work, garbage collection, style and layout, user timing.
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.gc',
  'disabled-by-default-v8.gc',
  'cc',
  'gpu',
  'blink',
  'blink.user_timing',
  '__metadata',
].join(',');

const preview = await startPreview(port, out);

try {
  const browser = await launch();
  const { page } = await openApp(browser, {
    base: preview.url,
    ready: 'analysed',
    // tsx names the functions given to page.evaluate with a helper the page lacks.
    prepare: (p) => p.addInitScript({ content: NAME_SHIM }),
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const trace = await startTrace(cdp, CATEGORIES);
  await cdp.send('Profiler.start');
  const load0 = loadavg()[0] ?? 0;
  await page.setInputFiles('[data-testid="file-input"]', files);
  await page.waitForSelector('[data-testid="app"][data-ready="false"]', { timeout: 600_000 });
  if (flag('pan')) {
    await page.waitForFunction(
      (n) =>
        document.querySelector<HTMLElement>('[data-testid="app"]')?.dataset.ready === 'true' &&
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
          String(n),
      actors,
      { polling: 50, timeout: 600_000 },
    );
    await page.evaluate(() => performance.mark('bench:interactive-map'));
    await panP90(page, '[data-testid="map-area"]');
    await page.evaluate(() => performance.mark('bench:dragged'));
  }
  await page.waitForFunction(
    (n) => {
      const app = document.querySelector<HTMLElement>('[data-testid="app"]');
      return (
        app?.dataset.ready === 'true' &&
        app.dataset.analysis === 'done' &&
        app.dataset.layout === 'idle' &&
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
          String(n)
      );
    },
    actors,
    { polling: 100, timeout: 1_200_000 },
  );
  await page.evaluate(() => performance.mark('bench:idle'));
  await page.waitForTimeout(settle);
  if (flag('zoom')) await zoomUntilNamed(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const events = await trace.end();
  await browser.close();

  const names = threadNames(events);
  // Samples: their times and the profile's tree.
  const samples = profileSamples(profile);
  const main = events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' &&
        e.ts >= profile.startTime,
    )
    .sort((a, b) => a.ts - b.ts);
  const t0 = main[0]?.ts ?? profile.startTime;
  const kinds = new Map<string, number>();
  for (const e of events) {
    if (
      e.ph === 'X' &&
      names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' &&
      (e.dur ?? 0) > 100_000
    )
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + 1);
  }
  console.log('main-thread events over 100 ms:', [...kinds].join(' '));
  // The moments: the app's marks and measures (their start) and the bench's marks.
  const moments = events
    .filter(
      (e) => /^(maillage|bench):/.test(e.name) && (e.ph === 'R' || e.ph === 'b' || e.ph === 'I'),
    )
    .map((e): [number, string] => [e.ts, e.name])
    .sort((a, b) => a[0] - b[0]);
  const momentBefore = (ts: number) =>
    moments.filter(([at]) => at <= ts).at(-1)?.[1] ?? '(before the first mark)';
  const mainEvents = events.filter(
    (e) =>
      e.ph === 'X' && e.name !== 'RunTask' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  console.log(
    `profile ${profile.startTime}–${samples.times.at(-1)}, tasks ${t0}–${main.at(-1)?.ts}`,
  );
  const counts = { 50: 0, 200: 0, 500: 0 };
  let cpuTotal = 0;
  for (const task of main) {
    const wall = (task.dur ?? 0) / 1000;
    const cpu = (task.tdur ?? 0) / 1000;
    cpuTotal += cpu;
    if (cpu > 50) counts[50]++;
    if (cpu > 200) counts[200]++;
    if (cpu > 500) counts[500]++;
    if (cpu <= over && wall <= overWall) continue;
    const end = task.ts + (task.dur ?? 0);
    const { self, total, us: sampled } = chargeWindow(profile, samples, task.ts, end);
    const list = (m: Map<string, number>) =>
      costliest(m, top)
        .map(([k, us]) => `      ${String(Math.round(us / 1000)).padStart(6)} ms  ${k}`)
        .join('\n');
    // The trace's events inside the task, summed by name (nested ones counted in each).
    const inside = new Map<string, [number, number]>();
    for (const e of mainEvents) {
      if (e.ts < task.ts || e.ts > end) continue;
      const [n, us] = inside.get(e.name) ?? [0, 0];
      inside.set(e.name, [n + 1, us + (e.tdur ?? e.dur ?? 0)]);
    }
    const traced = [...inside]
      .filter(([, [, us]]) => us >= 1000)
      .sort((a, b) => b[1][1] - a[1][1])
      .slice(0, top)
      .map(([k, [n, us]]) => `      ${String(Math.round(us / 1000)).padStart(6)} ms  ${k} ×${n}`)
      .join('\n');
    console.log(
      `at ${Math.round((task.ts - t0) / 1000)} ms: wall ${Math.round(wall)} ms, CPU ${Math.round(cpu)} ms (sampled ${Math.round(sampled / 1000)} ms), after ${momentBefore(task.ts)}`,
    );
    console.log(`    total:\n${list(total)}\n    self:\n${list(self)}\n    trace:\n${traced}`);
  }
  // The costliest tasks by CPU, a line each: when, wall, CPU, moment, what ran most.
  console.log('tasks by CPU:');
  for (const task of [...main].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, top)) {
    const end = task.ts + (task.dur ?? 0);
    const { self } = chargeWindow(profile, samples, task.ts, end);
    const most = costliest(self, 3)
      .map(([k]) => k)
      .join(', ');
    console.log(
      `  at ${Math.round((task.ts - t0) / 1000)} ms: CPU ${Math.round((task.tdur ?? 0) / 1000)} ms, wall ${Math.round((task.dur ?? 0) / 1000)} ms, after ${momentBefore(task.ts)}: ${most}`,
    );
  }
  console.log(
    `main-thread tasks over 50 / 200 / 500 ms CPU: ${counts[50]} / ${counts[200]} / ${counts[500]}; ` +
      `main-thread CPU ${Math.round(cpuTotal)} ms; load ${load0.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
  );
} finally {
  preview.stop();
}

/** Turns the wheel in over the map's centre, twelve notches 400 ms apart: far enough in
 * for a big map to draw names (names.ts `drawable`). */
async function zoomUntilNamed(page: Page): Promise<void> {
  const box = await page.locator('[data-testid="map-area"]').first().boundingBox();
  if (!box) throw new Error('map-area: no box to zoom');
  await page.evaluate(() => performance.mark('bench:zoom'));
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(400);
  }
  await page.evaluate(() => performance.mark('bench:zoomed'));
  await page.waitForTimeout(settle);
}
