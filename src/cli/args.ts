// Command-line arguments of `maillage analyze` and `maillage compare`, parsed by hand, by
// one option reader for both: a dozen options do not need a dependency, and the messages
// can say exactly what is wrong.
import {
  defaultReference,
  CHOOSABLE_ENCODINGS,
  type ColumnMapping,
  type FileRole,
  type InputFile,
} from '../domain';
import { mappableFields } from '../import';

export type OutputFormat = 'json' | 'markdown';

/** Encodings a file can be read with (InputFile.encoding), by the names the CLI takes. */
export const ENCODINGS = CHOOSABLE_ENCODINGS;

/** A file named on the command line: its path, its role when forced (`--actors`, `--links`),
 * its encoding when given (`--encoding`). */
export interface FileArg {
  path: string;
  role?: FileRole;
  encoding?: InputFile['encoding'];
}

/** The cross-scheme rules both commands check. */
export interface RuleArgs {
  /** `--rule ID=on|off`: cross-scheme rules switched against their default (rules.ts checks
   * the ids, once `--rules` has brought the user's own). */
  rules: Record<string, boolean>;
  /** `--rules FILE.json`: the rule settings as the workspace file keeps them. */
  rulesFile?: string;
}

export interface AnalyzeArgs extends RuleArgs {
  command: 'analyze';
  files: FileArg[];
  format: OutputFormat;
  out?: string;
  threads?: number;
  /** `--column "En-tête=champ"`: columns mapped by hand, for every file holding the header. */
  columns: ColumnMapping[];
}

/** `maillage compare`: each version's files, as analyze takes them; the rules checked on
 * both sides. */
export interface CompareArgs extends RuleArgs {
  command: 'compare';
  before: FileArg[];
  after: FileArg[];
  format: OutputFormat | 'csv';
  out?: string;
  columns: ColumnMapping[];
}

export type ParsedArgs = AnalyzeArgs | CompareArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: maillage analyze FILE... [--actors F]... [--links F]... [--format json|markdown] [--out F]
       maillage compare --before FILE... --after FILE... [--format json|markdown|csv] [--out F]
                        [--rule ID=on|off]... [--rules F]

  FILE            inventories: CSV, workbooks (.xlsx, .ods, .xls: every sheet), Kumu JSON,
                  GEXF, GraphML; each table is classified as actors or links by its headers
  --actors F      read F as an actors file
  --links F       read F as a links file
  --format json   the JSON contract documented in README.md (default)
  --format markdown
                  a readable report in French
  --out F         write to F instead of standard output
  --encoding E    read every file with encoding E (utf-8, windows-1252, macintosh,
                  iso-8859-15, utf-16le, utf-16be) instead of the detected one
  --encoding F=E  read file F with encoding E
  --column "HEADER=FIELD"
                  read the column HEADER (in every file that has it) as FIELD, over the
                  guess: name, id, type, sectors, territory, partners, source, target,
                  scheme:CLS…, attribute (a free attribute) or ignore (not read); repeatable
  --rule ID=on|off
                  switch the cross-scheme rule ID on or off (repeatable); the rules:
                  asv-coordinator-in-clsm-copil (on by default),
                  clsm-coordinator-in-cls-cotech, asv-coordinator-in-cls-cotech,
                  cls-coordinator-in-clsm-copil, residents-in-cls-copil
  --rules F       the cross-scheme rules as a workspace keeps them: a JSON file
                  {"switched": {ID: true|false}, "custom": [rules composed in the app]}
                  (or a workspace file, whose "rules" are read); --rule goes over it
  --threads N     worker threads for betweenness and closeness (default: the cores, up to
                  16; each holds about 70 MB at 50,000 actors)
  -h, --help      this help
  --version       the version

maillage compare: the differences between two versions of the inventory (actors and links
gained and lost, natures and strengths changed, sectors and actor types newly present or
missing in each body, isolated actors that found partners, articulation points that
appeared or went away)
  --before FILE...
                  the earlier version's files, as analyze takes them (--actors F and
                  --links F after --before belong to it)
  --after FILE... the later version's files
  --format json   differences under added / removed / changed (default)
  --format markdown
                  a readable comparison in French
  --format csv    the CSV of the differences, one row each (French, ";")
  --out, --encoding, --column as for analyze
  --rule, --rules the cross-scheme rules checked on both versions, as for analyze

Exit codes: 0 the analysis (the comparison) ran (row problems are in the report), 1 nothing
could be analysed (for compare: a version without any actor), 2 bad usage.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) throw new UsageError('No command given.');
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'analyze') return analyzeArgs(rest) ?? { command: 'help' };
  if (command === 'compare') return compareArgs(rest) ?? { command: 'help' };
  throw new UsageError(`Unknown command "${command}".`);
}

/** The arguments after `analyze`; null for --help. */
function analyzeArgs(argv: readonly string[]): AnalyzeArgs | null {
  const files: FileArg[] = [];
  const own: Pick<AnalyzeArgs, 'rules' | 'rulesFile' | 'threads'> = { rules: {} };
  const shared = readOptions(argv, {
    formats: ['json', 'markdown'],
    filesFor: () => files,
    own(arg, value) {
      switch (arg) {
        case '--rule':
        case '--rules':
          return ruleOption(arg, value, own);
        case '--threads': {
          const n = Number(value());
          if (!Number.isInteger(n) || n < 0)
            throw new UsageError('--threads must be an integer ≥ 0.');
          own.threads = n;
          return true;
        }
        default:
          return false;
      }
    },
  });
  if (shared === null) return null;
  if (files.length === 0) throw new UsageError('No file given.');
  const { encodings, ...options } = shared;
  applyEncodings(encodings, files);
  return { command: 'analyze', files, ...options, ...own };
}

/** The arguments after `compare`: `--before` and `--after` say which version the files
 * that follow belong to; null for --help. */
function compareArgs(argv: readonly string[]): CompareArgs | null {
  const sides: Pick<CompareArgs, 'before' | 'after'> = { before: [], after: [] };
  const rules: RuleArgs = { rules: {} };
  let side: 'before' | 'after' | null = null;
  const shared = readOptions(argv, {
    formats: ['json', 'markdown', 'csv'],
    filesFor(arg) {
      if (side === null) {
        throw new UsageError(
          `"${arg}": say which version the files belong to, with --before or --after first.`,
        );
      }
      return sides[side];
    },
    own(arg, value) {
      if (arg === '--rule' || arg === '--rules') return ruleOption(arg, value, rules);
      if (arg !== '--before' && arg !== '--after') return false;
      side = arg === '--before' ? 'before' : 'after';
      return true;
    },
  });
  if (shared === null) return null;
  for (const name of ['before', 'after'] as const) {
    if (sides[name].length === 0) throw new UsageError(`No file given for --${name}.`);
  }
  const { encodings, ...options } = shared;
  applyEncodings(encodings, [...sides.before, ...sides.after]);
  return { command: 'compare', ...sides, ...options, ...rules };
}

/** What a command adds to the options both take. */
interface CommandOptions<F extends string> {
  /** What `--format` takes, the default first (`md` is read as `markdown`). */
  formats: readonly [F, ...F[]];
  /** The list a file goes to: named by `arg` (its path, or `--actors`/`--links`). */
  filesFor(arg: string): FileArg[];
  /** Reads `arg` when it is one of the command's own options (`value` takes the option's
   * value); false when it is not. */
  own(arg: string, value: () => string): boolean;
}

/** The options both commands take. */
interface SharedOptions<F extends string> {
  format: F;
  out?: string;
  columns: ColumnMapping[];
  encodings: ReturnType<typeof parseEncoding>[];
}

/**
 * The one reader of both commands' options: files, `--actors`, `--links`, `--format`,
 * `--out`, `--encoding`, `--column`, `--help`, and the command's own options; the same
 * errors for both. Null for --help.
 */
function readOptions<F extends string>(
  argv: readonly string[],
  command: CommandOptions<F>,
): SharedOptions<F> | null {
  const shared: SharedOptions<F> = { format: command.formats[0], columns: [], encodings: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (command.own(arg, value)) continue;
    switch (arg) {
      case '-h':
      case '--help':
        return null;
      case '--actors':
      case '--links':
        command
          .filesFor(arg)
          .push({ path: value(), role: arg === '--actors' ? 'actors' : 'links' });
        break;
      case '--format':
        shared.format = formatOf(value(), command.formats);
        break;
      case '--out':
      case '-o':
        shared.out = value();
        break;
      case '--encoding':
        shared.encodings.push(parseEncoding(value()));
        break;
      case '--column':
        shared.columns.push(parseColumn(value()));
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
        command.filesFor(arg).push({ path: arg });
    }
  }
  return shared;
}

/** `--format WORD`, one of `formats` (`md` for `markdown`). */
function formatOf<F extends string>(word: string, formats: readonly F[]): F {
  const found = formats.find((f) => f === (word === 'md' ? 'markdown' : word));
  if (found === undefined) {
    const names = `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`;
    throw new UsageError(`--format must be ${names}, not "${word}".`);
  }
  return found;
}

/** `--encoding` given for every file (no path) or for the files of that path. */
function applyEncodings(
  encodings: readonly ReturnType<typeof parseEncoding>[],
  files: readonly FileArg[],
): void {
  for (const { path, encoding } of encodings) {
    const named = files.filter((f) => path === null || f.path === path);
    if (named.length === 0) throw new UsageError(`--encoding: no file "${path}" given.`);
    for (const f of named) f.encoding = encoding;
  }
}

/** The words `--column` accepts after "=": every mappable field, `attribute` and `ignore`. */
export function columnFieldNames(): string[] {
  return mappableFields(defaultReference()).map((f) => f.field ?? 'attribute');
}

/** `--rule ID=on|off` → [ID, true|false]. */
/** `--rule ID=on|off` (repeatable) or `--rules F`, read into `into`. */
function ruleOption(arg: '--rule' | '--rules', value: () => string, into: RuleArgs): true {
  if (arg === '--rules') {
    into.rulesFile = value();
  } else {
    const [id, on] = parseRuleSwitch(value());
    into.rules[id] = on;
  }
  return true;
}

export function parseRuleSwitch(spec: string): [string, boolean] {
  const at = spec.lastIndexOf('=');
  const id = at < 0 ? '' : spec.slice(0, at).trim();
  const word =
    at < 0
      ? ''
      : spec
          .slice(at + 1)
          .trim()
          .toLowerCase();
  if (id === '' || (word !== 'on' && word !== 'off')) {
    throw new UsageError(`--rule needs "ID=on" or "ID=off", not "${spec}".`);
  }
  return [id, word === 'on'];
}

/** `--encoding E` (every file) or `--encoding F=E` (file F). */
export function parseEncoding(spec: string): {
  path: string | null;
  encoding: NonNullable<InputFile['encoding']>;
} {
  const at = spec.lastIndexOf('=');
  const name = (at < 0 ? spec : spec.slice(at + 1)).toLowerCase();
  const encoding = ENCODINGS.find((e) => e === name);
  if (!encoding) {
    throw new UsageError(`--encoding: unknown encoding "${name}" (${ENCODINGS.join(', ')}).`);
  }
  return { path: at < 0 ? null : spec.slice(0, at), encoding };
}

/** `"Intitulé=name"` → { header: 'Intitulé', field: 'name', manual: true }. */
export function parseColumn(text: string): ColumnMapping {
  const at = text.lastIndexOf('=');
  const header = at < 0 ? '' : text.slice(0, at).trim();
  const word = at < 0 ? '' : text.slice(at + 1).trim();
  if (header === '' || word === '') {
    throw new UsageError(`--column needs "HEADER=FIELD", not "${text}".`);
  }
  const valid = columnFieldNames();
  const found = valid.find((f) => f.toLowerCase() === word.toLowerCase());
  if (found === undefined) {
    throw new UsageError(
      `--column "${text}": unknown field "${word}". Valid fields: ${valid.join(', ')}.`,
    );
  }
  return { header, field: found === 'attribute' ? null : found, manual: true };
}
