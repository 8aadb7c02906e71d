// The one factory for the tests' data: actors, links, graphs, workspaces, CSV texts and bytes,
// the default reference and the demo territory. Domain-specific fixture data (the compare
// pair, the karate club, hostile names…) lives beside its tests and is built through these.
import { readFileSync } from 'node:fs';
import type { Workspace } from '../src/app/workspace.ts';
import { defaultReference } from '../src/domain/reference.ts';
import type { Actor, ImportResult, InputFile, Link, ReferenceData } from '../src/domain/types.ts';
import { importFiles } from '../src/import/index.ts';
import { buildGraph, type MaillageGraph } from '../src/model/graph.ts';
import type { WorkerMetrics } from '../src/workers/protocol.ts';

/** The reference data shipped with the app (data/*.json). */
export const REF: ReferenceData = defaultReference();

/** An actor of the inventory "acteurs.csv", named after its id unless `fields` says otherwise. */
export function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return {
    id,
    name: id,
    type: 'autre',
    sectors: [],
    schemes: {},
    groups: {},
    attributes: {},
    files: ['acteurs.csv'],
    sources: [],
    ...fields,
  };
}

/** An undirected link of "liens.csv" between two actor ids. */
export function link(source: string, target: string, fields: Partial<Link> = {}): Link {
  return {
    source,
    target,
    types: [],
    schemes: [],
    directed: false,
    attributes: {},
    files: ['liens.csv'],
    sources: [],
    ...fields,
  };
}

/** A graph of actors named by ids (or given whole), linked by "a-b" pairs (or links given whole). */
export function graphOf(
  actors: readonly (string | Actor)[],
  links: readonly (string | Link)[] = [],
): MaillageGraph {
  return buildGraph(
    actors.map((a) => (typeof a === 'string' ? actor(a) : a)),
    links.map((l) => {
      if (typeof l !== 'string') return l;
      const [a, b] = l.split('-') as [string, string];
      return link(a, b);
    }),
  );
}

/** The metrics the pipeline worker sends with a graph (no centrality yet, unless said). */
export function workerMetrics(fields: Partial<WorkerMetrics> = {}): WorkerMetrics {
  return {
    nodes: {},
    bridges: [],
    communities: 0,
    components: 1,
    isolated: 0,
    centrality: false,
    ...fields,
  };
}

/** A workspace as the app holds it once the worker has answered, over `graph`. */
export function workspaceOf(graph: MaillageGraph, fields: Partial<Workspace> = {}): Workspace {
  return {
    serial: 1,
    graph,
    report: { files: [], issues: [], doubtful: [] },
    metrics: workerMetrics(),
    positions: null,
    analysis: null,
    demo: false,
    title: 't',
    ms: 1,
    ...fields,
  };
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Rows → CSV text as a spreadsheet writes it (`;` by default, quoted only when needed,
 * nothing neutralised: the cells are the test's input, formulas included). */
export function csv(rows: readonly (readonly string[])[], d = ';', eol = '\r\n'): string {
  const q = (s: string) =>
    s.includes(d) || s.includes('\n') || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
  return rows.map((r) => r.map(q).join(d)).join(eol) + eol;
}

/** The demo territory's two files, as the app ships them. */
export function demoFiles(): InputFile[] {
  return ['acteurs.csv', 'liens.csv'].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(new URL(`../data/demo/${name}`, import.meta.url))),
  }));
}

/** The demo territory through the real import, and its graph. */
export function demo(): { result: ImportResult; graph: MaillageGraph } {
  const result = importFiles(demoFiles(), REF);
  return { result, graph: buildGraph(result.actors, result.links) };
}

export function demoGraph(): MaillageGraph {
  return demo().graph;
}
