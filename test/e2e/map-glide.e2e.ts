// A map of 1,000 actors (drawn picture-first, on a first arrangement while fcose runs, then
// gliding to fcose's positions) at 1366×768: an actor the coordinator drags before fcose's
// positions come stays where it was put, while the others glide (the layout worker's answer
// held back until the drag is done); screenshots right after the interactive map and once
// settled.
import { describe, expect, it } from 'vitest';
import { appSession, screenshot } from './browser.ts';
import { writeGeneratedInventory } from './fixtures.ts';

/** What the test build exposes (window.__maillage), as far as this test reads it. */
interface Hooks {
  map: {
    cy: {
      container(): HTMLElement;
      nodes(): {
        readonly length: number;
        map<T>(
          fn: (n: {
            id(): string;
            data(key: string): unknown;
            position(): { x: number; y: number };
            renderedPosition(): { x: number; y: number };
          }) => T,
        ): T[];
      };
      getElementById(id: string): { position(): { x: number; y: number } };
    };
  };
}

const ACTORS = 1000;
const session = appSession();

/** Where an actor stands, in model coordinates. */
const positionOf = (id: string) =>
  (window as unknown as { __maillage: Hooks }).__maillage.map.cy.getElementById(id).position();

describe('the glide to fcose’s positions', () => {
  it('leaves an actor dragged before fcose’s positions where it was put', async () => {
    // The layout worker's answers wait for the test (on a busy machine fcose may finish
    // before the map is drawn): the actor is dragged while they wait.
    const opened = await session.open({
      files: writeGeneratedInventory(ACTORS),
      prepare: (page) =>
        page.addInitScript(() => {
          const gate = window as unknown as {
            __layoutOpen: boolean;
            __layoutFrom?: number;
            __maillage?: Hooks;
          };
          gate.__layoutOpen = false;
          const Native = window.Worker;
          window.Worker = class extends Native {
            private readonly gated: boolean;
            constructor(url: string | URL, options?: WorkerOptions) {
              super(url, options);
              this.gated = options?.name === 'maillage-layout';
              // How many actors Cytoscape held as fcose's worker started.
              if (this.gated) gate.__layoutFrom = gate.__maillage?.map.cy.nodes().length;
            }
            override set onmessage(fn: ((event: MessageEvent) => void) | null) {
              const wait = (event: MessageEvent) =>
                gate.__layoutOpen ? fn?.call(this, event) : setTimeout(() => wait(event), 50);
              super.onmessage = this.gated && fn ? wait : fn;
            }
            override get onmessage() {
              return super.onmessage;
            }
          };
        }),
    });
    const { page } = opened;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="app"][data-ready="true"]') &&
        document.querySelector('[data-testid="actor-count"]')?.getAttribute('data-value') ===
          String(n),
      ACTORS,
      { polling: 20, timeout: 180_000 },
    );
    await screenshot(page, 'map-glide-1000-interactive');
    // fcose starts once Cytoscape holds every actor: started with the filling, its worker
    // took a core the filling needed.
    expect(
      await page.evaluate(() => (window as unknown as { __layoutFrom?: number }).__layoutFrom),
    ).toBe(ACTORS);
    // The biggest actor, on screen: where to press, and two others to watch.
    const target = await page.evaluate(() => {
      const { cy } = (window as unknown as { __maillage: Hooks }).__maillage.map;
      const box = cy.container().getBoundingClientRect();
      const nodes = cy.nodes().map((n) => ({
        id: n.id(),
        size: Number(n.data('size')),
        at: n.renderedPosition(),
      }));
      const shown = nodes.filter(
        (n) => n.at.x > 40 && n.at.y > 40 && n.at.x < box.width - 40 && n.at.y < box.height - 40,
      );
      shown.sort((a, b) => b.size - a.size);
      const best = shown[0] as (typeof shown)[number];
      return { id: best.id, x: box.left + best.at.x, y: box.top + best.at.y };
    });
    const others = await page.evaluate(() =>
      (window as unknown as { __maillage: Hooks }).__maillage.map.cy
        .nodes()
        .map((n) => ({ id: n.id(), at: n.position() }))
        .slice(0, 20),
    );
    // fcose's positions have not come yet: the first arrangement is on screen.
    expect(await page.getAttribute('[data-testid="app"]', 'data-layout')).toBe('running');
    const before = await page.evaluate(positionOf, target.id);
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    await page.mouse.move(target.x + 30, target.y + 20, { steps: 4 });
    await page.mouse.move(target.x + 60, target.y + 40, { steps: 4 });
    await page.mouse.up();
    const put = await page.evaluate(positionOf, target.id);
    expect(Math.hypot(put.x - before.x, put.y - before.y)).toBeGreaterThan(10);
    await page.evaluate(() => {
      (window as unknown as { __layoutOpen: boolean }).__layoutOpen = true;
    });
    await page.waitForSelector('[data-testid="app"][data-layout="idle"]', { timeout: 180_000 });
    const after = await page.evaluate(positionOf, target.id);
    expect(after.x).toBeCloseTo(put.x, 3);
    expect(after.y).toBeCloseTo(put.y, 3);
    // The others glided to fcose's positions.
    const moved = await page.evaluate(
      (list) =>
        list.filter(({ id, at }) => {
          const { cy } = (window as unknown as { __maillage: Hooks }).__maillage.map;
          const p = cy.getElementById(id).position();
          return Math.hypot(p.x - at.x, p.y - at.y) > 1;
        }).length,
      others,
    );
    expect(moved).toBeGreaterThan(10);
    await page.waitForTimeout(500);
    await screenshot(page, 'map-glide-1000-settled');
    expect(opened.errors).toEqual([]);
    expect(opened.outside).toEqual([]);
  });
});
