// The import: CSV files → actors, links, per-file reports, issues and doubtful pairs.
//
// Actor files are read first and merged (merge.ts), then links — the names of a partners
// column (partners.ts), then the links files — are resolved against all the actors. A fatal problem in one file (not a CSV, empty, no name column…) is reported and
// never stops the other files. Every data row ends up either in the result (an actor, merged
// or not, or a link) or in the report with an error: FileReport.rows = imported + rows with
// an error. Rows are read one at a time (parse.ts), so a big file costs its text plus the
// objects built from it.
import {
  defaultReference,
  indexReference,
  type Actor,
  type FileReport,
  type ImportResult,
  type InputFile,
  type Link,
  type ReferenceData,
} from '../domain';
import { readActors, type FileActors } from './actors.ts';
import { ImportContext } from './context.ts';
import { expandInputs } from './expand.ts';
import { emptyFileReport, openFile, type OpenedFile } from './file.ts';
import { unexpectedError } from './messages/file.ts';
import { Endpoints } from './endpoints.ts';
import { readLinks } from './links.ts';
import { mergeActorFiles } from './merge.ts';
import { readPartners } from './partners.ts';
import { error, Report } from './report.ts';
import { findDoubtfulPairs } from './similar.ts';
import type { Source } from './source.ts';

export interface ImportOptions {
  /**
   * Actors already in the workspace: link endpoints are also looked up among them (they are
   * not returned). When given, a links-only import does not create actors.
   */
  knownActors?: readonly Actor[];
}

function unexpected(report: Report, file: string, e: unknown): void {
  const detail = e instanceof Error ? e.message : String(e);
  report.add(error({ file }, 'unreadable-file', unexpectedError(file, detail)));
}

/** Issues by file (in the order given), then line (file-level issues first), then as added. */
function sortIssues(report: Report, files: readonly InputFile[]) {
  const order = new Map(files.map((f, i) => [f.name, i]));
  const issues = report.issues;
  const fileOf = issues.map((issue) => order.get(issue.file) ?? 0);
  const lineOf = issues.map((issue) => issue.line ?? 0);
  return Array.from({ length: issues.length }, (_, i) => i)
    .sort((x, y) => fileOf[x]! - fileOf[y]! || lineOf[x]! - lineOf[y]! || x - y)
    .map((i) => issues[i]!);
}

/**
 * Imports the files as they arrive: workbooks (one source per sheet), Kumu JSON, GEXF and
 * GraphML exports are first turned into sources (expand.ts, which loads their readers only
 * when needed), then everything goes through `importFiles`. The app's worker and the CLI
 * both call this.
 */
export async function importInputs(
  files: readonly InputFile[],
  ref: ReferenceData = defaultReference(),
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importFiles(await expandInputs(files), ref, options);
}

/**
 * Imports CSV inventories (and the sources of `expandInputs`). `ref` defaults to the reference lists of data/; `files` keep their
 * order in the result's `files`, and actor files merge in that order (the first file's
 * spelling and values win, conflicts are reported).
 */
export function importFiles(
  files: readonly Source[],
  ref: ReferenceData = defaultReference(),
  options: ImportOptions = {},
): ImportResult {
  const index = indexReference(ref);
  const report = new Report();
  const ctx = new ImportContext(index, report);
  const reports: FileReport[] = [];
  const opened: OpenedFile[] = [];
  let emptySheets = 0;
  for (const f of files) {
    try {
      const r = openFile(f, index, report);
      reports.push(r.report);
      if (r.file) opened.push(r.file);
      if (r.empty) emptySheets++;
    } catch (e) {
      reports.push(emptyFileReport(f.name));
      unexpected(report, f.name, e);
    }
  }

  const actorFiles: FileActors[] = [];
  for (const file of opened.filter((o) => o.role === 'actors')) {
    try {
      actorFiles.push(readActors(file, ctx));
    } catch (e) {
      file.report.imported = 0;
      unexpected(report, file.name, e);
    }
    file.text = '';
    delete file.records;
  }
  const linkFiles = opened.filter((o) => o.role === 'links');
  const partnerCells = actorFiles.some((f) => f.partners.length > 0);
  // The ids and names actors had before merging serve only to resolve link endpoints.
  const merged = mergeActorFiles(actorFiles, report, linkFiles.length > 0 || partnerCells);

  const links: Link[] = [];
  // Links-only import (Kumu/NodeXL edge lists): actors are created from the endpoint names
  // only when every file opened and none holds actors. A file that failed may have been the
  // actors file: then unknown endpoints stay errors, to be fixed and imported again.
  const linksOnly =
    opened.length + emptySheets === files.length &&
    !opened.some((o) => o.role === 'actors') &&
    (options.knownActors?.length ?? 0) === 0;
  const endpoints =
    linkFiles.length > 0 || partnerCells
      ? new Endpoints([...merged.actors, ...(options.knownActors ?? [])], merged, linksOnly)
      : null;
  if (partnerCells) {
    try {
      for (const link of readPartners(actorFiles, merged.final, endpoints!, report)) {
        links.push(link);
      }
    } catch (e) {
      unexpected(report, actorFiles.find((f) => f.partners.length > 0)!.file, e);
    }
  }
  for (const file of linkFiles) {
    try {
      for (const link of readLinks(file, ctx, endpoints!)) links.push(link);
    } catch (e) {
      file.report.imported = 0;
      unexpected(report, file.name, e);
    }
    // The text is no longer needed: let it be collected while the next file is read.
    file.text = '';
    delete file.records;
  }

  const actors = endpoints ? [...merged.actors, ...endpoints.created] : merged.actors;
  return {
    actors,
    links,
    files: reports,
    issues: sortIssues(report, files),
    doubtful: findDoubtfulPairs(actors),
  };
}

// ---- The face of src/import: what the other layers (and the tests) use of the import. ----
// (importInputs and importFiles above are its entry points.)

// The import report as CSV.
export { error, quoted, Report, reportToCsv, warning } from './report.ts';
// Bytes → text → records: encodings, delimiters, CSV parsing.
export { decode, decodeWindows1252, type DecodeResult } from './decode.ts';
export { detectDelimiter, DELIMITERS, type Delimiter } from './delimiter.ts';
export { parseCsv, normaliseNewlines, type CsvRecord, type QuoteError } from './parse.ts';
// Headers → columns, the files' roles, the headers the app recognises.
export {
  findSchemes,
  headerKey,
  matchColumns,
  schemeOfHeader,
  wordSpans,
  type ColumnMatch,
} from './columns.ts';
export { classify, type Classification } from './classify.ts';
export { recognisedHeaders } from './recognised-headers.ts';
export { mappableFields, type MappableField } from './mappable-fields.ts';
// Cells → values: yes/no, schemes, scores, lists; the bodies that are groups.
export {
  GROUP_BODIES,
  isNo,
  isYes,
  parseBoolean,
  parseSchemeCell,
  parseSchemeList,
  parseScore,
  splitList,
} from './cells.ts';
// Names alike: doubtful pairs of actors.
export { boundedLevenshtein, canonicalName, findDoubtfulPairs, NameIndex } from './similar.ts';
// Sources: the files as the import reads them (a workbook's sheets, Kumu JSON, graph files).
export { expandInputs } from './expand.ts';
export { isKumuJson } from './kumu.ts';
export { SHEET_SEPARATOR, sheetSourceName, type Source } from './source.ts';
// What editing an actor or a link in the app shares with the import: the same checks, the
// same messages (field-messages.ts: with the actor's fields in words, which the comparison
// of two versions names too), the same ids, the report's builders.
export { addMembership, cleanName } from './actors.ts';
export { newActorId } from './actor-ids.ts';
export { ImportContext } from './context.ts';
export { emptyFileReport } from './file.ts';
export {
  ACTOR_FIELD_WORDS,
  invalidScoreWords,
  selfLinkWords,
  unknownActorWords,
  unknownBodyMessage,
  unknownSchemesWords,
  unknownSectorsMessage,
  unknownTypeMessage,
} from './field-messages.ts';
export { identifierKey, identifierProblem, OFFICIAL_IDS, type OfficialId } from './identifiers.ts';
