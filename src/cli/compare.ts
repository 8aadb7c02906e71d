// `maillage compare --before F... --after F...`: two versions of an inventory (each side's
// files as `analyze` takes them) imported, their graphs built, and their differences written
// as JSON (default), French Markdown or the CSV of the differences. Exit codes as analyze:
// 0 the comparison ran (row problems are in the report), 1 a version gave no actor, 2 bad usage.
import { compareVersions, versionOf, diffCsv } from '../analysis';
import { defaultReference, type ColumnMapping } from '../domain';
import { parseColumn, parseEncoding, USAGE, UsageError, type AnalyzeArgs } from './args.ts';
import { compareJson, compareMarkdown } from './compare-output.ts';
import { NO_ACTOR_EXIT, noActorReasons as reasons, readInventory } from './inventory.ts';
import { emit, type Io } from './io.ts';

type FileArg = AnalyzeArgs['files'][number];
import { jsonChunks } from './json-stream.ts';

export interface CompareArgs {
  before: FileArg[];
  after: FileArg[];
  format: 'json' | 'markdown' | 'csv';
  out?: string;
  columns: ColumnMapping[];
}

/** The arguments after `compare`; null for --help. */
export function parseCompareArgs(argv: readonly string[]): CompareArgs | null {
  const args: CompareArgs = { before: [], after: [], format: 'json', columns: [] };
  const encodings: ReturnType<typeof parseEncoding>[] = [];
  let side: 'before' | 'after' | null = null;
  const sides = new Set<'before' | 'after'>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    const current = (): FileArg[] => {
      if (side === null) {
        throw new UsageError(
          `"${arg}": say which version the files belong to, with --before or --after first.`,
        );
      }
      return args[side];
    };
    switch (arg) {
      case '-h':
      case '--help':
        return null;
      case '--before':
      case '--after':
        side = arg === '--before' ? 'before' : 'after';
        sides.add(side);
        break;
      case '--actors':
      case '--links':
        current().push({ path: value(), role: arg === '--actors' ? 'actors' : 'links' });
        break;
      case '--format': {
        const format = value();
        if (format !== 'json' && format !== 'markdown' && format !== 'md' && format !== 'csv') {
          throw new UsageError(`--format must be json, markdown or csv, not "${format}".`);
        }
        args.format = format === 'md' ? 'markdown' : format;
        break;
      }
      case '--out':
      case '-o':
        args.out = value();
        break;
      case '--encoding':
        encodings.push(parseEncoding(value()));
        break;
      case '--column':
        args.columns.push(parseColumn(value()));
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
        current().push({ path: arg });
    }
  }
  for (const name of ['before', 'after'] as const) {
    if (args[name].length === 0) throw new UsageError(`No file given for --${name}.`);
  }
  for (const { path, encoding } of encodings) {
    const files = [...args.before, ...args.after].filter((f) => path === null || f.path === path);
    if (files.length === 0) throw new UsageError(`--encoding: no file "${path}" given.`);
    for (const f of files) f.encoding = encoding;
  }
  return args;
}

export async function runCompare(argv: readonly string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseCompareArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`maillage: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === null) {
    await io.stdout(`${USAGE}\n`);
    return 0;
  }
  const ref = defaultReference();
  const before = await readInventory({ files: args.before, columns: args.columns }, ref);
  const after = await readInventory({ files: args.after, columns: args.columns }, ref);
  if (before.graph === null || after.graph === null) {
    for (const [side, en, fr] of [
      [before, 'before', 'd’avant'],
      [after, 'after', 'd’après'],
    ] as const) {
      if (side.graph !== null) continue;
      io.stderr(
        `maillage: aucun acteur n’a pu être importé dans la version ${fr} ; rien à comparer. / no actor could be imported in the ${en} version; nothing to compare.\n` +
          reasons(side.report),
      );
    }
    return NO_ACTOR_EXIT;
  }
  const diff = compareVersions(versionOf(before.graph, ref), versionOf(after.graph, ref), ref);
  const [beforeReport, afterReport] = [before.report, after.report];
  const output =
    args.format === 'json'
      ? jsonChunks(compareJson(diff, beforeReport, afterReport, ref))
      : args.format === 'markdown'
        ? [compareMarkdown(diff, beforeReport, afterReport, ref)]
        : [diffCsv(diff, 'fr', ref)];
  await emit(output, args.out, io);
  return 0;
}
