// Reading one cell: lists, yes/no, scores, scheme membership. Names and free text are never
// split: only the multi-valued fields go through `splitList`.
import { type ReferenceIndex, fold, slug } from '../domain';
import { findSchemes, wordSpans } from './columns.ts';

/** Every separator of a multi-valued cell. */
const LIST_SEPARATORS = '|;,/+\n';
/** The separators that never occur inside a name (a name may hold "/" or "+"). */
export const STRONG_SEPARATORS = '|;,\n';
/** Kumu's connection types: a value made of + and - signs ("++", "+-", "--", "+"). */
const SIGNS = /^[+-]+$|[+-]\+|\+[+-]/;

/**
 * A multi-valued cell as its values: separated by | ; , / + or newlines (or only
 * `separators`), except inside parentheses ("Soins (premier recours, hôpital)" stays one
 * value). In a cell holding sign values ("++", "+-"), + is not a separator: they stay whole.
 * Empty values dropped.
 */
export function splitList(cell: string, separators: string = LIST_SEPARATORS): string[] {
  const values: string[] = [];
  let depth = 0;
  let current = '';
  const keepSigns = cell.includes('+') && SIGNS.test(cell.trim());
  for (const c of cell) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0 && separators.includes(c) && !(c === '+' && keepSigns)) {
      values.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  values.push(current);
  return values.map((v) => v.trim().replace(/\s+/g, ' ')).filter((v) => v !== '');
}

const YES = new Set(
  [
    'x',
    'oui',
    'yes',
    'y',
    'o',
    '1',
    'true',
    'vrai',
    'ok',
    'membre',
    'member',
    'adherent',
    'adherente',
    'signataire',
    'participant',
    'participante',
    'partenaire',
  ].map(fold),
);
const YES_SYMBOLS = new Set(['✓', '✔', '☑', '✅', '☒', '✗', '✘', '●', '•', '*']);
const NO = new Set([
  'non',
  'no',
  'n',
  '0',
  'false',
  'faux',
  'non membre',
  'aucun',
  'aucune',
  'none',
]);

/** A bare "yes" of a membership or boolean cell: x, oui, yes, 1, ✓, membre… */
export function isYes(cell: string): boolean {
  const t = cell.trim();
  return YES_SYMBOLS.has(t) || YES.has(fold(t));
}

/** A bare "no": non, no, 0, -, empty… */
export function isNo(cell: string): boolean {
  const t = cell.trim();
  return t === '' || /^[-–—_.]+$/.test(t) || NO.has(fold(t));
}

const PERSON_WORDS = new Set(['personne', 'personne physique', 'individu', 'person', 'individual']);
const ORGANISATION_WORDS = new Set([
  'structure',
  'organisation',
  'organisme',
  'personne morale',
  'organization',
  'institution',
]);
const DIRECTED_WORDS = new Set([
  'oriente',
  'dirige',
  'directed',
  'unidirectionnel',
  'sens unique',
  'one way',
  'a vers b',
]);
const UNDIRECTED_WORDS = new Set([
  'non oriente',
  'undirected',
  'mutual',
  'mutuel',
  'reciproque',
  'bidirectionnel',
  'both',
  'two way',
  'les deux',
]);

/** yes/no cell → boolean; undefined when empty; null when unreadable. */
export function parseBoolean(
  cell: string,
  kind: 'person' | 'directed',
): boolean | null | undefined {
  const t = cell.trim();
  if (t === '') return undefined;
  const key = fold(t);
  if (kind === 'directed') {
    if (/^(->|→|=>|⟶)$/.test(t)) return true;
    if (/^(<->|↔|<=>|⟷|—|-)$/.test(t)) return false;
    if (DIRECTED_WORDS.has(key)) return true;
    if (UNDIRECTED_WORDS.has(key)) return false;
  } else {
    if (PERSON_WORDS.has(key)) return true;
    if (ORGANISATION_WORDS.has(key)) return false;
  }
  if (isYes(t)) return true;
  if (isNo(t)) return false;
  return null;
}

const SCORE_WORDS_3: Record<string, number> = {
  faible: 1,
  weak: 1,
  low: 1,
  occasionnel: 1,
  moyen: 2,
  moyenne: 2,
  medium: 2,
  regulier: 2,
  fort: 3,
  forte: 3,
  strong: 3,
  high: 3,
  eleve: 3,
  elevee: 3,
  etroit: 3,
};
const SCORE_WORDS_5: Record<string, number> = {
  'tres faible': 1,
  'very low': 1,
  faible: 2,
  low: 2,
  moyen: 3,
  moyenne: 3,
  medium: 3,
  fort: 4,
  forte: 4,
  eleve: 4,
  elevee: 4,
  high: 4,
  'tres fort': 5,
  'tres forte': 5,
  'tres eleve': 5,
  'tres elevee': 5,
  'very high': 5,
};

export type ScoreResult =
  | { kind: 'empty' }
  | { kind: 'ok'; value: number }
  | { kind: 'invalid' }
  | { kind: 'out-of-range'; value: number };

/** A score between `min` and `max`: "3", "2,0" (French decimal), "3/5", "fort"… */
export function parseScore(cell: string, min: number, max: number): ScoreResult {
  const t = cell.trim();
  if (t === '') return { kind: 'empty' };
  const words = max === 3 ? SCORE_WORDS_3 : max === 5 ? SCORE_WORDS_5 : {};
  const word = words[fold(t)];
  if (word !== undefined) return { kind: 'ok', value: word };
  const m = /^([+-]?\d+(?:[.,]\d+)?)(?:\s*\/\s*\d+)?$/.exec(t.replace(/\s+/g, ''));
  if (!m) return { kind: 'invalid' };
  const value = Number(m[1]!.replace(',', '.'));
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  if (value < min || value > max) return { kind: 'out-of-range', value };
  return { kind: 'ok', value };
}

/** Body ids whose trailing words name a group: "GT Logement" → body gt, group "Logement". */
export const GROUP_BODIES = new Set(['gt']);

const BODY_FILLERS = new Set(
  [
    'membre',
    'member',
    'du',
    'de',
    'des',
    'la',
    'le',
    'les',
    'l',
    'd',
    'au',
    'aux',
    'en',
    'a',
    'in',
    'of',
    'the',
    'participe',
    'participant',
    'participante',
    'present',
    'presente',
  ].map(fold),
);

export interface SchemePart {
  /** The body id, or null for a plain member. */
  body: string | null;
  /** Group name for a working-group body ("Logement"). */
  group?: string;
  /** True when the text matched no body of the scheme: `body` is then its slug. */
  unknown?: boolean;
  text: string;
}

/** One value of a scheme cell for `scheme`: "COPIL", "GT Logement", "Membre du COTECH", "x". */
export function parseBody(text: string, scheme: string, index: ReferenceIndex): SchemePart {
  const part = text.trim();
  if (isYes(part)) return { body: null, text: part };
  const bodies = index.bodies.get(scheme);
  const spans = wordSpans(part);
  const whole = fold(part);
  const exact = bodies?.get(whole);
  if (exact) return { body: exact, text: part };
  if (bodies) {
    for (let size = Math.min(spans.length, 6); size >= 1; size--) {
      for (let start = 0; start + size <= spans.length; start++) {
        const key = spans
          .slice(start, start + size)
          .map((s) => s.folded)
          .join(' ');
        const body = bodies.get(key);
        if (!body) continue;
        const before = spans.slice(0, start);
        if (!before.every((s) => BODY_FILLERS.has(s.folded) || YES.has(s.folded))) continue;
        const out: SchemePart = { body, text: part };
        if (GROUP_BODIES.has(body) && start + size < spans.length) {
          const group = part
            .slice(spans[start + size - 1]!.end)
            .replace(/^[\s\-–—:.()]+|[\s)]+$/g, '')
            .trim();
          if (group) out.group = group;
        }
        return out;
      }
    }
  }
  return { body: slug(part), unknown: true, text: part };
}

export type Membership =
  | { member: false; unreadable?: string }
  | { member: true; bodies: string[]; groups: string[]; unknown: string[] };

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * A cell of a scheme column: empty or "non" → not a member; a bare yes → plain member
 * (`bodies` empty); else the bodies named ("COPIL, COTECH", "GT Logement", "Plénière").
 * Body words that match nothing are kept as their slug and listed in `unknown`.
 */
export function parseSchemeCell(cell: string, scheme: string, index: ReferenceIndex): Membership {
  const t = cell.trim();
  if (isNo(t)) return { member: false };
  const result = {
    member: true as const,
    bodies: [] as string[],
    groups: [] as string[],
    unknown: [] as string[],
  };
  const parts = fold(t) && index.bodies.get(scheme)?.has(fold(t)) ? [t] : splitList(t);
  for (const part of parts) {
    if (isNo(part)) continue;
    const p = parseBody(part, scheme, index);
    if (p.body === null) continue;
    addUnique(result.bodies, p.body);
    if (p.group) addUnique(result.groups, p.group);
    if (p.unknown) result.unknown.push(p.text);
  }
  return result;
}

export interface SchemeListEntry {
  scheme: string;
  part: SchemePart;
}

/**
 * A cell listing schemes, optionally with bodies: "CLS, CLSM", "CLS COPIL | ASV - GT Emploi".
 * Returns the entries read and the values that name no scheme.
 */
export function parseSchemeList(
  cell: string,
  index: ReferenceIndex,
): { entries: SchemeListEntry[]; unknown: string[] } {
  const entries: SchemeListEntry[] = [];
  const unknown: string[] = [];
  for (const value of splitList(cell)) {
    if (isNo(value)) continue;
    const found = findSchemes(value, index);
    if (found.schemes.length === 0) {
      unknown.push(value);
      continue;
    }
    for (const scheme of found.schemes) {
      const part: SchemePart =
        found.rest.length === 0
          ? { body: null, text: value }
          : parseBody(found.restText, scheme, index);
      entries.push({ scheme, part });
    }
  }
  return { entries, unknown };
}
