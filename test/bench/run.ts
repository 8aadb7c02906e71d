// `npm run bench`: median import and analysis times of generated inventories (1,000 and
// 10,000 actors, ~4 links per actor), the whole `maillage analyze` command, and the same
// pipeline in python-igraph (Debian's python3-igraph), timed in the same run.
// Usage: npm run bench [-- --runs 5] [-- --sizes 1000,10000] [-- --skip-browser]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/analyze.ts';
import { startThreadPool } from '../../src/cli/thread-pool.ts';
import { defaultReference } from '../../src/domain/reference.ts';
import { importFiles } from '../../src/import/index.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { generateInventory } from './generate.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const RUNS = Number(option('runs', '5'));
const SIZES = option('sizes', '1000,10000').split(',').map(Number);
const PYTHON = '/usr/bin/python3';

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (v: number) => `${Math.round(v)} ms`;

function hasIgraph(): boolean {
  return existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import igraph']).status === 0;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
  const ref = defaultReference();
  const pool = startThreadPool();
  const igraph = hasIgraph();
  const rows: string[] = [];
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}`);
  console.log(`runs per figure: ${RUNS} (medians); worker threads: ${pool.size}`);
  if (!igraph) console.log('python3-igraph not found (apt-get install -y python3-igraph): skipped');

  for (const size of SIZES) {
    const inventory = generateInventory(size);
    const actorsPath = join(dir, `acteurs-${size}.csv`);
    const linksPath = join(dir, `liens-${size}.csv`);
    writeFileSync(actorsPath, inventory.actors);
    writeFileSync(linksPath, inventory.links);
    const files = [
      { name: 'acteurs.csv', bytes: new Uint8Array(readFileSync(actorsPath)) },
      { name: 'liens.csv', bytes: new Uint8Array(readFileSync(linksPath)) },
    ];
    const times = { import: [] as number[], analysis: [] as number[], analysis1: [] as number[] };
    const cli: number[] = [];
    const py = { read: [] as number[], analysis: [] as number[], wall: [] as number[] };
    let links = 0;
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      const imported = importFiles(files, ref);
      times.import.push(performance.now() - t);
      const graph = buildGraph(imported.actors, imported.links);
      links = graph.size;
      t = performance.now();
      await analyze(graph, ref, { runner: pool.runner });
      times.analysis.push(performance.now() - t);
      t = performance.now();
      await analyze(graph, ref);
      times.analysis1.push(performance.now() - t);

      t = performance.now();
      execFileSync(process.execPath, [
        'bin/maillage.js',
        'analyze',
        actorsPath,
        linksPath,
        '--out',
        '/dev/null',
      ]);
      cli.push(performance.now() - t);

      if (igraph) {
        t = performance.now();
        const out = execFileSync(PYTHON, ['test/bench/igraph_pipeline.py', actorsPath, linksPath], {
          encoding: 'utf8',
        });
        py.wall.push(performance.now() - t);
        const parsed = JSON.parse(out) as { read: number; analysis: number };
        py.read.push(parsed.read * 1000);
        py.analysis.push(parsed.analysis * 1000);
      }
    }
    const line = [
      `${size} actors / ${inventory.linkRows} link rows (${links} distinct links)`,
      ms(median(times.import)),
      ms(median(times.analysis)),
      ms(median(times.analysis1)),
      ms(median(cli)),
      igraph ? ms(median(py.read)) : '—',
      igraph ? ms(median(py.analysis)) : '—',
      igraph ? ms(median(py.wall)) : '—',
      igraph ? `${(median(py.wall) / median(cli)).toFixed(1)}×` : '—',
    ];
    rows.push(`| ${line.join(' | ')} |`);
    console.log(rows.at(-1));
  }
  await pool.close();
  console.log('');
  console.log(
    '| inventory | import | analysis (worker threads) | analysis (1 thread) | `maillage analyze` wall | igraph read | igraph analysis | igraph wall | igraph wall / maillage wall |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);

  if (!argv.includes('--skip-browser')) {
    // The built app in headless Chromium: the demo and the biggest generated inventory.
    const { browserBench, browserTable } = await import('./browser.ts');
    const biggest = Math.max(...SIZES);
    console.log('');
    console.log(
      `browser: ${Math.min(RUNS, 3)} runs per figure (medians; longest tasks: worst run)`,
    );
    const results = await browserBench({
      runs: Math.min(RUNS, 3),
      sizes: biggest >= 1000 ? [biggest] : [],
      build: true,
    });
    console.log('');
    for (const line of browserTable(results)) console.log(line);
  }
}

await main();
