// Figures both maps of the browser bench share: the p90 frame time while the map is dragged
// (panned) right after it became interactive, and the page's JS heap (DevTools protocol).
import type { Page } from 'playwright-core';

/** tsx names functions with an `__name` helper that pages do not have: add it before their
 * scripts (`page.addInitScript`) for the functions these benches evaluate there. */
export const NAME_SHIM = 'window.__name = (f) => f;';

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

/** Drags the map at `selector` across 40 steps (25 ms apart) and returns the p90 of the
 * intervals between animation frames meanwhile, in ms. */
export async function panP90(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector}: no box to pan`);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    let last = performance.now();
    const tick = (now: number) => {
      if (!w.__framesOn) return;
      w.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Start a little off the centre (less likely on an actor, which would be dragged instead).
  const x = box.x + box.width * 0.37;
  const y = box.y + box.height * 0.41;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(x + i * 6, y + i * 3);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    // The first interval began before the drag.
    return w.__frames.slice(1);
  });
  return percentile(frames, 90);
}

/** The page's used JS heap in MB (the main thread's; workers' heaps are their own). */
export async function jsHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 2 ** 20;
}

/** The page's used JS heap in MB after a full garbage collection (DevTools
 * `HeapProfiler.collectGarbage`): what the page still holds. The heap read without it
 * counts garbage not yet collected, and varies from run to run by more than tens of MB. */
export async function liveHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return jsHeapMB(page);
}

/** The page's main thread, read again and again through one DevTools session (enabling the
 * Performance domain starts its counters at zero): its used JS heap in MB, and the time it
 * has been busy in tasks and in scripts since the first reading, in ms (the tasks' lengths:
 * on a loaded machine they stretch as wall times do). */
export async function mainThreadMeter(
  page: Page,
): Promise<() => Promise<{ heapMB: number; taskMs: number; scriptMs: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return {
      heapMB: value('JSHeapUsedSize') / 2 ** 20,
      taskMs: value('TaskDuration') * 1000,
      scriptMs: value('ScriptDuration') * 1000,
    };
  };
}
