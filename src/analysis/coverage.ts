// Who sits in each governance body, by sector and actor type, and what the expected
// composition (docs/domain.md, ref.expected) says is missing.
import {
  recordOf,
  WHOLE_SCHEME,
  type Actor,
  type CompositionRule,
  type ReferenceData,
} from '../domain';
import type { MaillageGraph } from '../model';

export interface CoverageEntry {
  /** Members, in actor order. */
  actors: string[];
  /** Sector id → members with that sector (reference order, then others as met). */
  sectors: Record<string, string[]>;
  /** Actor-type id → members of that type. */
  types: Record<string, string[]>;
  /** Sector ids named by the unmet *required* sector rules (a rule "any of A, B" unmet
   * lists both A and B; `gaps` keeps the rules themselves). */
  missingSectors: string[];
  missingTypes: string[];
  recommendedMissingSectors: string[];
  recommendedMissingTypes: string[];
  /** Every unmet rule, required ones first. */
  gaps: CompositionRule[];
  /** The body is not in the reference list of the scheme (named so in the inventory). */
  custom: boolean;
}

/** scheme id → body id (or WHOLE_SCHEME) → entry. */
export type Coverage = Record<string, Record<string, CoverageEntry>>;

export interface CoverageOptions {
  /** Also report schemes that have expectations but no member (default false: a
   * territory without an ASV is not told that its ASV lacks residents). */
  includeAbsentSchemes?: boolean;
}

/**
 * Schemes covered: those with at least one member (plus, on request, those with
 * expectations). Bodies of a scheme: reference bodies that have members or expectations,
 * then bodies met in the inventory but unknown to the reference, then WHOLE_SCHEME (all
 * members). A body with expectations and no member is reported with all its rules unmet.
 */
export function computeCoverage(
  graph: MaillageGraph,
  ref: ReferenceData,
  options: CoverageOptions = {},
): Coverage {
  return coverageOfActors(
    graph.mapNodes((_id, actor) => actor),
    ref,
    options,
  );
}

export function coverageOfActors(
  actors: readonly Actor[],
  ref: ReferenceData,
  options: CoverageOptions = {},
): Coverage {
  const schemeIds = orderedSchemes(actors, ref, options.includeAbsentSchemes ?? false);
  const sectorOrder = new Map(ref.sectors.map((s, i) => [s.id, i]));
  const typeOrder = new Map(ref.actorTypes.map((t, i) => [t.id, i]));
  const coverage: Coverage = {};
  for (const scheme of schemeIds) {
    const members = actors.filter((a) => a.schemes[scheme] !== undefined);
    const known = ref.schemes.find((s) => s.id === scheme)?.bodies.map((b) => b.id) ?? [];
    const expected = ref.expected.filter((e) => e.scheme === scheme);
    const withMembers = new Set(members.flatMap((a) => a.schemes[scheme] ?? []));
    const hasRules = new Set(expected.map((e) => e.body));
    const bodies = [
      ...known.filter((b) => withMembers.has(b) || hasRules.has(b)),
      ...[...withMembers].filter((b) => !known.includes(b) && b !== WHOLE_SCHEME),
      // Rules on a body the scheme's reference does not list still deserve a report.
      ...[...hasRules].filter(
        (b) => !known.includes(b) && !withMembers.has(b) && b !== WHOLE_SCHEME,
      ),
      WHOLE_SCHEME,
    ];
    const membersOf = bodyMembers(members, scheme);
    const byBody: Record<string, CoverageEntry> = {};
    for (const body of bodies) {
      const inBody = body === WHOLE_SCHEME ? members : (membersOf.get(body) ?? []);
      const rules = expected.filter((e) => e.body === body).flatMap((e) => e.rules);
      const result = entry(inBody, rules, sectorOrder, typeOrder);
      result.custom = body !== WHOLE_SCHEME && !known.includes(body);
      byBody[body] = result;
    }
    coverage[scheme] = byBody;
  }
  return coverage;
}

/** Body → the members that sit in it, in actor order, each once: one pass over the members
 * rather than one per body. */
function bodyMembers(members: readonly Actor[], scheme: string): Map<string, Actor[]> {
  const membersOf = new Map<string, Actor[]>();
  for (const actor of members) {
    const bodies = actor.schemes[scheme] ?? [];
    bodies.forEach((body, i) => {
      // A body named twice in one actor's list counts the actor once.
      if (bodies.indexOf(body) !== i) return;
      const list = membersOf.get(body);
      if (list) list.push(actor);
      else membersOf.set(body, [actor]);
    });
  }
  return membersOf;
}

function orderedSchemes(actors: readonly Actor[], ref: ReferenceData, absent: boolean): string[] {
  const present: string[] = [];
  for (const actor of actors) {
    for (const scheme of Object.keys(actor.schemes)) {
      if (!present.includes(scheme)) present.push(scheme);
    }
  }
  const wanted = new Set(present);
  if (absent) for (const e of ref.expected) wanted.add(e.scheme);
  const known = ref.schemes.map((s) => s.id).filter((id) => wanted.has(id));
  return [...known, ...[...wanted].filter((id) => !known.includes(id))];
}

function entry(
  members: readonly Actor[],
  rules: readonly CompositionRule[],
  sectorOrder: Map<string, number>,
  typeOrder: Map<string, number>,
): CoverageEntry {
  const sectors = group(members, (a) => a.sectors, sectorOrder);
  const types = group(members, (a) => a.type, typeOrder);
  const unmet = rules.filter((rule) => {
    const present = rule.kind === 'sector' ? sectors : types;
    return !rule.anyOf.some((id) => (present[id]?.length ?? 0) > 0);
  });
  const gaps = [
    ...unmet.filter((r) => r.level === 'required'),
    ...unmet.filter((r) => r.level !== 'required'),
  ];
  const ids = (level: string, kind: string): string[] => [
    ...new Set(unmet.filter((r) => r.level === level && r.kind === kind).flatMap((r) => r.anyOf)),
  ];
  return {
    actors: members.map((a) => a.id),
    sectors,
    types,
    missingSectors: ids('required', 'sector'),
    missingTypes: ids('required', 'type'),
    recommendedMissingSectors: ids('recommended', 'sector'),
    recommendedMissingTypes: ids('recommended', 'type'),
    gaps: gaps.map((r) => structuredClone(r)),
    custom: false,
  };
}

/** Key → members, keys in reference order then in order of appearance. */
function group(
  members: readonly Actor[],
  keys: (a: Actor) => string | readonly string[],
  order: Map<string, number>,
): Record<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (key: string, id: string): void => {
    const ids = found.get(key);
    if (ids) ids.push(id);
    else found.set(key, [id]);
  };
  for (const actor of members) {
    const list = keys(actor);
    if (typeof list === 'string') {
      add(list, actor.id);
      continue;
    }
    // A key named twice counts the actor once (without a Set per actor and body: tens of
    // thousands of them at 10,000 actors, all garbage at once).
    list.forEach((key, i) => {
      if (i === 0 || list.indexOf(key) === i) add(key, actor.id);
    });
  }
  const sorted = [...found.keys()].map((key, i) => ({
    key,
    rank: order.get(key) ?? order.size + i,
  }));
  sorted.sort((a, b) => a.rank - b.rank);
  // Keys are sector and type ids, unknown ones as the user wrote them: no prototype.
  return recordOf(sorted.map(({ key }) => [key, found.get(key) as string[]] as const));
}
