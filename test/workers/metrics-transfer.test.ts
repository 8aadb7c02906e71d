import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.ts';
import { metricsOf, quickMetrics } from '../../src/workers/metrics.ts';
import {
  figureBuffers,
  packAnalysis,
  packMetrics,
  unpackAnalysis,
  unpackMetrics,
} from '../../src/workers/metrics-transfer.ts';
import type { NodeMetrics } from '../../src/analysis';
import { REF, demoGraph, graphOf, workerMetrics } from '../factory.ts';
import { smallGraph } from '../map/helpers.ts';

/** Sent as postMessage sends them (the columns transferred). */
const sent = <T extends object>(packed: T, ...buffers: ArrayBuffer[]) =>
  structuredClone(packed, { transfer: buffers });

describe('the figures from the worker to the page', () => {
  it('gives back the map metrics and the analysis as computed, in their order', async () => {
    const graph = smallGraph();
    const analysis = await analyze(graph, REF);
    const metrics = metricsOf(graph, analysis);
    const packedMetrics = packMetrics(metrics);
    const packedAnalysis = packAnalysis(analysis);
    const buffers = figureBuffers(packedMetrics, packedAnalysis);
    expect(buffers).toHaveLength(3);
    const back = sent({ m: packedMetrics, a: packedAnalysis }, ...buffers);
    const metricsBack = await unpackMetrics(back.m);
    const analysisBack = await unpackAnalysis(back.a);
    expect(metricsBack).toEqual(metrics);
    expect(Object.keys(metricsBack.nodes)).toEqual(Object.keys(metrics.nodes));
    expect(analysisBack).toEqual(analysis);
    expect(Object.keys(analysisBack.actors)).toEqual(Object.keys(analysis.actors));
    const quick = quickMetrics(graph);
    expect(await unpackMetrics(sent(packMetrics(quick)))).toEqual(quick);
  });

  it("gives back the demo territory's analysis, its long lists of ids packed on the way", async () => {
    const analysis = await analyze(demoGraph(), REF);
    const packed = packAnalysis(analysis);
    expect(packed.rest.indexes.length).toBeGreaterThan(100);
    const back = await unpackAnalysis(sent(packed, ...figureBuffers(packed)));
    expect(back).toEqual(analysis);
    expect(JSON.stringify(back.coverage)).toBe(JSON.stringify(analysis.coverage));
  });

  it('keeps hostile ids as entries, and every number as it was', async () => {
    const figures = (n: number) => ({
      degree: n,
      weightedDegree: n / 3,
      betweenness: 1e-300,
      closeness: Number.NaN,
      community: -1,
      cutOff: n * 1e9,
    });
    const nodes: Record<string, ReturnType<typeof figures>> = {};
    ['a', 'constructor', 'toString', '', 'é 🙂', '42', '__proto__'].forEach((id, i) =>
      Object.defineProperty(nodes, id, { value: figures(i), enumerable: true }),
    );
    const back = await unpackMetrics(sent(packMetrics(workerMetrics({ nodes }))));
    expect(Object.keys(back.nodes)).toEqual(Object.keys(nodes));
    expect(Object.getPrototypeOf(back.nodes)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(back.nodes, '__proto__')?.value).toEqual(figures(6));
    expect(back.nodes['constructor']).toEqual(figures(1));
    expect(back.nodes['']?.weightedDegree).toBe(1);
    expect(back.nodes['a']?.closeness).toBeNaN();
  });

  it('lets the page breathe while it builds many records', async () => {
    const nodes = Object.fromEntries(
      Array.from({ length: 25_000 }, (_, i) => [
        `n${i}`,
        { degree: i, weightedDegree: i, betweenness: 0, closeness: 0, community: 0, cutOff: 0 },
      ]),
    );
    let pauses = 0;
    const back = await unpackMetrics(packMetrics(workerMetrics({ nodes })), () => {
      pauses++;
      return Promise.resolve();
    });
    // One before the records (there are more than a stretch), one after each full stretch.
    expect(pauses).toBe(3);
    expect(back.nodes['n24999']?.degree).toBe(24_999);
  });

  it('builds the map figures of actors called __proto__ or constructor as their own', async () => {
    // (Alone: graphology cannot link such ids, safeId renames them on import.)
    const graph = graphOf(['a', '__proto__', 'b', 'constructor'], ['a-b']);
    const figures = [quickMetrics(graph), metricsOf(graph, await analyze(graph, REF))];
    for (const { nodes } of figures) {
      expect(Object.keys(nodes)).toEqual(['a', '__proto__', 'b', 'constructor']);
      const proto = Object.getOwnPropertyDescriptor(nodes, '__proto__')?.value as NodeMetrics;
      expect(proto).toMatchObject({ degree: 0, community: 1, cutOff: 0 });
      expect(nodes['constructor']).toMatchObject({ degree: 0, community: 2 });
      expect(nodes['a']).toMatchObject({ degree: 1, community: 0 });
    }
  });
});
