// Diagnostics (not part of `npm test` nor `npm run bench`): the main thread's tasks from the
// file selection to the interactive map (`data-ready="true"`), each with its CPU time
// (Chromium's trace, `tdur`), the idle gap before it, the app's `maillage:` marks in it and
// what ran in it (a DevTools CPU profile, by function's self time); then every other
// thread's CPU in the same span (workers, V8's compilers and collector, compositor, GPU).
// Best on a build that keeps its names:
//   VITE_TEST_HOOKS=1 npx vite build --minify false --outDir dist-prof
//   npx tsx test/bench/to-ready.ts [--size 1000] [--port 4175] [--out dist-prof] [--over 10]
//     [--top 4] [--runs 1]
import { loadavg } from 'node:os';
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
  type TraceEvent,
} from './devtools-types.ts';
import { option } from './options.ts';

const port = Number(option('port', '4175'));
const out = option('out', 'dist');
const over = Number(option('over', '10'));
const top = Number(option('top', '4'));
const runs = Number(option('runs', '1'));
const actors = Number(option('size', '1000'));
const files = writeGeneratedInventory(actors);

const preview = await startPreview(port, out);

/** Marks the moment `data-ready` turns true (a user-timing mark, in the trace). */
const READY_MARK = `new MutationObserver(() => {
  const app = document.querySelector('[data-testid="app"]');
  if (app?.dataset.ready === 'true' && !window.__readyMarked && window.__selected) {
    window.__readyMarked = true;
    performance.mark('bench:ready');
  }
}).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });`;

try {
  const browser = await launch();
  for (let run = 1; run <= runs; run++) {
    const { page } = await openApp(browser, { base: preview.url, ready: 'analysed' });
    await page.evaluate(READY_MARK);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    const trace = await startTrace(
      cdp,
      'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,__metadata',
    );
    await cdp.send('Profiler.start');
    const load0 = loadavg()[0] ?? 0;
    await page.evaluate('window.__selected = true; performance.mark("bench:selected")');
    await page.setInputFiles('[data-testid="file-input"]', files);
    await page.waitForFunction(
      (n) => {
        const app = document.querySelector<HTMLElement>('[data-testid="app"]');
        return (
          app?.dataset.ready === 'true' &&
          document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
            String(n)
        );
      },
      actors,
      { polling: 50, timeout: 600_000 },
    );
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const events = await trace.end();
    await page.close();

    const names = threadNames(events);
    const markAt = (name: string) => events.find((e) => e.name === name)?.ts;
    const t0 = markAt('bench:selected') ?? profile.startTime;
    const tReady = markAt('bench:ready') ?? Infinity;
    const marks = events
      .filter((e) => e.name.startsWith('maillage:') && e.ts >= t0 && e.ts <= tReady)
      .map((e) => ({ at: e.ts, name: e.name.replace('maillage:', '') }))
      .sort((a, b) => a.at - b.at);
    const sampled = profileSamples(profile);
    const ms = (us: number) => Math.round(us / 1000);
    const tasksOf = (thread: (name: string) => boolean) =>
      events
        .filter(
          (e) =>
            e.name === 'RunTask' &&
            e.ph === 'X' &&
            thread(names.get(`${e.pid}:${e.tid}`) ?? '') &&
            e.ts + (e.dur ?? 0) >= t0 &&
            e.ts <= tReady,
        )
        .sort((a, b) => a.ts - b.ts);
    const main = tasksOf((n) => n === 'CrRendererMain');
    console.log(`run ${run}: data-ready at ${ms(tReady - t0)} ms, load ${load0.toFixed(1)}`);
    let cpuTotal = 0;
    let longs = 0;
    let lastEnd = t0;
    let small = 0;
    for (const task of main) {
      const cpu = (task.tdur ?? 0) / 1000;
      cpuTotal += cpu;
      if (cpu > 200) longs++;
      const end = task.ts + (task.dur ?? 0);
      const gap = task.ts - lastEnd;
      lastEnd = end;
      const inside = marks.filter((m) => m.at >= task.ts && m.at <= end).map((m) => m.name);
      if (cpu <= over && inside.length === 0) {
        small += cpu;
        continue;
      }
      const { self } = chargeWindow(profile, sampled, task.ts, end);
      const list = costliest(self, top)
        .map(([k, us]) => `${ms(us)} ${k}`)
        .join(' | ');
      console.log(
        `  ${String(ms(task.ts - t0)).padStart(5)} +${String(ms(gap)).padStart(4)} idle  ` +
          `wall ${String(ms(task.dur ?? 0)).padStart(4)} cpu ${String(Math.round(cpu)).padStart(4)}` +
          `  [${inside.join(', ')}]\n        ${list}`,
      );
    }
    // What ran from the links layer's start (the filling) to data-ready, by total time.
    const from = marks.find((m) => m.name === 'links-layer')?.at ?? t0;
    const { self, total } = chargeWindow(profile, sampled, from, tReady);
    for (const [name, map] of Object.entries({ self, total })) {
      console.log(
        `  ${name} from the filling to data-ready (sampled):\n` +
          costliest(map, 3 * top)
            .map(([k, us]) => `      ${String(ms(us)).padStart(5)} ${k}`)
            .join('\n'),
      );
    }
    // The filling: from the links layer's first drawing to the elements all added.
    const fillFrom = marks.find((m) => m.name === 'links-layer')?.at ?? t0;
    const fillTo = marks.filter((m) => m.name === 'add-elements').at(-1)?.at ?? tReady;
    const filling = main
      .filter((task) => task.ts >= fillFrom && task.ts <= fillTo)
      .reduce((sum, task) => sum + (task.tdur ?? 0) / 1000, 0);
    console.log(
      `  the filling (links layer drawn → elements added): ${ms(fillTo - fillFrom)} ms wall, CPU ${Math.round(filling)} ms`,
    );
    console.log(
      `  main thread to data-ready: CPU ${Math.round(cpuTotal)} ms (${Math.round(small)} in small tasks), tasks > 200 ms CPU: ${longs}`,
    );
    const threads = otherThreads(events, names, t0, tReady);
    console.log(
      `  the other threads' CPU to data-ready (ms): ${threads.map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`,
    );
    const main0 = main.filter((task) => task.ts >= t0);
    const busy = main0.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000;
    console.log(
      `  main thread to data-ready: ${Math.round(busy)} ms in tasks (${Math.round(busy - cpuTotal)} of it without the CPU), ${Math.round((tReady - t0) / 1000 - busy)} ms between tasks`,
    );
  }
  await browser.close();
} finally {
  preview.stop();
}

/** Every thread's CPU (ms) but the page's and the browser's main threads from `from` to `to` (µs), by what runs
 * on it: each worker (the layout worker named by the script it compiles), V8's background
 * compilers and collector (the pool's tasks, by the V8 source that posted them), raster,
 * compositor and GPU process threads; costliest first. Top-level tasks only (a task nested in
 * another on its thread is inside it), each charged for its part within the span. */
function otherThreads(
  events: readonly TraceEvent[],
  names: Map<string, string>,
  from: number,
  to: number,
): [string, number][] {
  const layoutThreads = new Set(
    events
      .filter((e) => e.name === 'v8.compileModule' && /layout\.worker/.test(JSON.stringify(e.args)))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const kindOf = (e: TraceEvent): string | null => {
    const thread = names.get(`${e.pid}:${e.tid}`) ?? '';
    if (thread === 'CrRendererMain' || thread === 'CrBrowserMain') return null;
    if (/DedicatedWorker/.test(thread)) {
      return layoutThreads.has(`${e.pid}:${e.tid}`) ? 'layout worker' : `worker ${e.tid}`;
    }
    if (/ThreadPool/.test(thread)) {
      const posted = JSON.stringify(e.args ?? {});
      if (/maglev/.test(posted)) return 'V8 Maglev';
      if (/optimizing-compile|turbofan/i.test(posted)) return 'V8 TurboFan';
      if (/v8\/src\/heap|array-buffer|traced-handles/.test(posted)) return 'V8 GC';
      if (/baseline|compiler-dispatcher/.test(posted)) return 'V8 other compile';
      if (/cc\/raster/.test(posted)) return 'raster';
      return 'pool other';
    }
    return thread;
  };
  const top = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || (e.name !== 'RunTask' && e.name !== 'ThreadPool_RunTask')) continue;
    const key = `${e.pid}:${e.tid}`;
    (top.get(key) ?? top.set(key, []).get(key)!).push(e);
  }
  const cpu = new Map<string, number>();
  for (const tasks of top.values()) {
    tasks.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -Infinity;
    for (const e of tasks) {
      const dur = e.dur ?? 0;
      if (e.ts < end) continue; // nested
      end = e.ts + dur;
      const kind = kindOf(e);
      const part = Math.min(end, to) - Math.max(e.ts, from);
      if (kind === null || part <= 0) continue;
      const share = dur > 0 ? part / dur : 1;
      cpu.set(kind, (cpu.get(kind) ?? 0) + ((e.tdur ?? 0) * share) / 1000);
    }
  }
  return [...cpu].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]);
}
