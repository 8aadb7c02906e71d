// `npm run bench`: median import and analysis times of generated inventories (1,000 and
// 10,000 actors, ~4 links per actor), the whole `maillage analyze` command, and the same
// pipeline in python-igraph (Debian's python3-igraph), timed in the same run, with the peak
// resident memory of both (`/usr/bin/time`); then the browser bench (test/bench/browser.ts),
// with sigma.js 3 drawing the same inventories in alternated rounds.
// Usage: npm run bench [-- --runs 5] [-- --sizes 1000,10000] [-- --skip-browser]
//   [-- --cli-only] (only the command and igraph: no in-process import and analysis figures)
//   [-- --browser-sizes 1000,10000] [-- --no-peer] [-- --port 4175 --out dist]
// The region size, 50,000 actors / 200,000 link rows, is for a quiet machine and asked for
// by name (`--sizes 50000`, `--browser-sizes 50000`): a run of each takes minutes; nothing
// runs it by default and `npm test` never runs the bench.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/analyze.ts';
import { startThreadPool } from '../../src/cli/thread-pool.ts';
import { defaultReference } from '../../src/domain/reference.ts';
import { importFiles } from '../../src/import/index.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { generateInventory } from './generate.ts';
import { flag, option } from './options.ts';

const RUNS = Number(option('runs', '5'));
const SIZES = option('sizes', '1000,10000').split(',').map(Number);
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const CLI_ONLY = flag('cli-only');

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (v: number) => `${Math.round(v)} ms`;

/** Runs a command; its wall time (ms), peak resident memory (MB) and CPU time (user + sys,
 * ms: what it costs whatever the load; both when /usr/bin/time is there) and standard output. */
function timed(
  command: string,
  args: string[],
): { ms: number; rssMB: number; cpuMs: number; out: string } {
  const withTime = existsSync(TIME);
  const t = performance.now();
  const run = withTime
    ? spawnSync(TIME, ['-f', 'maxrss=%M cpu=%U+%S', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' });
  const wall = performance.now() - t;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr}`);
  const kb = /maxrss=(\d+)/.exec(run.stderr ?? '')?.[1];
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(run.stderr ?? '');
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
  return { ms: wall, rssMB: kb ? Number(kb) / 1024 : NaN, cpuMs, out: run.stdout };
}

function hasIgraph(): boolean {
  return existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import igraph']).status === 0;
}

async function main() {
  // The command runs its bundle only when the bundle is newer than src/: after a merge it
  // would run from source through tsx (the main thread and each worker compiling
  // TypeScript: seconds of CPU and ~100 MB more), which is not what a user runs.
  if (spawnSync(process.execPath, ['bin/build-cli.mjs'], { stdio: 'inherit' }).status !== 0) {
    throw new Error('bench: bin/build-cli.mjs failed');
  }
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
    const load = [loadavg()[0]?.toFixed(1)];
    const times = { import: [] as number[], analysis: [] as number[], analysis1: [] as number[] };
    const cli: number[] = [];
    const cliRss: number[] = [];
    const cliCpu: number[] = [];
    const pyCpu: number[] = [];
    const py = { read: [] as number[], analysis: [] as number[], wall: [] as number[] };
    const pyRss: number[] = [];
    let links = NaN;
    for (let run = 0; run < RUNS; run++) {
      if (!CLI_ONLY) {
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
      }

      const command = timed(process.execPath, [
        'bin/maillage.js',
        'analyze',
        actorsPath,
        linksPath,
        '--out',
        '/dev/null',
      ]);
      cli.push(command.ms);
      cliRss.push(command.rssMB);
      cliCpu.push(command.cpuMs);

      if (igraph) {
        const reference = timed(PYTHON, ['test/bench/igraph_pipeline.py', actorsPath, linksPath]);
        py.wall.push(reference.ms);
        pyRss.push(reference.rssMB);
        pyCpu.push(reference.cpuMs);
        const parsed = JSON.parse(reference.out) as {
          read: number;
          analysis: number;
          edges: number;
        };
        py.read.push(parsed.read * 1000);
        py.analysis.push(parsed.analysis * 1000);
        links = parsed.edges;
      }
      console.log(
        `${size}, run ${run + 1}: maillage analyze ${ms(command.ms)} (CPU ${ms(command.cpuMs)}), ${Math.round(command.rssMB)} MB; igraph ${igraph ? `${ms(py.wall.at(-1) ?? NaN)} (CPU ${ms(pyCpu.at(-1) ?? NaN)}), ${Math.round(pyRss.at(-1) ?? NaN)} MB` : '—'}; load ${loadavg()[0]?.toFixed(1)}`,
      );
    }
    const skipped = (values: number[]) => (values.length ? ms(median(values)) : '—');
    const line = [
      `${size} actors / ${inventory.linkRows} link rows (${links} distinct links)`,
      skipped(times.import),
      skipped(times.analysis),
      skipped(times.analysis1),
      ms(median(cli)),
      `${Math.round(median(cliRss))} MB`,
      igraph ? ms(median(py.read)) : '—',
      igraph ? ms(median(py.analysis)) : '—',
      igraph ? ms(median(py.wall)) : '—',
      igraph ? `${Math.round(median(pyRss))} MB` : '—',
      igraph ? `${(median(py.wall) / median(cli)).toFixed(1)}×` : '—',
      ms(median(cliCpu)),
      igraph ? ms(median(pyCpu)) : '—',
      `${load[0]} → ${loadavg()[0]?.toFixed(1)}`,
    ];
    rows.push(`| ${line.join(' | ')} |`);
    console.log(rows.at(-1));
  }
  await pool.close();
  console.log('');
  console.log(
    '| inventory | import | analysis (worker threads) | analysis (1 thread) | `maillage analyze` wall | its peak RSS | igraph read | igraph analysis | igraph wall | igraph peak RSS | igraph wall / maillage wall | `maillage analyze` CPU (user + sys) | igraph CPU | load (1 min) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);

  if (!flag('skip-browser')) {
    // The built app in headless Chromium: the demo and the generated inventories, sigma.js
    // drawing the same ones in alternated rounds.
    const { browserBench, browserTable, peerTables } = await import('./browser.ts');
    const browserSizes = option('browser-sizes', SIZES.join(','))
      .split(',')
      .map(Number)
      .filter((size) => size >= 1000);
    console.log('');
    console.log(
      `browser: ${Math.min(RUNS, 3)} runs per figure (medians; longest tasks: worst run)`,
    );
    const results = await browserBench({
      runs: Math.min(RUNS, 3),
      sizes: browserSizes,
      build: true,
      port: Number(option('port', '4175')),
      out: option('out', 'dist'),
      peer: !flag('no-peer'),
    });
    console.log('');
    for (const line of browserTable(results)) console.log(line);
    for (const line of peerTables(results)) console.log(line);
  }
}

await main();
