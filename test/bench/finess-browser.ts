// The FINESS extract in the built app (headless Chromium): time from the file selection to
// the actor count on screen, what the page shows meanwhile (status line, sampled), and the
// longest main-thread task (Long Tasks API). Serves an existing build with `vite preview`.
// Run: npx tsx test/bench/finess-browser.ts --file /tmp/finess-extract.csv --actors 100000
//      [--port 4201] [--out dist-formats] [--profile main.cpuprofile] [--layout]
// --profile records the main thread's CPU profile (DevTools protocol) from the file selection
// to the usable page, for Chrome DevTools' Performance panel; --layout also waits for the
// layout that follows.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { launch } from '../e2e/browser.ts';
import { flag, option } from './options.ts';

const PORT = Number(option('port', '4201'));
const URL = `http://127.0.0.1:${PORT}/`;
const FILE = option('file', '/tmp/finess-extract.csv');
const ACTORS = option('actors', '100000');

const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--strictPort',
    '--port',
    String(PORT),
    '--outDir',
    option('out', 'dist-formats'),
  ],
  { stdio: 'ignore', detached: true },
);
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(URL)).ok) break;
    } catch {
      if (i > 150) throw new Error('no server');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(URL);
  await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 120_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __t0: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (w.__t0 !== undefined && e.startTime >= w.__t0)
          w.__longest = Math.max(w.__longest, e.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    const input = document.querySelector('[data-testid="file-input"]') as HTMLInputElement;
    input.addEventListener('change', () => (w.__t0 = performance.now()), { capture: true });
  });
  const profile = flag('profile') ? option('profile', 'main.cpuprofile') : null;
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 2000 });
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="file-input"]', [FILE]);
  let shot = false;
  for (;;) {
    const state = await page.evaluate(() => ({
      count: document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value'),
      status: (document.querySelector('[role="status"]') as HTMLElement | null)?.innerText ?? '',
    }));
    console.log(
      `${((Date.now() - t0) / 1000).toFixed(1)} s: ${state.status.replace(/\s+/g, ' ').slice(0, 120)}`,
    );
    if (!shot && Date.now() - t0 > 3000) {
      await page.screenshot({ path: 'test-results/e2e/50-finess-importing.png' });
      shot = true;
    }
    if (state.count === ACTORS) break;
    if (Date.now() - t0 > 900_000) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 2000));
  }
  const toCount = Date.now() - t0;
  console.log(`${ACTORS} actors counted on screen after ${toCount} ms`);
  // The still picture, while the interactive map fills in.
  await new Promise((r) => setTimeout(r, 5000));
  await page.screenshot({ path: 'test-results/e2e/52-finess-picture.png', timeout: 300_000 });
  await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 900_000 });
  const toReady = Date.now() - t0;
  if (cdp && profile) {
    const { profile: recorded } = await cdp.send('Profiler.stop');
    writeFileSync(profile, JSON.stringify(recorded));
    console.log(`main-thread CPU profile written to ${profile}`);
  }
  await page.screenshot({ path: 'test-results/e2e/51-finess-imported.png', timeout: 300_000 });
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  console.log(
    `interactive map after ${toReady} ms; longest main-thread task ${Math.round(longest)} ms`,
  );
  if (flag('layout')) {
    // The layout that follows (in a worker), up to its end, and the longest task meanwhile.
    await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
    await page.waitForSelector('[data-testid="layout-progress"]', {
      state: 'detached',
      timeout: 900_000,
    });
    const after = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    console.log(
      `layout done after ${Date.now() - t0} ms; longest main-thread task meanwhile ${Math.round(after)} ms`,
    );
    await page.screenshot({ path: 'test-results/e2e/53-finess-laid-out.png', timeout: 300_000 });
  }
  // The app's own stamps (performance.measure), from the page's start: when each step ran.
  const selected = await page.evaluate(() => (window as unknown as { __t0: number }).__t0);
  console.log(`file selected at ${Math.round(selected)} ms (page time)`);
  const measures = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('maillage:'))
      .map((m) => `  ${Math.round(m.startTime)} ms +${Math.round(m.duration)} ms ${m.name}`),
  );
  console.log(`steps (page time):\n${measures.join('\n')}`);
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
