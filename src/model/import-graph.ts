// Files → import → graph, the same steps for `maillage` and the app's pipeline worker: the
// files the caller could not read join the report as files that gave nothing, and an import
// that produced no actor gives no graph (the report says why: `whyNoActor`).
import type {
  Actor,
  FileReport,
  ImportIssue,
  InputFile,
  Link,
  ReferenceData,
  ImportReport,
} from '../domain';
import { importInputs, emptyFileReport } from '../import';
import { buildGraph, type MaillageGraph } from './graph.ts';

export interface ImportedGraph {
  /** The import's report (the actors and links are in the graph). */
  report: ImportReport;
  /** null when no actor could be imported: nothing to draw or analyse. */
  graph: MaillageGraph | null;
}

export interface ImportGraphOptions {
  /** One file-level issue for each file the caller could not read: first in the report. */
  unread?: readonly ImportIssue[];
  /** Issues the caller finds once the files are read (the CLI's `--column` headers that no
   * file holds), listed after the unread files'. */
  checks?: (files: readonly FileReport[]) => ImportIssue[];
  /** Called once the files are read, when there are actors to build the graph from, with
   * those actors and links (the command line starts the centrality kernel on them). */
  onGraph?: (actors: readonly Actor[], links: readonly Link[]) => void;
}

export async function importGraph(
  inputs: readonly InputFile[],
  ref: ReferenceData,
  options: ImportGraphOptions = {},
): Promise<ImportedGraph> {
  const imported = await importInputs(inputs, ref);
  const unread = options.unread ?? [];
  imported.issues.unshift(...unread, ...(options.checks?.(imported.files) ?? []));
  imported.files.unshift(...unread.map((issue) => emptyFileReport(issue.file)));
  const report = { files: imported.files, issues: imported.issues, doubtful: imported.doubtful };
  if (imported.actors.length === 0) return { report, graph: null };
  options.onGraph?.(imported.actors, imported.links);
  return { report, graph: buildGraph(imported.actors, imported.links) };
}

/** Why an import gave no actor: its errors, and the file-level warnings that say why a file
 * gave nothing (a header alone, a sheet left empty). */
export function whyNoActor(report: ImportReport): ImportIssue[] {
  return report.issues.filter(
    (i) => i.severity === 'error' || (i.severity === 'warning' && i.line === undefined),
  );
}
