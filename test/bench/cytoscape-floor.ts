// What Cytoscape's canvas renderer costs on its own, with no app code: 10,000 nodes and
// 36,000 edges (or --edges N) at preset positions, added in one batch, fitted, then the first two frames.
// `minimal` is a two-rule stylesheet; `app` is the big-map stylesheet of src/map/style.ts.
// It shows the floor under the app's figures in BENCHMARKS.md (headless Chromium draws
// its canvas in software here).
// Run: npx tsx test/bench/cytoscape-floor.ts [--runs 3] [--edges 36000]
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { styleBlocks } from '../../src/map/style.ts';
import { launch } from '../e2e/browser.ts';

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = option('runs', 3) || 3;
const edgeCount = option('edges', 36000);
const cytoscapeScript = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

type Figures = { add: number; fit: number; firstFrame: number; secondFrame: number };

// Plain JavaScript (a string): tsx would add helpers the page does not have.
const PAGE_RUN = `async (style, M) => {
  const N = 10000;
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const elements = [];
  for (let i = 0; i < N; i++) {
    elements.push({ group: 'nodes', position: { x: random() * 4000, y: random() * 4000 },
      data: { id: 'n' + i, label: 'Acteur ' + i, size: 10 + (i % 20), tier: 1 + (i % 3),
        colour: ['#f00', '#0a0', '#00f'][i % 3], shape: ['ellipse', 'rectangle', 'triangle'][i % 3] } });
  }
  for (let j = 0; j < M; j++) {
    const a = Math.floor(random() * N);
    const b = (a + 1 + Math.floor(random() * (N - 1))) % N;
    elements.push({ group: 'edges', data: { id: 'e' + j, source: 'n' + a, target: 'n' + b, width: 1 + (j % 3) } });
  }
  const cy = window.cytoscape({ container: document.getElementById('cy'), style,
    hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1, motionBlur: false });
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const t0 = performance.now();
  cy.batch(() => cy.add(elements));
  const t1 = performance.now();
  cy.fit();
  const t2 = performance.now();
  await frames();
  const t3 = performance.now();
  await frames();
  const t4 = performance.now();
  return { add: t1 - t0, fit: t2 - t1, firstFrame: t3 - t2, secondFrame: t4 - t3 };
}`;

const STYLES = {
  minimal: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)',
      },
    },
    {
      selector: 'edge',
      style: { width: 'data(width)', 'line-color': '#888', 'curve-style': 'haystack' },
    },
  ],
  app: styleBlocks({ big: true, webgl: false }),
};

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

const browser = await launch();
try {
  for (const [name, style] of Object.entries(STYLES)) {
    const results: Figures[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
      const page = await context.newPage();
      await page.setContent('<div id="cy" style="position:absolute;inset:0"></div>');
      await page.addScriptTag({ path: resolve(cytoscapeScript) });
      results.push((await page.evaluate(`(${PAGE_RUN})(${JSON.stringify(style)})`)) as Figures);
      await context.close();
    }
    const m = (k: keyof Figures) => Math.round(median(results.map((r) => r[k])));
    console.log(
      `${name}, ${edgeCount} edges: add ${m('add')} ms, fit ${m('fit')} ms, first frame ${m('firstFrame')} ms, second frame ${m('secondFrame')} ms (medians of ${runs})`,
    );
  }
} finally {
  await browser.close();
}
