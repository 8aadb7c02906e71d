// Frozen versions of a workspace: a snapshot of the graph as it is now, and the graph of a
// snapshot again (to compare it with another version or with the current state).
import type { MaillageGraph } from './graph.ts';
import { graphContents, rebuildGraph } from './rebuild.ts';
import type { WorkspaceVersion } from './workspace-document.ts';

/** The graph's actors and merged links, kept under a name and a date. */
export function freezeVersion(
  graph: MaillageGraph,
  name: string,
  date: Date,
  taken: readonly WorkspaceVersion[],
): WorkspaceVersion {
  // A copy: later edits of the workspace must not reach the frozen version.
  const { actors, links } = structuredClone(graphContents(graph));
  const ids = new Set(taken.map((v) => v.id));
  let n = taken.length + 1;
  while (ids.has(`v${n}`)) n++;
  return { id: `v${n}`, name: name.trim(), date: date.toISOString(), actors, links };
}

/** A version's graph, as the workspace file rebuilds its own. */
export function versionGraph(version: WorkspaceVersion): MaillageGraph {
  return rebuildGraph(version.actors, version.links);
}
