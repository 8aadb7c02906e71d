// The grouped layout's time (src/layout/grouped.ts with the layout worker's forces, run here
// in Node as the worker runs it) on generated inventories of 1,000 and 10,000 actors,
// grouped by actor type and by community, beside the force layout of the same size (fcose
// up to 1,000 actors, ForceAtlas2 above). Medians of 3 of the wall time and of the CPU time
// (the machine may be shared: the CPU time reads better under load), with the load average.
//   npx tsx test/bench/grouped-layout.ts [sizes…]
import { loadavg } from 'node:os';
import { communities } from '../../src/analysis/metrics.ts';
import { defaultReference } from '../../src/domain/reference.ts';
import { importFiles } from '../../src/import/index.ts';
import { firstLayoutInput } from '../../src/layout/input.ts';
import { buildGraph } from '../../src/model/graph.ts';
import {
  groupedRun,
  fcoseLayout,
  forceAtlas2Layout,
  iterationsFor,
} from '../../src/workers/layout-core.ts';
import { generateInventory } from './generate.ts';

const RUNS = 3;
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
/** Wall and CPU milliseconds of `fn`. */
const time = (fn: () => unknown) => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
};
const seconds = (runs: { wall: number; cpu: number }[]) =>
  `${(median(runs.map((r) => r.wall)) / 1000).toFixed(2)} s (CPU ${(
    median(runs.map((r) => r.cpu)) / 1000
  ).toFixed(2)} s)`;

for (const size of sizes.length ? sizes : [1000, 10000]) {
  const inventory = generateInventory(size);
  const bytes = (text: string) => new TextEncoder().encode(text);
  const imported = importFiles(
    [
      { name: 'acteurs.csv', bytes: bytes(inventory.actors) },
      { name: 'liens.csv', bytes: bytes(inventory.links) },
    ],
    defaultReference(),
  );
  const graph = buildGraph(imported.actors, imported.links);
  const ids = graph.nodes();
  // Big maps lay out without room for names (layout-runs.ts DECLUTTER_MAX).
  const base = firstLayoutInput(graph, 1.6);
  const input = size > 1500 ? { ...base, labels: undefined } : base;
  const xy = Float64Array.from({ length: 2 * ids.length }, (_, k) => ((k * 7919) % 1000) - 500);
  const by = {
    type: ids.map((id) => graph.getNodeAttribute(id, 'type')),
    community: ((of) => ids.map((id) => String(of[id])))(communities(graph).of),
  };
  const figures: string[] = [];
  for (const [name, keys] of Object.entries(by)) {
    const index = new Map([...new Set(keys)].map((k, g) => [k, g]));
    const groups = Int32Array.from(keys, (k) => index.get(k) ?? 0);
    const runs = Array.from({ length: RUNS }, () => time(() => groupedRun({ ...input, groups })));
    figures.push(`grouped by ${name} (${index.size} groups): ${seconds(runs)}`);
  }
  const force = Array.from({ length: RUNS }, () =>
    time(() =>
      size <= 1000 ? fcoseLayout(input) : forceAtlas2Layout({ ...input, xy }, iterationsFor(size)),
    ),
  );
  figures.push(`force (${size <= 1000 ? 'fcose' : 'ForceAtlas2'}): ${seconds(force)}`);
  console.log(
    `${graph.order} actors, ${graph.size} links, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}: ${figures.join('; ')}`,
  );
}
