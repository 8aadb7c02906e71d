// A big inventory (3,000 actors, above BIG_MAP): a still picture of the map comes first,
// with the share of elements Cytoscape has taken; the interactive map replaces it; names are
// given to the actors in view only once zoomed in; the analysis still arrives.
import { beforeAll, describe, expect, it } from 'vitest';
import { appSession, screenshot } from './browser.ts';
import { writeGeneratedInventory } from './fixtures.ts';

const session = appSession();
let files: string[];
const ACTORS = 3000;

beforeAll(() => {
  files = writeGeneratedInventory(ACTORS);
});

type Hooks = {
  __maillage: {
    map: {
      cy: {
        nodes(selector?: string): {
          length: number;
          map<T>(fn: (n: NodeLike) => T): T[];
        };
        getElementById(id: string): NodeLike;
        zoom(options?: { level: number; position: { x: number; y: number } }): number;
        fit(): void;
        extent(): { x1: number; y1: number; x2: number; y2: number };
      };
    };
  };
};
/** The hooks the link layer's checks read (edge-layer.ts, through NetworkMap). */
type LayerHooks = {
  __maillage: {
    map: {
      cy: { edges(): { length: number } };
      focus(id: string | null): void;
      layerLinks(state: string): string[] | null;
    };
    state: {
      workspace: {
        graph: { nodes(): string[]; degree(id: string): number; size: number };
        analysis: { articulation: { bridges: unknown[] } } | null;
      };
    };
  };
};

/** Pixels with some ink on the links layer's canvas, and those of the bridges' red. */
function inkedLinks(): { inked: number; red: number; area: number } {
  const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map-links"]');
  if (!canvas) return { inked: -1, red: -1, area: 0 };
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  let red = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i + 3] as number) === 0) continue;
    inked++;
    // CRITICAL (#A4161A), whatever its coverage: red well above green and blue.
    const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    if (r > 100 && r > 3 * g && r > 3 * b) red++;
  }
  return { inked, red, area: canvas.width * canvas.height };
}

type NodeLike = {
  id(): string;
  hasClass(c: string): boolean;
  position(): { x: number; y: number };
  style(name: string): string;
  data(name: string): unknown;
};

interface Seen {
  /** The picture when it was put on the page: its size and its inked pixels. */
  picture?: { w: number; h: number; inked: number };
  /** The progress line shown with it. */
  status?: string;
}

/**
 * Watches the page for the picture and its progress line and records them the moment they
 * appear: on a fast machine the interactive map may replace them before a test could look.
 */
function watchForPicture(): void {
  const seen: Seen = {};
  (window as unknown as { __seen: Seen }).__seen = seen;
  new MutationObserver(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map-overview"]');
    if (canvas && !seen.picture) {
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
        0,
        0,
        canvas.width,
        canvas.height,
      ).data;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) inked++;
      seen.picture = { w: canvas.width, h: canvas.height, inked };
    }
    const status = document.querySelector<HTMLElement>('[data-testid="map-preparing"]');
    if (status && !seen.status) seen.status = status.innerText;
  }).observe(document.body, { childList: true, subtree: true });
}

describe('a big map', () => {
  it('shows a picture of the map first, then the interactive map, then the analysis', async () => {
    const { page, outside, errors } = await session.open();
    await page.waitForSelector('[data-testid="app"][data-ready="true"][data-analysis="done"]', {
      timeout: 60_000,
    });
    // The demo's map draws the scheme ring, and its legend explains it.
    expect(await page.getByTestId('legend').innerText()).toContain('Anneau');
    await page.evaluate(watchForPicture);
    await page.setInputFiles('[data-testid="file-input"]', files);

    // The picture: the actors drawn, the links on their layer, with the progress of the
    // interactive map.
    const seen = () => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
    await expect.poll(async () => (await seen()).status, { timeout: 60_000 }).toBeDefined();
    const { picture, status } = await seen();
    expect(status).toMatch(/Aperçu de la carte : la carte interactive se prépare… \d+ %/);
    // Thousands of actors at a whole-map zoom ink a good part of the picture, not a corner.
    expect(picture?.w).toBeGreaterThan(300);
    expect(picture?.inked).toBeGreaterThan(0.02 * (picture?.w ?? 0) * (picture?.h ?? 0));
    // The links come on their layer a task after the picture (their drawing order and the
    // canvas' pixels readied in a task of their own).
    const linksInked = async () => {
      const { inked, area } = await page.evaluate(inkedLinks);
      return inked / Math.max(1, area);
    };
    await expect.poll(linksInked, { timeout: 10_000 }).toBeGreaterThan(0.02);
    expect(await page.getByTestId('actor-count').getAttribute('data-value')).toBe(String(ACTORS));
    await screenshot(page, '30-big-map-picture');

    // The interactive map replaces it.
    await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 120_000 });
    await page.waitForSelector('[data-testid="map-overview"]', {
      state: 'detached',
      timeout: 10_000,
    });
    expect(await page.getByTestId('map-preparing').count()).toBe(0);
    expect(await page.getByTestId('map-area').getAttribute('data-overview')).toBe('none');
    const drawn = await page.evaluate(
      () => (window as unknown as Hooks).__maillage.map.cy.nodes().length,
    );
    expect(drawn).toBe(ACTORS);
    // Cytoscape has the actors only: the links are on the layer under it.
    expect(
      await page.evaluate(() => (window as unknown as LayerHooks).__maillage.map.cy.edges().length),
    ).toBe(0);
    const layer = await page.evaluate(inkedLinks);
    expect(layer.inked).toBeGreaterThan(0.02 * layer.area);
    // Big maps draw no scheme ring: the legend does not explain one, and says where the
    // schemes are.
    const legend = await page.getByTestId('legend').innerText();
    expect(legend).not.toContain('Anneau');
    expect(legend).toContain('les dispositifs de chaque acteur sont dans sa fiche');

    // No name is given at a whole-map zoom; zoomed in, the actors in view get theirs, but
    // for the names the declutter leaves out (once the layout is done: it ends by fitting
    // the whole map again).
    await page.waitForSelector('[data-testid="app"][data-layout="idle"]', { timeout: 120_000 });
    const named = () =>
      page.evaluate(() => (window as unknown as Hooks).__maillage.map.cy.nodes('.named').length);
    expect(await named()).toBe(0);
    // Nothing is chosen yet at a whole-map zoom: big maps choose names when they are drawn.
    const quietBefore = await page.evaluate(
      () => (window as unknown as Hooks).__maillage.map.cy.nodes('.quiet').length,
    );
    expect(quietBefore).toBe(0);
    await page.evaluate(() => {
      const cy = (window as unknown as Hooks).__maillage.map.cy;
      const node = cy.nodes().map((n) => n)[0] as NodeLike;
      // From zoom 0.5 (texture level 1) Cytoscape draws the biggest names (15.5 px ≥ 10 px).
      cy.zoom({ level: 0.7, position: node.position() });
    });
    await expect.poll(named, { timeout: 10_000 }).toBeGreaterThan(0);
    const inView = await page.evaluate(() => {
      const cy = (window as unknown as Hooks).__maillage.map.cy;
      const { x1, y1, x2, y2 } = cy.extent();
      const nodes = cy.nodes().map((n) => ({
        named: n.hasClass('named'),
        quiet: n.hasClass('quiet'),
        p: n.position(),
        // What Cytoscape draws as the name, and the actor's name.
        drawn: n.style('label'),
        label: String(n.data('label')),
      }));
      const inside = (p: { x: number; y: number }) =>
        p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2;
      const shown = nodes.filter((n) => inside(n.p) && !n.quiet);
      return {
        shown: shown.length,
        wrongName: shown.filter((n) => n.drawn !== n.label).length,
        insideUnnamed: nodes.filter((n) => inside(n.p) && !n.named && !n.quiet).length,
        quiet: nodes.filter((n) => n.quiet).length,
        named: nodes.filter((n) => n.named).length,
        total: nodes.length,
      };
    });
    // Every actor in view whose name the declutter keeps shows its own name.
    expect(inView.shown).toBeGreaterThan(0);
    expect(inView.wrongName).toBe(0);
    expect(inView.insideUnnamed).toBe(0);
    // The names that would overlap are left out on big maps too (declutter), not all of them.
    expect(inView.quiet).toBeGreaterThan(0);
    expect(inView.quiet).toBeLessThan(inView.total);
    // Only the part of the map around the view, not all of it.
    expect(inView.named).toBeLessThan(inView.total / 2);
    await screenshot(page, '31-big-map-zoomed');

    // A picture of the whole map (the printable report's) names every actor big enough in it.
    await page.evaluate(() =>
      (
        window as unknown as { __maillage: { map: { pngDataUrl(w: number): string } } }
      ).__maillage.map.pngDataUrl(600),
    );
    expect(await named()).toBe(ACTORS);
    // The picture drew the links through Cytoscape, which gave them back afterwards.
    expect(
      await page.evaluate(() => (window as unknown as LayerHooks).__maillage.map.cy.edges().length),
    ).toBe(0);
    // The whole map in view again: the picture is the actors' layer (picture-stand.ts), and
    // a PNG is still drawn by Cytoscape, off screen, its drawing on screen held still.
    await page.evaluate(() => {
      (window as unknown as Hooks).__maillage.map.cy.fit();
    });
    await expect
      .poll(() => page.getByTestId('map-actors').isVisible(), { timeout: 10_000 })
      .toBe(true);
    const png = await page.evaluate(() => {
      const hooks = window as unknown as {
        __maillage: { map: { pngDataUrl(w: number): string } };
      };
      return hooks.__maillage.map.pngDataUrl(400);
    });
    expect(png).toMatch(/^data:image\/png;base64,/);
    const decoded = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] as number) < 200) inked++;
      return { inked, area: canvas.width * canvas.height };
    }, png);
    expect(decoded.inked).toBeGreaterThan(0.01 * decoded.area);
    expect(await page.getByTestId('map-actors').isVisible()).toBe(true);

    await page.waitForSelector('[data-testid="app"][data-analysis="done"]', { timeout: 120_000 });

    // The links take the map's states: a focus fades all but the actor's own links…
    const focus = await page.evaluate(() => {
      const { map, state } = (window as unknown as LayerHooks).__maillage;
      const graph = state.workspace.graph;
      const id = graph.nodes().find((n) => graph.degree(n) >= 3) as string;
      map.focus(id);
      const faded = map.layerLinks('faded')?.length;
      const expected = graph.size - graph.degree(id);
      map.focus(null);
      return { faded, expected, after: map.layerLinks('faded')?.length };
    });
    expect(focus.faded).toBe(focus.expected);
    expect(focus.after).toBe(0);
    // …and the fragility switch marks the bridges, drawn dashed in red.
    const before = await page.evaluate(inkedLinks);
    await page.getByTestId('articulation-switch').click();
    const bridges = await page.evaluate(() => {
      const { map, state } = (window as unknown as LayerHooks).__maillage;
      return {
        critical: map.layerLinks('critical')?.length,
        dim: map.layerLinks('dim')?.length,
        bridges: state.workspace.analysis?.articulation.bridges.length,
        links: state.workspace.graph.size,
      };
    });
    expect(bridges.bridges).toBeGreaterThan(0);
    expect(bridges.critical).toBe(bridges.bridges);
    expect(bridges.dim).toBe(bridges.links - (bridges.bridges ?? 0));
    expect(before.red).toBe(0);
    await expect.poll(async () => (await page.evaluate(inkedLinks)).red).toBeGreaterThan(100);
    await screenshot(page, '32-big-map-bridges');
    await page.getByTestId('articulation-switch').click();
    expect(
      await page.evaluate(
        () => (window as unknown as LayerHooks).__maillage.map.layerLinks('critical')?.length,
      ),
    ).toBe(0);

    // Both analyses (the demo's, then this one's) started when their map was on screen,
    // not when the worker's wait ran out.
    const started = await page.evaluate(() => ({
      shown: performance.getEntriesByName('maillage:analysis-started-on-shown').length,
      timeout: performance.getEntriesByName('maillage:analysis-started-on-timeout').length,
    }));
    expect(started).toEqual({ shown: 2, timeout: 0 });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    // 3,000 actors, their layout, analysis and pictures on two shared cores.
  }, 300_000);
});
