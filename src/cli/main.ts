// `maillage analyze`: read inventories (CSV, workbooks, Kumu/Gephi exports), import, build the graph, analyse, write JSON or
// a French Markdown report. The same pure layers as the app; only the I/O is Node's.
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyze } from '../analysis/analyze.ts';
import { defaultReference } from '../domain/reference.ts';
import { parseArgs, USAGE, UsageError, type AnalyzeArgs } from './args.ts';
import { noActorText, NO_ACTOR_EXIT, readInventory } from './inventory.ts';
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

async function runAnalyze(args: AnalyzeArgs, io: Io): Promise<number> {
  // Threads start first, so that their start-up overlaps with reading and parsing.
  const pool = args.threads === 0 ? undefined : startThreadPool(args.threads);
  try {
    const ref = defaultReference();
    const { report, graph } = await readInventory(args, ref);
    if (!graph) {
      io.stderr(noActorText(report));
      return NO_ACTOR_EXIT;
    }
    const analysis = await analyze(graph, ref, pool ? { runner: pool.runner } : {});
    const output =
      args.format === 'json'
        ? jsonChunks(toJson(report, graph, analysis))
        : [toMarkdown(report, graph, analysis, ref)];
    await emit(output, args.out, io);
    return 0;
  } finally {
    await pool?.close();
  }
}
