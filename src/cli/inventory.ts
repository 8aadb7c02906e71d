// The inventories a command reads: files from disk (or standard input) → import → graph,
// through the steps the app's worker takes (model/import-graph.ts). What only the command
// line has is added here: files that cannot be read, `--column` headers that no file holds,
// and what it says when no actor could be imported.
import { readFileSync } from 'node:fs';
import {
  fold,
  type FileReport,
  type ImportIssue,
  type InputFile,
  type ReferenceData,
  type ImportReport,
} from '../domain';
import { error, quoted, warning } from '../import';
import { importGraph, whyNoActor, type ImportedGraph, type ImportGraphOptions } from '../model';
import type { AnalyzeArgs } from './args.ts';

/** The exit code of a command that found no actor to work on. */
export const NO_ACTOR_EXIT = 1;

/** What a command reads: the files and the columns mapped by hand for all of them. */
export type InventoryArgs = Pick<AnalyzeArgs, 'files' | 'columns'>;

/** A file that cannot be read at all becomes a file-level issue, like a file that is not CSV. */
function readInputs(args: InventoryArgs): { inputs: InputFile[]; unread: ImportIssue[] } {
  const inputs: InputFile[] = [];
  const unread: ImportIssue[] = [];
  for (const { path, role, encoding } of args.files) {
    try {
      const bytes = readFileSync(path === '-' ? 0 : path);
      inputs.push({
        name: path,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
        ...(role ? { role } : {}),
        ...(encoding ? { encoding } : {}),
        ...(args.columns.length > 0 ? { columns: args.columns } : {}),
      });
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      const detail = (e as Error).message;
      unread.push(
        error(
          { file: path },
          'file-not-read',
          `${path} : fichier ${missing ? 'introuvable' : 'illisible'} (${detail}).`,
          `${path}: file ${missing ? 'not found' : 'unreadable'} (${detail}).`,
        ),
      );
    }
  }
  return { inputs, unread };
}

/** A `--column` header that no file holds: said, so that a typo does not pass unseen. */
function columnsNotFound(args: InventoryArgs, files: readonly FileReport[]): ImportIssue[] {
  const found = (header: string) =>
    files.some((f) => f.columns.some((c) => c.manual && fold(c.header) === fold(header)));
  return args.columns
    .filter((m) => !found(m.header))
    .map((m) => {
      const header = quoted(m.header);
      return warning(
        { file: '--column' },
        'column-not-found',
        `--column ${header.fr} : aucun fichier n’a de colonne de ce nom ; l’option est restée sans effet. Vérifiez l’en-tête tel qu’il est écrit dans le fichier.`,
        `--column ${header.en}: no file has a column of this name; the option had no effect. Check the header as written in the file.`,
      );
    });
}

/** Reads, imports and links the inventories of `args`; `graph` is null when no actor came.
 * `onGraph` receives the actors and links just before the graph is built from them. */
export function readInventory(
  args: InventoryArgs,
  ref: ReferenceData,
  onGraph?: ImportGraphOptions['onGraph'],
): Promise<ImportedGraph> {
  const { inputs, unread } = readInputs(args);
  return importGraph(inputs, ref, {
    unread,
    checks: (files) => columnsNotFound(args, files),
    ...(onGraph ? { onGraph } : {}),
  });
}

/** Why no actor could be imported: at most 20 reasons, in French and English, one per line. */
export function noActorReasons(report: ImportReport): string {
  return whyNoActor(report)
    .slice(0, 20)
    .map((i) => `  ${i.message.fr}\n  ${i.message.en}\n`)
    .join('');
}

/** What a command writes to standard error when no actor could be imported, and why. */
export function noActorText(report: ImportReport): string {
  return (
    'maillage: aucun acteur n’a pu être importé ; rien à analyser. / no actor could be imported; nothing to analyse.\n' +
    noActorReasons(report)
  );
}
