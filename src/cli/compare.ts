// `maillage compare --before F... --after F...`: two versions of an inventory (each side's
// files as `analyze` takes them) imported, their graphs built, and their differences written
// as JSON (default), French Markdown or the CSV of the differences, with the cross-scheme
// rules (`--rule`, `--rules`, as analyze takes them) checked on both sides. Exit codes as analyze:
// 0 the comparison ran (row problems are in the report), 1 a version gave no actor, 2 bad usage.
import { compareVersions, diffCsv, ruleChanges, versionOf } from '../analysis';
import { defaultReference, type CrossSchemeRuleSettings } from '../domain';
import type { CompareArgs } from './args.ts';
import { compareJson, compareMarkdown } from './compare-output.ts';
import { NO_ACTOR_EXIT, noActorReasons as reasons, readInventory } from './inventory.ts';
import { emit, type Io } from './io.ts';
import { jsonChunks } from './json-stream.ts';

/** Runs the comparison of `args` (read by args.ts, as analyze's are), checking the rules as
 * `settings` switch them on both sides (null: the defaults). */
export async function runCompare(
  args: CompareArgs,
  io: Io,
  settings: CrossSchemeRuleSettings | null,
): Promise<number> {
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
  const rules = ruleChanges(before.graph, after.graph, settings);
  const [beforeReport, afterReport] = [before.report, after.report];
  const output =
    args.format === 'json'
      ? jsonChunks(compareJson(diff, rules, beforeReport, afterReport, ref))
      : args.format === 'markdown'
        ? [compareMarkdown(diff, rules, beforeReport, afterReport, ref)]
        : [diffCsv(diff, 'fr', ref)];
  await emit(output, args.out, io);
  return 0;
}
