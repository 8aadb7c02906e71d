// Rows of an actors file → Actor objects (types.ts), with an issue for everything doubtful.
//
// Every row with a name becomes an actor: rows sharing an id or a name (homonyms, repeated
// rows) are told apart or merged in merge.ts, never refused.
import { emptyRecord, safeId, slug, type Actor } from '../domain';
import { parseBoolean, parseSchemeList, parseScore, splitList } from './cells.ts';
import { columnLayout } from './columns.ts';
import type { ImportContext } from './context.ts';
import type { OpenedFile } from './file.ts';
import {
  invalidScoreWords,
  unknownBodyMessage,
  unknownSchemesWords,
  unknownSectorsMessage,
  unknownTypeMessage,
} from './field-messages.ts';
import {
  actorSchemeIgnored,
  missingName,
  onLine,
  personUnclear,
  scoreIgnored,
  typesGuessed,
} from './messages/rows.ts';
import { readRows, type Row } from './rows.ts';
import { identifierProblem, OFFICIAL_IDS } from './identifiers.ts';
import { error, info, warning } from './report.ts';

export interface FileActors {
  file: string;
  actors: Actor[];
  /** Ids that came from an id column (the others were derived from the name). */
  explicitIds: Set<string>;
  /** The cells of a partners column, for partners.ts (empty when the file has none). */
  partners: PartnerCell[];
}

/** A cell of a partners column: the names of the actors the row's actor works with. */
export interface PartnerCell {
  actor: Actor;
  line: number;
  column: string;
  cell: string;
}

/** Collapses runs of spaces and newlines inside a name. */
export function cleanName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Adds scheme membership: `[]` means plain member; bodies are unioned. */
export function addMembership(
  actor: Pick<Actor, 'schemes' | 'groups'>,
  scheme: string,
  bodies: readonly string[],
  groups: readonly string[] = [],
): void {
  const list = (actor.schemes[scheme] ??= []);
  for (const b of bodies) addUnique(list, b);
  if (groups.length > 0) {
    const g = (actor.groups[scheme] ??= []);
    for (const name of groups) addUnique(g, name);
  }
}

const SCORES = ['influence', 'interest'] as const;

export function readActors(opened: OpenedFile, ctx: ImportContext): FileActors {
  const layout = columnLayout(opened.mappings);
  const col = (field: string) => layout.fields.get(field);
  const headerOf = (field: string) => opened.headers[col(field)!]!;
  const out: FileActors = {
    file: opened.name,
    actors: [],
    explicitIds: new Set(),
    partners: [],
  };
  let guessedTypes = 0;
  let untyped = 0;
  const report = ctx.report;
  // Column indices, looked up once rather than per cell.
  const nameColumn = col('name');
  const idColumn = col('id');
  const typeColumn = col('type');
  const sectorsColumn = col('sectors');
  const territoryColumn = col('territory');
  const roleColumn = col('role');
  const personColumn = col('person');
  const schemesColumn = col('schemes');
  const tagsColumn = col('tags');
  const partnersColumn = col('partners');
  const scoreColumns = SCORES.map((field) => ({ field, index: col(field) }));
  const officialColumns = OFFICIAL_IDS.map((kind) => ({ kind, index: col(kind) }));

  const get = (row: Row, i: number | undefined): string =>
    i === undefined ? '' : (row.values[i] ?? '');
  const at = (row: Row, field: string) => ({
    file: opened.name,
    line: row.line,
    column: headerOf(field),
  });

  const onRow = (row: Row): boolean => {
    const name = cleanName(get(row, nameColumn));
    if (name === '') {
      report.add(
        error(at(row, 'name'), 'missing-name', onLine(row.line, missingName(headerOf('name')))),
      );
      return false;
    }
    const idCell = get(row, idColumn);
    const explicit = idCell !== '';
    // Rows sharing an id or a name are sorted out in merge.ts (homonyms kept apart, true
    // duplicates merged): no row is refused here for its id.
    const id = explicit ? safeId(idCell) : slug(name);
    if (explicit) out.explicitIds.add(id);

    const actor: Actor = {
      id,
      name,
      type: 'autre',
      sectors: [],
      schemes: emptyRecord(),
      groups: emptyRecord(),
      attributes: emptyRecord(),
      files: [opened.name],
      sources: [{ file: opened.name, line: row.line }],
    };

    // Type: the column when it is readable, else a guess from the name.
    const typeCell = get(row, typeColumn);
    if (typeCell !== '') {
      const type = ctx.typeCell(typeCell);
      if (type) actor.type = type;
      else {
        actor.attributes[headerOf('type')] = typeCell;
        actor.typeText = typeCell;
        const m = unknownTypeMessage(typeCell);
        report.add(warning(at(row, 'type'), 'unknown-type', onLine(row.line, m)));
      }
    } else {
      untyped++;
      const guess = ctx.actorType(name);
      if (guess) {
        actor.type = guess;
        guessedTypes++;
      }
    }

    const sectorCell = get(row, sectorsColumn);
    if (sectorCell !== '') {
      const { ids, unknown } = ctx.sectorCell(sectorCell);
      for (const id of ids) addUnique(actor.sectors, id);
      if (unknown.length > 0) {
        const m = unknownSectorsMessage(unknown);
        report.add(warning(at(row, 'sectors'), 'unknown-sector', onLine(row.line, m)));
      }
    }

    const territory = cleanName(get(row, territoryColumn));
    if (territory) actor.territory = territory;
    const role = get(row, roleColumn).trim();
    if (role) actor.role = role;

    for (const { field, index } of scoreColumns) {
      const raw = get(row, index);
      if (raw === '') continue;
      const score = parseScore(raw, 1, 5);
      if (score.kind === 'ok') actor[field] = score.value;
      else if (score.kind !== 'empty') {
        report.add(
          warning(
            at(row, field),
            'invalid-score',
            onLine(row.line, scoreIgnored(invalidScoreWords(raw, 5))),
          ),
        );
      }
    }

    const personCell = get(row, personColumn);
    const person = personCell === '' ? undefined : parseBoolean(personCell, 'person');
    if (person === null) {
      report.add(
        warning(at(row, 'person'), 'invalid-boolean', onLine(row.line, personUnclear(personCell))),
      );
    } else if (person !== undefined) actor.person = person;

    for (const { kind, index } of officialColumns) {
      const value = get(row, index);
      if (value === '') continue;
      actor[kind] = value;
      const problem = identifierProblem(kind, value);
      if (problem) {
        report.add(warning(at(row, kind), 'suspicious-identifier', onLine(row.line, problem)));
      }
    }

    const schemesCell = get(row, schemesColumn);
    if (schemesCell !== '') {
      const { entries, unknown } = parseSchemeList(schemesCell, ctx.index);
      for (const e of entries) {
        addMembership(
          actor,
          e.scheme,
          e.part.body ? [e.part.body] : [],
          e.part.group ? [e.part.group] : [],
        );
        if (e.part.unknown) unknownBody(row.line, headerOf('schemes'), e.scheme, e.part.text);
      }
      if (unknown.length > 0) {
        const m = unknownSchemesWords(unknown);
        report.add(
          warning(at(row, 'schemes'), 'unknown-scheme', onLine(row.line, actorSchemeIgnored(m))),
        );
      }
    }

    for (const sc of layout.schemes) {
      const value = row.values[sc.index] ?? '';
      const m = ctx.schemeCell(value, sc.scheme);
      if (!m.member) continue;
      addMembership(actor, sc.scheme, m.bodies, m.groups);
      for (const u of m.unknown) unknownBody(row.line, sc.header, sc.scheme, u);
    }

    const tagsCell = get(row, tagsColumn);
    if (tagsCell !== '') {
      const other: string[] = [];
      for (const tag of splitList(tagsCell)) {
        const scheme = ctx.exactScheme(tag);
        const sector = scheme ? undefined : ctx.exactSector(tag);
        if (scheme) addMembership(actor, scheme, []);
        else if (sector) addUnique(actor.sectors, sector);
        else other.push(tag);
      }
      if (other.length > 0) actor.attributes[headerOf('tags')] = other.join(' | ');
    }

    // Partners become links once every actor file is read and merged (partners.ts).
    const partnersCell = get(row, partnersColumn);
    if (partnersCell !== '') {
      out.partners.push({
        actor,
        line: row.line,
        column: headerOf('partners'),
        cell: partnersCell,
      });
    }

    for (const a of layout.attributes) {
      const value = (row.values[a.index] ?? '').trim();
      if (value !== '') actor.attributes[a.header] = value;
    }
    for (const x of row.extra) actor.attributes[x.header] = x.value;

    out.actors.push(actor);
    return true;
  };

  const unknownBody = (line: number, column: string, scheme: string, text: string) => {
    const m = unknownBodyMessage(scheme, text, slug(text));
    report.add(warning({ file: opened.name, line, column }, 'unknown-body', onLine(line, m)));
  };

  readRows(opened, report, onRow);

  if (untyped > 0) {
    report.add(info({ file: opened.name }, 'types-guessed', typesGuessed(untyped, guessedTypes)));
  }
  return out;
}
