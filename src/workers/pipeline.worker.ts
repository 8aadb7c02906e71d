// The import and analysis pipeline, off the main thread: bytes → import → graph (the CLI's
// steps, model/import-graph.ts) → quick metrics (posted at once, so the map is drawn) → once
// the app has the map on screen, the full analysis, its centrality kernel on nested workers
// (centrality-pool.ts; posted when done). Papaparse runs here in the worker's own thread
// (its `worker: true` mode is broken under Vite 8: docs/decisions/worker-hand-offs.md).
import { analyze } from '../analysis';
import { type MaillageGraph, positionRecord, workspaceDocument, importGraph } from '../model';
import { readWorkspaceInput, rulesFor } from './workspace-input.ts';
import { poolSize, startCentralityPool, type CentralityPool } from './centrality-pool.ts';
import { fcoseLayout } from './layout-core.ts';
import { positionsAhead } from './demo-layout.ts';
import { LAYOUT_FIRST_MAX, firstLayoutInput } from '../layout';
import { metricsOf, quickMetrics, SEED } from './metrics.ts';
import { saveAutosave } from './autosave.ts';
import { ShownGate } from './shown-gate.ts';
import { packedBuffers, packGraph } from './graph-transfer.ts';
import { figureBuffers, packAnalysis, packMetrics } from './metrics-transfer.ts';
import type { AutosaveRequest, ShownRequest, PipelineReply, PipelineRequest } from './protocol.ts';
import { workerScope } from './scope.ts';

const scope = workerScope<PipelineRequest | AutosaveRequest | ShownRequest>();
let pool: CentralityPool | null = null;
/** The latest request, and the latest one that produced a graph: an older import stops
 * once a newer one has replaced its graph (an import that read nothing replaces nothing). */
let latest = 0;
let latestGraph = 0;

function post(reply: PipelineReply): void {
  scope.postMessage(reply);
}

/** The graph of the latest workspace, kept for the autosave. */
let kept: { id: number; graph: MaillageGraph } | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'autosave') void autosave(request);
  else if (request.kind === 'shown') gate.shown(request.id);
  else void run(request);
};

/** The full analysis waits for the app's word that the map is on screen (shown-gate.ts). */
const gate = new ShownGate(8000);

async function autosave(request: AutosaveRequest): Promise<void> {
  if (!kept || kept.id !== request.id) return;
  const { graph } = kept;
  const positions = positionRecord(graph.nodes(), request.positions);
  // The workspace file's document without its indentation (no one reads this copy in a text
  // editor): at 50,000 actors 57 MB of JSON instead of 84, less to write and to hold.
  const written = await saveAutosave(
    { id: request.space, title: request.title, actors: graph.order },
    JSON.stringify(
      workspaceDocument({
        title: request.title,
        graph,
        expected: request.expected,
        rules: request.rules,
        views: request.views,
        settings: request.settings,
        positions,
        report: request.report,
        mappings: request.mappings,
        versions: request.versions,
        history: request.history,
      }),
    ),
  );
  post({ id: request.id, kind: 'saved', kept: written });
}

async function run(request: PipelineRequest): Promise<void> {
  const { id } = request;
  latest = id;
  const t0 = performance.now();
  try {
    post({ id, kind: 'stage', stage: 'reading' });
    // A workspace file (Maillage's JSON) opens as it was saved; other files are imported.
    const saved = readWorkspaceInput(request.files);
    const { graph, report } =
      saved ??
      (await importGraph(request.files, request.ref, {
        onGraph: () => post({ id, kind: 'stage', stage: 'graph' }),
      }));
    // Nothing to draw (no actor, or a workspace file that cannot be read): the map stays.
    if (!graph) {
      post({ id, kind: 'empty', report, ms: performance.now() - t0 });
      return;
    }
    // Small maps come laid out; bigger ones are sent at once, and the map lays them out
    // while it draws them (LAYOUT_FIRST_MAX). The demo's layout was computed ahead.
    const positions =
      saved?.positions ??
      (graph.order <= LAYOUT_FIRST_MAX
        ? (positionsAhead(request.files, graph, request.aspect) ??
          fcoseLayout(firstLayoutInput(graph, request.aspect)))
        : null);
    const packed = packGraph(graph);
    const message: PipelineReply = {
      id,
      kind: 'graph',
      graph: packed,
      report,
      positions,
      ...(saved?.restored ? { restored: saved.restored } : {}),
      ms: performance.now() - t0,
    };
    // The graph's columns and the positions are transferred, not copied. The graph goes
    // first: the page rebuilds it while the quick metrics are computed here.
    scope.postMessage(message, [
      ...packedBuffers(packed),
      ...(positions ? [positions.buffer as ArrayBuffer] : []),
    ]);
    const quick = packMetrics(quickMetrics(graph));
    scope.postMessage(
      { id, kind: 'quick', metrics: quick } satisfies PipelineReply,
      figureBuffers(quick),
    );
    latestGraph = id;
    kept = { id, graph };
    // Older imports waiting for their map let go of their graph now.
    gate.releaseOlder(id);
    if (latest === id) post({ id, kind: 'stage', stage: 'analysis' });
    const opened = await gate.whenShown(id);
    // A newer import has replaced this graph meanwhile: its analysis is not wanted.
    if (opened === 'replaced' || latestGraph !== id) return;
    pool ??= startCentralityPool(poolSize(navigator.hardwareConcurrency));
    // The workspace's rules as switched and composed, not only the default ones.
    const analysis = await analyze(graph, request.ref, {
      runner: pool.runner,
      seed: SEED,
      crossSchemeRules: rulesFor(saved, request.rules ?? null),
    });
    if (latestGraph !== id) return;
    // The figures in columns, transferred: the page builds their records bit by bit.
    const metrics = packMetrics(metricsOf(graph, analysis));
    const packedAnalysis = packAnalysis(analysis);
    scope.postMessage(
      {
        id,
        kind: 'analysis',
        startedOn: opened,
        metrics,
        analysis: packedAnalysis,
        ms: performance.now() - t0,
      } satisfies PipelineReply,
      figureBuffers(metrics, packedAnalysis),
    );
  } catch (e) {
    post({ id, kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
