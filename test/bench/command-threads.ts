// Diagnostics (not part of `npm test` nor `npm run bench`): `maillage analyze` on the bench's
// generated inventory, its CPU time thread by thread (Linux: /proc/<pid>/task/*/stat, read
// every 20 ms while it runs), so that the kernel's threads, the main thread and V8's helper
// threads (garbage collection, compilation) are told apart whatever the load: CPU time is
// what a loaded machine inflates least, and the main thread's share, taken from the two
// kernel threads on a 2-core machine, is read directly. Also when each thread was first and
// last busy, and (--timeline) its CPU in each second of wall time.
// npx tsx test/bench/command-threads.ts [--size 10000] [--runs 1] [--threads 2] [--timeline]
//   [--against /path/to/another/checkout] (its bin/maillage.js too, alternated run by run)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateInventory } from './generate.ts';
import { flag, option } from './options.ts';

const size = Number(option('size', '10000'));
const runs = Number(option('runs', '1'));
const threadsOption = option('threads', '');
/** The kernel's threads: as many as asked, else the command's default on 2 cores. */
const kernelThreads = Number(threadsOption) || 2;
const against = option('against', '');
const timeline = flag('timeline');
/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;

interface ThreadCpu {
  tid: number;
  /** user + system, seconds. */
  cpu: number;
  firstBusy: number;
  lastBusy: number;
  /** CPU seconds in each second of wall time. */
  perSecond: number[];
}

/** CPU (user + system, seconds) of each thread of `pid`; a thread that ended is absent. */
function threadCpu(pid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return cpu;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces, in parentheses): utime is
      // the 14th field of the line, stime the 15th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return cpu;
}

async function profile(
  root: string,
  args: string[],
): Promise<{ wall: number; threads: ThreadCpu[] }> {
  const start = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin/maillage.js'), ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid as number;
  const seen = new Map<number, ThreadCpu>();
  const poll = () => {
    const at = (performance.now() - start) / 1000;
    for (const [tid, cpu] of threadCpu(pid)) {
      const thread = seen.get(tid) ?? { tid, cpu: 0, firstBusy: -1, lastBusy: -1, perSecond: [] };
      if (cpu > thread.cpu) {
        if (thread.firstBusy < 0) thread.firstBusy = at;
        thread.lastBusy = at;
        const second = Math.floor(at);
        while (thread.perSecond.length <= second) thread.perSecond.push(0);
        thread.perSecond[second] = (thread.perSecond[second] as number) + cpu - thread.cpu;
      }
      thread.cpu = cpu;
      seen.set(tid, thread);
    }
  };
  const timer = setInterval(poll, 20);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(timer);
  if (code !== 0) throw new Error(`maillage analyze exited with ${code}`);
  return { wall: (performance.now() - start) / 1000, threads: [...seen.values()] };
}

function report(name: string, wall: number, threads: ThreadCpu[]): void {
  const total = threads.reduce((sum, t) => sum + t.cpu, 0);
  console.log(
    `${name}: wall ${wall.toFixed(2)} s, CPU ${total.toFixed(2)} s (seen), load ${loadavg()[0]?.toFixed(1)}`,
  );
  // The main thread is the first; the kernel's threads are the busiest others.
  const sorted = [...threads].sort((a, b) => a.tid - b.tid);
  const main = sorted[0];
  const others = sorted.slice(1).sort((a, b) => b.cpu - a.cpu);
  const kernel = others.slice(0, kernelThreads);
  const helpers = others.slice(kernel.length);
  const line = (label: string, t: ThreadCpu) =>
    console.log(
      `  ${label.padEnd(14)} ${t.cpu.toFixed(2).padStart(6)} s  busy ${t.firstBusy.toFixed(1)}–${t.lastBusy.toFixed(1)} s` +
        (timeline ? `  per second: ${t.perSecond.map((c) => c.toFixed(2)).join(' ')}` : ''),
    );
  if (main) line('main', main);
  kernel.forEach((t, i) => line(`kernel ${i + 1}`, t));
  const helperCpu = helpers.reduce((sum, t) => sum + t.cpu, 0);
  console.log(
    `  ${'other threads'.padEnd(14)} ${helperCpu.toFixed(2).padStart(6)} s  (${helpers.length}: V8's helpers, libuv)`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'maillage-threads-'));
const inventory = generateInventory(size);
const actorsPath = join(dir, 'acteurs.csv');
const linksPath = join(dir, 'liens.csv');
writeFileSync(actorsPath, inventory.actors);
writeFileSync(linksPath, inventory.links);
const args = ['analyze', actorsPath, linksPath, '--out', '/dev/null'];
if (threadsOption) args.push('--threads', threadsOption);
const roots = [resolve('.'), ...(against ? [resolve(against)] : [])];
// Each checkout runs its bundle, as a user does (bin/maillage.js falls back to tsx otherwise).
for (const root of roots) {
  if (
    spawnSync(process.execPath, ['bin/build-cli.mjs'], { cwd: root, stdio: 'inherit' }).status !== 0
  ) {
    throw new Error(`${root}: bin/build-cli.mjs failed`);
  }
}
for (let run = 0; run < runs; run++) {
  for (const root of roots) {
    const { wall, threads: seen } = await profile(root, args);
    report(`${root}, run ${run + 1}`, wall, seen);
  }
}
