import { actor, link } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { analyze, startCentrality, type AnalysisDraft } from '../../src/analysis/analyze.ts';
import type { ActorMetrics } from '../../src/analysis/metrics.ts';
import { inThreadRunner, type CentralityRunner } from '../../src/analysis/centrality.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { reference } from './fixtures.ts';

const ref = reference();
ref.expected = [
  {
    scheme: 'CLSM',
    body: 'copil',
    rules: [{ level: 'required', kind: 'type', anyOf: ['etablissement-sante'] }],
  },
];
const actors = [
  actor('mairie', { type: 'collectivite', schemes: { CLS: ['copil'], CLSM: ['copil'] } }),
  actor('ars', { type: 'ars', schemes: { CLS: ['copil'] } }),
  actor('ch', { type: 'etablissement-sante', sectors: ['sante-mentale'], schemes: { CLSM: [] } }),
  actor('asv', { type: 'collectivite', schemes: { ASV: ['coordination'] } }),
  actor('gem', { type: 'association', schemes: { CLSM: ['pleniere'] } }),
  actor('seul', { type: 'habitant' }),
];
const links = [
  link('mairie', 'ars', { strength: 3 }),
  link('mairie', 'ch'),
  link('ch', 'gem'),
  link('asv', 'gem'),
  link('ars', 'mairie', { types: ['cofinancement'] }),
];
const graph = buildGraph(actors, links);

describe('analyze', () => {
  it('takes the centralities started on the actors and links before the graph was built', async () => {
    const ranges: [number, number][][] = [];
    const runner: CentralityRunner = (g, asked) => {
      ranges.push(asked);
      return inThreadRunner(g, asked);
    };
    const centrality = startCentrality(actors, links, runner);
    // Handed to the runner at once, before any graph exists.
    expect(ranges.length).toBe(1);
    const early = await analyze(buildGraph(actors, links), ref, { centrality });
    expect(early).toEqual(await analyze(graph, ref));
    expect(early.actors['mairie']?.betweenness).toBeGreaterThan(0);
  });

  it('puts every part together', async () => {
    const result = await analyze(graph, ref);
    expect(result.summary).toEqual({
      actors: 6,
      links: 4,
      components: 2,
      density: (2 * 4) / (6 * 5),
      isolated: 1,
      communities: result.summary.communities,
    });
    expect(Object.keys(result.actors)).toEqual(['mairie', 'ars', 'ch', 'asv', 'gem', 'seul']);
    expect(result.actors.mairie).toMatchObject({ degree: 2, weightedDegree: 4 });
    // Path ars–mairie–ch–gem–asv among 6 actors: ch is on 2·2 = 4 of the 10 pairs.
    expect(result.actors.ch?.betweenness).toBeCloseTo(4 / 10, 12);
    expect(result.coverage.CLSM?.copil?.missingTypes).toEqual(['etablissement-sante']);
    expect(result.missingLinks.isolated).toEqual(['seul']);
    expect(result.missingLinks.components).toEqual([]);
    expect(result.articulation.articulationPoints).toEqual([
      { id: 'ch', cutOff: 2 },
      { id: 'mairie', cutOff: 1 },
      { id: 'gem', cutOff: 1 },
    ]);
    expect(result.articulation.bridges).toHaveLength(4);
    expect(result.crossSchemeRules).toEqual([
      expect.objectContaining({
        rule: 'asv-coordinator-in-clsm-copil',
        ok: false,
        actors: ['asv'],
      }),
    ]);
    expect(result.missingLinks.suggested.length).toBeGreaterThan(0);
  });

  it('is plain data (JSON round trip) and reproducible', async () => {
    const first = await analyze(graph, ref);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(await analyze(graph, ref)).toEqual(first);
  });

  it('runs the kernel through the runner it is given, and honours `suggestions`', async () => {
    let calls = 0;
    const counting: CentralityRunner = async (g, ranges) => {
      calls++;
      return inThreadRunner(g, ranges);
    };
    const result = await analyze(graph, ref, { runner: counting, suggestions: 1 });
    expect(calls).toBe(1);
    expect(result.missingLinks.suggested).toHaveLength(1);
  });

  it('runs every other pass while the kernel runs, with the same result', async () => {
    const alone = await analyze(graph, ref);
    // A runner whose threads answer only when released: what analyze does meanwhile is
    // what it overlaps with the kernel.
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    let rangeCount = 0;
    const deferred: CentralityRunner = async (g, ranges) => {
      rangeCount = ranges.length;
      await answered;
      return inThreadRunner(g, ranges);
    };
    const pending = analyze(graph, ref, { runner: deferred });
    let settled = false;
    void pending.then(() => (settled = true));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(settled).toBe(false);
    release();
    expect(await pending).toEqual(alone);
    // More ranges than the former 4, so that a thread slowed by the other passes takes fewer.
    expect(rangeCount).toBeGreaterThan(4);
  });

  it('hands the analysis but the centralities to onDraft before the kernel ends', async () => {
    let release: (() => void) | undefined;
    const held: CentralityRunner = async (g, asked) => {
      await new Promise<void>((resolve) => (release = resolve));
      return inThreadRunner(g, asked);
    };
    let draft: AnalysisDraft | undefined;
    const pending = analyze(graph, ref, {
      runner: held,
      onDraft: (d) => {
        draft = d;
        release?.();
      },
    });
    const analysis = await pending;
    if (!draft) throw new Error('no draft');
    const { ids, actors: figures, ...parts } = draft;
    const { actors: metrics, ...rest } = analysis;
    expect(parts).toEqual(rest);
    expect(ids).toEqual(graph.nodes());
    expect(
      Object.fromEntries(ids.map((id, i) => [id, { ...figures[i], ...pick(metrics[id]) }])),
    ).toEqual(metrics);
    expect(metrics.mairie?.betweenness).toBeGreaterThan(0);
  });
});

function pick(metrics: ActorMetrics | undefined) {
  return { betweenness: metrics?.betweenness, closeness: metrics?.closeness };
}
