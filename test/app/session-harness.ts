// The import session's stand-in worker and its inputs, for the session's tests.
import { REF, utf8, workerMetrics } from '../factory.ts';
import { ImportSession } from '../../src/app/import-session.ts';
import type { SessionPorts } from '../../src/app/session-types.ts';
import type { Action } from '../../src/app/state.ts';
import type { InputFile } from '../../src/domain/types.ts';
import { importFiles } from '../../src/import/index.ts';
import { headerSignature, type SavedMapping } from '../../src/model/column-mapping.ts';
import type { MaillageGraph } from '../../src/model/graph.ts';
import type { ImportReport, PipelineReply } from '../../src/workers/protocol.ts';
import { packGraph } from '../../src/workers/graph-transfer.ts';
import { packAnalysis, packMetrics } from '../../src/workers/metrics-transfer.ts';
import type { Analysis } from '../../src/analysis/analyze.ts';
import type { WorkerMetrics } from '../../src/workers/protocol.ts';
import { smallGraph } from '../map/helpers.ts';

const NO_NAME = 'Intitulé officiel;Ville\nMairie de Test;Testville\nCCAS de Test;Testville\n';
const ACTORS = 'Nom;Commune\nMairie de Test;Testville\n';
/** A mapping saved for the headers of NO_NAME. */
export const SAVED: SavedMapping = {
  signature: headerSignature(['Intitulé officiel', 'Ville']),
  role: 'actors',
  columns: [{ header: 'Intitulé officiel', field: 'name', manual: true }],
};

export const METRICS = workerMetrics();

export const inputs = (...names: string[]): InputFile[] =>
  names.map((name) => ({ name, bytes: utf8(name.startsWith('sans-nom') ? NO_NAME : ACTORS) }));
export const userFiles = (...names: string[]) => names.map((name) => new File([ACTORS], name));
export const reportOf = (files: InputFile[]): ImportReport => {
  const { files: reports, issues, doubtful } = importFiles(files, REF);
  return { files: reports, issues, doubtful };
};
export const firstReport = (files: InputFile[]) => {
  const [file] = reportOf(files).files;
  if (!file) throw new Error('no file read');
  return file;
};

/** A deferred promise: the test decides when (and how) the graph is built. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The session with a stand-in worker that records each import and what the app was told. */
export function harness(
  options: { read?: InputFile[]; mappings?: SavedMapping[]; build?: SessionPorts['build'] } = {},
) {
  const runs: { files: InputFile[]; onReply: (reply: PipelineReply) => void }[] = [];
  const actions: Action[] = [];
  const shown: number[] = [];
  const builds: ReturnType<typeof deferred<MaillageGraph>>[] = [];
  const ports: SessionPorts = {
    run: (files, onReply) => {
      runs.push({ files, onReply });
      return runs.length;
    },
    shown: (id) => shown.push(id),
    // Deferred (the test builds the graph when it wants), unless the test gives a builder.
    build:
      options.build ??
      (() => {
        const d = deferred<MaillageGraph>();
        builds.push(d);
        return d.promise;
      }),
    demoFiles: () => Promise.resolve(inputs('acteurs.csv')),
    readFiles: (files) => Promise.resolve(options.read ?? inputs(...files.map((f) => f.name))),
    clearAutosave: () => Promise.resolve(),
    dispatch: (action) => actions.push(action),
    mappings: () => options.mappings ?? [],
  };
  const session = new ImportSession(ports);
  const reply = (id: number, r: Omit<Extract<PipelineReply, { kind: 'graph' }>, 'id' | 'kind'>) =>
    runs[id - 1]?.onReply({ id, kind: 'graph', ...r });
  /** Import `id` reports its graph, built from `files` (its quick metrics not yet). */
  const graphOnly = (id: number, files: InputFile[]) =>
    reply(id, { graph: packGraph(smallGraph()), report: reportOf(files), positions: null, ms: 1 });
  /** Import `id` reports its graph, built from `files`, then its quick metrics. */
  const graphReply = (id: number, files: InputFile[]) => {
    graphOnly(id, files);
    runs[id - 1]?.onReply({ id, kind: 'quick', metrics: packMetrics(METRICS) });
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const of = <K extends Action['type']>(type: K) =>
    actions.filter((a): a is Extract<Action, { type: K }> => a.type === type);
  return { session, ports, runs, actions, shown, builds, graphOnly, graphReply, settle, of };
}

/** The harness with import 1 (a.csv) on screen; its workspace serial. */
export async function onScreen() {
  const h = harness();
  await h.session.importFiles(userFiles('a.csv'));
  h.graphReply(1, inputs('a.csv'));
  h.builds[0]?.resolve(smallGraph());
  await h.settle();
  const serial = h.of('workspace')[0]?.workspace.serial ?? -1;
  return { h, serial };
}

/** Imports `name` over the workspace on screen, replacing it. */
export async function replaceWith(h: ReturnType<typeof harness>, name: string) {
  await h.session.importFiles(userFiles(name));
  h.session.chooseImport('replace');
}

/** The worker's full analysis of import `id`, with the figures of `nodes`. */
export function analysisOf(
  id: number,
  analysis: Analysis,
  nodes: WorkerMetrics['nodes'] = {},
): Extract<PipelineReply, { kind: 'analysis' }> {
  return {
    id,
    kind: 'analysis',
    metrics: packMetrics({ ...METRICS, nodes, centrality: true }),
    analysis: packAnalysis(analysis),
    ms: 1,
    startedOn: 'shown',
  };
}
