// What Chromium's DevTools protocol hands the benches: a CPU profile (`Profiler.stop`) and
// trace events (`Tracing.dataCollected`), as far as they read them; a trace recorded; and a
// profile's samples charged up their call stacks, named by frame.
import type { CDPSession } from 'playwright-core';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The nodes of a CPU profile by id, and each node's parent (its caller). */
export interface ProfileTree {
  byId: Map<number, ProfileNode>;
  parent: Map<number, number>;
}

/** Charges `us` microseconds sampled in node `id`: to its function's self time, and once to
 * the total time of each distinct function on its call stack (`label` names a function). */
export function chargeSample(
  tree: ProfileTree,
  id: number,
  us: number,
  label: (node: ProfileNode) => string,
  self: Map<string, number>,
  total: Map<string, number>,
): void {
  const own = label(tree.byId.get(id) as ProfileNode);
  self.set(own, (self.get(own) ?? 0) + us);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = tree.parent.get(at)) {
    const k = label(tree.byId.get(at) as ProfileNode);
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + us);
  }
}

/** A CPU profile's sample times (µs, one per sample) and its tree. */
export function profileSamples(profile: Profile): ProfileTree & { times: number[] } {
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { times, byId, parent };
}

/** The trace's thread names, by `pid:tid`. */
export function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  return names;
}

/** A frame of a CPU or heap sampling profile: its function (or "(anonymous)"), file and line. */
export function frameLabel(node: {
  callFrame: { functionName: string; url: string; lineNumber: number };
}): string {
  const f = node.callFrame;
  return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
}

/** Starts recording a trace of `categories` on `cdp`'s page; `end` stops it and resolves
 * with its events once Chromium has sent them all. */
export async function startTrace(
  cdp: CDPSession,
  categories: string,
): Promise<{ end(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async end() {
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/** What `profile` sampled from `from` to `to` (µs, the trace's clock; `sampled`: its
 * profileSamples), charged up the call stacks by `label`: each function's self and total
 * time, and all the time sampled. */
export function chargeWindow(
  profile: Profile,
  sampled: ProfileTree & { times: number[] },
  from: number,
  to: number,
  label: (node: ProfileNode) => string = frameLabel,
): { self: Map<string, number>; total: Map<string, number>; us: number } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let us = 0;
  profile.samples.forEach((id, i) => {
    const at = sampled.times[i] as number;
    if (at < from || at > to) return;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    us += delta;
    chargeSample(sampled, id, delta, label, self, total);
  });
  return { self, total, us };
}

/** The `count` functions with the most time, the runtime's own entries (root, program,
 * idle) left out. */
export function costliest(times: Map<string, number>, count: number): [string, number][] {
  return [...times]
    .filter(([name]) => !/^\((root|program|idle)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}
