// Node's side of a command: reading the files given on the command line into the import's
// InputFiles (a file that cannot be read becomes a file-level issue, like a file that is not
// CSV), and writing the output to a file or to standard output.
// `maillage compare` reads through here; main.ts (analyze) has the same steps inline, to be
// moved here once its own rework is merged.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { fold } from '../domain/text.ts';
import type {
  ColumnMapping,
  FileReport,
  ImportIssue,
  ImportResult,
  InputFile,
} from '../domain/types.ts';
import { importInputs } from '../import/index.ts';
import { defaultReference } from '../domain/reference.ts';

export interface Io {
  /** Writes to standard output, resolving once the text may be written again (backpressure). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
}

export interface FileArg {
  path: string;
  role?: InputFile['role'];
  encoding?: InputFile['encoding'];
}

/** Writes the chunks to `path`, or to standard output when no path is given. */
export async function emit(
  chunks: Iterable<string>,
  path: string | undefined,
  io: Io,
): Promise<void> {
  if (path === undefined) {
    for (const chunk of chunks) await io.stdout(chunk);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function readInputs(
  files: readonly FileArg[],
  columns: readonly ColumnMapping[],
): { inputs: InputFile[]; unreadable: ImportIssue[] } {
  const inputs: InputFile[] = [];
  const unreadable: ImportIssue[] = [];
  for (const { path, role, encoding } of files) {
    try {
      const bytes = readFileSync(path === '-' ? 0 : path);
      inputs.push({
        name: path,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
        ...(role ? { role } : {}),
        ...(encoding ? { encoding } : {}),
        ...(columns.length > 0 ? { columns: [...columns] } : {}),
      });
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      const detail = (e as Error).message;
      unreadable.push({
        file: path,
        severity: 'error',
        code: 'file-not-read',
        message: {
          fr: `${path} : fichier ${missing ? 'introuvable' : 'illisible'} (${detail}).`,
          en: `${path}: file ${missing ? 'not found' : 'unreadable'} (${detail}).`,
        },
      });
    }
  }
  return { inputs, unreadable };
}

/** A `--column` header that no file holds: said, so that a typo does not pass unseen. */
function columnsNotFound(
  columns: readonly ColumnMapping[],
  files: readonly FileReport[],
): ImportIssue[] {
  const found = (header: string) =>
    files.some((f) => f.columns.some((c) => c.manual && fold(c.header) === fold(header)));
  return columns
    .filter((m) => !found(m.header))
    .map((m) => ({
      file: '--column',
      severity: 'warning',
      code: 'column-not-found',
      message: {
        fr: `--column « ${m.header} » : aucun fichier n’a de colonne de ce nom ; l’option est restée sans effet. Vérifiez l’en-tête tel qu’il est écrit dans le fichier.`,
        en: `--column "${m.header}": no file has a column of this name; the option had no effect. Check the header as written in the file.`,
      },
    }));
}

/** Reads and imports the files as `maillage analyze` does; unreadable files are in the report. */
export async function importPaths(
  files: readonly FileArg[],
  columns: readonly ColumnMapping[],
): Promise<ImportResult> {
  const { inputs, unreadable } = readInputs(files, columns);
  const imported = await importInputs(inputs, defaultReference());
  imported.issues.unshift(...unreadable, ...columnsNotFound(columns, imported.files));
  for (const issue of unreadable) {
    imported.files.unshift({
      name: issue.file,
      role: null,
      encoding: null,
      delimiter: null,
      rows: 0,
      imported: 0,
      columns: [],
    });
  }
  return imported;
}

/** Why an import gave no actor: the errors, and the file-level warnings (header only). */
export function whyNothing(imported: ImportResult, max = 20): string {
  return imported.issues
    .filter((i) => i.severity === 'error' || (i.severity === 'warning' && i.line === undefined))
    .slice(0, max)
    .map((i) => `  ${i.message.fr}\n  ${i.message.en}\n`)
    .join('');
}
