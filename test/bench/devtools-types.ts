// What Chromium's DevTools protocol hands the benches: a CPU profile (`Profiler.stop`) and
// trace events (`Tracing.dataCollected`), as far as they read them; and a profile's sample
// charged up its call stack.
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
