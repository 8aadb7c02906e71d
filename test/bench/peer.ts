// The peer of the browser bench: sigma.js 3 (WebGL) drawing the same generated inventory at
// preset positions, in the same Chromium run as the app (test/bench/browser.ts alternates
// them). The page (sigma-page.ts, bundled here with esbuild from node_modules) and the graph
// are written into the build folder that `vite preview` serves: no request leaves localhost.
// Positions: the app's own import (importFiles, buildGraph) and its first layout input
// (firstLayoutInput), laid out by the app's ForceAtlas2 kernel (fcose up to FCOSE_MAX) from
// seeded start positions (30 iterations above 10,000 actors); computed once per size and kept
// in the build folder until its next build (`vite build` empties it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { mulberry32 } from '../../src/analysis/random.ts';
import { defaultReference } from '../../src/domain/reference.ts';
import { importFiles } from '../../src/import/index.ts';
import { FCOSE_MAX } from '../../src/layout/fcose.ts';
import { firstLayoutInput } from '../../src/layout/input.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { fcoseLayout, forceAtlas2Layout, iterationsFor } from '../../src/workers/layout-core.ts';
import type { OpenOptions } from '../e2e/browser.ts';
import { jsHeapMB, NAME_SHIM, panP90 } from './frames.ts';
import type { PeerMarks } from './sigma-page.ts';

export const PEER_DIR = 'bench-peer';
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];

export interface PeerRun {
  frame: number;
  ready: number;
  longest: number;
  panP90: number;
  heapMB: number;
}

/** The app's ForceAtlas2 iterations, fewer above 10,000 actors: 100 iterations over 50,000
 * take minutes of the bench, and sigma's drawing time does not hang on how settled the
 * positions are. */
function peerIterations(n: number): number {
  return n > 10_000 ? 30 : iterationsFor(n);
}

/** Writes the page and its bundle into `out`/bench-peer/ (every run: esbuild takes 0.3 s). */
export function writePeerPage(out: string): void {
  const dir = join(out, PEER_DIR);
  mkdirSync(dir, { recursive: true });
  execFileSync('npx', [
    'esbuild',
    'test/bench/sigma-page.ts',
    '--bundle',
    '--format=esm',
    '--log-level=error',
    `--outfile=${join(dir, 'sigma-page.js')}`,
  ]);
  // The app's Content-Security-Policy, which `vite preview` sends for this page too, allows
  // no inline style.
  writeFileSync(
    join(dir, 'page.css'),
    'html,body{margin:0;height:100%}#map{position:absolute;inset:0}',
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>sigma.js bench</title>' +
      '<link rel="stylesheet" href="./page.css"></head>' +
      '<body><div id="map"></div><div id="info"></div>' +
      '<script type="module" src="./sigma-page.js"></script></body></html>',
  );
}

/** The peer's graph for one inventory, at preset positions (cached per size in `out`). */
export function writePeerGraph(out: string, size: number, files: string[]): string {
  const name = `graph-${size}.json`;
  const path = join(out, PEER_DIR, name);
  if (existsSync(path)) return name;
  const t = performance.now();
  const imported = importFiles(
    files.map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(file)) })),
    defaultReference(),
  );
  const graph = buildGraph(imported.actors, imported.links);
  const input = firstLayoutInput(graph, 1366 / 800);
  const random = mulberry32(7);
  const radius = Math.sqrt(input.n) * 20;
  const xy = Float64Array.from({ length: input.n * 2 }, () => (random() * 2 - 1) * radius);
  const positions =
    input.n <= FCOSE_MAX
      ? fcoseLayout(input)
      : forceAtlas2Layout({ ...input, xy }, peerIterations(input.n));
  const ids = graph.nodes();
  const types = new Map<string, string>();
  const nodes: number[] = [];
  const labels: string[] = [];
  const colors: string[] = [];
  ids.forEach((id, i) => {
    const attributes = graph.getNodeAttributes(id);
    const type = String((attributes as { type?: unknown }).type ?? '');
    if (!types.has(type)) types.set(type, PALETTE[types.size % PALETTE.length] as string);
    nodes.push(
      Math.round((positions[2 * i] as number) * 10) / 10,
      Math.round((positions[2 * i + 1] as number) * 10) / 10,
      Math.max(2, Math.round((input.sizes[i] as number) / 6)),
    );
    labels.push(attributes.name);
    colors.push(types.get(type) as string);
  });
  writeFileSync(path, JSON.stringify({ nodes, labels, colors, edges: Array.from(input.edges) }));
  console.log(`peer graph ${size}: positions in ${Math.round(performance.now() - t)} ms`);
  return name;
}

/** The peer's page, opened in a fresh profile (test/e2e/browser.ts openApp). */
export const PEER_PAGE: OpenOptions = {
  path: `${PEER_DIR}/index.html`,
  prepare: (page) => page.addInitScript({ content: NAME_SHIM }),
};

/** One round of the peer on its fresh page: the graph drawn, panned, its heap read. */
export async function peerOnce(page: Page, graphFile: string): Promise<PeerRun> {
  await page.waitForFunction(() => '__sigmaBench' in window);
  const marks = await page.evaluate(
    (url) =>
      (window as unknown as { __sigmaBench: (u: string) => Promise<PeerMarks> }).__sigmaBench(url),
    graphFile,
  );
  const heapMB = await jsHeapMB(page);
  return {
    frame: marks.frame - marks.t0,
    ready: marks.ready - marks.t0,
    longest: marks.longest,
    panP90: await panP90(page, '#map canvas:last-of-type'),
    heapMB,
  };
}
