// Several actor files → one list. The same actor is recognised, in this order, by official
// identifier (SIRET, FINESS, RPPS), by the id column, by folded name (case, accents, spaces,
// punctuation; "Mairie de"/"Ville de" left as they are). Two actors whose official
// identifiers differ are never merged. Actors of one file are only compared with those of
// earlier files (inside a file, duplicates are errors: see actors.ts).
import { fold, nameKey } from '../domain/text.ts';
import type { Actor, SourceRef } from '../domain/types.ts';
import { addMembership, type FileActors } from './actors.ts';
import { identifierKey, OFFICIAL_IDS } from './identifiers.ts';
import { info, quoted, warning, type Report } from './report.ts';

export interface MergeResult {
  actors: Actor[];
  /** Any id an actor was known by (in any file) → its final id. */
  ids: Map<string, string>;
  /** Folded names (every file's spelling) → final id. */
  names: Map<string, string>;
}

const FIELD_LABEL: Record<string, { fr: string; en: string }> = {
  type: { fr: 'type', en: 'type' },
  territory: { fr: 'territoire', en: 'territory' },
  role: { fr: 'rôle', en: 'role' },
  influence: { fr: 'influence', en: 'influence' },
  interest: { fr: 'intérêt', en: 'interest' },
  person: { fr: 'personne physique', en: 'person' },
  siret: { fr: 'SIRET', en: 'SIRET' },
  finess: { fr: 'FINESS', en: 'FINESS' },
  rpps: { fr: 'RPPS', en: 'RPPS' },
};

const SCALARS = ['territory', 'role', 'influence', 'interest', 'person', ...OFFICIAL_IDS] as const;

function officialConflict(a: Actor, b: Actor): boolean {
  return OFFICIAL_IDS.some((k) => {
    const x = a[k];
    const y = b[k];
    return x !== undefined && y !== undefined && identifierKey(x) !== identifierKey(y);
  });
}

function where(s: SourceRef | undefined): { fr: string; en: string } {
  return s
    ? { fr: `${s.file}, ligne ${s.line}`, en: `${s.file}, line ${s.line}` }
    : { fr: '?', en: '?' };
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
  const ids = new Map<string, string>();
  const names = new Map<string, string>();

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
    if (!names.has(n)) names.set(n, a.id);
    if (!ids.has(a.id)) ids.set(a.id, a.id);
  };

  const conflict = (
    target: Actor,
    src: Actor,
    label: { fr: string; en: string },
    kept: string,
    dropped: string,
  ) => {
    const s = src.sources[0];
    report.add(
      warning(
        { file: s?.file ?? src.files[0] ?? '', line: s?.line },
        'merge-conflict',
        `Ligne ${s?.line} : ${quoted(src.name).fr} est le même acteur que ${quoted(target.name).fr} (${where(target.sources[0]).fr}) mais son ${label.fr} diffère : ${quoted(kept).fr} est gardé, ${quoted(dropped).fr} ignoré. Harmonisez les deux fichiers.`,
        `Line ${s?.line}: ${quoted(src.name).en} is the same actor as ${quoted(target.name).en} (${where(target.sources[0]).en}) but its ${label.en} differs: ${quoted(kept).en} is kept, ${quoted(dropped).en} ignored. Make the two files agree.`,
      ),
    );
  };

  const mergeInto = (target: Actor, src: Actor, reason: string) => {
    const s = src.sources[0];
    if (fold(target.name) !== fold(src.name)) {
      const why =
        reason === 'id'
          ? { fr: `même identifiant ${quoted(src.id).fr}`, en: `same id ${quoted(src.id).en}` }
          : { fr: `même ${reason.toUpperCase()}`, en: `same ${reason.toUpperCase()}` };
      report.add(
        info(
          { file: s?.file ?? '', line: s?.line },
          'merged-actor',
          `Ligne ${s?.line} : ${quoted(src.name).fr} a été fusionné avec ${quoted(target.name).fr} (${where(target.sources[0]).fr}) : ${why.fr}. Si ce sont deux acteurs différents, corrigez l’identifiant dans l’un des fichiers.`,
          `Line ${s?.line}: ${quoted(src.name).en} was merged with ${quoted(target.name).en} (${where(target.sources[0]).en}): ${why.en}. If they are two different actors, correct the identifier in one of the files.`,
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
      conflict(target, src, FIELD_LABEL.type!, target.type, src.type);
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
        conflict(target, src, FIELD_LABEL[field]!, String(current), String(value));
      }
    }
    for (const [key, value] of Object.entries(src.attributes)) {
      const current = target.attributes[key];
      if (current === undefined) target.attributes[key] = value;
      else if (fold(current) !== fold(value)) {
        conflict(
          target,
          src,
          { fr: `attribut ${quoted(key).fr}`, en: `attribute ${quoted(key).en}` },
          current,
          value,
        );
      }
    }
    for (const f of src.files) if (!target.files.includes(f)) target.files.push(f);
    target.sources.push(...src.sources);
    if (!aliases) return;
    ids.set(src.id, ids.get(src.id) ?? target.id);
    const n = nameKey(src.name);
    if (!names.has(n)) names.set(n, target.id);
  };

  const uniqueId = (id: string): string => {
    let n = 2;
    while (byId.has(`${id}-${n}`)) n++;
    return `${id}-${n}`;
  };

  for (const [fileIndex, file] of files.entries()) {
    const last = fileIndex === files.length - 1;
    const added: Actor[] = [];
    /** Folded names of `added`, index for index. */
    const addedNames: string[] = [];
    const touched = new Set<Actor>();
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
      } else {
        added.push(a);
        addedNames.push(n);
      }
    }
    for (const a of added) {
      if (earlier && byId.has(a.id)) {
        const old = a.id;
        a.id = uniqueId(old);
        const first = byId.get(old)!;
        const s = a.sources[0];
        report.add(
          warning(
            { file: s?.file ?? file.file, line: s?.line },
            'renamed-id',
            `Ligne ${s?.line} : l’identifiant ${quoted(old).fr} est déjà celui de ${quoted(first.name).fr} (${where(first.sources[0]).fr}), un autre acteur (identifiants officiels ou noms différents) ; celui-ci devient ${quoted(a.id).fr}. Les liens qui visent ${quoted(old).fr} vont au premier.`,
            `Line ${s?.line}: id ${quoted(old).en} already belongs to ${quoted(first.name).en} (${where(first.sources[0]).en}), another actor (different official identifiers or names); this one becomes ${quoted(a.id).en}. Links to ${quoted(old).en} go to the first one.`,
          ),
        );
      }
      actors.push(a);
    }
    added.forEach((a, i) => register(a, addedNames[i]!, last));
    for (const t of touched) register(t, nameKey(t.name), last);
  }
  return { actors, ids, names };
}
