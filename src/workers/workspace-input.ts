// A workspace file among the files of an import: Maillage's own JSON (model/
// workspace-file.ts) opens as it was saved — graph, positions, expected composition, views
// and settings — instead of going through the CSV import. A bad workspace file is reported
// like a bad CSV file: an error naming the file, and the current map stays.
import type { CrossSchemeRuleSettings, FileReport, InputFile, ImportReport } from '../domain';
import { isKumuJson, emptyFileReport, error, warning } from '../import';
import {
  type MaillageGraph,
  positionsInOrder,
  parseWorkspaceFile,
  WORKSPACE_FORMAT,
} from '../model';
import type { RestoredWorkspace } from './protocol.ts';

export interface WorkspaceInput {
  /** null when the file could not be read (the report says why). */
  graph: MaillageGraph | null;
  report: ImportReport;
  /** Saved positions in the graph's node order (x0, y0, x1, …), when every actor has one. */
  positions: Float64Array | null;
  restored: RestoredWorkspace | null;
}

/** A Kumu export (also JSON, also `{`) is imported, not opened: told by its keys, unless the
 * file names itself a workspace in its first characters (then it is never parsed twice). */
function isKumuFile(file: InputFile): boolean {
  const text = new TextDecoder('utf-8').decode(file.bytes);
  if (text.slice(0, 2000).includes(JSON.stringify(WORKSPACE_FORMAT))) return false;
  try {
    return isKumuJson(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * A file is a workspace file by its name (.json, unless it is a Kumu export), or by its
 * content: JSON whose `format` is the workspace's marker. A CSV whose first cell starts with
 * `{` is a CSV.
 */
export function isWorkspaceFile(file: InputFile): boolean {
  if (/\.json$/i.test(file.name)) return !isKumuFile(file);
  try {
    return holdsWorkspace(file.bytes);
  } catch {
    // Bytes that cannot be read: the CSV import reports the file.
    return false;
  }
}

function holdsWorkspace(bytes: Uint8Array): boolean {
  let i = 0;
  // Skip a UTF-8 BOM and leading whitespace.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] as number)) i++;
  if (bytes[i] !== 0x7b) return false;
  const data: unknown = JSON.parse(new TextDecoder('utf-8').decode(bytes.subarray(i)));
  return isRecord(data) && data.format === WORKSPACE_FORMAT;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads the workspace file of `files`, or returns null when there is none (a CSV import).
 * Other files given with it are reported as left out: a workspace is opened on its own. */
export function readWorkspaceInput(files: readonly InputFile[]): WorkspaceInput | null {
  const file = files.find(isWorkspaceFile);
  if (!file) return null;
  const issues = files
    .filter((f) => f !== file)
    .map((f) =>
      warning(
        { file: f.name },
        'workspace-alone',
        `Fichier non lu : un espace de travail (${file.name}) s’ouvre seul. Importez ce fichier à part.`,
        `File not read: a workspace (${file.name}) opens on its own. Import this file separately.`,
      ),
    );
  const fileReport: FileReport = { ...emptyFileReport(file.name), encoding: 'utf-8' };
  const parsed = parseWorkspaceFile(new TextDecoder('utf-8').decode(file.bytes));
  if (!parsed.ok) {
    return {
      graph: null,
      report: {
        files: [fileReport],
        issues: [
          error({ file: file.name }, 'workspace-invalid', parsed.error.fr, parsed.error.en),
          ...issues,
        ],
        doubtful: [],
      },
      positions: null,
      restored: null,
    };
  }
  const { document, graph } = parsed;
  // The saved report when there is one (anonymous files have none): the files the
  // workspace was built from, and the problems they had.
  const saved = document.report;
  const report: ImportReport = {
    files: saved?.files ?? [{ ...fileReport, rows: graph.order, imported: graph.order }],
    issues: [...(saved?.issues ?? []), ...issues],
    doubtful: saved?.doubtful ?? [],
  };
  return {
    graph,
    report,
    positions: positionsInOrder(graph.nodes(), document.positions),
    restored: {
      title: document.title,
      expected: document.expected,
      rules: document.rules ?? null,
      views: document.views,
      settings: document.settings,
      mappings: document.mappings ?? [],
      versions: document.versions ?? [],
      history: document.history ?? null,
    },
  };
}

/** The cross-scheme rules the analysis checks: a workspace file's own (it restores them),
 * else the rules of the workspace the files are imported into (null: the defaults). */
export function rulesFor(
  saved: WorkspaceInput | null,
  workspaceRules: CrossSchemeRuleSettings | null,
): CrossSchemeRuleSettings | null {
  return saved ? (saved.restored?.rules ?? null) : workspaceRules;
}
