// The import session driven with a stand-in worker (session-harness.ts): which import
// speaks, what a failure says, the saved mappings applied and undone, the mapping dialog,
// the map-shown hand-off, a superseded import's work stopped.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphOf, REF } from '../factory.ts';
import { FCOSE_MAX } from '../../src/layout/fcose.ts';
import { AUTOSAVE_NAME } from '../../src/app/import-session.ts';
import { CURRENT } from '../../src/app/state.ts';
import { analyze, type Analysis } from '../../src/analysis/analyze.ts';
import type { MaillageGraph } from '../../src/model/graph.ts';
import type { PipelineReply } from '../../src/workers/protocol.ts';
import { packGraph, unpackGraph } from '../../src/workers/graph-transfer.ts';
import { packAnalysis, packMetrics } from '../../src/workers/metrics-transfer.ts';
import { smallGraph } from '../map/helpers.ts';
import {
  firstReport,
  harness,
  inputs,
  METRICS,
  reportOf,
  SAVED,
  userFiles,
  analysisOf,
  onScreen,
  replaceWith,
} from './session-harness.ts';

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyze(smallGraph(), REF);
});

describe('import session', () => {
  it('shows the latest import only: an older graph arriving late, or still being built, is dropped', async () => {
    const h = harness();
    await h.session.importFiles(userFiles('a.csv'));
    await h.session.importFiles(userFiles('b.csv'));
    expect(h.runs.map((r) => r.files.map((f) => f.name))).toEqual([['a.csv'], ['b.csv']]);
    h.graphReply(1, inputs('a.csv'));
    expect(h.builds).toHaveLength(0);

    h.graphReply(2, inputs('b.csv'));
    await h.session.importFiles(userFiles('c.csv'));
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    expect(h.of('workspace')).toHaveLength(0);

    h.graphReply(3, inputs('c.csv'));
    h.builds[1]?.resolve(smallGraph());
    await h.settle();
    const [shown] = h.of('workspace');
    expect(shown?.workspace.title).toBe('c.csv');
    expect(h.session.importId()).toBe(3);
  });

  it('stops rebuilding a graph once a newer import is chosen, without a word', async () => {
    const outcomes: Promise<string>[] = [];
    let chunks = 0;
    const h = harness({
      // The page's rebuild, counting its chunks.
      build: (graph, pause) => {
        const built = unpackGraph(graph, async () => {
          chunks++;
          await pause();
        });
        outcomes.push(
          built.then(
            () => 'built',
            () => 'stopped',
          ),
        );
        return built;
      },
    });
    await h.session.importFiles(userFiles('a.csv'));
    h.graphReply(1, inputs('a.csv'));
    await h.session.importFiles(userFiles('b.csv'));
    expect(await outcomes[0]).toBe('stopped');
    expect(chunks).toBe(1);
    await h.settle();
    expect(h.of('workspace')).toHaveLength(0);
    expect(h.of('failed')).toHaveLength(0);
    // The newer import is built and shown.
    h.graphReply(2, inputs('b.csv'));
    expect(await outcomes[1]).toBe('built');
    await h.settle();
    expect(h.of('workspace').map((w) => w.workspace.title)).toEqual(['b.csv']);
  });

  it('hands the analysis to the workspace it belongs to, once the map is on screen', async () => {
    const h = harness();
    await h.session.importFiles(userFiles('a.csv'));
    h.graphReply(1, inputs('a.csv'));
    // The analysis arrives while the graph is being built: it waits for the workspace.
    h.runs[0]?.onReply({
      id: 1,
      kind: 'analysis',
      metrics: packMetrics({ ...METRICS, centrality: true }),
      analysis: packAnalysis(analysis),
      ms: 1,
      startedOn: 'timeout',
    });
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    const serial = h.of('workspace')[0]?.workspace.serial ?? -1;
    expect(h.of('analysis').map((a) => a.serial)).toEqual([serial]);
    // Sent in columns, given back as the worker computed them.
    expect(h.of('analysis')[0]?.analysis).toEqual(analysis);
    expect(h.of('analysis')[0]?.metrics).toEqual({ ...METRICS, centrality: true });
    h.session.mapShown(serial + 1, true);
    h.session.mapShown(serial, true);
    h.session.mapShown(serial, true);
    expect(h.shown).toEqual([1]);
  });

  it('lets the analysis of a map of at most FCOSE_MAX actors start once the map is interactive, a bigger one at its picture', async () => {
    /** The serial of a workspace opened on `graph`, and what the worker was told. */
    const opened = async (graph: MaillageGraph) => {
      const h = harness();
      await h.session.importFiles(userFiles('a.csv'));
      h.graphReply(1, inputs('a.csv'));
      h.builds[0]?.resolve(graph);
      await h.settle();
      return { h, serial: h.of('workspace')[0]?.workspace.serial ?? -1 };
    };
    const small = await opened(smallGraph());
    small.h.session.mapShown(small.serial, false);
    expect(small.h.shown).toEqual([]);
    small.h.session.mapShown(small.serial, true);
    expect(small.h.shown).toEqual([1]);

    const ids = Array.from({ length: FCOSE_MAX + 1 }, (_, i) => `actor-${i}`);
    const big = await opened(graphOf(ids));
    big.h.session.mapShown(big.serial, false);
    expect(big.h.shown).toEqual([1]);
  });

  it('shows the graph with its quick metrics, which come after it, and only its own', async () => {
    const h = harness();
    await h.session.importFiles(userFiles('a.csv'));
    h.runs[0]?.onReply({
      id: 1,
      kind: 'graph',
      graph: packGraph(smallGraph()),
      report: reportOf(inputs('a.csv')),
      positions: null,
      ms: 1,
    });
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    // The graph is built; the workspace waits for its metrics.
    expect(h.of('workspace')).toHaveLength(0);
    const other = { ...METRICS, communities: 9 };
    h.runs[0]?.onReply({ id: 2, kind: 'quick', metrics: packMetrics(other) });
    await h.settle();
    expect(h.of('workspace')).toHaveLength(0);
    const own = { ...METRICS, communities: 3 };
    h.runs[0]?.onReply({ id: 1, kind: 'quick', metrics: packMetrics(own) });
    await h.settle();
    await h.settle();
    expect(h.of('workspace').map((w) => w.workspace.metrics)).toEqual([own]);
  });

  it('says why an import failed, in each step that can fail, and keeps the map', async () => {
    const h = harness();
    h.ports.readFiles = () => Promise.reject(new Error('unreadable'));
    await h.session.importFiles(userFiles('a.csv'));
    h.ports.readFiles = (files) => Promise.resolve(inputs(...files.map((f) => f.name)));

    await h.session.importFiles(userFiles('a.csv'));
    h.graphReply(1, inputs('a.csv'));
    h.builds[0]?.reject(new Error('bad chunk'));
    await h.settle();

    await h.session.importFiles(userFiles('b.csv'));
    h.runs[1]?.onReply({ id: 2, kind: 'error', message: 'worker died' });

    h.ports.run = () => {
      throw new Error('could not clone');
    };
    await h.session.importFiles(userFiles('c.csv'));

    expect(h.of('failed').map((a) => [a.step, a.detail])).toEqual([
      ['import', 'unreadable'],
      ['import', 'bad chunk'],
      ['import', 'worker died'],
      ['import', 'could not clone'],
    ]);
    expect(h.of('workspace')).toHaveLength(0);
  });

  it('tells a worker failing between a graph and its quick metrics, once; the map on screen stays the current one', async () => {
    const { h, serial } = await onScreen();
    await replaceWith(h, 'b.csv');
    h.graphOnly(2, inputs('b.csv'));
    // The worker's error (quickMetrics threw, or its `error` event) before the metrics.
    h.runs[1]?.onReply({ id: 2, kind: 'error', message: 'quick metrics failed' });
    await h.settle();
    expect(h.of('failed').map((a) => [a.step, a.detail])).toEqual([
      ['import', 'quick metrics failed'],
    ]);
    // Told before the graph is even built; built later, it is not shown.
    h.builds[1]?.resolve(smallGraph());
    await h.settle();
    expect(h.of('failed')).toHaveLength(1);
    expect(h.of('workspace')).toHaveLength(1);
    // The map on screen is still the current import's: its analysis still reaches it.
    expect(h.session.importId()).toBe(1);
    h.runs[1]?.onReply(analysisOf(1, analysis));
    await h.settle();
    expect(h.of('analysis').map((a) => a.serial)).toEqual([serial]);
  });

  it('lets go of a graph waiting for its quick metrics when a newer import starts or the session is disposed', async () => {
    const { h } = await onScreen();
    await replaceWith(h, 'b.csv');
    h.graphOnly(2, inputs('b.csv'));
    h.builds[1]?.resolve(smallGraph());
    // A newer import, which reads nothing: the map on screen stays, and stays current.
    await replaceWith(h, 'c.csv');
    h.runs[2]?.onReply({ id: 3, kind: 'empty', report: reportOf(inputs('c.csv')), ms: 1 });
    // Import 2's worker failed meanwhile: an older import's error is no one's to tell.
    h.runs[2]?.onReply({ id: 2, kind: 'error', message: 'quick metrics failed' });
    await h.settle();
    expect(h.session.importId()).toBe(1);
    expect(h.of('failed')).toHaveLength(0);

    await replaceWith(h, 'd.csv');
    h.graphOnly(4, inputs('d.csv'));
    h.builds[2]?.resolve(smallGraph());
    h.session.dispose();
    await h.settle();
    expect(h.session.importId()).toBe(1);
    // Metrics still coming from the ended worker are no one's.
    h.runs[3]?.onReply({ id: 4, kind: 'quick', metrics: packMetrics(METRICS) });
    await h.settle();
    expect(h.of('workspace')).toHaveLength(1);
    expect(h.of('failed')).toHaveLength(0);
  });

  it('says so when the analysis of the map on screen cannot be read', async () => {
    const { h } = await onScreen();
    const unreadable = {
      ...analysisOf(1, analysis),
      metrics: { ...packMetrics(METRICS), nodes: null },
    };
    h.runs[0]?.onReply(unreadable as unknown as PipelineReply);
    await h.settle();
    expect(h.of('failed').map((a) => a.step)).toEqual(['import']);
    expect(h.of('analysis')).toHaveLength(0);
  });

  it('says when the demo cannot be opened, and opens the demo when the autosave no longer opens', async () => {
    const h = harness();
    h.ports.demoFiles = () => Promise.reject(new Error('offline'));
    await h.session.openDemo();
    expect(h.of('failed').map((a) => [a.step, a.detail])).toEqual([['open', 'offline']]);

    h.ports.demoFiles = () => Promise.resolve(inputs('acteurs.csv'));
    h.session.openAutosave('{"broken"');
    expect(h.runs[0]?.files.map((f) => f.name)).toEqual([AUTOSAVE_NAME]);
    h.runs[0]?.onReply({ id: 1, kind: 'error', message: 'not a workspace' });
    await h.settle();
    expect(h.of('forget')).toHaveLength(1);
    expect(h.runs[1]?.files.map((f) => f.name)).toEqual(['acteurs.csv']);
    expect(h.of('failed')).toHaveLength(1);
  });

  it('reads a file again with a saved mapping for its headers, and undoes it on request', async () => {
    const files = inputs('sans-nom.csv', 'acteurs.csv');
    const h = harness({ read: files, mappings: [SAVED] });
    await h.session.importFiles(userFiles('sans-nom.csv', 'acteurs.csv'));
    h.graphReply(1, files);
    // Read again at once, with the columns mapped, and nothing shown of the first reading.
    expect(h.runs).toHaveLength(2);
    expect(h.runs[1]?.files[0]?.columns).toEqual(SAVED.columns);
    expect(h.builds).toHaveLength(0);
    expect(h.session.snapshot().applied.map((f) => f.name)).toEqual(['sans-nom.csv']);

    h.session.undoApplied();
    expect(h.runs).toHaveLength(3);
    expect(h.runs[2]?.files[0]?.columns).toBeUndefined();
    expect(h.session.snapshot().applied).toEqual([]);
    // Undone: neither applied nor offered again.
    h.graphReply(3, files);
    expect(h.runs).toHaveLength(3);
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    expect(h.of('workspace')).toHaveLength(1);
    expect(h.session.snapshot().mapping).toBeNull();
  });

  it('offers the mapping of a file with no name column; applying it saves it and reads again', async () => {
    const files = inputs('sans-nom.csv');
    const h = harness({ read: files });
    await h.session.importFiles(userFiles('sans-nom.csv'));
    h.runs[0]?.onReply({ id: 1, kind: 'empty', report: reportOf(files), ms: 1 });
    const offered = h.session.snapshot().mapping;
    expect(offered?.name).toBe('sans-nom.csv');
    expect(h.of('empty')).toHaveLength(1);
    if (!offered) return;

    h.session.applyMapping(offered, SAVED.columns, 'actors');
    expect(h.of('mappings')[0]?.mappings.map((m) => m.signature)).toEqual([SAVED.signature]);
    expect(h.session.snapshot().mapping).toBeNull();
    expect(h.runs[1]?.files[0]?.columns).toEqual(SAVED.columns);
    expect(h.of('reportOpen').at(-1)?.open).toBe(false);
  });

  it('does not offer again a mapping the user closed', async () => {
    const files = inputs('sans-nom.csv');
    const h = harness({ read: files });
    await h.session.importFiles(userFiles('sans-nom.csv'));
    h.runs[0]?.onReply({ id: 1, kind: 'empty', report: reportOf(files), ms: 1 });
    h.session.closeMapping();
    expect(h.session.snapshot().mapping).toBeNull();
    h.session.chooseEncoding(firstReport(files), 'windows-1252');
    expect(h.runs[1]?.files[0]?.encoding).toBe('windows-1252');
    h.runs[1]?.onReply({ id: 2, kind: 'empty', report: reportOf(files), ms: 1 });
    expect(h.session.snapshot().mapping).toBeNull();
  });

  it('keeps the report open after the user chose an encoding in it', async () => {
    const files = inputs('acteurs.csv');
    const h = harness({ read: files });
    await h.session.importFiles(userFiles('acteurs.csv'));
    expect(h.session.canEncode(firstReport(files))).toBe(true);
    h.session.chooseEncoding(firstReport(files), 'windows-1252');
    h.graphReply(2, files);
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    expect(h.of('workspace')[0]?.openReport).toBe(true);
  });

  it('tells the screen of each change, and the storage the worker reports', async () => {
    const h = harness();
    let changes = 0;
    const stop = h.session.subscribe(() => changes++);
    await h.session.importFiles(userFiles('a.csv'));
    h.runs[0]?.onReply({ id: 1, kind: 'saved', kept: false });
    expect(h.session.snapshot().storage).toBe('refused');
    expect(changes).toBe(2);
    stop();
    h.runs[0]?.onReply({ id: 1, kind: 'saved', kept: true });
    expect(changes).toBe(2);
  });
});

describe('importing into a workspace that has data', () => {
  /** A harness whose first import of the user's files is on screen. */
  async function withTerritory(options: Parameters<typeof harness>[0] = {}) {
    const h = harness(options);
    await h.session.importFiles(userFiles('a.csv'));
    h.graphReply(1, inputs('a.csv'));
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    return h;
  }

  it('does not ask over the demo territory', async () => {
    const h = harness();
    await h.session.openDemo();
    h.graphReply(1, inputs('acteurs.csv'));
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    await h.session.importFiles(userFiles('b.csv'));
    expect(h.session.snapshot().pending).toBeNull();
    expect(h.runs).toHaveLength(2);
  });

  it('asks first, and offers only what the app can do', async () => {
    const h = await withTerritory();
    await h.session.importFiles(userFiles('b.csv'));
    expect(h.runs).toHaveLength(1);
    expect(h.session.snapshot().pending).toEqual({ files: ['b.csv'], choices: ['replace', 'add'] });
    h.session.chooseImport(null);
    expect(h.session.snapshot().pending).toBeNull();
    expect(h.runs).toHaveLength(1);
  });

  it('adds: all the files read together', async () => {
    const h = await withTerritory();
    await h.session.importFiles(userFiles('b.csv'));
    h.session.chooseImport('add');
    expect(h.runs[1]?.files.map((f) => f.name)).toEqual(['a.csv', 'b.csv']);
    h.graphReply(2, inputs('a.csv', 'b.csv'));
    h.builds[1]?.resolve(smallGraph());
    await h.settle();
    expect(h.of('views')).toEqual([]);
  });

  it('replaces: the new files alone, and the views of the old territory go', async () => {
    const h = await withTerritory();
    await h.session.importFiles(userFiles('b.csv'));
    h.session.chooseImport('replace');
    expect(h.runs[1]?.files.map((f) => f.name)).toEqual(['b.csv']);
    h.graphReply(2, inputs('b.csv'));
    h.builds[1]?.resolve(smallGraph());
    await h.settle();
    expect(h.of('views')).toEqual([{ type: 'views', views: [] }]);
  });

  it('keeps a version first when the versions’ work is there, then compares', async () => {
    const kept: string[] = [];
    const h = harness();
    h.ports.keepAsVersion = (name) => {
      kept.push(name);
      return 'v-1';
    };
    await h.session.importFiles(userFiles('a.csv'));
    h.graphReply(1, inputs('a.csv'));
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    await h.session.importFiles(userFiles('b.csv'));
    expect(h.session.snapshot().pending?.choices).toEqual(['version', 'replace', 'add']);
    h.session.chooseImport('version', 'Diagnostic 2023');
    expect(kept).toEqual(['Diagnostic 2023']);
    // The new files alone become the workspace; its views stay (the same territory).
    expect(h.runs[1]?.files.map((f) => f.name)).toEqual(['b.csv']);
    expect(h.of('compare')).toEqual([]);
    h.graphReply(2, inputs('b.csv'));
    h.builds[1]?.resolve(smallGraph());
    await h.settle();
    expect(h.of('views')).toEqual([]);
    expect(h.of('compare')).toEqual([
      { type: 'compare', comparison: { before: 'v-1', after: CURRENT } },
    ]);
  });

  it('freezes nothing when the question is cancelled', async () => {
    const kept: string[] = [];
    const h = harness();
    h.ports.keepAsVersion = (name) => {
      kept.push(name);
      return 'v-1';
    };
    await h.session.importFiles(userFiles('a.csv'));
    h.graphReply(1, inputs('a.csv'));
    h.builds[0]?.resolve(smallGraph());
    await h.settle();
    await h.session.importFiles(userFiles('b.csv'));
    h.session.chooseImport(null, 'V');
    expect(kept).toEqual([]);
    expect(h.runs).toHaveLength(1);
  });
});
