// The coverage as two matrices a coordinator can read: sectors × (scheme, body), grouped by
// health-determinant layer (Dahlgren & Whitehead, docs/domain.md), and actor types × (scheme,
// body). Each cell holds the members concerned and what the expected composition says of it.
import type { CompositionRule, ExpectedComposition, ReferenceData, RuleLevel } from '../domain';
import type { Analysis } from './analyze.ts';
import type { Coverage } from './coverage.ts';
import { coverageFindings, type Finding } from './findings.ts';

export type MatrixKind = 'sector' | 'type';

/**
 * - `present`: at least one member.
 * - `gap`: no member, and a *required* rule naming this sector/type is unmet.
 * - `hint`: no member, and a *recommended* rule naming it is unmet.
 * - `alternative`: no member, expected by an "any of" rule that another entry meets.
 * - `empty`: no member and nothing expected.
 */
export type CellState = 'present' | 'gap' | 'hint' | 'alternative' | 'empty';

export interface MatrixColumn {
  /** `scheme|body`. */
  key: string;
  scheme: string;
  body: string;
  /** The body's members. */
  members: string[];
  /** The body is not in the scheme's reference list. */
  custom: boolean;
}

export interface MatrixCell {
  column: string;
  actors: string[];
  /** The strongest rule of the body naming this row (null: not expected). */
  expected: RuleLevel | null;
  state: CellState;
}

export interface MatrixRow {
  /** Sector or actor-type id. */
  id: string;
  /** The id is in the reference list. */
  known: boolean;
  cells: MatrixCell[];
  /** Every actor of the row in the matrix's columns, without repeats, in order met. */
  actors: string[];
}

export interface MatrixGroup {
  /** Layer id for sectors (OTHER_GROUP for sectors outside the reference list); TYPE_GROUP
   * for the single group of the type matrix. */
  id: string;
  rows: MatrixRow[];
}

export interface CoverageMatrix {
  kind: MatrixKind;
  columns: MatrixColumn[];
  groups: MatrixGroup[];
}

export const OTHER_GROUP = 'other';
export const TYPE_GROUP = 'types';

export function columnKey(scheme: string, body: string): string {
  return `${scheme}|${body}`;
}

/** Every (scheme, body) of the coverage, in its order (schemes, then bodies). */
export function coverageColumns(coverage: Coverage): MatrixColumn[] {
  return Object.entries(coverage).flatMap(([scheme, bodies]) =>
    Object.entries(bodies).map(([body, entry]) => ({
      key: columnKey(scheme, body),
      scheme,
      body,
      members: entry.actors,
      custom: entry.custom,
    })),
  );
}

/** The strongest level of the rules of (scheme, body) that name `id` (null: none). */
export function expectedLevel(
  expected: readonly ExpectedComposition[],
  scheme: string,
  body: string,
  kind: MatrixKind,
  id: string,
): RuleLevel | null {
  let level: RuleLevel | null = null;
  for (const e of expected) {
    if (e.scheme !== scheme || e.body !== body) continue;
    for (const rule of e.rules) {
      if (rule.kind !== kind || !rule.anyOf.includes(id)) continue;
      if (rule.level === 'required') return 'required';
      level = rule.level;
    }
  }
  return level;
}

/**
 * The matrix of one kind. Rows: every entry of the reference list (a sector nobody works
 * in is worth a row), then the ids met in the coverage that the list does not know.
 * Sectors are grouped by layer in the order of ref.sectorLayers; types form one group.
 * `ref.expected` must be the composition the coverage was computed with.
 */
export function coverageMatrix(
  coverage: Coverage,
  ref: ReferenceData,
  kind: MatrixKind,
): CoverageMatrix {
  const columns = coverageColumns(coverage);
  const entries = kind === 'sector' ? ref.sectors : ref.actorTypes;
  const known = new Set(entries.map((e) => e.id));
  const unknown: string[] = [];
  for (const bodies of Object.values(coverage)) {
    for (const entry of Object.values(bodies)) {
      for (const id of Object.keys(kind === 'sector' ? entry.sectors : entry.types)) {
        if (!known.has(id) && !unknown.includes(id)) unknown.push(id);
      }
    }
  }
  const row = (id: string): MatrixRow => {
    const cells = columns.map((column): MatrixCell => {
      const entry = coverage[column.scheme]?.[column.body];
      const actors = (kind === 'sector' ? entry?.sectors[id] : entry?.types[id]) ?? [];
      const expected = expectedLevel(ref.expected, column.scheme, column.body, kind, id);
      const missing =
        kind === 'sector' ? (entry?.missingSectors ?? []) : (entry?.missingTypes ?? []);
      const hinted =
        kind === 'sector'
          ? (entry?.recommendedMissingSectors ?? [])
          : (entry?.recommendedMissingTypes ?? []);
      const state: CellState =
        actors.length > 0
          ? 'present'
          : missing.includes(id)
            ? 'gap'
            : hinted.includes(id)
              ? 'hint'
              : expected
                ? 'alternative'
                : 'empty';
      return { column: column.key, actors: [...actors], expected, state };
    });
    const actors = [...new Set(cells.flatMap((c) => c.actors))];
    return { id, known: known.has(id), cells, actors };
  };
  const groups: MatrixGroup[] = [];
  if (kind === 'sector') {
    const layers = ref.sectorLayers.map((l) => l.id);
    for (const layer of layers) {
      const rows = ref.sectors.filter((s) => s.layer === layer).map((s) => row(s.id));
      if (rows.length > 0) groups.push({ id: layer, rows });
    }
    // Sectors of the list whose layer is unknown, then sectors outside the list.
    const others = [
      ...ref.sectors.filter((s) => !layers.includes(s.layer)).map((s) => s.id),
      ...unknown,
    ];
    if (others.length > 0) groups.push({ id: OTHER_GROUP, rows: others.map(row) });
  } else {
    groups.push({ id: TYPE_GROUP, rows: [...entries.map((e) => e.id), ...unknown].map(row) });
  }
  return { kind, columns, groups };
}

export interface CoverageGap {
  /** Stable while the rule exists: `scheme|body|kind|level|anyOf`. */
  key: string;
  scheme: string;
  body: string;
  rule: CompositionRule;
  /** The sentence (findings.ts) and the actors to light: the members of the body. */
  finding: Finding;
}

/**
 * Every unmet rule of the coverage with its sentence, required ones (level `gap`) and
 * recommended ones (level `hint`) in the order of coverageFindings: by scheme, body, then
 * required first. `coverage` may be a recomputation of `analysis.coverage` under an edited
 * composition (`ref.expected`).
 */
export function coverageGaps(
  analysis: Analysis,
  coverage: Coverage,
  ref: ReferenceData,
): CoverageGap[] {
  const findings = coverageFindings({ ...analysis, coverage }, ref);
  const rules = Object.entries(coverage).flatMap(([scheme, bodies]) =>
    Object.entries(bodies).flatMap(([body, entry]) =>
      entry.gaps.map((rule) => ({ scheme, body, rule })),
    ),
  );
  return findings.map((finding, i) => {
    const { scheme, body, rule } = rules[i] as (typeof rules)[number];
    const key = [scheme, body, rule.kind, rule.level, rule.anyOf.join('+')].join('|');
    return { key, scheme, body, rule, finding };
  });
}
