// The comparison as the screen, the printable report and the CSV show it: in anonymous mode
// every actor named by the name the rest of the app shows (a person by role or type), taken
// from the side the entry is listed from. The engine compares the real inventories (it
// matches actors by identifiers, then ids, then names); only what is shown is renamed.
import type { ActorRef, KeptActor, LinkEnds, VersionDiff } from '../../../analysis';

/** Shown names by actor id, on each side. */
export interface SideNames {
  before: ReadonlyMap<string, string>;
  after: ReadonlyMap<string, string>;
}

type Side = 'before' | 'after';

export function shownDiff(diff: VersionDiff, names: SideNames): VersionDiff {
  const other = (side: Side): Side => (side === 'before' ? 'after' : 'before');
  const nameOf = (id: string, written: string, side: Side) =>
    names[side].get(id) ?? names[other(side)].get(id) ?? written;
  const ref = <T extends ActorRef>(entry: T, side: Side): T => ({
    ...entry,
    name: nameOf(entry.id, entry.name, side),
  });
  const kept = <T extends KeptActor>(entry: T): T => ({
    ...ref(entry, 'after'),
    beforeName: nameOf(entry.beforeId, entry.beforeName, 'before'),
  });
  const ends = <T extends LinkEnds>(link: T, side: Side): T => ({
    ...link,
    sourceName: nameOf(link.source, link.sourceName, side),
    targetName: nameOf(link.target, link.targetName, side),
  });
  const changed = diff.actors.changed.flatMap((entry) => {
    const shown = kept(entry);
    // A name change says nothing once both names are replaced by the same shown name.
    const changes = entry.changes.flatMap((change) => {
      if (change.field !== 'name') return [change];
      const [before, after] = [shown.beforeName, shown.name];
      return before === after ? [] : [{ ...change, before, after }];
    });
    return changes.length > 0 ? [{ ...shown, changes }] : [];
  });
  return {
    ...diff,
    actors: {
      added: diff.actors.added.map((a) => ref(a, 'after')),
      removed: diff.actors.removed.map((a) => ref(a, 'before')),
      changed,
    },
    links: {
      added: diff.links.added.map((l) => ends(l, 'after')),
      removed: diff.links.removed.map((l) => ends(l, 'before')),
      changed: diff.links.changed.map((l) => ends(l, 'after')),
    },
    coverage: diff.coverage.map((body) => {
      const presence = (side: Side) => (change: (typeof body.sectors.added)[number]) => ({
        ...change,
        actors: change.actors.map((a) => ref(a, side)),
      });
      return {
        ...body,
        sectors: {
          added: body.sectors.added.map(presence('after')),
          removed: body.sectors.removed.map(presence('before')),
        },
        types: {
          added: body.types.added.map(presence('after')),
          removed: body.types.removed.map(presence('before')),
        },
      };
    }),
    isolated: {
      foundPartners: diff.isolated.foundPartners.map((e) => ({
        ...kept(e),
        partners: e.partners.map((p) => ref(p, 'after')),
      })),
      newlyIsolated: diff.isolated.newlyIsolated.map((e) => ({
        ...kept(e),
        partners: e.partners.map((p) => ref(p, 'before')),
      })),
    },
    articulationPoints: {
      added: diff.articulationPoints.added.map((p) => ref(p, 'after')),
      removed: diff.articulationPoints.removed.map((p) => ref(p, 'before')),
    },
    marks: {
      ...diff.marks,
      actors: diff.marks.actors.map((m) => ref(m, m.status === 'removed' ? 'before' : 'after')),
    },
  };
}
