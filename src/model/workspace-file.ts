// The workspace as one JSON file: actors, merged links, expected compositions, the app's
// views and settings (opaque here), positions and the import report. Saving then opening
// gives the same graph (nodes, edges and every attribute) and so the same analysis.
//
// Opening never throws: a file that is not JSON, not a Maillage workspace, from a newer
// version or damaged gives one message in French and English saying what is wrong and where.
import {
  recordOf,
  defaultReference,
  type Actor,
  type ColumnMapping,
  type CompositionRule,
  type DoubtfulPair,
  type ExpectedComposition,
  type FileReport,
  type ImportIssue,
  type Lang,
  type Localized,
  type ReferenceData,
  type SourceRef,
  TEXT_ENCODINGS,
} from '../domain';
import { exportGraph, exportedValue } from './anonymize.ts';
import type { SavedMapping } from './column-mapping.ts';
import type { GraphAttributes, LinkAttributes, MaillageGraph } from './graph.ts';
import { graphContents, rebuildGraph } from './rebuild.ts';

export const WORKSPACE_FORMAT = 'maillage-workspace';
export const WORKSPACE_VERSION = 1;

export interface Point {
  x: number;
  y: number;
}

/** The import report as the app keeps it. */
export interface WorkspaceReport {
  files: FileReport[];
  issues: ImportIssue[];
  doubtful: DoubtfulPair[];
}

export interface WorkspaceDocument {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  /** ISO 8601. */
  savedAt: string;
  title: string;
  actors: Actor[];
  /** Merged links, as in the graph (one per pair of actors, `count` rows merged). */
  links: LinkAttributes[];
  /** The expected compositions the user edited; null = the reference ones. */
  expected: ExpectedComposition[] | null;
  /** Owned by the app, kept as given. */
  views: unknown[];
  /** Owned by the app, kept as given. */
  settings: Record<string, unknown>;
  /** Actor id → position on the map; null when the map has none yet. */
  positions: Record<string, Point> | null;
  /** Rows the graph build left out (GraphAttributes), so the graph is the same. */
  skipped?: GraphAttributes['skipped'];
  /** Left out of anonymous files: it quotes the files' cells, names included. */
  report?: WorkspaceReport;
  /**
   * Columns mapped by hand, by the header row they were made for (added within version 1:
   * older files have none, and older versions of the app skip it).
   */
  mappings?: SavedMapping[];
}

/** What the app hands over to save. */
export interface WorkspaceContents {
  title: string;
  graph: MaillageGraph;
  expected?: ExpectedComposition[] | null;
  views?: unknown[];
  settings?: Record<string, unknown>;
  positions?: Record<string, Point> | null;
  report?: WorkspaceReport | null;
  mappings?: readonly SavedMapping[];
}

export interface WorkspaceFileOptions {
  /** Persons shown by role or type, everywhere in the file (see anonymize.ts). */
  anonymous?: boolean;
  ref?: ReferenceData;
  lang?: Lang;
  savedAt?: Date;
}

export function workspaceDocument(
  contents: WorkspaceContents,
  options: WorkspaceFileOptions = {},
): WorkspaceDocument {
  const anonymous = options.anonymous ?? false;
  const exported = exportGraph(contents.graph, {
    anonymous,
    ref: options.ref ?? defaultReference(),
    lang: options.lang ?? 'fr',
  });
  const { actors, links } = graphContents(exported.graph);
  const doc: WorkspaceDocument = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: (options.savedAt ?? new Date()).toISOString(),
    title: exported.redact(contents.title),
    actors,
    links,
    expected: contents.expected ?? null,
    views: exportedValue(exported, contents.views ?? []) as unknown[],
    settings: exportedValue(exported, contents.settings ?? {}) as Record<string, unknown>,
    positions: (exportedValue(exported, contents.positions ?? null) ?? null) as Record<
      string,
      Point
    > | null,
  };
  const skipped = exported.graph.getAttribute('skipped') as GraphAttributes['skipped'] | undefined;
  if (skipped) doc.skipped = skipped;
  if (contents.report && !anonymous) doc.report = contents.report;
  // Headers and field names only: nothing of the rows, so anonymous files keep them too.
  if (contents.mappings?.length) doc.mappings = [...contents.mappings];
  return doc;
}

/** The workspace file's text (JSON, indented so that it reads in a text editor). */
export function toWorkspaceFile(
  contents: WorkspaceContents,
  options: WorkspaceFileOptions = {},
): string {
  return JSON.stringify(workspaceDocument(contents, options), null, 1) + '\n';
}

export type ParsedWorkspace =
  { ok: true; document: WorkspaceDocument; graph: MaillageGraph } | { ok: false; error: Localized };

/** Reads a workspace file and rebuilds its graph; bad files give a bilingual error. */
export function parseWorkspaceFile(text: string): ParsedWorkspace {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failure({
      fr: `Ce fichier n’est pas un espace de travail Maillage : ce n’est pas du JSON lisible (${detail}).`,
      en: `This file is not a Maillage workspace: it is not readable JSON (${detail}).`,
    });
  }
  if (!isObject(data) || data.format !== WORKSPACE_FORMAT) {
    return failure({
      fr: 'Ce fichier n’est pas un espace de travail Maillage (le champ « format » ne vaut pas « maillage-workspace »). Pour importer des acteurs et des liens, utilisez le bouton « Importer des fichiers » (CSV, classeurs, exports d’autres outils).',
      en: 'This file is not a Maillage workspace (its "format" field is not "maillage-workspace"). To import actors and links, use the "Import files" button (CSV, workbooks, exports of other tools).',
    });
  }
  if (data.version !== WORKSPACE_VERSION) {
    const v = JSON.stringify(data.version ?? null);
    const newer = typeof data.version === 'number' && data.version > WORKSPACE_VERSION;
    return failure(
      newer
        ? {
            fr: `Cet espace de travail vient d’une version plus récente de Maillage (format ${v}) ; mettez l’application à jour pour l’ouvrir.`,
            en: `This workspace comes from a newer version of Maillage (format ${v}); update the application to open it.`,
          }
        : {
            fr: `Version d’espace de travail inconnue (${v}) : le fichier est peut-être endommagé.`,
            en: `Unknown workspace version (${v}): the file may be damaged.`,
          },
    );
  }
  try {
    const document = readDocument(data);
    return { ok: true, document, graph: checkedGraph(document) };
  } catch (e) {
    if (e instanceof Invalid) {
      return failure({
        fr: `Espace de travail illisible : ${e.where.fr} ${e.what.fr}. Le fichier a peut-être été modifié à la main ou tronqué.`,
        en: `Unreadable workspace: ${e.where.en} ${e.what.en}. The file may have been edited by hand or cut short.`,
      });
    }
    const detail = e instanceof Error ? e.message : String(e);
    return failure({
      fr: `Espace de travail illisible (${detail}).`,
      en: `Unreadable workspace (${detail}).`,
    });
  }
}

function failure(error: Localized): ParsedWorkspace {
  return { ok: false, error };
}

// ------------------------------------------------------------------------------- checks

/** A place in the file and what is wrong with it; caught by parseWorkspaceFile. */
class Invalid extends Error {
  constructor(
    readonly where: Localized,
    readonly what: Localized,
  ) {
    super(where.en + ' ' + what.en);
  }
}

type Where = Localized;
const field = (where: Where, key: string): Where => ({
  fr: `${where.fr}, champ « ${key} »`,
  en: `${where.en}, field "${key}"`,
});
const item = (fr: string, en: string, i: number): Where => ({
  fr: `${fr} n° ${i + 1}`,
  en: `${en} #${i + 1}`,
});
const TOP: Where = { fr: 'le document', en: 'the document' };

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function invalid(where: Where, fr: string, en: string): never {
  throw new Invalid(where, { fr, en });
}

function object(value: unknown, where: Where): Record<string, unknown> {
  if (!isObject(value)) invalid(where, 'devrait être un objet', 'should be an object');
  return value;
}

function array(value: unknown, where: Where): unknown[] {
  if (!Array.isArray(value)) invalid(where, 'devrait être une liste', 'should be a list');
  return value;
}

function str(value: unknown, where: Where): string {
  if (typeof value !== 'string') invalid(where, 'devrait être un texte', 'should be a text');
  return value;
}

function num(value: unknown, where: Where): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    invalid(where, 'devrait être un nombre', 'should be a number');
  }
  return value;
}

function bool(value: unknown, where: Where): boolean {
  if (typeof value !== 'boolean')
    invalid(where, 'devrait valoir true ou false', 'should be true or false');
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
    invalid(where, `devrait valoir ${options.join(' ou ')}`, `should be ${options.join(' or ')}`);
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

function readActor(value: unknown, i: number): Actor {
  const where = item('acteur', 'actor', i);
  const o = object(value, where);
  const id = str(o.id, field(where, 'id'));
  if (id === '') invalid(field(where, 'id'), 'est vide', 'is empty');
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

function readLink(value: unknown, i: number): LinkAttributes {
  const where = item('lien', 'link', i);
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

function readExpected(value: unknown, where: Where): ExpectedComposition[] {
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

function readReport(value: unknown, where: Where): WorkspaceReport {
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
    const headerLine = optional(f, 'headerLine', w, num);
    if (headerLine !== undefined) report.headerLine = headerLine;
    const workbook = optional(f, 'workbook', w, str);
    if (workbook !== undefined) report.workbook = workbook;
    const sheet = optional(f, 'sheet', w, str);
    if (sheet !== undefined) report.sheet = sheet;
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

function readMappings(value: unknown, where: Where): SavedMapping[] {
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

function readPositions(value: unknown, where: Where): Record<string, Point> {
  const o = object(value, where);
  return Object.fromEntries(
    Object.entries(o).map(([id, p]) => {
      const w = field(where, id);
      const po = object(p, w);
      return [id, { x: num(po.x, field(w, 'x')), y: num(po.y, field(w, 'y')) }];
    }),
  );
}

function readDocument(o: Record<string, unknown>): WorkspaceDocument {
  const doc: WorkspaceDocument = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: str(o.savedAt, field(TOP, 'savedAt')),
    title: str(o.title, field(TOP, 'title')),
    actors: array(o.actors, field(TOP, 'actors')).map(readActor),
    links: array(o.links, field(TOP, 'links')).map(readLink),
    expected:
      o.expected === null || o.expected === undefined
        ? null
        : readExpected(o.expected, field(TOP, 'expected')),
    views: o.views === undefined ? [] : array(o.views, field(TOP, 'views')),
    settings: o.settings === undefined ? {} : object(o.settings, field(TOP, 'settings')),
    positions:
      o.positions === null || o.positions === undefined
        ? null
        : readPositions(o.positions, field(TOP, 'positions')),
  };
  if (o.skipped !== undefined && o.skipped !== null) {
    const w = field(TOP, 'skipped');
    const s = object(o.skipped, w);
    doc.skipped = {
      unknownEndpoint: num(s.unknownEndpoint, field(w, 'unknownEndpoint')),
      selfLoop: num(s.selfLoop, field(w, 'selfLoop')),
      duplicateActor: num(s.duplicateActor, field(w, 'duplicateActor')),
    };
  }
  if (o.report !== undefined && o.report !== null) {
    doc.report = readReport(o.report, field(TOP, 'report'));
  }
  if (o.mappings !== undefined && o.mappings !== null) {
    doc.mappings = readMappings(o.mappings, field(TOP, 'mappings'));
  }
  return doc;
}

/** The graph of a document whose actors and links agree (ids unique, endpoints known). */
function checkedGraph(doc: WorkspaceDocument): MaillageGraph {
  const ids = new Set<string>();
  doc.actors.forEach((a, i) => {
    if (ids.has(a.id)) {
      invalid(
        field(item('acteur', 'actor', i), 'id'),
        `« ${a.id} » est déjà celui d’un autre acteur`,
        `"${a.id}" is already another actor's`,
      );
    }
    ids.add(a.id);
  });
  doc.links.forEach((l, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(l[end])) {
        invalid(
          field(item('lien', 'link', i), end),
          `nomme l’acteur « ${l[end]} », absent de la liste des acteurs`,
          `names actor "${l[end]}", who is not in the list of actors`,
        );
      }
    }
    if (l.source === l.target) {
      invalid(item('lien', 'link', i), 'relie un acteur à lui-même', 'joins an actor to itself');
    }
  });
  return rebuildGraph(doc.actors, doc.links, doc.skipped);
}
