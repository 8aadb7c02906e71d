// Editing the expected composition of the bodies (docs/domain.md, "Expected composition"): the
// coordinator ticks, for a (scheme, body), the sectors and actor types it should hold,
// required or recommended. Every function returns a new list and leaves its input as is.
import type { CompositionRule, ExpectedComposition, RuleLevel } from '../domain';

export type RuleKind = CompositionRule['kind'];

/** The level of the single-entry rule ("at least one actor of X") for `id` in (scheme,
 * body); null when there is none. Rules naming several entries ("X or Y") are apart: see
 * `combinedRules`. */
export function singleLevel(
  expected: readonly ExpectedComposition[],
  scheme: string,
  body: string,
  kind: RuleKind,
  id: string,
): RuleLevel | null {
  const rules = rulesOf(expected, scheme, body).filter((r) => isSingle(r, kind, id));
  if (rules.some((r) => r.level === 'required')) return 'required';
  return rules[0]?.level ?? null;
}

/** The rules of (scheme, body) that several entries can meet ("habitants or associations"). */
export function combinedRules(
  expected: readonly ExpectedComposition[],
  scheme: string,
  body: string,
): CompositionRule[] {
  return rulesOf(expected, scheme, body).filter((r) => r.anyOf.length > 1);
}

/**
 * Sets the single-entry rule for `id` in (scheme, body) to `level`, or removes it (null).
 * A rule changed in place keeps its place and its note; a new one goes last. Rules naming
 * several entries are left alone.
 */
export function withSingleLevel(
  expected: readonly ExpectedComposition[],
  scheme: string,
  body: string,
  kind: RuleKind,
  id: string,
  level: RuleLevel | null,
): ExpectedComposition[] {
  return editRules(expected, scheme, body, (rules) => {
    const first = rules.findIndex((r) => isSingle(r, kind, id));
    const kept = rules.filter((r, i) => i === first || !isSingle(r, kind, id));
    if (level === null) return kept.filter((r) => !isSingle(r, kind, id));
    if (first < 0) return [...kept, { level, kind, anyOf: [id] }];
    return kept.map((r) => (isSingle(r, kind, id) ? { ...r, level } : r));
  });
}

/** Sets the level of the rule of (scheme, body) naming exactly these entries (in any
 * order), or removes it (null); adds it when absent. */
export function withCombinedLevel(
  expected: readonly ExpectedComposition[],
  scheme: string,
  body: string,
  kind: RuleKind,
  anyOf: readonly string[],
  level: RuleLevel | null,
): ExpectedComposition[] {
  const key = setKey(anyOf);
  const same = (r: CompositionRule) => r.kind === kind && setKey(r.anyOf) === key;
  return editRules(expected, scheme, body, (rules) => {
    const first = rules.findIndex(same);
    const kept = rules.filter((r, i) => i === first || !same(r));
    if (level === null) return kept.filter((r) => !same(r));
    if (first < 0) return [...kept, { level, kind, anyOf: [...anyOf] }];
    return kept.map((r) => (same(r) ? { ...r, level } : r));
  });
}

export interface CompositionChange {
  scheme: string;
  body: string;
  kind: RuleKind;
  anyOf: string[];
  /** null: the rule does not exist on that side. */
  from: RuleLevel | null;
  to: RuleLevel | null;
}

/** What differs between two compositions, rule by rule (notes and order aside): first the
 * rules of `before` in their order, then the rules only `after` has. */
export function compositionChanges(
  before: readonly ExpectedComposition[],
  after: readonly ExpectedComposition[],
): CompositionChange[] {
  const a = levels(before);
  const b = levels(after);
  const changes: CompositionChange[] = [];
  for (const [key, rule] of a) {
    const to = b.get(key)?.level ?? null;
    if (to !== rule.level) changes.push({ ...rule.where, from: rule.level, to });
  }
  for (const [key, rule] of b) {
    if (!a.has(key)) changes.push({ ...rule.where, from: null, to: rule.level });
  }
  return changes;
}

/** The two compositions ask for the same things (notes and order aside). */
export function sameComposition(
  a: readonly ExpectedComposition[],
  b: readonly ExpectedComposition[],
): boolean {
  return compositionChanges(a, b).length === 0;
}

// ---------------------------------------------------------------------------------------

function rulesOf(
  expected: readonly ExpectedComposition[],
  scheme: string,
  body: string,
): CompositionRule[] {
  return expected.filter((e) => e.scheme === scheme && e.body === body).flatMap((e) => e.rules);
}

function isSingle(rule: CompositionRule, kind: RuleKind, id: string): boolean {
  return rule.kind === kind && rule.anyOf.length === 1 && rule.anyOf[0] === id;
}

function setKey(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join('\u0001');
}

/** Applies `edit` to the rules of (scheme, body), merged into one entry (the first, or a new
 * one at the end); an entry left without rules is dropped. */
function editRules(
  expected: readonly ExpectedComposition[],
  scheme: string,
  body: string,
  edit: (rules: CompositionRule[]) => CompositionRule[],
): ExpectedComposition[] {
  const at = (e: ExpectedComposition) => e.scheme === scheme && e.body === body;
  const first = expected.findIndex(at);
  const rules = edit(rulesOf(expected, scheme, body).map((r) => structuredClone(r)));
  const result: ExpectedComposition[] = [];
  expected.forEach((e, i) => {
    if (i === first) {
      if (rules.length > 0) result.push({ scheme, body, rules });
    } else if (!at(e)) {
      result.push(structuredClone(e));
    }
  });
  if (first < 0 && rules.length > 0) result.push({ scheme, body, rules });
  return result;
}

interface Keyed {
  where: { scheme: string; body: string; kind: RuleKind; anyOf: string[] };
  level: RuleLevel;
}

/** Rule key (scheme, body, kind, entries as a set) → its strongest level. */
function levels(expected: readonly ExpectedComposition[]): Map<string, Keyed> {
  const map = new Map<string, Keyed>();
  for (const e of expected) {
    for (const rule of e.rules) {
      const key = [e.scheme, e.body, rule.kind, setKey(rule.anyOf)].join('\u0002');
      const known = map.get(key);
      if (known && known.level === 'required') continue;
      map.set(key, {
        where: { scheme: e.scheme, body: e.body, kind: rule.kind, anyOf: [...rule.anyOf] },
        level: rule.level,
      });
    }
  }
  return map;
}
