// The analysis in words, on the demo territory whose gaps were built in on purpose
// (data/demo/README.md).
import { demoGraph } from '../factory.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/analysis/analyze.ts';
import { coverageFindings, inBody, networkFindings } from '../../src/analysis/findings.ts';
import { shownNames } from '../../src/domain/person.ts';
import { defaultReference } from '../../src/domain/reference.ts';
import type { MaillageGraph } from '../../src/model/graph.ts';

const ref = defaultReference();
let graph: MaillageGraph;
let analysis: Analysis;

beforeAll(async () => {
  graph = demoGraph();
  analysis = await analyze(graph, ref);
});

describe('coverageFindings', () => {
  it('names the missing housing sector and residents in the CLS steering committee', () => {
    const copil = coverageFindings(analysis, ref).filter(
      (f) => f.scheme === 'CLS' && f.body === 'copil',
    );
    const text = copil.map((f) => f.message.fr).join('\n');
    expect(text).toMatch(/Logement/);
    expect(text).toMatch(/Habitant/);
    for (const f of copil) {
      expect(f.message.fr).toContain(inBody(ref, 'CLS', 'copil').fr);
      // The finding lights the members of the body, so the coordinator sees who is there.
      expect(f.actors).toEqual(analysis.coverage.CLS?.copil?.actors);
    }
  });

  it('lists required gaps as gaps and recommendations as hints', () => {
    for (const f of coverageFindings(analysis, ref)) {
      expect(f.level).toBe(/requis/.test(f.message.fr) ? 'gap' : 'hint');
      expect(f.message.en).toMatch(f.level === 'gap' ? /required/ : /recommended/);
    }
  });
});

describe('networkFindings', () => {
  it('says who would cut whom off, the bridge, the isolated actors and the cut-off group', () => {
    const findings = networkFindings(analysis, graph, ref);
    const point = findings.find(
      (f) => f.kind === 'articulation-point' && f.actors[0] === 'coordination-asv-les-tilleuls',
    );
    expect(point?.message.fr).toMatch(/7 acteurs sont coupés du reste du réseau/);
    expect(findings.filter((f) => f.kind === 'bridge')).toHaveLength(1);
    const isolated = findings.find((f) => f.kind === 'isolated');
    expect(isolated?.actors).toHaveLength(4);
    expect(findings.filter((f) => f.kind === 'cut-off-group').map((f) => f.actors.length)).toEqual([
      4,
    ]);
    expect(findings.filter((f) => f.kind === 'sector-pair')).toHaveLength(14);
    expect(findings.some((f) => f.kind === 'cross-scheme')).toBe(true);
  });

  it('shows persons by their role or type when given the anonymous names', () => {
    const names = shownNames(
      graph.mapNodes((_, a) => a),
      ref,
      'fr',
      true,
    );
    const persons = graph.filterNodes((_, a) => names.get(a.id) !== a.name);
    expect(persons.length).toBeGreaterThan(0);
    const text = networkFindings(analysis, graph, ref, names)
      .map((f) => `${f.message.fr} ${f.message.en}`)
      .join('\n');
    for (const id of persons) {
      expect(text).not.toContain(graph.getNodeAttribute(id, 'name'));
    }
    // Without the names, the same sentences do name at least one of them.
    const plain = networkFindings(analysis, graph, ref)
      .map((f) => f.message.fr)
      .join('\n');
    expect(persons.some((id) => plain.includes(graph.getNodeAttribute(id, 'name')))).toBe(true);
  });
});
