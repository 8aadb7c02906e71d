// The comparison the app shows: the two states chosen (frozen versions, or the workspace as
// it is now) turned into graphs and compared by the analysis layer's engine.
import {
  compareVersions,
  ruleChanges,
  versionOf,
  type Coverage,
  type RuleChange,
  type VersionDiff,
} from '../../../analysis';
import type { CrossSchemeRuleSettings, ReferenceData } from '../../../domain';
import { versionGraph, type MaillageGraph, type WorkspaceVersion } from '../../../model';
import { CURRENT, type Comparison } from '../../state.ts';
import type { Workspace } from '../../workspace.ts';
import { shownDiff } from './shown-diff.ts';

export interface ShownComparison {
  before: string;
  after: string;
  diff: VersionDiff;
  /** The workspace's cross-scheme rules checked on each side. */
  rules: RuleChange[];
}

/** A state's name: the version's, or `currentName` for the workspace as it is now. */
export function stateName(
  id: string,
  versions: readonly WorkspaceVersion[],
  currentName: string,
): string {
  return id === CURRENT ? currentName : (versions.find((v) => v.id === id)?.name ?? id);
}

/** The differences between the two states chosen; null when one of them is not there.
 * `ref` holds the expected composition in force, and `currentCoverage` the workspace's
 * coverage under it (the worker's analysis knows only the default one): both sides are
 * read against the same composition. `shownNames` (anonymous mode) gives the names the app
 * shows on a side: the comparison then names actors by them (shown-diff.ts). */
export function compareStates(
  comparison: Comparison,
  versions: readonly WorkspaceVersion[],
  workspace: Workspace | null,
  ref: ReferenceData,
  currentName: string,
  currentCoverage: Coverage | null = null,
  rules: CrossSchemeRuleSettings | null = null,
  shownNames: ((graph: MaillageGraph) => ReadonlyMap<string, string>) | null = null,
): ShownComparison | null {
  const side = (id: string) => {
    if (id === CURRENT) {
      if (!workspace) return null;
      const analysis = workspace.analysis;
      const { graph } = workspace;
      return {
        graph,
        version: versionOf(
          graph,
          ref,
          analysis ? { ...analysis, coverage: currentCoverage ?? analysis.coverage } : undefined,
        ),
      };
    }
    const found = versions.find((v) => v.id === id);
    if (!found) return null;
    const graph = versionGraph(found);
    return { graph, version: versionOf(graph, ref) };
  };
  const before = side(comparison.before);
  const after = side(comparison.after);
  if (!before || !after) return null;
  return {
    before: stateName(comparison.before, versions, currentName),
    after: stateName(comparison.after, versions, currentName),
    diff: shownNames
      ? shownDiff(compareVersions(before.version, after.version, ref), {
          before: shownNames(before.graph),
          after: shownNames(after.graph),
        })
      : compareVersions(before.version, after.version, ref),
    rules: ruleChanges(before.graph, after.graph, rules),
  };
}

/** The counts of the summary table, one row per kind: gained, lost, changed (null: none). */
export function diffCounts(diff: VersionDiff) {
  const sum = (f: (b: VersionDiff['coverage'][number]) => number) =>
    diff.coverage.reduce((n, b) => n + f(b), 0);
  return {
    actors: [diff.actors.added.length, diff.actors.removed.length, diff.actors.changed.length],
    links: [diff.links.added.length, diff.links.removed.length, diff.links.changed.length],
    sectors: [sum((b) => b.sectors.added.length), sum((b) => b.sectors.removed.length), null],
    types: [sum((b) => b.types.added.length), sum((b) => b.types.removed.length), null],
    isolated: [diff.isolated.newlyIsolated.length, diff.isolated.foundPartners.length, null],
    points: [diff.articulationPoints.added.length, diff.articulationPoints.removed.length, null],
  } as const;
}
