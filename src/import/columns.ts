// Header → field: `name`, `sectors`, `scheme:CLS`… or null (kept as a free attribute).
// Synonyms live in data/columns.json; scheme columns are recognised with the schemes' own
// names and synonyms from the reference data.
import columnsData from '../../data/columns.json';
import {
  type ReferenceIndex,
  fold,
  IGNORED_COLUMN,
  type ColumnMapping,
  type FileRole,
} from '../domain';

export const ACTOR_FIELDS = [
  'id',
  'name',
  'type',
  'sectors',
  'territory',
  'schemes',
  'role',
  'influence',
  'interest',
  'person',
  'siret',
  'finess',
  'rpps',
  'tags',
  'partners',
] as const;
export const LINK_FIELDS = [
  'source',
  'target',
  'type',
  'strength',
  'scheme',
  'directed',
  'tags',
] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];
export type LinkField = (typeof LINK_FIELDS)[number];

/** Prefix of the field of a scheme column: `scheme:CLS`. */
export const SCHEME_FIELD = 'scheme:';

interface ColumnsData {
  actors: Record<ActorField, string[]>;
  links: Record<LinkField, string[]>;
  stopwords: string[];
  schemeHeaderFillers: string[];
}

const DATA = columnsData as ColumnsData;
const STOPWORDS = new Set(DATA.stopwords);

/** A word without its plural: a final s is dropped from words of four letters or more. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Plural and inclusive marks: "Secteur(s)", "Thématique(s)", "Partenaire·s". */
function withoutPluralMarks(header: string): string {
  return header.replace(/\((?:e|s|es|x|nes|les|trices?)\)/gi, '').replace(/·(?:e|s|es)\b/gi, '');
}

/**
 * The key a header is compared on: folded, plural marks and small words removed, each word
 * made singular. "N° FINESS" → "finess"; "Secteur(s) d'intervention" → "secteur intervention".
 */
export function headerKey(header: string): string {
  const folded = fold(withoutPluralMarks(header));
  const words = folded.split(' ').filter((w) => w !== '');
  const kept = words.filter((w) => !STOPWORDS.has(w)).map(singular);
  return kept.length > 0 ? kept.join(' ') : words.map(singular).join(' ');
}

function buildFieldKeys<F extends string>(table: Record<F, string[]>): Map<string, F> {
  const keys = new Map<string, F>();
  for (const field of Object.keys(table) as F[]) {
    for (const synonym of table[field]) {
      const key = headerKey(synonym);
      if (!keys.has(key)) keys.set(key, field);
    }
  }
  return keys;
}

const ACTOR_KEYS = buildFieldKeys(DATA.actors);
/** "Partenaire(s)", "Partners" also name the name column of a list of partners: a header
 * whose key is both a name and a partners key holds partners when another column is the name. */
const PARTNER_KEYS = new Set(DATA.actors.partners.map(headerKey));
const LINK_KEYS = buildFieldKeys(DATA.links);
const FILLERS = new Set(DATA.schemeHeaderFillers.map((w) => singular(fold(w))));

/** A word of a text, folded, with its place in the original string. */
export interface WordSpan {
  folded: string;
  start: number;
  end: number;
}

/** The words of a text (letters and digits), folded, with their positions. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const words = fold(m[0])
      .split(' ')
      .filter((w) => w !== '');
    for (const w of words) spans.push({ folded: w, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * Finds scheme names inside a text as whole words (longest names first): the scheme ids
 * found, the folded words left over, and the original text without the scheme names.
 * "Contrat local de santé (CLS)" → [CLS], []; "CLS - GT Emploi" → [CLS], [gt, emploi], "GT Emploi".
 */
export function findSchemes(
  text: string,
  index: ReferenceIndex,
): { schemes: string[]; rest: string[]; restText: string } {
  const spans = wordSpans(text);
  const schemes: string[] = [];
  const used = new Array<boolean>(spans.length).fill(false);
  for (let size = Math.min(spans.length, 8); size >= 1; size--) {
    for (let start = 0; start + size <= spans.length; start++) {
      if (used.slice(start, start + size).some(Boolean)) continue;
      const key = spans
        .slice(start, start + size)
        .map((s) => s.folded)
        .join(' ');
      const id = index.schemes.get(key);
      if (id === undefined) continue;
      if (!schemes.includes(id)) schemes.push(id);
      used.fill(true, start, start + size);
    }
  }
  let restText = '';
  let from = 0;
  spans.forEach((s, i) => {
    if (!used[i]) return;
    restText += text.slice(from, s.start) + ' ';
    from = s.end;
  });
  restText = (restText + text.slice(from))
    .replace(/\(\s*\)/g, ' ')
    .replace(/^[\s\-–—:,.()/]+|[\s\-–—:,.(/]+$/g, '')
    .replace(/\s+/g, ' ');
  return { schemes, rest: spans.filter((_, i) => !used[i]).map((s) => s.folded), restText };
}

/** The scheme a header names ("CLS", "CLSM - instances", "Membre ASV"), if it names one. */
export function schemeOfHeader(header: string, index: ReferenceIndex): string | undefined {
  const { schemes, rest } = findSchemes(withoutPluralMarks(header), index);
  if (schemes.length !== 1) return undefined;
  const ok = rest.every((w) => STOPWORDS.has(w) || FILLERS.has(singular(w)));
  return ok ? schemes[0] : undefined;
}

function fieldOf(header: string, role: FileRole, index: ReferenceIndex): string | null {
  const keys: Map<string, string> = role === 'actors' ? ACTOR_KEYS : LINK_KEYS;
  const direct = keys.get(headerKey(header));
  if (direct) return direct;
  // "Influence (1 à 5)", "Personne physique (oui/non)": try again without the parentheses.
  const bare = header.replace(/\([^)]*\)/g, ' ');
  if (bare !== header) {
    const again = keys.get(headerKey(bare));
    if (again) return again;
  }
  const scheme = schemeOfHeader(header, index);
  return scheme ? SCHEME_FIELD + scheme : null;
}

/** Headers as the report and the attributes show them: empty → "colonne 3", repeats → "Nom (2)". */
export function displayHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim().replace(/\s+/g, ' ') || `colonne ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

export interface ColumnMatch {
  mappings: ColumnMapping[];
  /** Columns left as attributes because an earlier column already holds their field. */
  repeated: { header: string; field: string; first: string }[];
  /** Columns mapped by hand to a field that a file of this role does not have (kept as attributes). */
  misfits: { header: string; field: string }[];
}

/** Whether `field` is a field of a file of `role` (null and `ignore` fit every role). */
export function fieldFits(field: string | null, role: FileRole, index: ReferenceIndex): boolean {
  if (field === null || field === IGNORED_COLUMN) return true;
  if (field.startsWith(SCHEME_FIELD)) {
    const id = field.slice(SCHEME_FIELD.length);
    return index.ref.schemes.some((s) => s.id === id);
  }
  const fields: readonly string[] = role === 'actors' ? ACTOR_FIELDS : LINK_FIELDS;
  return fields.includes(field);
}

/** The hand-mapped entry for a header: same text, else same folded text. */
export function manualFor(
  header: string,
  manual: readonly ColumnMapping[],
): ColumnMapping | undefined {
  return (
    manual.find((m) => m.header === header) ??
    manual.find((m) => fold(m.header) === fold(header) && fold(header) !== '')
  );
}

/** Fields that take only their first column (scheme columns may repeat). */
function single(field: string | null): field is string {
  return field !== null && field !== IGNORED_COLUMN && !field.startsWith(SCHEME_FIELD);
}

/**
 * Maps each header to a field of the role. Columns mapped by hand (`manual`, see
 * InputFile.columns) take their field first, over any guess; the other headers keep the
 * guess. The first column of a field wins; a later one is kept as an attribute (and
 * reported). Several columns may name the same scheme.
 */
export function matchColumns(
  headers: readonly string[],
  role: FileRole,
  index: ReferenceIndex,
  manual: readonly ColumnMapping[] = [],
): ColumnMatch {
  const taken = new Map<string, string>();
  const repeated: ColumnMatch['repeated'] = [];
  const misfits: ColumnMatch['misfits'] = [];
  const chosen = headers.map((header) => manualFor(header, manual));
  // Hand-mapped fields first: a guessed column of the same field gives way.
  const mappings: (ColumnMapping | undefined)[] = headers.map((header, i) => {
    const m = chosen[i];
    if (!m) return undefined;
    if (!fieldFits(m.field, role, index)) {
      misfits.push({ header, field: m.field! });
      return { header, field: null, manual: true };
    }
    if (single(m.field)) {
      const first = taken.get(m.field);
      if (first !== undefined) {
        repeated.push({ header, field: m.field, first });
        return { header, field: null, manual: true };
      }
      taken.set(m.field, header);
    }
    return { header, field: m.field, manual: true };
  });
  const guesses = headers.map((header, i) => (mappings[i] ? null : fieldOf(header, role, index)));
  // A header that may be the name or the partners ("Partenaires") holds partners when
  // another column is plainly the name.
  const maybePartners = (i: number) =>
    role === 'actors' && guesses[i] === 'name' && PARTNER_KEYS.has(headerKey(headers[i]!));
  const plainName = taken.has('name') || guesses.some((g, i) => g === 'name' && !maybePartners(i));
  const out = headers.map((header, i): ColumnMapping => {
    const done = mappings[i];
    if (done) return done;
    let field = guesses[i] ?? null;
    if (maybePartners(i) && (plainName || taken.has('name'))) field = 'partners';
    if (!single(field)) return { header, field };
    const first = taken.get(field);
    if (first !== undefined) {
      repeated.push({ header, field, first });
      return { header, field: null };
    }
    taken.set(field, header);
    return { header, field };
  });
  return { mappings: out, repeated, misfits };
}

/** Where each field sits in a row, for the row readers. */
export interface ColumnLayout {
  /** Field → column index (first column of the field). */
  fields: Map<string, number>;
  /** Scheme columns: index, scheme id, header. */
  schemes: { index: number; scheme: string; header: string }[];
  /** Columns kept as attributes: index and header. */
  attributes: { index: number; header: string }[];
}

export function columnLayout(mappings: readonly ColumnMapping[]): ColumnLayout {
  const layout: ColumnLayout = { fields: new Map(), schemes: [], attributes: [] };
  mappings.forEach((m, index) => {
    if (m.field === IGNORED_COLUMN) return;
    if (m.field === null) layout.attributes.push({ index, header: m.header });
    else if (m.field.startsWith(SCHEME_FIELD)) {
      layout.schemes.push({ index, scheme: m.field.slice(SCHEME_FIELD.length), header: m.header });
    } else if (!layout.fields.has(m.field)) layout.fields.set(m.field, index);
  });
  return layout;
}
