// Rows of a links file → Link objects, one per valid row (the model merges parallel links).
// Endpoints are actor ids or names, matched after folding case, accents, apostrophes and
// spaces. An unknown endpoint is an error for its row, with the closest name suggested —
// except in a links-only import (no actors file at all), where actors are created from the
// endpoint names, and the report says so once per file.
import { fold, slug } from '../domain/text.ts';
import type { Actor, Link, Localized } from '../domain/types.ts';
import { isNo, parseBoolean, parseScore, splitList, type ScoreResult } from './cells.ts';
import { columnLayout, findSchemes } from './columns.ts';
import type { ImportContext } from './context.ts';
import { readRows, type OpenedFile, type Row } from './file.ts';
import { cleanName } from './actors.ts';
import { identifierKey, OFFICIAL_IDS } from './identifiers.ts';
import {
  error,
  info,
  quoted,
  quotedList,
  warning,
  type IssuePlace,
  type Report,
} from './report.ts';
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
    const folded = fold(a.name);
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
    const name = quoted(a.name);
    return { fr: `${name.fr} (${details})`, en: `${name.en} (${details})` };
  }

  private lookUpPlain(text: string): Resolution {
    const exact = this.ids.get(text);
    if (exact) return { id: exact };
    const folded = fold(text);
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
      schemes: {},
      groups: {},
      attributes: {},
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
  const row = kind === 'endpoint' ? '' : ' (la ligne de l’acteur est importée)';
  const rowEn = kind === 'endpoint' ? '' : ' (the actor’s row is imported)';
  if (r && 'ambiguous' in r) {
    const described = r.ambiguous.slice(0, 12).map((id) => endpoints.describe(id));
    const more = r.ambiguous.length > 12 ? ', …' : '';
    const list = {
      fr: described.map((d) => d.fr).join(', ') + more,
      en: described.map((d) => d.en).join(', ') + more,
    };
    report.add(
      error(
        place,
        `ambiguous-${kind}`,
        `Ligne ${line}, colonne ${quoted(column).fr} : ${quoted(value).fr} désigne plusieurs acteurs : ${list.fr} ; le lien n’a pas été importé${row}. Écrivez l’identifiant de l’acteur voulu, son FINESS/SIRET, ou sa commune entre parenthèses (« Nom (Commune) »).`,
        `Line ${line}, column ${quoted(column).en}: ${quoted(value).en} names several actors: ${list.en}; the link was not imported${rowEn}. Write the id of the intended actor, its FINESS/SIRET, or its commune in brackets ("Name (Town)").`,
      ),
    );
    return;
  }
  const guess = endpoints.suggest(value);
  const hint = guess
    ? { fr: ` Vouliez-vous dire ${quoted(guess).fr} ?`, en: ` Did you mean ${quoted(guess).en}?` }
    : { fr: '', en: '' };
  report.add(
    error(
      place,
      `unknown-${kind}`,
      `Ligne ${line}, colonne ${quoted(column).fr} : aucun acteur ne s’appelle ou n’a pour identifiant ${quoted(value).fr} ; le lien n’a pas été importé${row}.${hint.fr} Corrigez le nom ou ajoutez l’acteur au fichier des acteurs.`,
      `Line ${line}, column ${quoted(column).en}: no actor is named or has the id ${quoted(value).en}; the link was not imported${rowEn}.${hint.en} Correct the name or add the actor to the actors file.`,
    ),
  );
}

/** Memo sizes are capped: a column of free text would only grow them. */
const MEMO_LIMIT = 20_000;

function remember<T>(memo: Map<string, T>, key: string, value: T): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/** Shared by the rows without a type or a scheme: never written to (links get copies). */
const NO_TYPES: { types: string[]; directed: boolean | undefined } = {
  types: [],
  directed: undefined,
};
const NO_SCHEMES: string[] = [];
const EMPTY_SCORE: ScoreResult = { kind: 'empty' };

const DIRECTED_TYPES = new Map([
  ['directed', true],
  ['oriente', true],
  ['undirected', false],
  ['non oriente', false],
]);

export function readLinks(opened: OpenedFile, ctx: ImportContext, endpoints: Endpoints): Link[] {
  const layout = columnLayout(opened.mappings);
  const col = (field: string) => layout.fields.get(field);
  const headerOf = (field: string) => opened.headers[col(field)!]!;
  const report = ctx.report;
  const links: Link[] = [];
  const createdBefore = endpoints.created.length;

  const get = (row: Row, i: number | undefined): string =>
    i === undefined ? '' : (row.values[i] ?? '');
  const at = (row: Row, field: string) => ({
    file: opened.name,
    line: row.line,
    column: headerOf(field),
  });
  // Column indices, looked up once rather than per cell.
  const sourceColumn = col('source');
  const targetColumn = col('target');
  const typeColumn = col('type');
  const strengthColumn = col('strength');
  const schemeColumn = col('scheme');
  const directedColumn = col('directed');
  const tagsColumn = col('tags');

  /**
   * Endpoint cells that named one actor, with its id: endpoint names repeat over thousands
   * of rows, and a name once found always resolves the same (Endpoints caches its hits).
   */
  const found = new Map<string, string[]>();

  /** The actor ids of one endpoint cell, or null after reporting an error. */
  const endpoint = (row: Row, field: 'source' | 'target'): string[] | null => {
    const raw = get(row, field === 'source' ? sourceColumn : targetColumn);
    const known = found.get(raw);
    if (known) return known;
    const column = headerOf(field);
    const place = { file: opened.name, line: row.line, column };
    const text = cleanName(raw);
    if (text === '') {
      report.add(
        error(
          place,
          'missing-endpoint',
          `Ligne ${row.line} : la colonne ${quoted(column).fr} est vide ; le lien n’a pas été importé. Indiquez l’acteur (nom ou identifiant) ou supprimez la ligne.`,
          `Line ${row.line}: column ${quoted(column).en} is empty; the link was not imported. Name the actor (name or id) or delete the row.`,
        ),
      );
      return null;
    }
    const whole = endpoints.resolve(text);
    // Kumu writes several endpoints in one cell, separated by |.
    const values =
      whole === null && text.includes('|')
        ? text
            .split('|')
            .map(cleanName)
            .filter((v) => v !== '')
        : [text];
    const ids: string[] = [];
    for (const value of values) {
      const r = values.length === 1 ? whole : endpoints.resolve(value);
      if (r && 'id' in r) {
        if (!ids.includes(r.id)) ids.push(r.id);
        continue;
      }
      if (endpoints.createMissing && r === null) {
        ids.push(
          endpoints.create(value, opened.name, row.line, ctx.actorType(value) ?? 'autre').id,
        );
        continue;
      }
      reportUnresolved(report, endpoints, place, value, r, 'endpoint');
      return null;
    }
    if (values.length === 1 && whole && 'id' in whole) found.set(raw, ids);
    return ids;
  };

  const typeCells = new Map<string, { types: string[]; directed: boolean | undefined }>();
  /** A type cell: its link types (case and accents aside, once each) and any direction word. */
  const typeCell = (text: string) => {
    let r = typeCells.get(text);
    if (!r) {
      r = { types: [], directed: undefined };
      for (const t of splitList(text)) {
        const d = DIRECTED_TYPES.get(fold(t));
        if (d !== undefined) r.directed = d;
        else if (!r.types.some((x) => fold(x) === fold(t))) r.types.push(t);
      }
      remember(typeCells, text, r);
    }
    return r;
  };

  const schemeCells = new Map<string, { schemes: string[]; unknown: string[] }>();
  /** A scheme cell: the schemes it names (once each) and its values that name none. */
  const schemeCellOf = (text: string) => {
    let r = schemeCells.get(text);
    if (!r) {
      r = { schemes: [], unknown: [] };
      for (const v of splitList(text)) {
        const names = findSchemes(v, ctx.index).schemes;
        if (names.length === 0) r.unknown.push(v);
        for (const s of names) if (!r.schemes.includes(s)) r.schemes.push(s);
      }
      remember(schemeCells, text, r);
    }
    return r;
  };

  const scores = new Map<string, ScoreResult>();
  const strengthOf = (text: string): ScoreResult => {
    let r = scores.get(text);
    if (!r) {
      r = parseScore(text, 1, 3);
      remember(scores, text, r);
    }
    return r;
  };

  const onRow = (row: Row): boolean => {
    const sources = endpoint(row, 'source');
    const targets = endpoint(row, 'target');
    if (!sources || !targets) return false;
    for (const s of sources) {
      if (targets.includes(s)) {
        const name = cleanName(get(row, targetColumn));
        report.add(
          error(
            { file: opened.name, line: row.line, column: headerOf('target') },
            'self-link',
            `Ligne ${row.line} : le lien relie ${quoted(name).fr} à lui-même ; il n’a pas été importé. Vérifiez les colonnes ${quoted(headerOf('source')).fr} et ${quoted(headerOf('target')).fr}.`,
            `Line ${row.line}: the link joins ${quoted(name).en} to itself; it was not imported. Check columns ${quoted(headerOf('source')).en} and ${quoted(headerOf('target')).en}.`,
          ),
        );
        return false;
      }
    }
    const attributes: Record<string, string> = {};
    const typeText = get(row, typeColumn);
    const { types, directed: typeDirection } = typeText === '' ? NO_TYPES : typeCell(typeText);
    let directed = typeDirection;
    let strength: number | undefined;
    const strengthCell = get(row, strengthColumn);
    const score = strengthCell === '' ? EMPTY_SCORE : strengthOf(strengthCell);
    if (score.kind === 'ok') strength = score.value;
    else if (score.kind !== 'empty') {
      report.add(
        warning(
          at(row, 'strength'),
          'invalid-score',
          `Ligne ${row.line} : ${quoted(strengthCell).fr} n’est pas une intensité de 1 à 3 ; valeur ignorée, le lien est importé.`,
          `Line ${row.line}: ${quoted(strengthCell).en} is not a strength from 1 to 3; value ignored, the link is imported.`,
        ),
      );
    }
    const schemeCell = get(row, schemeColumn);
    let schemes: string[] = NO_SCHEMES;
    if (schemeCell !== '') {
      const { schemes: named, unknown } = schemeCellOf(schemeCell);
      schemes = [...named];
      if (unknown.length > 0) {
        attributes[headerOf('scheme')] = schemeCell;
        const list = quotedList(unknown);
        report.add(
          warning(
            at(row, 'scheme'),
            'unknown-scheme',
            `Ligne ${row.line} : ${list.fr} ne nomme aucun dispositif connu (CLS, CLSM, ASV, Contrat de ville…) ; la cellule est gardée comme attribut. Corrigez le nom du dispositif.`,
            `Line ${row.line}: ${list.en} names no known scheme (CLS, CLSM, ASV, Contrat de ville…); the cell is kept as an attribute. Correct the scheme's name.`,
          ),
        );
      }
    }
    for (const sc of layout.schemes) {
      if (!isNo(row.values[sc.index] ?? '') && !schemes.includes(sc.scheme)) {
        if (schemes === NO_SCHEMES) schemes = [];
        schemes.push(sc.scheme);
      }
    }
    const directedCell = get(row, directedColumn);
    const d = directedCell === '' ? undefined : parseBoolean(directedCell, 'directed');
    if (d === null) {
      report.add(
        warning(
          at(row, 'directed'),
          'invalid-boolean',
          `Ligne ${row.line} : ${quoted(directedCell).fr} ne dit pas si le lien est orienté (oui/non) ; le lien est importé non orienté.`,
          `Line ${row.line}: ${quoted(directedCell).en} does not say whether the link is directed (yes/no); the link is imported undirected.`,
        ),
      );
    } else if (d !== undefined) directed = d;
    const tagsCell = get(row, tagsColumn);
    if (tagsCell !== '') {
      const other: string[] = [];
      for (const tag of splitList(tagsCell)) {
        const scheme = ctx.exactScheme(tag);
        if (scheme) {
          if (!schemes.includes(scheme)) {
            if (schemes === NO_SCHEMES) schemes = [];
            schemes.push(scheme);
          }
        } else other.push(tag);
      }
      if (other.length > 0) attributes[headerOf('tags')] = other.join(' | ');
    }
    for (const a of layout.attributes) {
      const value = (row.values[a.index] ?? '').trim();
      if (value !== '') attributes[a.header] = value;
    }
    for (const x of row.extra) attributes[x.header] = x.value;

    for (const source of sources) {
      for (const target of targets) {
        const link: Link = {
          source,
          target,
          types: [...types],
          schemes: [...schemes],
          directed: directed ?? false,
          attributes: { ...attributes },
          files: [opened.name],
          sources: [{ file: opened.name, line: row.line }],
        };
        if (strength !== undefined) link.strength = strength;
        links.push(link);
      }
    }
    return true;
  };

  readRows(opened, report, onRow);

  const created = endpoints.created.length - createdBefore;
  if (created > 0) {
    report.add(
      info(
        { file: opened.name },
        'actors-from-links',
        `Aucun fichier d’acteurs n’a été importé : ${created} acteur(s) ont été créés à partir des noms de ce fichier de liens (type deviné d’après le nom, sinon « Autre »). Importez aussi un fichier d’acteurs pour préciser types, secteurs et instances.`,
        `No actors file was imported: ${created} actor(s) were created from the names in this links file (type guessed from the name, else "Other"). Import an actors file too to give types, sectors and bodies.`,
      ),
    );
  }
  return links;
}
