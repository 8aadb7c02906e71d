// The per-actor figures from the pipeline worker to the page as columns of numbers (typed
// arrays, transferred) rather than one object per actor: at 50,000 actors, the map's metrics
// and the analysis' actors are 100,000 small objects that the page would otherwise take in
// one task when the message arrives (structured clone), and that it now builds a few
// thousand at a time. The rest of the analysis travels with its long lists of ids packed
// (string-lists.ts).
import type { Analysis, NodeMetrics, WorkerMetrics } from '../analysis';
import { setOwn } from '../domain';
import { packLists, unpackLists, type PackedLists } from './string-lists.ts';

type ActorMetrics = Analysis['actors'][string];

/** A record of figures by actor id: its keys (one JSON array) and one column per field. */
export interface PackedRecord {
  keys: string;
  /** Field-major: every actor's first field, then every actor's second field… */
  columns: Float64Array;
}

export type PackedMetrics = Omit<WorkerMetrics, 'nodes'> & { nodes: PackedRecord };
export interface PackedAnalysis {
  actors: PackedRecord;
  /** Every other part of the analysis. */
  rest: PackedLists<Omit<Analysis, 'actors'>>;
}

const NODE_FIELDS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'community',
  'cutOff',
] as const satisfies readonly (keyof NodeMetrics)[];
const ACTOR_FIELDS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'community',
] as const satisfies readonly (keyof ActorMetrics)[];

function packRecord<F extends string>(
  record: Record<string, Record<F, number>>,
  fields: readonly F[],
): PackedRecord {
  const keys = Object.keys(record);
  const n = keys.length;
  const columns = new Float64Array(n * fields.length);
  keys.forEach((key, i) => {
    const figures = record[key] as Record<F, number>;
    fields.forEach((field, f) => (columns[f * n + i] = figures[field]));
  });
  return { keys: JSON.stringify(keys), columns };
}

/** Records built between two pauses. */
const STRETCH = 10_000;

async function unpackRecord<F extends string>(
  packed: PackedRecord,
  fields: readonly F[],
  pause?: () => Promise<void>,
): Promise<Record<string, Record<F, number>>> {
  const { columns } = packed;
  const n = columns.length / fields.length;
  // A big record starts after a pause, its keys read after it too: the analysis' message
  // brings two (the map's figures and the actors'), whose first stretches were most of the
  // task it arrived in.
  if (pause && n > STRETCH) await pause();
  const keys = JSON.parse(packed.keys) as string[];
  const record: Record<string, Record<F, number>> = {};
  const width = fields.length;
  for (let i = 0; i < n; i++) {
    const figures = {} as Record<F, number>;
    for (let f = 0; f < width; f++) figures[fields[f] as F] = columns[f * n + i] as number;
    const key = keys[i] as string;
    // An actor whose id is `__proto__` is an entry like any other, not the prototype.
    setOwn(record, key, figures);
    if (pause && i % STRETCH === STRETCH - 1) await pause();
  }
  return record;
}

export function packMetrics(metrics: WorkerMetrics): PackedMetrics {
  return { ...metrics, nodes: packRecord(metrics.nodes, NODE_FIELDS) };
}

export async function unpackMetrics(
  packed: PackedMetrics,
  pause?: () => Promise<void>,
): Promise<WorkerMetrics> {
  return { ...packed, nodes: await unpackRecord(packed.nodes, NODE_FIELDS, pause) };
}

export function packAnalysis(analysis: Analysis): PackedAnalysis {
  const { actors, ...rest } = analysis;
  return { actors: packRecord(actors, ACTOR_FIELDS), rest: packLists(rest) };
}

export async function unpackAnalysis(
  packed: PackedAnalysis,
  pause?: () => Promise<void>,
): Promise<Analysis> {
  const actors = await unpackRecord(packed.actors, ACTOR_FIELDS, pause);
  return { ...(await unpackLists(packed.rest, pause)), actors };
}

/** The buffers to transfer with packed figures. */
export function figureBuffers(
  ...packed: { nodes?: PackedRecord; actors?: PackedRecord; rest?: PackedLists<unknown> }[]
) {
  return packed.flatMap((p) => [
    ...[p.nodes, p.actors].flatMap((r) => (r ? [r.columns.buffer as ArrayBuffer] : [])),
    ...(p.rest ? [p.rest.indexes.buffer as ArrayBuffer] : []),
  ]);
}
