// Diagnostics (not part of `npm test` nor `npm run bench`): the pipeline worker's steps and
// the page's rebuild of the graph, run in Node on the bench's generated inventory, each with
// its CPU time (user + system: what a loaded machine inflates less than wall times).
// npx tsx test/bench/pipeline-stages.ts [--size 10000] [--runs 3]
import { defaultReference } from '../../src/domain';
import { importInputs } from '../../src/import';
import { buildGraph } from '../../src/model';
import { quickMetrics } from '../../src/workers/metrics.ts';
import { packGraph, unpackGraph } from '../../src/workers/graph-transfer.ts';
import { packMetrics, unpackMetrics } from '../../src/workers/metrics-transfer.ts';
import { generateInventory } from './generate.ts';
import { option } from './options.ts';

const size = Number(option('size', '10000'));
const runs = Number(option('runs', '3'));
const inventory = generateInventory(size);
const encoder = new TextEncoder();
const ref = defaultReference();

async function step<T>(name: string, times: Map<string, number[]>, run: () => T | Promise<T>) {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  const list = times.get(name) ?? [];
  list.push((used.user + used.system) / 1000);
  times.set(name, list);
  return result;
}

const times = new Map<string, number[]>();
for (let r = 0; r < runs; r++) {
  const files = [
    { name: 'acteurs.csv', bytes: encoder.encode(inventory.actors) },
    { name: 'liens.csv', bytes: encoder.encode(inventory.links) },
  ];
  const imported = await step('import (parse, actors, links)', times, () =>
    importInputs(files, ref),
  );
  const graph = await step('graph built (graphology)', times, () =>
    buildGraph(imported.actors, imported.links),
  );
  const quick = await step('quick metrics', times, () => quickMetrics(graph));
  const packedQuick = await step('quick metrics packed', times, () => packMetrics(quick));
  const packed = await step('graph packed', times, () => packGraph(graph));
  const cloned = await step('structured clone (graph)', times, () => structuredClone(packed));
  await step('graph rebuilt (page)', times, () => unpackGraph(cloned));
  await step('quick metrics unpacked (page)', times, () =>
    unpackMetrics(structuredClone(packedQuick)),
  );
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
console.log(`${size} actors, ${runs} runs, CPU ms (median; runs):`);
for (const [name, list] of times) {
  console.log(
    `  ${String(Math.round(median(list))).padStart(6)}  ${name} (${list.map(Math.round).join(', ')})`,
  );
}
