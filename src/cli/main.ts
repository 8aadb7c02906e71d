// `maillage analyze`: read inventories (CSV, workbooks, Kumu/Gephi exports), import, build the graph, analyse, write JSON or
// a French Markdown report. The same pure layers as the app; only the I/O is Node's.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyze } from '../analysis';
import {
  defaultReference,
  fold,
  type FileReport,
  type ImportIssue,
  type InputFile,
} from '../domain';
import { importInputs } from '../import';
import { buildGraph } from '../model';
import { parseArgs, USAGE, UsageError, type AnalyzeArgs } from './args.ts';
import { jsonChunks } from './json-stream.ts';
import { toJson } from './to-json.ts';
import { toMarkdown } from './to-markdown.ts';
import { startThreadPool } from './thread-pool.ts';

export interface Io {
  /** Writes to standard output, resolving once the text may be written again (backpressure). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) =>
    new Promise<void>((resolve, reject) => {
      process.stdout.write(text, (e) => (e ? reject(e) : resolve()));
    }),
  stderr: (text) => process.stderr.write(text),
};

/** Writes the chunks to `path`, or to standard output when no path is given. */
async function emit(chunks: Iterable<string>, path: string | undefined, io: Io): Promise<void> {
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

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`maillage: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    await io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    await io.stdout(`maillage ${pkg.version}\n`);
    return 0;
  }
  return runAnalyze(args, io);
}

/** A file that cannot be read at all becomes a file-level issue, like a file that is not CSV. */
function readInputs(args: AnalyzeArgs): { inputs: InputFile[]; unreadable: ImportIssue[] } {
  const inputs: InputFile[] = [];
  const unreadable: ImportIssue[] = [];
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
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'introuvable' : 'illisible';
      const reasonEn = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'unreadable';
      unreadable.push({
        file: path,
        severity: 'error',
        code: 'file-not-read',
        message: {
          fr: `${path} : fichier ${reason} (${(e as Error).message}).`,
          en: `${path}: file ${reasonEn} (${(e as Error).message}).`,
        },
      });
    }
  }
  return { inputs, unreadable };
}

/** A `--column` header that no file holds: said, so that a typo does not pass unseen. */
function columnsNotFound(args: AnalyzeArgs, files: readonly FileReport[]): ImportIssue[] {
  const found = (header: string) =>
    files.some((f) => f.columns.some((c) => c.manual && fold(c.header) === fold(header)));
  return args.columns
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

async function runAnalyze(args: AnalyzeArgs, io: Io): Promise<number> {
  // Threads start first, so that their start-up overlaps with reading and parsing.
  const pool = args.threads === 0 ? undefined : startThreadPool(args.threads);
  try {
    const { inputs, unreadable } = readInputs(args);
    const ref = defaultReference();
    const imported = await importInputs(inputs, ref);
    imported.issues.unshift(...unreadable, ...columnsNotFound(args, imported.files));
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
    if (imported.actors.length === 0) {
      // Errors, and the file-level warnings that say why a file gave nothing (header only).
      const errors = imported.issues.filter(
        (i) => i.severity === 'error' || (i.severity === 'warning' && i.line === undefined),
      );
      io.stderr(
        'maillage: aucun acteur n’a pu être importé ; rien à analyser. / no actor could be imported; nothing to analyse.\n' +
          errors
            .slice(0, 20)
            .map((i) => `  ${i.message.fr}\n  ${i.message.en}\n`)
            .join(''),
      );
      return 1;
    }
    const graph = buildGraph(imported.actors, imported.links);
    const analysis = await analyze(graph, ref, pool ? { runner: pool.runner } : {});
    const output =
      args.format === 'json'
        ? jsonChunks(toJson(imported, graph, analysis))
        : [toMarkdown(imported, graph, analysis, ref)];
    await emit(output, args.out, io);
    return 0;
  } finally {
    await pool?.close();
  }
}
