import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type AnalysisDraft } from '../../src/analysis/analyze.ts';
import { actorsAhead } from '../../src/cli/actors-ahead.ts';
import { jsonChunks, renderAhead } from '../../src/cli/json-stream.ts';
import { earlyJson, toJson } from '../../src/cli/to-json.ts';
import type { ImportReport } from '../../src/domain/types.ts';
import { buildGraph, type MaillageGraph } from '../../src/model/graph.ts';
import { actor, demo, link, REF } from '../factory.ts';
import { xmlHostileGraph } from '../model/helpers.ts';

const noReport: ImportReport = { files: [], issues: [], doubtful: [] };

/** The analysis with its draft, as `maillage analyze` receives both. */
async function analysed(
  graph: MaillageGraph,
): Promise<{ draft: AnalysisDraft; analysis: Analysis }> {
  let draft: AnalysisDraft | undefined;
  const analysis = await analyze(graph, REF, { onDraft: (d) => void (draft = d) });
  if (!draft) throw new Error('no draft');
  return { draft, analysis };
}

/** The command's JSON with the actors written ahead, and the same document written whole. */
async function bothTexts(report: ImportReport, graph: MaillageGraph, size = 1 << 20) {
  const { draft, analysis } = await analysed(graph);
  const early = earlyJson(report, graph);
  const actors: NonNullable<typeof early.actors> = [];
  const rendered = new Map(renderAhead([early.links, early.import])).set(
    actors,
    actorsAhead(graph, draft)(analysis),
  );
  const ahead = [
    ...jsonChunks(toJson(report, graph, analysis, { ...early, actors }), size, rendered),
  ].join('');
  const whole = JSON.stringify(toJson(report, graph, analysis), null, 2) + '\n';
  return { ahead, whole };
}

describe('actorsAhead', () => {
  it('writes the demo byte for byte as the whole document would be written', async () => {
    const { result, graph } = demo();
    const { ahead, whole } = await bothTexts(
      { files: result.files, issues: result.issues, doubtful: result.doubtful },
      graph,
    );
    expect(ahead).toBe(whole);
    expect(JSON.parse(ahead).actors).toHaveLength(graph.order);
  });

  it('keeps hostile names, quotes, control characters and lone surrogates exact, in small chunks', async () => {
    const { ahead, whole } = await bothTexts(noReport, xmlHostileGraph(), 100);
    expect(ahead).toBe(whole);
  });

  it('writes more actors than one group, isolated ones and figures of every kind', async () => {
    const actors = Array.from({ length: 2500 }, (_, i) =>
      actor(`a${i}`, { name: `Acteur ${i} « é »\n${i}`, territory: i % 2 ? 'Nord' : undefined }),
    );
    const links = actors.slice(1, 2000).map((a, i) => link(actors[i]!.id, a.id));
    const { ahead, whole } = await bothTexts(noReport, buildGraph(actors, links));
    expect(ahead).toBe(whole);
    const written = JSON.parse(ahead).actors as { betweenness: number; closeness: number }[];
    expect(written.some((a) => a.betweenness > 0)).toBe(true);
    expect(written.some((a) => a.closeness === 0)).toBe(true);
  });

  it('lets each actor text go once written', async () => {
    const graph = buildGraph([actor('a'), actor('b')], [link('a', 'b')]);
    const { draft, analysis } = await analysed(graph);
    const finish = actorsAhead(graph, draft);
    const first = [...finish(analysis)].join('');
    expect(JSON.parse(first)).toHaveLength(2);
    expect([...finish(analysis)].join('')).not.toContain('"id"');
  });
});
