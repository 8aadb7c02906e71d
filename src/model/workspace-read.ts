// Reading a workspace file's JSON back, checking every field: a damaged file gives where
// and what is wrong (Invalid, caught by workspace-file.ts parseWorkspaceFile). Here the
// checks and the readers of the document's parts (actors, links, expected compositions,
// report, mappings, positions, rules); the versions and the edit history have files of
// their own (workspace-read-versions.ts, workspace-read-history.ts), and workspace-file.ts
// reads the whole document with them.
import {
  recordOf,
  safeId,
  type Actor,
  type ColumnMapping,
  type CompositionRule,
  type DoubtfulPair,
  type ExpectedComposition,
  type FileReport,
  type ImportIssue,
  type Localized,
  type SourceRef,
  TEXT_ENCODINGS,
  type CrossSchemeRule,
  type CrossSchemeRuleSettings,
  type ImportReport,
} from '../domain';
import type { SavedMapping } from './column-mapping.ts';
import type { LinkAttributes, MaillageGraph } from './graph.ts';
import { rebuildGraph } from './rebuild.ts';
import {
  IS_EMPTY,
  idTaken,
  reservedId,
  inField,
  JOINS_ITSELF,
  nthItem,
  SHOULD_BE,
  shouldBeOneOf,
  THE_RULES,
  unknownEnd,
} from './messages.ts';
import type { Point, WorkspaceDocument } from './workspace-document.ts';
// ------------------------------------------------------------------------------- checks

/** A place in the file and what is wrong with it; caught by parseWorkspaceFile. */
export class Invalid extends Error {
  constructor(
    readonly where: Localized,
    readonly what: Localized,
  ) {
    super(where.en + ' ' + what.en);
  }
}

export type Where = Localized;
/** The readers name places with it often: a short name. */
export const field = inField;

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function invalid(where: Where, what: Localized): never {
  throw new Invalid(where, what);
}

export function object(value: unknown, where: Where): Record<string, unknown> {
  if (!isObject(value)) invalid(where, SHOULD_BE.object);
  return value;
}

export function array(value: unknown, where: Where): unknown[] {
  if (!Array.isArray(value)) invalid(where, SHOULD_BE.list);
  return value;
}

export function str(value: unknown, where: Where): string {
  if (typeof value !== 'string') invalid(where, SHOULD_BE.text);
  return value;
}

export function num(value: unknown, where: Where): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    invalid(where, SHOULD_BE.number);
  }
  return value;
}

export function bool(value: unknown, where: Where): boolean {
  if (typeof value !== 'boolean') invalid(where, SHOULD_BE.boolean);
  return value;
}

function strings(value: unknown, where: Where): string[] {
  return array(value, where).map((v, i) => str(v, field(where, String(i))));
}

function stringRecord(value: unknown, where: Where): Record<string, string> {
  const o = object(value, where);
  return recordOf(Object.entries(o).map(([k, v]) => [k, str(v, field(where, k))] as const));
}

function listRecord(value: unknown, where: Where): Record<string, string[]> {
  const o = object(value, where);
  return recordOf(Object.entries(o).map(([k, v]) => [k, strings(v, field(where, k))] as const));
}

function localized(value: unknown, where: Where): Localized {
  const o = object(value, where);
  return { fr: str(o.fr, field(where, 'fr')), en: str(o.en, field(where, 'en')) };
}

function oneOf<T extends string>(value: unknown, options: readonly T[], where: Where): T {
  if (!options.includes(value as T)) {
    invalid(where, shouldBeOneOf(options));
  }
  return value as T;
}

/** An optional field: absent or null → undefined. */
function optional<T>(
  o: Record<string, unknown>,
  key: string,
  where: Where,
  read: (v: unknown, w: Where) => T,
): T | undefined {
  const v = o[key];
  return v === undefined || v === null ? undefined : read(v, field(where, key));
}

function sources(value: unknown, where: Where): SourceRef[] {
  return array(value, where).map((v, i) => {
    const w = field(where, String(i));
    const o = object(v, w);
    return { file: str(o.file, field(w, 'file')), line: num(o.line, field(w, 'line')) };
  });
}

export function readActor(value: unknown, i: number): Actor {
  const where = nthItem('actor', i);
  const o = object(value, where);
  const id = str(o.id, field(where, 'id'));
  if (id === '') invalid(field(where, 'id'), IS_EMPTY);
  if (safeId(id) !== id) invalid(field(where, 'id'), reservedId(id, safeId(id)));
  const actor: Actor = {
    id,
    name: str(o.name, field(where, 'name')),
    type: str(o.type, field(where, 'type')),
    sectors: strings(o.sectors, field(where, 'sectors')),
    schemes: listRecord(o.schemes, field(where, 'schemes')),
    groups: listRecord(o.groups, field(where, 'groups')),
    attributes: stringRecord(o.attributes, field(where, 'attributes')),
    files: strings(o.files, field(where, 'files')),
    sources: sources(o.sources, field(where, 'sources')),
  };
  for (const key of ['typeText', 'territory', 'role', 'siret', 'finess', 'rpps'] as const) {
    const v = optional(o, key, where, str);
    if (v !== undefined) actor[key] = v;
  }
  for (const key of ['influence', 'interest'] as const) {
    const v = optional(o, key, where, num);
    if (v !== undefined) actor[key] = v;
  }
  const person = optional(o, 'person', where, bool);
  if (person !== undefined) actor.person = person;
  return actor;
}

export function readLink(value: unknown, i: number): LinkAttributes {
  const where = nthItem('link', i);
  const o = object(value, where);
  const link: LinkAttributes = {
    source: str(o.source, field(where, 'source')),
    target: str(o.target, field(where, 'target')),
    types: strings(o.types, field(where, 'types')),
    schemes: strings(o.schemes, field(where, 'schemes')),
    directed: bool(o.directed, field(where, 'directed')),
    attributes: stringRecord(o.attributes, field(where, 'attributes')),
    files: strings(o.files, field(where, 'files')),
    sources: sources(o.sources, field(where, 'sources')),
    count: optional(o, 'count', where, num) ?? 1,
  };
  const strength = optional(o, 'strength', where, num);
  if (strength !== undefined) link.strength = strength;
  const weight = optional(o, 'weight', where, num);
  if (weight !== undefined) link.weight = weight;
  if (o.reciprocal === true) link.reciprocal = true;
  return link;
}

export function readExpected(value: unknown, where: Where): ExpectedComposition[] {
  return array(value, where).map((v, i) => {
    const w = field(where, String(i));
    const o = object(v, w);
    return {
      scheme: str(o.scheme, field(w, 'scheme')),
      body: str(o.body, field(w, 'body')),
      rules: array(o.rules, field(w, 'rules')).map((r, j) => {
        const rw = field(field(w, 'rules'), String(j));
        const ro = object(r, rw);
        const rule: CompositionRule = {
          level: oneOf(ro.level, ['required', 'recommended'] as const, field(rw, 'level')),
          kind: oneOf(ro.kind, ['type', 'sector'] as const, field(rw, 'kind')),
          anyOf: strings(ro.anyOf, field(rw, 'anyOf')),
        };
        const note = optional(ro, 'note', rw, localized);
        if (note) rule.note = note;
        return rule;
      }),
    };
  });
}

export function readReport(value: unknown, where: Where): ImportReport {
  const o = object(value, where);
  const files = array(o.files, field(where, 'files')).map((v, i): FileReport => {
    const w = field(field(where, 'files'), String(i));
    const f = object(v, w);
    const report: FileReport = {
      name: str(f.name, field(w, 'name')),
      role: f.role === null ? null : oneOf(f.role, ['actors', 'links'] as const, field(w, 'role')),
      encoding:
        f.encoding === null ? null : oneOf(f.encoding, TEXT_ENCODINGS, field(w, 'encoding')),
      delimiter: f.delimiter === null ? null : str(f.delimiter, field(w, 'delimiter')),
      // A workbook's sheet, and the header's row (import of real files).
      ...(f.workbook === undefined ? {} : { workbook: str(f.workbook, field(w, 'workbook')) }),
      ...(f.sheet === undefined ? {} : { sheet: str(f.sheet, field(w, 'sheet')) }),
      ...(f.headerLine === undefined
        ? {}
        : { headerLine: num(f.headerLine, field(w, 'headerLine')) }),
      rows: num(f.rows, field(w, 'rows')),
      imported: num(f.imported, field(w, 'imported')),
      columns: readColumns(f.columns, field(w, 'columns')),
    };
    return report;
  });
  const issues = array(o.issues, field(where, 'issues')).map((v, i): ImportIssue => {
    const w = field(field(where, 'issues'), String(i));
    const x = object(v, w);
    const issue: ImportIssue = {
      file: str(x.file, field(w, 'file')),
      severity: oneOf(x.severity, ['error', 'warning', 'info'] as const, field(w, 'severity')),
      code: str(x.code, field(w, 'code')),
      message: localized(x.message, field(w, 'message')),
    };
    const line = optional(x, 'line', w, num);
    if (line !== undefined) issue.line = line;
    const column = optional(x, 'column', w, str);
    if (column !== undefined) issue.column = column;
    return issue;
  });
  const doubtful = array(o.doubtful, field(where, 'doubtful')).map((v, i): DoubtfulPair => {
    const w = field(field(where, 'doubtful'), String(i));
    const d = object(v, w);
    const a = str(d.a, field(w, 'a'));
    const b = str(d.b, field(w, 'b'));
    return {
      a,
      b,
      // Workspaces saved before the names were kept: the ids stand in.
      aName: optional(d, 'aName', w, str) ?? a,
      bName: optional(d, 'bName', w, str) ?? b,
      reason: localized(d.reason, field(w, 'reason')),
    };
  });
  return { files, issues, doubtful };
}

function readColumns(value: unknown, where: Where): ColumnMapping[] {
  return array(value, where).map((c, j) => {
    const cw = field(where, String(j));
    const co = object(c, cw);
    const column: ColumnMapping = {
      header: str(co.header, field(cw, 'header')),
      field: co.field === null ? null : str(co.field, field(cw, 'field')),
    };
    if (optional(co, 'manual', cw, bool)) column.manual = true;
    return column;
  });
}

export function readMappings(value: unknown, where: Where): SavedMapping[] {
  return array(value, where).map((v, i) => {
    const w = field(where, String(i));
    const o = object(v, w);
    return {
      signature: str(o.signature, field(w, 'signature')),
      role: oneOf(o.role, ['actors', 'links'] as const, field(w, 'role')),
      columns: readColumns(o.columns, field(w, 'columns')),
    };
  });
}

export function readPositions(value: unknown, where: Where): Record<string, Point> {
  const o = object(value, where);
  return Object.fromEntries(
    Object.entries(o).map(([id, p]) => {
      const w = field(where, id);
      const po = object(p, w);
      return [id, { x: num(po.x, field(w, 'x')), y: num(po.y, field(w, 'y')) }];
    }),
  );
}

/** The graph of a document whose actors and links agree (ids unique, endpoints known). */
export function checkedGraph(doc: WorkspaceDocument): MaillageGraph {
  const ids = new Set<string>();
  doc.actors.forEach((a, i) => {
    if (ids.has(a.id)) {
      invalid(field(nthItem('actor', i), 'id'), idTaken(a.id));
    }
    ids.add(a.id);
  });
  doc.links.forEach((l, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(l[end])) {
        invalid(field(nthItem('link', i), end), unknownEnd(l[end]));
      }
    }
    if (l.source === l.target) {
      invalid(nthItem('link', i), JOINS_ITSELF);
    }
  });
  return rebuildGraph(doc.actors, doc.links, doc.skipped);
}

function readRule(value: unknown, where: Where): CrossSchemeRule {
  const o = object(value, where);
  const w = object(o.who, field(where, 'who'));
  const ww = field(where, 'who');
  const at = object(o.sitsIn, field(where, 'sitsIn'));
  const aw = field(where, 'sitsIn');
  const who: CrossSchemeRule['who'] = {};
  const types = optional(w, 'types', ww, strings);
  if (types) who.types = types;
  for (const key of ['scheme', 'body', 'role'] as const) {
    const v = optional(w, key, ww, str);
    if (v !== undefined) who[key] = v;
  }
  const rule: CrossSchemeRule = {
    id: str(o.id, field(where, 'id')),
    label: localized(o.label, field(where, 'label')),
    enabled: bool(o.enabled, field(where, 'enabled')),
    who,
    sitsIn: { scheme: str(at.scheme, field(aw, 'scheme')), body: str(at.body, field(aw, 'body')) },
  };
  for (const key of ['unmet', 'notFound', 'source'] as const) {
    const v = optional(o, key, where, localized);
    if (v) rule[key] = v;
  }
  return rule;
}

/** Cross-scheme rule settings as the workspace file keeps them (`maillage analyze --rules`
 * reads them alone); throws `Invalid` saying where they are wrong. */
export function readRuleSettings(value: unknown): CrossSchemeRuleSettings {
  return readRules(value, THE_RULES);
}

export function readRules(value: unknown, where: Where): CrossSchemeRuleSettings {
  const o = object(value, where);
  const switched = object(o.switched, field(where, 'switched'));
  return {
    switched: recordOf(
      Object.entries(switched).map(([k, v]) => [k, bool(v, field(field(where, 'switched'), k))]),
    ),
    custom: array(o.custom, field(where, 'custom')).map((r, i) =>
      readRule(r, field(field(where, 'custom'), String(i))),
    ),
  };
}
