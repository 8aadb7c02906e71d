// The cross-scheme rules `maillage analyze` and `maillage compare` check: the defaults, a `--rules` file (the
// settings as the workspace keeps them, or a whole workspace file), then each `--rule`.
import { readFile } from 'node:fs/promises';
import { CROSS_SCHEME_RULES } from '../analysis';
import type { CrossSchemeRuleSettings } from '../domain';
import { isObject, readRuleSettings } from '../model';
import { UsageError, type RuleArgs } from './args.ts';

/** The settings to analyse with, or null for the defaults. Throws UsageError for an
 * unreadable file or an unknown rule id (with the list of known ones). */
export async function ruleSettings(
  args: RuleArgs,
  read: (path: string) => Promise<string> = (path) => readFile(path, 'utf8'),
): Promise<CrossSchemeRuleSettings | null> {
  let settings: CrossSchemeRuleSettings = { switched: {}, custom: [] };
  if (args.rulesFile !== undefined) settings = await fromFile(args.rulesFile, read);
  const known = [...CROSS_SCHEME_RULES, ...settings.custom].map((r) => r.id);
  const unknown = Object.keys(args.rules).filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `--rule: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}. Known rules: ${known.join(', ')}.`,
    );
  }
  if (args.rulesFile === undefined && Object.keys(args.rules).length === 0) return null;
  return { switched: { ...settings.switched, ...args.rules }, custom: settings.custom };
}

async function fromFile(
  path: string,
  read: (path: string) => Promise<string>,
): Promise<CrossSchemeRuleSettings> {
  let value: unknown;
  try {
    value = JSON.parse(await read(path));
  } catch (e) {
    throw new UsageError(`--rules: cannot read "${path}" as JSON (${(e as Error).message}).`);
  }
  // A workspace file: its rules (none kept: the defaults).
  if (isObject(value) && !('switched' in value) && 'format' in value) {
    value = value.rules ?? { switched: {}, custom: [] };
  }
  try {
    return readRuleSettings(value);
  } catch (e) {
    throw new UsageError(`--rules "${path}": ${(e as Error).message}`);
  }
}
