// Finding the actor a name designates: a links file's source or target, or a name in a
// partners cell. Ids and names are matched after folding case, accents, apostrophes and
// spaces; a FINESS/SIRET/RPPS number finds its actor; a bracket picks one of several
// homonyms ("Clinique Pasteur (Bergerac)"). An unknown name gets the closest one suggested.
import { emptyRecord, fold, nameKey, safeId, slug, type Actor, type Localized } from '../domain';
import { identifierKey, OFFICIAL_IDS } from './identifiers.ts';
import { ambiguousEnd, candidate, unknownEnd } from './messages/identity.ts';
import { error, quoted, type IssuePlace, type Report } from './report.ts';
import { NameIndex } from './similar.ts';

export type Resolution = { id: string } | { ambiguous: string[] } | null;

/** A number written as an endpoint that may be a FINESS, SIRET or RPPS (spaces allowed). */
const OFFICIAL_NUMBER = /^(?:\d|2[AB])[\d .]{7,18}\d$/i;
/** A name followed by a bracket: "Clinique Pasteur (Bergerac)", "CCAS [ccas-2]". */
const TRAILING_BRACKET = /^(.*?)\s*[([]([^()[\]]+)[)\]]$/;

function push(map: Map<string, string[]>, key: string, id: string): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Finds actors by id or name; in links-only mode, creates the ones it does not find. */
export class Endpoints {
  private readonly ids = new Map<string, string>();
  private readonly names = new Map<string, string[]>();
  /** Official identifier key (FINESS, SIRET, RPPS) → actor id. */
  private readonly officials = new Map<string, string>();
  /** Id → actor, to tell candidates apart (commune, official ids) and describe them. */
  private readonly actorsById = new Map<string, Actor>();
  // Needed only when an endpoint is neither an id nor a name, or for a new actor: built on
  // first use from `added`, then kept up to date.
  private readonly foldedIds = new Map<string, string>();
  private readonly compact = new Map<string, string[]>();
  private readonly taken = new Set<string>();
  /** Actors added, in order, with their folded names; the first `indexed` are in the maps above. */
  private readonly added: Actor[] = [];
  private readonly addedNames: string[] = [];
  private indexed = 0;
  /** Built on the first suggestion only: most imports never need one. */
  private suggestions: NameIndex | null = null;
  private suggestable = 0;
  /** Actors created from link endpoints (links-only import). */
  readonly created: Actor[] = [];

  constructor(
    actors: readonly Actor[],
    aliases: { ids: ReadonlyMap<string, string>; names: ReadonlyMap<string, string> },
    readonly createMissing: boolean,
  ) {
    for (const a of actors) this.addActor(a);
    for (const [id, target] of aliases.ids) if (!this.ids.has(id)) this.ids.set(id, target);
    for (const [name, target] of aliases.names) {
      if (!this.names.has(name)) this.names.set(name, [target]);
    }
  }

  private addActor(a: Actor): void {
    this.ids.set(a.id, a.id);
    this.actorsById.set(a.id, a);
    for (const k of OFFICIAL_IDS) {
      const v = a[k];
      if (v !== undefined && !this.officials.has(identifierKey(v))) {
        this.officials.set(identifierKey(v), a.id);
      }
    }
    const folded = nameKey(a.name);
    push(this.names, folded, a.id);
    this.added.push(a);
    this.addedNames.push(folded);
  }

  /** Brings foldedIds, compact and taken up to date with the actors added. */
  private index(): void {
    for (; this.indexed < this.added.length; this.indexed++) {
      const a = this.added[this.indexed]!;
      this.taken.add(a.id);
      const fid = fold(a.id);
      if (fid && !this.foldedIds.has(fid)) this.foldedIds.set(fid, a.id);
      // compactFold(name), from the folded name.
      push(this.compact, this.addedNames[this.indexed]!.replace(/ /g, ''), a.id);
    }
  }

  /** Endpoint texts already resolved (names repeat over thousands of link rows). */
  private readonly resolved = new Map<string, Resolution>();

  resolve(text: string): Resolution {
    const cached = this.resolved.get(text);
    if (cached) return cached;
    const r = this.lookUp(text);
    // Only hits are cached: a miss may be created as an actor (links-only import).
    if (r) this.resolved.set(text, r);
    return r;
  }

  private lookUp(text: string): Resolution {
    const plain = this.lookUpPlain(text);
    if (plain && 'id' in plain) return plain;
    if (OFFICIAL_NUMBER.test(text)) {
      const official = this.officials.get(identifierKey(text));
      if (official) return { id: official };
    }
    // "Clinique Pasteur (Bergerac)", "Clinique Pasteur (330781206)": a bracket that picks one
    // of several homonyms by commune, id or official identifier.
    const m = TRAILING_BRACKET.exec(text);
    if (m) {
      const base = this.lookUpPlain(m[1]!);
      if (base && 'ambiguous' in base) {
        const picked = this.pick(base.ambiguous, m[2]!);
        if (picked) return { id: picked };
      }
    }
    return plain;
  }

  /** The one candidate a hint (commune, id, FINESS/SIRET/RPPS) designates, if exactly one. */
  private pick(candidates: readonly string[], hint: string): string | null {
    const folded = fold(hint);
    const key = identifierKey(hint);
    const hits = candidates.filter((id) => {
      const a = this.actorsById.get(id);
      if (!a) return false;
      if (fold(id) === folded) return true;
      if (a.territory !== undefined && fold(a.territory) === folded) return true;
      return OFFICIAL_IDS.some((k) => a[k] !== undefined && identifierKey(a[k]) === key);
    });
    return hits.length === 1 ? hits[0]! : null;
  }

  /** How a candidate is named in an error: its name quoted, then commune, official id, id. */
  describe(id: string): Localized {
    const a = this.actorsById.get(id);
    if (!a) return quoted(id);
    const kind = OFFICIAL_IDS.find((k) => a[k] !== undefined);
    const details = [
      a.territory,
      kind ? `${kind.toUpperCase()} ${a[kind]}` : undefined,
      `id ${a.id}`,
    ]
      .filter((d) => d !== undefined)
      .join(', ');
    return candidate(a.name, details);
  }

  private lookUpPlain(text: string): Resolution {
    const exact = this.ids.get(text) ?? this.ids.get(safeId(text));
    if (exact) return { id: exact };
    const folded = nameKey(text);
    const byName = this.names.get(folded);
    if (byName) return byName.length === 1 ? { id: byName[0]! } : { ambiguous: byName };
    this.index();
    const byFoldedId = this.foldedIds.get(folded);
    if (byFoldedId) return { id: byFoldedId };
    const byCompact = this.compact.get(folded.replace(/ /g, ''));
    if (byCompact) return byCompact.length === 1 ? { id: byCompact[0]! } : { ambiguous: byCompact };
    return null;
  }

  suggest(text: string): string | null {
    const index = (this.suggestions ??= new NameIndex());
    for (; this.suggestable < this.added.length; this.suggestable++) {
      index.add(this.added[this.suggestable]!.name);
    }
    return index.suggest(text);
  }

  /** A new actor named after an endpoint (links-only import). */
  create(name: string, file: string, line: number, type: string): Actor {
    this.index();
    let id = slug(name);
    if (this.taken.has(id)) {
      let n = 2;
      while (this.taken.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    const actor: Actor = {
      id,
      name,
      type,
      sectors: [],
      schemes: emptyRecord(),
      groups: emptyRecord(),
      attributes: emptyRecord(),
      files: [file],
      sources: [{ file, line }],
    };
    this.addActor(actor);
    this.created.push(actor);
    return actor;
  }
}

/** What an endpoint names: a links file's source or target, or a name in a partners cell. */
export type EndpointKind = 'endpoint' | 'partner';

/**
 * Reports a name that resolves to no actor (with the closest name suggested) or to several
 * (listing the candidates by name, commune and id). `unknown-endpoint`,
 * `ambiguous-endpoint`, or `…-partner` for a partners cell, whose row stays imported.
 */
export function reportUnresolved(
  report: Report,
  endpoints: Endpoints,
  place: IssuePlace & { line: number; column: string },
  value: string,
  r: Resolution,
  kind: EndpointKind,
): void {
  const { line, column } = place;
  const partner = kind === 'partner';
  if (r && 'ambiguous' in r) {
    const described = r.ambiguous.slice(0, 12).map((id) => endpoints.describe(id));
    report.add(
      error(
        place,
        `ambiguous-${kind}`,
        ambiguousEnd(line, column, value, described, r.ambiguous.length > 12, partner),
      ),
    );
    return;
  }
  const guess = endpoints.suggest(value);
  report.add(error(place, `unknown-${kind}`, unknownEnd(line, column, value, guess, partner)));
}
