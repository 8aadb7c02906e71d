// Diagnostics (not part of `npm test` nor `npm run bench`): the centrality kernel alone
// (analysis/brandes.ts `brandesRange`, in this thread) on the blocks of the bench's generated
// inventory, with its CPU time (user + system: what a loaded machine inflates less than wall
// times) and a digest of its sums, so that a change of the kernel is measured apart from the
// command's other steps and checked equal to the last bit (the command's JSON prints every
// digit).
// npx tsx test/bench/kernel.ts [--size 10000] [--from 0] [--sources 3000] [--runs 3]
//   (sources from .. from + sources − 1 of the kernel; its blocks come small ones first)
//   [--against /path/to/another/checkout]: that checkout's src/analysis/brandes.ts too, on the
//   same graph, alternated run by run with this one's (A/B under the same load).
//   [--ranges]: instead, the CPU of each of the ranges the command and the app hand to their
//   threads (or of its last --sources sources, scaled to the range), once: whether the
//   ranges' work is even, and what one range costs (a pool of k threads takes
//   ⌈ranges / k⌉ of them in the busiest thread).
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CENTRALITY_PARTS } from '../../src/analysis';
import { brandesRange, type BrandesPartial } from '../../src/analysis/brandes.ts';
import { decompose } from '../../src/analysis/blocks.ts';
import { splitSources } from '../../src/analysis/centrality.ts';
import { compactOfLinks } from '../../src/analysis/compact.ts';
import { defaultReference } from '../../src/domain';
import { importInputs } from '../../src/import';
import { generateInventory } from './generate.ts';
import { flag, option } from './options.ts';

type Kernel = typeof brandesRange;

const size = Number(option('size', '10000'));
const runs = Number(option('runs', '3'));
const against = option('against', '');

const inventory = generateInventory(size);
const encoder = new TextEncoder();
const imported = await importInputs(
  [
    { name: 'acteurs.csv', bytes: encoder.encode(inventory.actors) },
    { name: 'liens.csv', bytes: encoder.encode(inventory.links) },
  ],
  defaultReference(),
);
const kernelGraph = decompose(compactOfLinks(imported.actors, imported.links)).kernel;
if (flag('ranges')) {
  timeRanges();
  process.exit(0);
}
const from = Math.min(kernelGraph.n, Number(option('from', '0')));
const to = Math.min(kernelGraph.n, from + Number(option('sources', String(kernelGraph.n))));

const kernels: [string, Kernel][] = [['this checkout', brandesRange]];
if (against) {
  const url = pathToFileURL(resolve(against, 'src/analysis/brandes.ts')).href;
  kernels.push([against, ((await import(url)) as { brandesRange: Kernel }).brandesRange]);
}

function digest(partial: BrandesPartial): string {
  const hash = createHash('sha256');
  for (const array of [partial.betweenness, partial.distSum, partial.reach]) {
    hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  return hash.digest('hex').slice(0, 16);
}

console.log(
  `${size} actors: kernel of ${kernelGraph.n} nodes, ${kernelGraph.neighbors.length / 2} links; ` +
    `sources ${from}..${to}; load ${loadavg()[0]?.toFixed(1)}`,
);
const times = kernels.map((): number[] => []);
const digests = kernels.map(() => new Set<string>());
for (let r = 0; r < runs; r++) {
  kernels.forEach(([, kernel], k) => {
    const before = process.cpuUsage();
    const partial = kernel(kernelGraph, from, to);
    const used = process.cpuUsage(before);
    times[k]?.push((used.user + used.system) / 1000);
    digests[k]?.add(digest(partial));
  });
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
kernels.forEach(([name], k) => {
  const list = times[k] ?? [];
  console.log(
    `  ${String(Math.round(median(list))).padStart(6)} ms CPU (median; ${list.map(Math.round).join(', ')})` +
      `  sums ${[...(digests[k] ?? [])].join(' ')}  ${name}`,
  );
});
console.log(`load ${loadavg()[0]?.toFixed(1)}`);

/** The CPU of each range of the kernel's split (or of its last --sources sources, scaled). */
function timeRanges(): void {
  const ranges = splitSources(kernelGraph, CENTRALITY_PARTS);
  const sample = Number(option('sources', '0'));
  console.log(
    `${size} actors: kernel of ${kernelGraph.n} nodes, ${ranges.length} ranges` +
      `${sample ? `, ${sample} sources of each` : ''}; load ${loadavg()[0]?.toFixed(1)}`,
  );
  // Compiled and its buffers allocated before the first range is timed: a whole range (with
  // --sources, as many sources as each sample, so that a sampled run stays quick), as 64
  // sources left the first range's figure a third above the others' (the optimising
  // compiler had not finished with the kernel's loops), which it is not when warm.
  const [middle = 0, middleEnd = 0] = ranges[ranges.length >> 1] ?? [];
  brandesRange(kernelGraph, sample ? Math.max(middle, middleEnd - sample) : middle, middleEnd);
  let total = 0;
  for (const [from, to] of ranges) {
    // The last sources of a range, scaled by its count of sources: an over-estimate for the
    // first range, whose first sources are the small blocks (the blocks come small first).
    const first = sample ? Math.max(from, to - sample) : from;
    const before = process.cpuUsage();
    brandesRange(kernelGraph, first, to);
    const used = process.cpuUsage(before);
    const ms = ((used.user + used.system) / 1000) * ((to - from) / (to - first));
    total += ms;
    console.log(`  sources ${from}..${to}: ${Math.round(ms)} ms CPU${sample ? ' (scaled)' : ''}`);
  }
  console.log(`  all ranges ${(total / 1000).toFixed(1)} s CPU; load ${loadavg()[0]?.toFixed(1)}`);
}
