// Composition rules that span schemes (docs/domain.md, "Rules across schemes"), given as
// data (cross-scheme-rule-list.ts) and checked by one function; the per-body rules are in
// ref.expected and checked by coverage.ts.
import {
  own,
  fold,
  type Actor,
  type Localized,
  type CrossSchemeRule,
  type CrossSchemeRuleSettings,
} from '../domain';
import type { MaillageGraph } from '../model';
import { activeRules } from './cross-scheme-rule-list.ts';
import { ruleNotCheckable, ruleUnmet } from './messages/rules.ts';

export { ASV_COORDINATOR_IN_CLSM_COPIL } from './cross-scheme-rule-list.ts';

export interface CrossSchemeRuleResult {
  rule: string;
  /** The rule in words, for the coverage panel, the report and `maillage analyze`. */
  label: Localized;
  /** met: someone matching sits there; unmet: nobody does; unknown: nobody matches `who`. */
  status: 'met' | 'unmet' | 'unknown';
  ok: boolean;
  /** The actors the rule is about: those seated when met, else those found. */
  actors: string[];
  message: Localized;
}

/** Whether an actor is one the rule is about (`who`: within its scheme, any of its marks). */
export function matchesWho(actor: Actor, who: CrossSchemeRule['who']): boolean {
  const bodies = who.scheme === undefined ? undefined : own(actor.schemes, who.scheme);
  if (who.scheme !== undefined && bodies === undefined) return false;
  const marks = [
    who.types?.length ? who.types.includes(actor.type) : undefined,
    who.body !== undefined && bodies !== undefined ? bodies.includes(who.body) : undefined,
    who.role ? new RegExp(`\\b${escape(fold(who.role))}`).test(fold(actor.role ?? '')) : undefined,
  ].filter((m) => m !== undefined);
  return marks.length === 0 || marks.includes(true);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The rules checked on the inventory (the domain's defaults, or as `settings` switch them).
 * A rule is checked only when the inventory has the schemes it names: without a CLSM there
 * is no COPIL to sit in, not a gap of this inventory.
 */
export function checkCrossSchemeRules(
  graph: MaillageGraph,
  settings?: CrossSchemeRuleSettings | null,
): CrossSchemeRuleResult[] {
  const actors = graph.mapNodes((_id, actor) => actor);
  const schemes = new Set(actors.flatMap((a) => Object.keys(a.schemes)));
  const results: CrossSchemeRuleResult[] = [];
  for (const rule of activeRules(settings)) {
    if (!schemes.has(rule.sitsIn.scheme)) continue;
    if (rule.who.scheme !== undefined && !schemes.has(rule.who.scheme)) continue;
    results.push(checkRule(rule, actors));
  }
  return results;
}

export function checkRule(rule: CrossSchemeRule, actors: readonly Actor[]): CrossSchemeRuleResult {
  const found = actors.filter((a) => matchesWho(a, rule.who));
  const base = { rule: rule.id, label: rule.label };
  if (found.length === 0) {
    return {
      ...base,
      status: 'unknown',
      ok: false,
      actors: [],
      message: rule.notFound ?? ruleNotCheckable(rule.label),
    };
  }
  const seated = found.filter((a) =>
    (own(a.schemes, rule.sitsIn.scheme) ?? []).includes(rule.sitsIn.body),
  );
  if (seated.length > 0) {
    return {
      ...base,
      status: 'met',
      ok: true,
      actors: seated.map((a) => a.id),
      message: rule.label,
    };
  }
  return {
    ...base,
    status: 'unmet',
    ok: false,
    actors: found.map((a) => a.id),
    message: rule.unmet ?? ruleUnmet(rule.label),
  };
}
