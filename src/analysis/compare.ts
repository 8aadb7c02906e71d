// Two versions of a territory compared — « Diagnostic 2023 » against « Évaluation 2026 », the
// CLS evaluation: actors and links gained and lost, natures and strengths changed, what each
// body gained or lost in sectors and actor types, isolated actors that found partners,
// articulation points that appeared or went away. Plain data: the CLI prints it, the app's
// panels, map and report read it; `compare-words.ts` says it in French and English.
//
// Ids: an entry of `added` carries the after version's ids, one of `removed` the before
// version's; a changed or kept actor carries both (`id` after, `beforeId`), a changed link
// the after version's. Actors are matched
// as compare-match.ts says (official identifiers, then id, then folded name).
import type { Actor, Link, ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import type { Analysis } from './analyze.ts';
import { cutPoints, type ArticulationPoint } from './articulation.ts';
import { diffCoverage, type BodyCoverageDiff } from './compare-coverage.ts';
import { diffLinks, type LinkChange, type LinkEntry } from './compare-links.ts';
import { matchActors, type ActorMatch, type MatchedBy } from './compare-match.ts';
import { computeCoverage, type Coverage } from './coverage.ts';
import { isolatedActors } from './missing-links.ts';

export type { BodyCoverageDiff, PresenceChange } from './compare-coverage.ts';
export type { LinkChange, LinkEntry } from './compare-links.ts';
export type { MatchedBy } from './compare-match.ts';

/** What a comparison reads of a version: an analysed workspace, or the parts it needs. */
export interface ComparedVersion {
  actors: readonly Actor[];
  /** The graph's merged links, or import rows (grouped here by pair and scheme). */
  links: readonly Link[];
  coverage: Coverage;
  articulationPoints: readonly ArticulationPoint[];
  /** Ids of the actors without any link. */
  isolated: readonly string[];
}

/** A version from its graph; the parts an analysis already holds are taken from it, the
 * others computed (coverage, cut vertices and isolated actors: no centrality needed). */
export function versionOf(
  graph: MaillageGraph,
  ref: ReferenceData,
  analysis?: Pick<Analysis, 'coverage' | 'articulation' | 'missingLinks'>,
): ComparedVersion {
  return {
    actors: graph.mapNodes((_id, actor) => actor),
    links: graph.mapEdges((_key, link) => link),
    coverage: analysis?.coverage ?? computeCoverage(graph, ref),
    articulationPoints:
      analysis?.articulation.articulationPoints ?? cutPoints(graph).articulationPoints,
    isolated: analysis?.missingLinks.isolated ?? isolatedActors(graph),
  };
}

export interface ActorRef {
  id: string;
  name: string;
}

export interface ActorEntry extends ActorRef {
  type: string;
  sectors: string[];
  /** Scheme ids the actor is a member of. */
  schemes: string[];
}

export type ActorFieldChange =
  | { field: 'name' | 'type' | 'role' | 'territory'; before: string | null; after: string | null }
  | { field: 'sectors' | 'schemes'; added: string[]; removed: string[] }
  | { field: 'bodies'; scheme: string; added: string[]; removed: string[] };

export interface KeptActor extends ActorRef {
  beforeId: string;
  beforeName: string;
  matchedBy: MatchedBy;
}

export interface ActorChange extends KeptActor {
  changes: ActorFieldChange[];
}

export interface IsolationChange extends KeptActor {
  /** foundPartners: its partners now (after ids); newlyIsolated: those it had (before ids). */
  partners: ActorRef[];
}

export interface ArticulationChange extends ActorRef {
  /** Actors cut off if it left, in the version the entry is listed from. */
  cutOff: number;
}

export type DiffStatus = 'added' | 'removed' | 'kept';

/** The map's marks: every actor and partnership of both versions, gained, lost or kept. */
export interface ActorMark extends ActorRef {
  /** Unique among the marks: the after id for kept and added actors, the before id for a
   * removed one (with `~before` appended in the rare case an after actor holds that id). */
  key: string;
  status: DiffStatus;
}

export interface LinkMark {
  /** Marks' keys of the two ends. */
  source: string;
  target: string;
  status: DiffStatus;
}

export interface VersionDiff {
  /** Links here are partnerships (pairs of actors), as analyze counts them. */
  summary: { before: { actors: number; links: number }; after: { actors: number; links: number } };
  actors: { added: ActorEntry[]; removed: ActorEntry[]; changed: ActorChange[] };
  links: { added: LinkEntry[]; removed: LinkEntry[]; changed: LinkChange[] };
  /** Only the bodies with a difference. */
  coverage: BodyCoverageDiff[];
  /** Among the actors of both versions. */
  isolated: { foundPartners: IsolationChange[]; newlyIsolated: IsolationChange[] };
  articulationPoints: { added: ArticulationChange[]; removed: ArticulationChange[] };
  marks: { actors: ActorMark[]; links: LinkMark[] };
}

const entryOf = (a: Actor): ActorEntry => ({
  id: a.id,
  name: a.name,
  type: a.type,
  sectors: [...a.sectors],
  schemes: Object.keys(a.schemes),
});

const keptOf = (m: ActorMatch): KeptActor => ({
  id: m.after.id,
  name: m.after.name,
  beforeId: m.before.id,
  beforeName: m.before.name,
  matchedBy: m.by,
});

/** `a` minus `b`, in `a`'s order. */
const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

/** Text fields compared as a reader would: trimmed, empty = absent. */
const text = (value: string | undefined): string | null => {
  const t = value?.trim() ?? '';
  return t === '' ? null : t;
};

export function actorChanges(before: Actor, after: Actor): ActorFieldChange[] {
  const changes: ActorFieldChange[] = [];
  for (const field of ['name', 'type', 'role', 'territory'] as const) {
    const [old, now] = [text(before[field]), text(after[field])];
    if (old !== now) changes.push({ field, before: old, after: now });
  }
  const sets = (field: 'sectors' | 'schemes', old: string[], now: string[]) => {
    const [added, removed] = [minus(now, old), minus(old, now)];
    if (added.length + removed.length > 0) changes.push({ field, added, removed });
  };
  sets('sectors', before.sectors, after.sectors);
  const [oldSchemes, newSchemes] = [Object.keys(before.schemes), Object.keys(after.schemes)];
  sets('schemes', oldSchemes, newSchemes);
  for (const scheme of newSchemes.filter((s) => oldSchemes.includes(s))) {
    const [old, now] = [before.schemes[scheme] ?? [], after.schemes[scheme] ?? []];
    const [added, removed] = [minus(now, old), minus(old, now)];
    if (added.length + removed.length > 0)
      changes.push({ field: 'bodies', scheme, added, removed });
  }
  return changes;
}

/** Id → partners' ids, from a version's links. */
function partnersOf(links: readonly Link[]): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = partners.get(a);
    if (set) set.add(b);
    else partners.set(a, new Set([b]));
  };
  for (const link of links) {
    if (link.source === link.target) continue;
    add(link.source, link.target);
    add(link.target, link.source);
  }
  return partners;
}

export function compareVersions(
  before: ComparedVersion,
  after: ComparedVersion,
  ref: ReferenceData,
): VersionDiff {
  const matching = matchActors(before.actors, after.actors);
  const oldById = new Map(before.actors.map((a) => [a.id, a]));
  const newById = new Map(after.actors.map((a) => [a.id, a]));
  const afterIdOf = new Map(matching.kept.map((m) => [m.before.id, m.after.id]));
  const matchOfAfter = new Map(matching.kept.map((m) => [m.after.id, m]));
  const matchOfBefore = new Map(matching.kept.map((m) => [m.before.id, m]));
  const oldName = (id: string) => oldById.get(id)?.name ?? id;
  const newName = (id: string) => newById.get(id)?.name ?? id;
  // The space both versions share: after ids, and before ids of removed actors set apart.
  const removedKey = (id: string) => (newById.has(id) ? `${id}~before` : id);
  const commonOld = (id: string) => afterIdOf.get(id) ?? `\u0001${id}`;
  const markKey = (common: string) =>
    common.startsWith('\u0001') ? removedKey(common.slice(1)) : common;

  const links = diffLinks(
    { links: before.links, common: commonOld, name: oldName },
    { links: after.links, common: (id) => id, name: newName },
  );

  const oldPartners = partnersOf(before.links);
  const newPartners = partnersOf(after.links);
  const oldIsolated = new Set(before.isolated);
  const newIsolated = new Set(after.isolated);
  const refs = (ids: Iterable<string>, name: (id: string) => string): ActorRef[] =>
    [...ids].map((id) => ({ id, name: name(id) }));
  const foundPartners = matching.kept
    .filter((m) => oldIsolated.has(m.before.id) && !newIsolated.has(m.after.id))
    .map((m) => ({ ...keptOf(m), partners: refs(newPartners.get(m.after.id) ?? [], newName) }));
  const newlyIsolated = matching.kept
    .filter((m) => !oldIsolated.has(m.before.id) && newIsolated.has(m.after.id))
    .map((m) => ({ ...keptOf(m), partners: refs(oldPartners.get(m.before.id) ?? [], oldName) }));

  const oldPoints = new Set(before.articulationPoints.map((p) => p.id));
  const newPoints = new Set(after.articulationPoints.map((p) => p.id));
  const pointsAdded = after.articulationPoints
    .filter((p) => {
      const m = matchOfAfter.get(p.id);
      return m === undefined || !oldPoints.has(m.before.id);
    })
    .map((p) => ({ id: p.id, name: newName(p.id), cutOff: p.cutOff }));
  const pointsRemoved = before.articulationPoints
    .filter((p) => {
      const m = matchOfBefore.get(p.id);
      return m === undefined || !newPoints.has(m.after.id);
    })
    .map((p) => ({ id: p.id, name: oldName(p.id), cutOff: p.cutOff }));

  const { before: oldPairs, after: newPairs } = links.pairs;
  const pairMarks = (pairs: Set<string>, keep: (p: string) => boolean, status: DiffStatus) =>
    [...pairs].filter(keep).map((p): LinkMark => {
      const [a, b] = p.split('\0') as [string, string];
      return { source: markKey(a), target: markKey(b), status };
    });

  return {
    summary: {
      before: { actors: before.actors.length, links: oldPairs.size },
      after: { actors: after.actors.length, links: newPairs.size },
    },
    actors: {
      added: matching.added.map(entryOf),
      removed: matching.removed.map(entryOf),
      changed: matching.kept.flatMap((m) => {
        const changes = actorChanges(m.before, m.after);
        return changes.length === 0 ? [] : [{ ...keptOf(m), changes }];
      }),
    },
    links: { added: links.added, removed: links.removed, changed: links.changed },
    coverage: diffCoverage(before.coverage, after.coverage, ref, {
      before: oldName,
      after: newName,
    }),
    isolated: { foundPartners, newlyIsolated },
    articulationPoints: { added: pointsAdded, removed: pointsRemoved },
    marks: {
      actors: [
        ...after.actors.map((a) => ({
          key: a.id,
          id: a.id,
          name: a.name,
          status: (matchOfAfter.has(a.id) ? 'kept' : 'added') as DiffStatus,
        })),
        ...matching.removed.map((a) => ({
          key: removedKey(a.id),
          id: a.id,
          name: a.name,
          status: 'removed' as const,
        })),
      ],
      links: [
        ...pairMarks(newPairs, (p) => oldPairs.has(p), 'kept'),
        ...pairMarks(newPairs, (p) => !oldPairs.has(p), 'added'),
        ...pairMarks(oldPairs, (p) => !newPairs.has(p), 'removed'),
      ],
    },
  };
}

/** Whether the two versions are the same for everything the comparison looks at. */
export function noDifference(diff: VersionDiff): boolean {
  return (
    diff.actors.added.length +
      diff.actors.removed.length +
      diff.actors.changed.length +
      diff.links.added.length +
      diff.links.removed.length +
      diff.links.changed.length +
      diff.coverage.length +
      diff.isolated.foundPartners.length +
      diff.isolated.newlyIsolated.length +
      diff.articulationPoints.added.length +
      diff.articulationPoints.removed.length ===
    0
  );
}
