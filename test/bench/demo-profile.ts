// Diagnostics (not part of `npm test` nor `npm run bench`): what the demo's time is made of.
// By default, what the browser bench's demo figure counts: from the file selection of the
// demo's two files (the input's `change`) to `data-ready` again. With `--start`, the app's
// own start: from the navigation to the demo drawn (`data-ready`), with the files fetched
// (resource timing) and the scripts compiled and run. For each main-thread task: its wall and
// CPU time (the trace's `tdur`, what a loaded machine does not inflate as it does wall times)
// and the functions sampled in it (a DevTools CPU profile, wall-clock samples); then each
// thread's CPU and the interval's functions. Best on a build that keeps its names:
//   VITE_TEST_HOOKS=1 npx vite build --minify false --outDir dist-prof
//   npx tsx test/bench/demo-profile.ts [--start] [--port 4175] [--out dist-prof] [--top 6]
//     [--runs 1] [--no-profile]
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { launch, openApp } from '../e2e/browser.ts';
import { startPreview } from '../e2e/server.ts';
import {
  chargeWindow,
  costliest,
  profileSamples,
  startTrace,
  threadNames,
  type Profile,
  type TraceEvent,
} from './devtools-types.ts';
import { flag, option } from './options.ts';

const port = Number(option('port', '4175'));
const out = option('out', 'dist');
const top = Number(option('top', '6'));
const runs = Number(option('runs', '1'));
const start = flag('start');
const sampling = !flag('no-profile');
const files = [resolve('data/demo/acteurs.csv'), resolve('data/demo/liens.csv')];

/** In the page, before its scripts: the moments `data-ready` drops and comes back. */
const READY_STAMPS = `
window.__demo = { ready: [] };
new MutationObserver(() => {
  const app = document.querySelector('[data-testid="app"]');
  const value = app && app.dataset.ready;
  const list = window.__demo.ready;
  if (value && (list.length === 0 || list[list.length - 1][1] !== value))
    list.push([performance.now(), value]);
}).observe(document, { attributes: true, subtree: true, childList: true });
`;

interface Recording {
  cdp: CDPSession;
  stop(): Promise<{ events: TraceEvent[]; profile: Profile | null }>;
}

async function record(page: Page): Promise<Recording> {
  const cdp = await page.context().newCDPSession(page);
  if (sampling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const trace = await startTrace(
    cdp,
    [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      '__metadata',
      'blink.user_timing',
      'v8',
      'loading',
    ].join(','),
  );
  if (sampling) await cdp.send('Profiler.start');
  return {
    cdp,
    async stop() {
      const profile = sampling
        ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile
        : null;
      return { events: await trace.end(), profile };
    },
  };
}

const preview = await startPreview(port, out);
const browser = await launch({ webgl: true });
try {
  for (let run = 0; run < runs; run++) {
    const load0 = loadavg()[0] ?? 0;
    let recording: Recording | undefined;
    const { page } = await openApp(browser, {
      base: preview.url,
      ready: start ? false : 'analysed',
      prepare: async (p) => {
        await p.addInitScript({ content: READY_STAMPS });
        if (start) recording = await record(p);
      },
    });
    if (!start) {
      recording = await record(page);
      await page.evaluate(() => {
        const w = window as unknown as { __demo: { change?: number } };
        const input = document.querySelector('[data-testid="file-input"]') as HTMLInputElement;
        input.addEventListener('change', () => (w.__demo.change = performance.now()), {
          capture: true,
        });
      });
      await page.setInputFiles('[data-testid="file-input"]', files);
    }
    // The bench's end: data-ready true (after it dropped, for an import).
    await page.waitForFunction(
      () => {
        const demo = (
          window as unknown as { __demo: { change?: number; ready: [number, string][] } }
        ).__demo;
        const since = demo.change ?? 0;
        const after = demo.ready.filter(([t]) => t >= since);
        return (
          after.at(-1)?.[1] === 'true' && (since === 0 || after.some(([, v]) => v === 'false'))
        );
      },
      null,
      { polling: 20, timeout: 90_000 },
    );
    const page0 = await page.evaluate(() => {
      const w = window as unknown as { __demo: { change?: number; ready: [number, string][] } };
      const ready = w.__demo.ready.filter(([, v]) => v === 'true').at(-1)?.[0] ?? 0;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        change: w.__demo.change,
        ready,
        main: performance.getEntriesByName('maillage:main')[0]?.startTime ?? 0,
        files: performance.getEntriesByName('maillage:files').at(-1)?.startTime ?? 0,
        nav: nav
          ? {
              response: nav.responseEnd,
              domInteractive: nav.domInteractive,
              domContentLoaded: nav.domContentLoadedEventEnd,
            }
          : null,
        resources: performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .map((e) => ({
            name: e.name.split('/').pop() ?? '',
            start: e.startTime,
            end: e.responseEnd,
            size: e.encodedBodySize,
          })),
      };
    });
    await page.waitForTimeout(300);
    const { events, profile } = await (recording as Recording).stop();
    await page.context().close();

    const names = threadNames(events);
    // The trace's clock (µs) against the page's (ms): the user timing mark both saw.
    const markName = start ? 'maillage:main' : 'maillage:files';
    const mark = events.filter((e) => e.name === markName).at(-1);
    const pageMark = start ? page0.main : page0.files;
    const offset = mark ? mark.ts - pageMark * 1000 : 0;
    const from = start ? offset : offset + (page0.change ?? 0) * 1000;
    const to = offset + page0.ready * 1000;
    const ms = (ts: number) => Math.round((ts - from) / 1000);
    console.log(
      `run ${run + 1}: ${start ? 'navigation' : 'file selection'} → data-ready ${Math.round((to - from) / 1000)} ms (load ${load0.toFixed(1)})`,
    );
    if (start) {
      const nav = page0.nav;
      if (nav) {
        console.log(
          `  document: response ${Math.round(nav.response)} ms, interactive ${Math.round(nav.domInteractive)} ms, DOMContentLoaded ${Math.round(nav.domContentLoaded)} ms; maillage:main ${Math.round(page0.main)} ms`,
        );
      }
      for (const r of page0.resources.sort((a, b) => a.start - b.start)) {
        console.log(
          `  fetched ${r.name.padEnd(44)} ${String(Math.round(r.start)).padStart(5)} → ${String(Math.round(r.end)).padStart(5)} ms, ${Math.round(r.size / 1024)} kB`,
        );
      }
    }
    const tree = profile ? profileSamples(profile) : null;
    const sum = (a: number, b: number) =>
      profile && tree
        ? chargeWindow(profile, tree, a, b)
        : { total: new Map<string, number>(), self: new Map<string, number>() };
    const list = (m: Map<string, number>, n: number) =>
      costliest(m, n)
        .map(([k, us]) => `        ${(us / 1000).toFixed(1).padStart(6)} ms  ${k}`)
        .join('\n');
    const mainThread = (e: TraceEvent) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
    const tasks = events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThread(e))
      .filter((e) => e.ts + (e.dur ?? 0) >= from && e.ts <= to)
      .sort((a, b) => a.ts - b.ts);
    // What ran in a task, by the trace's own events (scripts compiled and run, style, layout,
    // paint, timers, frames, messages), CPU where the trace has it.
    const kinds = (a: number, b: number, e0: TraceEvent) =>
      events
        .filter(
          (e) =>
            e.ph === 'X' &&
            e.pid === e0.pid &&
            e.tid === e0.tid &&
            e.ts >= a &&
            e.ts <= b &&
            e !== e0 &&
            (e.dur ?? 0) >= 1000 &&
            /^(v8\.compile|v8\.compileModule|v8\.evaluateModule|EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|UpdateLayoutTree|Layout|Paint|PrePaint|Commit|ParseHTML|v8\.run|RunMicrotasks|HandlePostMessage|v8\.parseOnBackground|ParseAuthorStyleSheet|Decode)/.test(
              e.name,
            ),
        )
        .map((e) => {
          const url = (e.args as { data?: { url?: string } } | undefined)?.data?.url;
          const file = url ? ` ${url.split('/').pop() ?? ''}` : '';
          return `${e.name}${file} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
        })
        .join(', ');
    let cpu = 0;
    let busy = 0;
    let last = from;
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      const wall = (task.dur ?? 0) / 1000;
      const tcpu = (task.tdur ?? 0) / 1000;
      cpu += tcpu;
      busy += wall;
      const gap = (task.ts - last) / 1000;
      last = end;
      if (wall < 2) continue;
      console.log(
        `  at ${String(ms(task.ts)).padStart(5)} ms (gap ${gap.toFixed(0)}): wall ${wall.toFixed(1)} ms, CPU ${tcpu.toFixed(1)} ms  [${kinds(task.ts, end, task)}]`,
      );
      if (tree) console.log(list(sum(task.ts, end).total, top));
    }
    console.log(
      `  main thread: CPU ${Math.round(cpu)} ms, busy (wall) ${Math.round(busy)} ms of ${Math.round((to - from) / 1000)} ms`,
    );
    // Every thread's CPU in the interval (workers, compositor, raster).
    const byThread = new Map<string, number>();
    for (const e of events) {
      if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
      if (e.ph !== 'X' || e.ts + (e.dur ?? 0) < from || e.ts > to) continue;
      const n = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
      byThread.set(n, (byThread.get(n) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    console.log(
      `  threads' CPU (ms): ${[...byThread]
        .filter(([, v]) => v >= 1)
        .map(([k, v]) => `${k} ${Math.round(v)}`)
        .join(', ')}`,
    );
    if (tree) {
      const { self, total } = sum(from, to);
      console.log(`  interval, total:\n${list(total, 25)}\n  self:\n${list(self, 15)}`);
    }
  }
} finally {
  await browser.close();
  preview.stop();
}
