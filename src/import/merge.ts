// Several actor files → one list. The same actor is recognised, in this order, by official
// identifier (SIRET, FINESS, RPPS), by the id column, by folded name (case, accents, spaces,
// punctuation; "Mairie de"/"Ville de" left as they are). Two actors whose official
// identifiers differ are never merged.
//
// Inside one file, rows sharing a name are homonyms when something tells them apart (another
// official identifier, another commune): two actors with readable ids
// (`clinique-pasteur-bergerac`); else one actor, the later row merged into it with a warning.
// Two rows with the same id but different names stay two actors, the second id suffixed.
// No row is ever dropped.
import { fold, nameKey, slug, type Actor, type Localized } from '../domain';
import { homonymId as homonymIdOf, numberedId } from './actor-ids.ts';
import { addMembership, type FileActors } from './actors.ts';
import { ACTOR_FIELD_WORDS } from './field-messages.ts';
import { identifierKey, OFFICIAL_IDS } from './identifiers.ts';
import {
  attributeWords,
  homonyms,
  mergeConflict,
  mergedActor,
  mergedRow,
  mergeReason,
  renamedId,
  sourcePlace,
} from './messages/identity.ts';
import { info, warning, type Report } from './report.ts';

export interface MergeResult {
  actors: Actor[];
  /** Any id an actor was known by (in any file) → its final id. */
  ids: Map<string, string>;
  /** Folded names (every file's spelling) → final id. */
  names: Map<string, string>;
  /** An actor as read from a file → the actor it became (itself, or the one it merged into). */
  final: (read: Actor) => Actor;
}

const SCALARS = ['territory', 'role', 'influence', 'interest', 'person', ...OFFICIAL_IDS] as const;

function officialConflict(a: Actor, b: Actor): boolean {
  return OFFICIAL_IDS.some((k) => {
    const x = a[k];
    const y = b[k];
    return x !== undefined && y !== undefined && identifierKey(x) !== identifierKey(y);
  });
}

/** Two rows of one file with the same name are two actors when their official identifiers
 * or their communes differ. */
function toldApart(a: Actor, b: Actor): boolean {
  if (officialConflict(a, b)) return true;
  return (
    a.territory !== undefined &&
    b.territory !== undefined &&
    fold(a.territory) !== fold(b.territory)
  );
}

function same(field: string, x: unknown, y: unknown): boolean {
  if (typeof x === 'string' && typeof y === 'string') {
    return OFFICIAL_IDS.includes(field as (typeof OFFICIAL_IDS)[number])
      ? identifierKey(x) === identifierKey(y)
      : fold(x) === fold(y);
  }
  return x === y;
}

/**
 * Merges the actor files in order. Without `aliases` (nothing will look actors up by the ids
 * and names they had: no links to read), the result's `ids` and `names` are left empty.
 */
export function mergeActorFiles(
  files: readonly FileActors[],
  report: Report,
  aliases = true,
): MergeResult {
  const actors: Actor[] = [];
  /** Per kind of official identifier: its key (identifierKey) → actor. */
  const byOfficial = new Map(OFFICIAL_IDS.map((k) => [k, new Map<string, Actor>()]));
  const byId = new Map<string, Actor>();
  const byName = new Map<string, Actor>();
  // Aliases point at actors, not ids: an actor of the current file may still be renamed
  // (homonyms), so ids are read at the end.
  const ids = new Map<string, Actor>();
  const names = new Map<string, Actor>();
  /** Read actor → the actor it merged into. */
  const into = new Map<Actor, Actor>();

  /**
   * Makes `a` findable; `n` is its folded name. After the last file only `ids` and `names`
   * are still read.
   */
  const register = (a: Actor, n: string, last: boolean) => {
    if (!last) {
      for (const k of OFFICIAL_IDS) {
        const v = a[k];
        if (v === undefined) continue;
        const map = byOfficial.get(k)!;
        const key = identifierKey(v);
        if (!map.has(key)) map.set(key, a);
      }
      if (!byId.has(a.id)) byId.set(a.id, a);
      if (!byName.has(n)) byName.set(n, a);
    }
    if (!aliases) return;
    if (!names.has(n)) names.set(n, a);
    if (!ids.has(a.id)) ids.set(a.id, a);
  };

  const conflict = (target: Actor, src: Actor, label: Localized, kept: string, dropped: string) => {
    const s = src.sources[0];
    report.add(
      warning(
        { file: s?.file ?? src.files[0] ?? '', line: s?.line },
        'merge-conflict',
        mergeConflict(
          s?.line,
          src.name,
          target.name,
          sourcePlace(target.sources[0]),
          label,
          kept,
          dropped,
        ),
      ),
    );
  };

  const mergeInto = (target: Actor, src: Actor, reason: string) => {
    const s = src.sources[0];
    if (fold(target.name) !== fold(src.name)) {
      report.add(
        info(
          { file: s?.file ?? '', line: s?.line },
          'merged-actor',
          mergedActor(
            s?.line,
            src.name,
            target.name,
            sourcePlace(target.sources[0]),
            mergeReason(reason, src.id),
          ),
        ),
      );
    }
    if (target.type === 'autre') {
      // A known type wins over words the reference did not know.
      if (src.type !== 'autre') delete target.typeText;
      else if (target.typeText === undefined && src.typeText !== undefined) {
        target.typeText = src.typeText;
      }
      target.type = src.type;
    } else if (src.type !== 'autre' && src.type !== target.type) {
      conflict(target, src, ACTOR_FIELD_WORDS.type, target.type, src.type);
    }
    for (const sector of src.sectors)
      if (!target.sectors.includes(sector)) target.sectors.push(sector);
    for (const [scheme, bodies] of Object.entries(src.schemes)) {
      addMembership(target, scheme, bodies, src.groups[scheme] ?? []);
    }
    for (const field of SCALARS) {
      const value = src[field];
      if (value === undefined) continue;
      const current = target[field];
      if (current === undefined) (target as unknown as Record<string, unknown>)[field] = value;
      else if (!same(field, current, value)) {
        conflict(target, src, ACTOR_FIELD_WORDS[field], String(current), String(value));
      }
    }
    for (const [key, value] of Object.entries(src.attributes)) {
      const current = target.attributes[key];
      if (current === undefined) target.attributes[key] = value;
      else if (fold(current) !== fold(value)) {
        conflict(target, src, attributeWords(key), current, value);
      }
    }
    for (const f of src.files) if (!target.files.includes(f)) target.files.push(f);
    target.sources.push(...src.sources);
    into.set(src, target);
    if (!aliases) return;
    ids.set(src.id, ids.get(src.id) ?? target);
    const n = nameKey(src.name);
    if (!names.has(n)) names.set(n, target);
  };

  /** Ids of the current file's actors (earlier files' are in byId). */
  let fileIds = new Map<string, Actor>();
  const taken = (id: string) => byId.has(id) || fileIds.has(id);
  const uniqueId = (id: string): string => numberedId(id, taken);
  /** A readable id for one of several homonyms: its commune, else its official id, else a number. */
  const homonymId = (a: Actor): string => homonymIdOf(a, taken);
  const renameInFile = (a: Actor, id: string) => {
    fileIds.delete(a.id);
    a.id = id;
    fileIds.set(id, a);
  };

  const renamedIdWarning = (a: Actor, old: string, first: Actor) => {
    const s = a.sources[0];
    report.add(
      warning(
        { file: s?.file ?? '', line: s?.line },
        'renamed-id',
        renamedId(s?.line, old, first.name, sourcePlace(first.sources[0]), a.id),
      ),
    );
  };

  /** Same name, nothing to tell them apart, one file: the later row merged, with a warning. */
  const sameRowWarning = (first: Actor, row: Actor) => {
    const s = row.sources[0];
    const f = first.sources[0];
    report.add(
      warning(
        { file: s?.file ?? '', line: s?.line },
        'merged-row',
        mergedRow(s?.line, row.name, f?.line, first.name),
      ),
    );
  };

  /** Homonyms told apart: each keeps its row, with an id of its own. */
  const homonymInfo = (first: Actor, row: Actor) => {
    const s = row.sources[0];
    const f = first.sources[0];
    report.add(
      info(
        { file: s?.file ?? '', line: s?.line },
        'homonym',
        homonyms(s?.line, row.name, f?.line, first.id, row.id),
      ),
    );
  };

  for (const [fileIndex, file] of files.entries()) {
    const last = fileIndex === files.length - 1;
    const added: Actor[] = [];
    /** Folded names of `added`, index for index. */
    const addedNames: string[] = [];
    const touched = new Set<Actor>();
    /** Folded name → the actors of this file with that name. */
    const fileNames = new Map<string, Actor[]>();
    // Only actors of earlier files are matched; every one of them is in byId.
    const earlier = byId.size > 0;
    for (const a of file.actors) {
      let target: Actor | undefined;
      let reason = '';
      const n = nameKey(a.name);
      if (earlier) {
        for (const k of OFFICIAL_IDS) {
          const v = a[k];
          const t = v === undefined ? undefined : byOfficial.get(k)!.get(identifierKey(v));
          if (t) {
            target = t;
            reason = k;
            break;
          }
        }
        if (!target && file.explicitIds.has(a.id)) {
          const t = byId.get(a.id);
          if (t && !officialConflict(t, a)) {
            target = t;
            reason = 'id';
          }
        }
        if (!target) {
          const t = byName.get(n);
          if (t && !officialConflict(t, a)) {
            target = t;
            reason = 'name';
          }
        }
      }
      if (target) {
        mergeInto(target, a, reason);
        touched.add(target);
        continue;
      }
      const twin = sameInFile(a, n, file, fileNames);
      if (twin) {
        mergeInto(twin, a, 'name');
        sameRowWarning(twin, a);
        continue;
      }
      const homonyms = fileNames.get(n);
      if (homonyms && !file.explicitIds.has(a.id)) {
        for (const h of homonyms) {
          if (h.id === slug(h.name) && !file.explicitIds.has(h.id) && distinctive(h)) {
            renameInFile(h, homonymId(h));
          }
        }
        if (a.id === slug(a.name)) a.id = homonymId(a);
        homonymInfo(homonyms[0]!, a);
      }
      const clash = fileIds.get(a.id);
      if (clash) {
        const old = a.id;
        a.id = uniqueId(old);
        renamedIdWarning(a, old, clash);
      }
      fileIds.set(a.id, a);
      const list = fileNames.get(n);
      if (list) list.push(a);
      else fileNames.set(n, [a]);
      added.push(a);
      addedNames.push(n);
    }
    fileIds = new Map();
    for (const a of added) {
      if (earlier && byId.has(a.id)) {
        const old = a.id;
        a.id = uniqueId(old);
        renamedIdWarning(a, old, byId.get(old)!);
      }
      actors.push(a);
    }
    added.forEach((a, i) => register(a, addedNames[i]!, last));
    for (const t of touched) register(t, nameKey(t.name), last);
  }
  const idOf = (m: Map<string, Actor>) => new Map([...m].map(([k, a]) => [k, a.id]));
  return { actors, ids: idOf(ids), names: idOf(names), final: (read) => into.get(read) ?? read };
}

/** Something that can make a homonym's id readable: a commune or an official identifier. */
function distinctive(a: Actor): boolean {
  return a.territory !== undefined || OFFICIAL_IDS.some((k) => a[k] !== undefined);
}

/**
 * The earlier actor of the same file that this row repeats: same explicit id and same name,
 * or (without an id) same name and nothing to tell them apart. Null when the row is another
 * actor.
 */
function sameInFile(
  a: Actor,
  n: string,
  file: FileActors,
  fileNames: ReadonlyMap<string, Actor[]>,
): Actor | null {
  const homonyms = fileNames.get(n) ?? [];
  if (file.explicitIds.has(a.id)) {
    // Same id and same name (else the id is a mistake: kept apart and renamed).
    return homonyms.find((h) => h.id === a.id && !toldApart(h, a)) ?? null;
  }
  return homonyms.find((h) => !file.explicitIds.has(h.id) && !toldApart(h, a)) ?? null;
}
