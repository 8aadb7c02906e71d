// Command-line arguments of `maillage analyze`, parsed by hand: four options do not need a
// dependency, and the messages can say exactly what is wrong.
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

export interface AnalyzeArgs {
  command: 'analyze';
  files: { path: string; role?: FileRole; encoding?: InputFile['encoding'] }[];
  format: OutputFormat;
  out?: string;
  threads?: number;
  /** `--column "En-tête=champ"`: columns mapped by hand, for every file holding the header. */
  columns: ColumnMapping[];
  /** `--rule ID=on|off`: cross-scheme rules switched against their default (rules.ts checks
   * the ids, once `--rules` has brought the user's own). */
  rules: Record<string, boolean>;
  /** `--rules FILE.json`: the rule settings as the workspace file keeps them. */
  rulesFile?: string;
}

export type ParsedArgs = AnalyzeArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: maillage analyze FILE... [--actors F]... [--links F]... [--format json|markdown] [--out F]
       maillage compare --before FILE... --after FILE... [--format json|markdown|csv] [--out F]

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
  --threads N     worker threads for betweenness and closeness (default: the cores)
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

Exit codes: 0 the analysis (the comparison) ran (row problems are in the report), 1 nothing
could be analysed (for compare: a version without any actor), 2 bad usage.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) throw new UsageError('No command given.');
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'analyze') throw new UsageError(`Unknown command "${command}".`);

  const args: AnalyzeArgs = {
    command: 'analyze',
    files: [],
    format: 'json',
    columns: [],
    rules: {},
  };
  const encodings: { path: string | null; encoding: NonNullable<InputFile['encoding']> }[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const next = rest[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    switch (arg) {
      case '-h':
      case '--help':
        return { command: 'help' };
      case '--actors':
        args.files.push({ path: value(), role: 'actors' });
        break;
      case '--links':
        args.files.push({ path: value(), role: 'links' });
        break;
      case '--format': {
        const format = value();
        if (format !== 'json' && format !== 'markdown' && format !== 'md') {
          throw new UsageError(`--format must be json or markdown, not "${format}".`);
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
      case '--rule': {
        const [id, on] = parseRuleSwitch(value());
        args.rules[id] = on;
        break;
      }
      case '--rules':
        args.rulesFile = value();
        break;
      case '--threads': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0)
          throw new UsageError('--threads must be an integer ≥ 0.');
        args.threads = n;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
        args.files.push({ path: arg });
    }
  }
  if (args.files.length === 0) throw new UsageError('No file given.');
  for (const { path, encoding } of encodings) {
    const files = args.files.filter((f) => path === null || f.path === path);
    if (files.length === 0) throw new UsageError(`--encoding: no file "${path}" given.`);
    for (const f of files) f.encoding = encoding;
  }
  return args;
}

/** The words `--column` accepts after "=": every mappable field, `attribute` and `ignore`. */
export function columnFieldNames(): string[] {
  return mappableFields(defaultReference()).map((f) => f.field ?? 'attribute');
}

/** `--rule ID=on|off` → [ID, true|false]. */
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
