import { describe, expect, it } from 'vitest';
import { demoLayout } from '../../bin/demo-layout.ts';
import { REF } from '../factory.ts';
import { importGraph } from '../../src/model/import-graph.ts';
import { firstLayoutInput } from '../../src/layout/input.ts';
import { fcoseLayout } from '../../src/workers/layout-core.ts';
import { filesPrint, positionsAhead } from '../../src/workers/demo-layout.ts';
import layout from '../../data/demo/layout.json';
import { readFileSync } from 'node:fs';

const demoFiles = () =>
  ['liens.csv', 'acteurs.csv'].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(new URL(`../../data/demo/${name}`, import.meta.url))),
  }));

describe('the demo layout computed ahead', () => {
  it('is what the pipeline’s fcose computes today (else: npm run demo:layout)', async () => {
    expect(await demoLayout()).toEqual(layout);
  }, 60_000);

  it('gives the demo’s files the positions fcose gives them, for any aspect', async () => {
    const files = demoFiles();
    const { graph } = await importGraph(files, REF);
    if (!graph) throw new Error('no demo graph');
    for (const aspect of [0.8, 2.4]) {
      const ahead = positionsAhead(files, graph, aspect);
      const fcose = fcoseLayout(firstLayoutInput(graph, aspect));
      expect(ahead).not.toBeNull();
      expect([...(ahead ?? [])].map((v) => v.toFixed(6))).toEqual(
        [...fcose].map((v) => v.toFixed(6)),
      );
    }
  }, 60_000);

  it('is not used for other files, an edited demo or other actors', async () => {
    const files = demoFiles();
    const { graph } = await importGraph(files, REF);
    if (!graph) throw new Error('no demo graph');
    const edited = files.map((f) =>
      f.name === 'liens.csv'
        ? { ...f, bytes: Uint8Array.from(f.bytes, (b, i) => (i === 200 ? b ^ 1 : b)) }
        : f,
    );
    expect(positionsAhead(edited, graph, 1.6)).toBeNull();
    expect(positionsAhead(files.slice(0, 1), graph, 1.6)).toBeNull();
    expect(
      positionsAhead(files, graph, 1.6, { ...layout, ids: [...layout.ids].reverse() }),
    ).toBeNull();
    expect(filesPrint(files)).toBe(filesPrint([...files].reverse()));
    expect(filesPrint(edited)).not.toBe(filesPrint(files));
  }, 60_000);
});
