// The fields of an actor or a link as typed in the app, read as the import reads cells:
// the same reference look-ups (types, sectors, schemes, bodies), the same rules and the same
// messages (import/field-messages.ts). An unknown type or sector is kept with a warning, as
// at import; an empty name, a score out of range, a link to itself or to no actor is refused.
import {
  emptyRecord,
  recordOf,
  slug,
  type Actor,
  type Localized,
  type Severity,
} from '../../domain';
import {
  parseSchemeCell,
  cleanName,
  type ImportContext,
  invalidScoreWords,
  unknownBodyMessage,
  unknownSchemesWords,
  unknownSectorsMessage,
  unknownTypeMessage,
  identifierProblem,
  OFFICIAL_IDS,
} from '../../import';
import { MISSING_NAME, schemesIgnored, scoreRefused } from './messages.ts';

/** Something said about an edit: an error refuses it, a warning says what was done. */
export interface EditIssue {
  severity: Severity;
  code: string;
  /** The field it is about (`name`, `type`, `sectors`, `schemes`, `source`…). */
  field: string;
  message: Localized;
}

/** The header under which an unknown type's words are kept (as the import keeps the cell). */
export const TYPE_ATTRIBUTE = 'Type';

/**
 * An actor's fields as the app's forms give them. Absent = unchanged (or empty for a new
 * actor); null = cleared. `type` and `sectors` take ids or words; `schemes` maps a scheme
 * id to its bodies (ids or words, `[]` for a plain member).
 */
export interface ActorInput {
  /** A new actor's id (else derived from its name, as at import). */
  id?: string;
  name?: string;
  type?: string;
  sectors?: string[];
  territory?: string | null;
  schemes?: Record<string, string[]>;
  groups?: Record<string, string[]>;
  role?: string | null;
  person?: boolean | null;
  influence?: number | null;
  interest?: number | null;
  siret?: string | null;
  finess?: string | null;
  rpps?: string | null;
  attributes?: Record<string, string>;
}

export const issueOf = (
  severity: Severity,
  code: string,
  field: string,
  message: Localized,
): EditIssue => ({ severity, code, field, message });

const OPTIONAL_TEXTS = ['territory', 'role', ...OFFICIAL_IDS] as const;
const SCORES = ['influence', 'interest'] as const;

/** A score typed in a form: a whole number in [1, max], else the import's message. */
export function scoreIssue(value: number, max: 3 | 5, field: string): EditIssue | null {
  if (Number.isInteger(value) && value >= 1 && value <= max) return null;
  return issueOf(
    'error',
    'invalid-score',
    field,
    scoreRefused(invalidScoreWords(String(value), max)),
  );
}

/**
 * `actor` with `input` applied (a copy), and what was said. The actor is unchanged where
 * `input` is silent; errors mean the edit must be refused.
 */
export function applyActorInput(
  actor: Actor,
  input: ActorInput,
  ctx: ImportContext,
): { actor: Actor; issues: EditIssue[] } {
  const issues: EditIssue[] = [];
  const next = cloneActor(actor);
  if (input.name !== undefined) {
    const name = cleanName(input.name);
    if (name === '') {
      issues.push(issueOf('error', 'missing-name', 'name', MISSING_NAME));
    }
    next.name = name;
  }
  if (input.type !== undefined) setType(next, input.type, ctx, issues);
  if (input.sectors !== undefined) {
    const ids: string[] = [];
    const unknown: string[] = [];
    for (const text of input.sectors) {
      if (ctx.index.ref.sectors.some((s) => s.id === text)) ids.push(text);
      else if (text.trim() !== '') {
        const read = ctx.sectorCell(text);
        ids.push(...read.ids);
        unknown.push(...read.unknown);
      }
    }
    next.sectors = [...new Set(ids)];
    if (unknown.length > 0) {
      issues.push(issueOf('warning', 'unknown-sector', 'sectors', unknownSectorsMessage(unknown)));
    }
  }
  for (const key of OPTIONAL_TEXTS) {
    const value = input[key];
    if (value === undefined) continue;
    const text = value === null ? '' : key === 'territory' ? cleanName(value) : value.trim();
    if (text === '') delete next[key];
    else next[key] = text;
  }
  for (const kind of OFFICIAL_IDS) {
    const value = next[kind];
    const problem = value !== undefined && input[kind] ? identifierProblem(kind, value) : null;
    if (problem) issues.push(issueOf('warning', 'suspicious-identifier', kind, problem));
  }
  for (const key of SCORES) {
    const value = input[key];
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else {
      const problem = scoreIssue(value, 5, key);
      if (problem) issues.push(problem);
      else next[key] = value;
    }
  }
  if (input.person !== undefined) {
    if (input.person === null) delete next.person;
    else next.person = input.person;
  }
  if (input.schemes !== undefined) setSchemes(next, input.schemes, ctx, issues);
  if (input.groups !== undefined) {
    next.groups = emptyRecord<string[]>();
    for (const [scheme, names] of Object.entries(input.groups)) {
      const list = [...new Set(names.map(cleanName).filter((n) => n !== ''))];
      if (list.length > 0) next.groups[scheme] = list;
    }
  }
  if (input.attributes !== undefined) {
    next.attributes = emptyRecord<string>();
    for (const [header, value] of Object.entries(input.attributes)) {
      if (value.trim() !== '') next.attributes[header] = value.trim();
    }
  }
  return { actor: next, issues };
}

function setType(actor: Actor, text: string, ctx: ImportContext, issues: EditIssue[]): void {
  const previous = actor.typeText;
  const trimmed = text.trim();
  const known = ctx.index.ref.actorTypes.some((t) => t.id === trimmed)
    ? trimmed
    : trimmed === ''
      ? 'autre'
      : ctx.typeCell(trimmed);
  // Words kept for an unknown type leave with it.
  if (previous !== undefined && actor.attributes[TYPE_ATTRIBUTE] === previous) {
    delete actor.attributes[TYPE_ATTRIBUTE];
  }
  delete actor.typeText;
  if (known) {
    actor.type = known;
    return;
  }
  actor.type = 'autre';
  actor.typeText = trimmed;
  actor.attributes[TYPE_ATTRIBUTE] = trimmed;
  issues.push(issueOf('warning', 'unknown-type', 'type', unknownTypeMessage(trimmed)));
}

function setSchemes(
  actor: Actor,
  schemes: Record<string, string[]>,
  ctx: ImportContext,
  issues: EditIssue[],
): void {
  const out = emptyRecord<string[]>();
  const unknownSchemes: string[] = [];
  for (const [text, bodies] of Object.entries(schemes)) {
    const scheme = ctx.index.ref.schemes.some((s) => s.id === text) ? text : ctx.exactScheme(text);
    if (!scheme) {
      unknownSchemes.push(text);
      continue;
    }
    const ids = ctx.index.ref.schemes.find((s) => s.id === scheme)?.bodies.map((b) => b.id) ?? [];
    const list = (out[scheme] ??= []);
    for (const body of bodies) {
      if (ids.includes(body)) {
        if (!list.includes(body)) list.push(body);
        continue;
      }
      const read = parseSchemeCell(body, scheme, ctx.index);
      if (!read.member) continue;
      for (const b of read.bodies) if (!list.includes(b)) list.push(b);
      for (const g of read.groups) {
        const groups = (actor.groups[scheme] ??= []);
        if (!groups.includes(g)) groups.push(g);
      }
      for (const u of read.unknown) {
        issues.push(
          issueOf('warning', 'unknown-body', 'schemes', unknownBodyMessage(scheme, u, slug(u))),
        );
      }
    }
  }
  actor.schemes = out;
  for (const scheme of Object.keys(actor.groups)) {
    if (out[scheme] === undefined) delete actor.groups[scheme];
  }
  if (unknownSchemes.length > 0) {
    issues.push(
      issueOf(
        'warning',
        'unknown-scheme',
        'schemes',
        schemesIgnored(unknownSchemesWords(unknownSchemes)),
      ),
    );
  }
}

/** A deep copy whose records have no prototype (keys such as `__proto__` stay plain keys). */
export function cloneActor(actor: Actor): Actor {
  const copy = structuredClone(actor);
  const lists = (r: Record<string, string[]>) =>
    recordOf(Object.entries(r).map(([k, v]): [string, string[]] => [k, [...v]]));
  copy.schemes = lists(actor.schemes);
  copy.groups = lists(actor.groups);
  copy.attributes = recordOf(Object.entries(actor.attributes));
  return copy;
}
