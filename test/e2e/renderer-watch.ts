// Diagnostics of a crashed page, off unless MAILLAGE_E2E_CHROMIUM_LOG names a folder: then
// Chromium logs to stderr (kept by playwright in <folder>/chromium.log, see
// vitest.e2e.config.ts: a renderer's end is told there, e.g. "V8 javascript OOM"), is asked
// for its crash dumps under <folder>/crash-dumps (Debian's build keeps them in
// ~/.config/chromium/Crash Reports/pending instead), and each page the tests open records,
// every two seconds, into <folder>/memory.jsonl: the resident size of each Chromium process
// of the test's browsers (/proc), the page's JS heap and DOM counts (DevTools'
// Runtime.getHeapUsage, Memory.getDOMCounters), the page's script stack once its heap
// passes PAUSE_HEAP_MB, and a line when the page crashes.
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The folder given by MAILLAGE_E2E_CHROMIUM_LOG, or undefined: no diagnostics. */
export const CHROMIUM_LOG = process.env.MAILLAGE_E2E_CHROMIUM_LOG || undefined;

/** Chromium's own flags for the diagnostics (none when they are off). */
export function diagnosticArgs(): string[] {
  if (!CHROMIUM_LOG) return [];
  const dumps = join(CHROMIUM_LOG, 'crash-dumps');
  mkdirSync(dumps, { recursive: true });
  return ['--enable-logging=stderr', '--v=0', `--crash-dumps-dir=${dumps}`];
}

interface ChildProcessInfo {
  pid: number;
  type: string;
  rssMb: number;
}

/** Chromium's renderer and GPU processes among this process' descendants (Linux /proc). */
function chromiumChildren(): ChildProcessInfo[] {
  const parents = new Map<number, number>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command's name is in parentheses and may hold spaces: the fields follow it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(pid, Number(fields[1]));
      commands.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      // ended meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) {
      if (p === process.pid) return true;
    }
    return false;
  };
  const found: ChildProcessInfo[] = [];
  for (const [pid, command] of commands) {
    const type = /--type=([a-z-]+)/.exec(command)?.[1];
    if (!type || type === 'zygote' || !descends(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      found.push({ pid, type, rssMb: Math.round(rssKb / 1024) });
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

/** The heap (MB) past which the page's stack is recorded once. */
const PAUSE_HEAP_MB = 600;

/** Pages watched so far in this test file's process. */
let pages = 0;

function recordLine(line: Record<string, unknown>): void {
  if (!CHROMIUM_LOG) return;
  appendFileSync(
    join(CHROMIUM_LOG, 'memory.jsonl'),
    JSON.stringify({ at: new Date().toISOString(), ...line }) + '\n',
  );
}

/** Records the page's memory every two seconds and its crash, when the diagnostics are on. */
export async function watchRenderer(page: Page): Promise<void> {
  if (!CHROMIUM_LOG) return;
  // Each line names its page: the test file that opened it, and a number.
  const where = { file: basename(expect.getState().testPath ?? ''), page: ++pages };
  const record = (line: Record<string, unknown>) => recordLine({ ...where, ...line });
  const devtools = await page.context().newCDPSession(page);
  let stopped = false;
  let paused = false;
  // A heap past this size: the page is paused once and the script's stack recorded (V8
  // answers DevTools between two steps of a running script).
  devtools.on('Debugger.paused', (event) => {
    record({
      pausedAt: event.callFrames.map(
        (frame) =>
          `${frame.functionName || '(anonymous)'} ${frame.url}:${frame.location.lineNumber + 1}:${(frame.location.columnNumber ?? 0) + 1}`,
      ),
    });
    void devtools.send('Debugger.resume').catch(() => undefined);
  });
  const sample = async () => {
    const heap = await devtools.send('Runtime.getHeapUsage').catch(() => null);
    if (stopped) return;
    const heapMb = heap ? Math.round(heap.usedSize / 2 ** 20) : null;
    record({ url: page.url(), heapMb, processes: chromiumChildren() });
    if (heapMb !== null && heapMb > PAUSE_HEAP_MB && !paused) {
      paused = true;
      await devtools.send('Debugger.enable').catch(() => undefined);
      await devtools.send('Debugger.pause').catch(() => undefined);
    }
  };
  const counts = async () => {
    const dom = await devtools.send('Memory.getDOMCounters').catch(() => null);
    if (!stopped) record({ dom });
  };
  const timer = setInterval(() => {
    void sample();
    void counts();
  }, 2_000);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  page.on('crash', () => {
    record({ crash: page.url(), processes: chromiumChildren() });
    stop();
  });
  page.on('close', stop);
}
