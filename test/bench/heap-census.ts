// Diagnostics (not part of `npm test` nor `npm run bench`): what holds the page's JS heap
// once an inventory is imported. A heap snapshot (DevTools protocol, HeapProfiler) taken at
// the interactive map or once the layout and the analysis are done, then: the heap by
// constructor (self size, count) and the objects that retain the most (dominator tree),
// each with the edge its dominator holds it by. The snapshot is read from its bytes (its
// numbers into typed arrays, its strings one by one: at 50,000 actors it is over 1 GB of
// JSON, beyond what JSON.parse takes); give Node room at that size
// (NODE_OPTIONS=--max-old-space-size=12000).
// Run on a build with test hooks (the bench's): npx tsx test/bench/heap-census.ts
//   [--size 10000] [--at interactive|idle] [--port 4175] [--out dist] [--top 30]
//   [--save heap.heapsnapshot] [--read heap.heapsnapshot (analyses a saved snapshot)]
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openApp } from '../e2e/browser.ts';
import { startPreview } from '../e2e/server.ts';
import { writeGeneratedInventory } from '../e2e/fixtures.ts';
import { option } from './options.ts';

const size = Number(option('size', '10000'));
const at = option('at', 'idle');
const port = Number(option('port', '4175'));
const out = option('out', 'dist');
const top = Number(option('top', '30'));
const dir = mkdtempSync(join(tmpdir(), 'maillage-heap-'));
const save = option('save', join(dir, 'page.heapsnapshot'));
const files = writeGeneratedInventory(size);

const read = option('read', '');
if (read) {
  census(readSnapshot(read));
  process.exit(0);
}
const preview = await startPreview(port, out);
try {
  const browser = await launch();
  const { page } = await openApp(browser, { base: preview.url, ready: 'analysed' });
  await page.setInputFiles('[data-testid="file-input"]', files);
  await page.waitForSelector('[data-testid="app"][data-ready="false"]', { timeout: 600_000 });
  await page.waitForFunction(
    ([n, idle]) => {
      const app = document.querySelector('[data-testid="app"]') as HTMLElement | null;
      const count = document.querySelector('[data-testid="actor-count"]');
      if (!app || count?.getAttribute('data-value') !== String(n)) return false;
      if (app.dataset.ready !== 'true') return false;
      return !idle || (app.dataset.analysis === 'done' && app.dataset.layout === 'idle');
    },
    [size, at === 'idle'] as const,
    { polling: 200, timeout: 1_200_000 },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const used = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  console.log(`${size} actors at the ${at} map: JS heap ${Math.round(used.usedSize / 2 ** 20)} MB`);
  const stream = createWriteStream(save);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => stream.write(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await new Promise((resolve) => stream.end(resolve));
  await browser.close();
  census(readSnapshot(save));
} finally {
  preview.stop();
}

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[]];
      edge_fields: string[];
      edge_types: [string[]];
    };
  };
  nodes: Uint32Array | number[];
  edges: Uint32Array | number[];
  strings: string[];
}

/** A heap snapshot read from its bytes: the header by JSON.parse, the nodes' and edges'
 * numbers into typed arrays, the strings one by one. */
function readSnapshot(path: string): Snapshot {
  const bytes = readFileSync(path);
  const find = (key: string, from = 0) => {
    const at = bytes.indexOf(key, from, 'latin1');
    if (at < 0) throw new Error(`${key} not in ${path}`);
    return at + key.length;
  };
  const nodesAt = find('"nodes":[');
  const head = bytes.toString('utf8', 0, nodesAt - '"nodes":['.length).replace(/,\s*$/, '');
  const { snapshot } = JSON.parse(`${head}}`) as {
    snapshot: Snapshot['snapshot'] & { node_count: number; edge_count: number };
  };
  const numbers = (from: number, count: number) => {
    const out = new Uint32Array(count);
    let k = 0;
    let value = -1;
    for (let i = from; k < count; i++) {
      const c = bytes[i] as number;
      if (c >= 48 && c <= 57) value = (value < 0 ? 0 : value * 10) + c - 48;
      else if (value >= 0) {
        out[k++] = value;
        value = -1;
      }
    }
    return out;
  };
  const nodes = numbers(nodesAt, snapshot.node_count * snapshot.meta.node_fields.length);
  const edges = numbers(find('"edges":['), snapshot.edge_count * snapshot.meta.edge_fields.length);
  const strings: string[] = [];
  let i = find('"strings":[');
  for (;;) {
    while (bytes[i] !== 34 && bytes[i] !== 93) i++;
    if (bytes[i] === 93) break;
    const start = i;
    let escaped = false;
    for (i++; bytes[i] !== 34; i++) {
      if (bytes[i] === 92) {
        escaped = true;
        i++;
      }
    }
    i++;
    strings.push(
      escaped
        ? (JSON.parse(bytes.toString('utf8', start, i)) as string)
        : bytes.toString('utf8', start + 1, i - 1),
    );
  }
  return { snapshot, nodes, edges, strings };
}

/** The heap by constructor, then the biggest retainers (Cooper–Harvey–Kennedy dominators). */
function census(s: Snapshot): void {
  const { meta } = s.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [typeAt, nameAt, sizeAt, countAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    meta.node_fields.indexOf(f),
  ) as [number, number, number, number];
  const [eTypeAt, eNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) =>
    meta.edge_fields.indexOf(f),
  ) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const n = s.nodes.length / nf;
  const label = (i: number) => {
    const type = nodeTypes[s.nodes[i * nf + typeAt] as number] as string;
    const name = s.strings[s.nodes[i * nf + nameAt] as number] ?? '';
    return type === 'object' || type === 'closure' ? name : `(${type}) ${name.slice(0, 40)}`;
  };
  const selfSize = (i: number) => s.nodes[i * nf + sizeAt] as number;
  // Edges of each node; weak edges do not retain.
  const firstEdge = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++)
    firstEdge[i + 1] = (firstEdge[i] as number) + (s.nodes[i * nf + countAt] as number);
  const edgeName = (e: number) => {
    const type = edgeTypes[s.edges[e * ef + eTypeAt] as number];
    const v = s.edges[e * ef + eNameAt] as number;
    return type === 'element' || type === 'hidden' ? `[${v}]` : (s.strings[v] ?? '?');
  };
  const strong = (e: number) => edgeTypes[s.edges[e * ef + eTypeAt] as number] !== 'weak';
  const target = (e: number) => (s.edges[e * ef + toAt] as number) / nf;

  const bySelf = new Map<string, { size: number; count: number }>();
  const kind = (i: number) => {
    const type = nodeTypes[s.nodes[i * nf + typeAt] as number] as string;
    // Strings (and numbers) by their type: each value would be a line of its own.
    return type === 'string' || type === 'concatenated string' || type === 'sliced string'
      ? `(${type}s)`
      : label(i);
  };
  for (let i = 0; i < n; i++) {
    const key = kind(i);
    const entry = bySelf.get(key) ?? { size: 0, count: 0 };
    entry.size += selfSize(i);
    entry.count++;
    bySelf.set(key, entry);
  }
  console.log('by constructor (self size):');
  for (const [k, v] of [...bySelf].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
    console.log(
      `  ${(v.size / 2 ** 20).toFixed(1).padStart(7)} MB  ${String(v.count).padStart(8)}  ${k}`,
    );
  }

  // Reverse postorder from the root (node 0), over strong edges.
  const order = new Int32Array(n).fill(-1);
  const post: number[] = [];
  const stack: [number, number][] = [[0, firstEdge[0] as number]];
  order[0] = 0;
  while (stack.length) {
    const top2 = stack[stack.length - 1] as [number, number];
    const [v, e] = top2;
    if (e < (firstEdge[v + 1] as number)) {
      top2[1]++;
      if (!strong(e)) continue;
      const w = target(e);
      if (order[w] === -1) {
        order[w] = 0;
        stack.push([w, firstEdge[w] as number]);
      }
    } else {
      stack.pop();
      post.push(v);
    }
  }
  const rpo = new Int32Array(n).fill(-1);
  post.reverse().forEach((v, i) => (rpo[v] = i));
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) {
    if (rpo[v] === -1) continue;
    for (let e = firstEdge[v] as number; e < (firstEdge[v + 1] as number); e++) {
      if (strong(e)) preds[target(e)]?.push(v);
    }
  }
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while ((rpo[a] as number) > (rpo[b] as number)) a = idom[a] as number;
      while ((rpo[b] as number) > (rpo[a] as number)) b = idom[b] as number;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const v of post) {
      if (v === 0) continue;
      let d = -1;
      for (const p of preds[v] as number[]) {
        if (idom[p] === -1) continue;
        d = d === -1 ? p : intersect(p, d);
      }
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(n);
  for (let i = post.length - 1; i >= 0; i--) {
    const v = post[i] as number;
    retained[v] = (retained[v] as number) + selfSize(v);
    if (v !== 0)
      retained[idom[v] as number] =
        (retained[idom[v] as number] as number) + (retained[v] as number);
  }
  const via = (v: number) => {
    const d = idom[v] as number;
    for (let e = firstEdge[d] as number; e < (firstEdge[d + 1] as number); e++) {
      if (target(e) === v) return edgeName(e);
    }
    return '?';
  };
  console.log(`retainers (retained size; held by its dominator through):`);
  const biggest = [...post]
    .filter((v) => v !== 0 && (retained[v] as number) > 2 ** 20)
    .sort((a, b) => (retained[b] as number) - (retained[a] as number))
    .slice(0, top * 2);
  // Who holds an object the GC roots dominate (held from several places): its first few
  // retainers.
  const holders = (v: number) =>
    (preds[v] as number[])
      .slice(0, 3)
      .map((p) => {
        for (let e = firstEdge[p] as number; e < (firstEdge[p + 1] as number); e++) {
          if (target(e) === v) return `${label(p)}.${edgeName(e)}`;
        }
        return label(p);
      })
      .join(', ');
  for (const v of biggest) {
    const d = idom[v] as number;
    console.log(
      `  ${((retained[v] as number) / 2 ** 20).toFixed(1).padStart(7)} MB  ${label(v)} ← .${via(v)} of ${label(d)}${d === 0 || label(d).includes('GC roots') ? ` [held by ${holders(v)}]` : ''}`,
    );
  }
}
