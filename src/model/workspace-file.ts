// The workspace as one JSON file: actors, merged links, expected compositions, the app's
// views and settings (opaque here), positions and the import report. Saving then opening
// gives the same graph (nodes, edges and every attribute) and so the same analysis.
//
// Opening never throws: a file that is not JSON, not a Maillage workspace, from a newer
// version or damaged gives one message in French and English saying what is wrong and where.
import {
  defaultReference,
  type ExpectedComposition,
  type Lang,
  type Localized,
  type ReferenceData,
  type CrossSchemeRuleSettings,
  type ImportReport,
} from '../domain';
import { exportGraph, exportedValue } from './anonymize.ts';
import type { SavedMapping } from './column-mapping.ts';
import type { GraphAttributes, MaillageGraph } from './graph.ts';
import type { EditHistory } from './edits/history.ts';
import { graphContents } from './rebuild.ts';
import {
  array,
  checkedGraph,
  field,
  Invalid,
  isObject,
  num,
  object,
  readActor,
  readExpected,
  readLink,
  readMappings,
  readPositions,
  readReport,
  readRules,
  str,
} from './workspace-read.ts';
import {
  damagedWorkspace,
  NOT_A_WORKSPACE,
  newerWorkspace,
  notJson,
  THE_DOCUMENT as TOP,
  unknownWorkspaceVersion,
  unreadableWorkspace,
} from './messages.ts';
import { readHistory } from './workspace-read-history.ts';
import { readVersions } from './workspace-read-versions.ts';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Point,
  type WorkspaceDocument,
  type WorkspaceVersion,
} from './workspace-document.ts';

/** The versions this code opens. */
const READABLE_VERSIONS: readonly unknown[] = [1, 2];

/** What the app hands over to save. */
export interface WorkspaceContents {
  title: string;
  graph: MaillageGraph;
  expected?: ExpectedComposition[] | null;
  views?: unknown[];
  settings?: Record<string, unknown>;
  positions?: Record<string, Point> | null;
  report?: ImportReport | null;
  mappings?: readonly SavedMapping[];
  history?: EditHistory | null;
  rules?: CrossSchemeRuleSettings | null;
  versions?: readonly WorkspaceVersion[];
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
  const history = contents.history;
  if (history && !anonymous && history.undo.length + history.redo.length > 0) {
    doc.history = history;
  }
  // Versions quote the names of their time: left out of anonymous files, like the history.
  if (contents.versions?.length && !anonymous) doc.versions = [...contents.versions];
  if (contents.rules)
    doc.rules = exportedValue(exported, contents.rules) as CrossSchemeRuleSettings;
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
    return failure(notJson(detail));
  }
  if (!isObject(data) || data.format !== WORKSPACE_FORMAT) {
    return failure(NOT_A_WORKSPACE);
  }
  if (!READABLE_VERSIONS.includes(data.version)) {
    const v = JSON.stringify(data.version ?? null);
    const newer = typeof data.version === 'number' && data.version > WORKSPACE_VERSION;
    return failure(newer ? newerWorkspace(v) : unknownWorkspaceVersion(v));
  }
  try {
    const document = readDocument(data);
    return { ok: true, document, graph: checkedGraph(document) };
  } catch (e) {
    if (e instanceof Invalid) {
      return failure(damagedWorkspace(e.where, e.what));
    }
    const detail = e instanceof Error ? e.message : String(e);
    return failure(unreadableWorkspace(detail));
  }
}

function failure(error: Localized): ParsedWorkspace {
  return { ok: false, error };
}

/** The document's fields, each checked (workspace-read.ts); throws `Invalid`. */
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
  if (o.history !== undefined && o.history !== null) {
    doc.history = readHistory(o.history, field(TOP, 'history'));
  }
  if (o.rules !== undefined && o.rules !== null) {
    doc.rules = readRules(o.rules, field(TOP, 'rules'));
  }
  if (o.versions !== undefined && o.versions !== null) {
    doc.versions = readVersions(o.versions, field(TOP, 'versions'));
  }
  return doc;
}
