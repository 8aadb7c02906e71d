// The cross-scheme rules on both sides of a comparison: the same settings checked on each
// version, so that a rule met before and no longer met (or no longer checkable: its scheme or
// body gone) is said. The app's comparison and `maillage compare` both read it.
import type { CrossSchemeRuleSettings, Localized } from '../domain';
import type { MaillageGraph } from '../model';
import { checkCrossSchemeRules, type CrossSchemeRuleResult } from './cross-scheme-rules.ts';

type RuleStatus = CrossSchemeRuleResult['status'];

/** A cross-scheme rule on both sides (null: it does not apply there, its scheme absent). */
export interface RuleChange {
  rule: string;
  label: Localized;
  before: RuleStatus | null;
  after: RuleStatus | null;
}

/** The rules as switched and composed in `settings` (null: the defaults), checked on both
 * sides, in the order they are first met. */
export function ruleChanges(
  before: MaillageGraph,
  after: MaillageGraph,
  settings: CrossSchemeRuleSettings | null,
): RuleChange[] {
  const changes = new Map<string, RuleChange>();
  const side = (graph: MaillageGraph, key: 'before' | 'after') => {
    for (const result of checkCrossSchemeRules(graph, settings)) {
      const change = changes.get(result.rule) ?? {
        rule: result.rule,
        label: result.label,
        before: null,
        after: null,
      };
      change[key] = result.status;
      changes.set(result.rule, change);
    }
  };
  side(before, 'before');
  side(after, 'after');
  return [...changes.values()];
}
