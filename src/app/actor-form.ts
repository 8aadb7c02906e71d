// An actor's fields as the edit form holds them (texts and ticks), and the engine's input
// they give: only the fields changed, so an edit says what it changed (and an unknown
// type's words, say, stay as they were when the type is not touched). Also what the form
// says before saving: the engine's warnings for the same edit (a dry run), and the field
// to focus when the engine refuses it.
import { emptyRecord, type Actor, type ReferenceData } from '../domain';
import {
  applyEdit,
  NO_RULE_CHANGES,
  type ActorInput,
  type EditableState,
  type EditIssue,
} from '../model';

export interface ActorFields {
  name: string;
  /** A type id of the reference list (`autre` for a type not listed)… */
  type: string;
  /** …and, for `autre`, the type in words, read by the engine as the import reads a cell. */
  typeText: string;
  sectors: string[];
  territory: string;
  /** scheme id → bodies; a scheme absent is not joined ([] = a plain member). */
  schemes: Record<string, string[]>;
  role: string;
  person: boolean;
  siret: string;
  finess: string;
  rpps: string;
  /** "Column: value", one per line. */
  attributes: string;
}

export function fieldsOf(actor: Actor | null): ActorFields {
  return {
    name: actor?.name ?? '',
    type: actor?.type ?? 'autre',
    typeText: actor?.type === 'autre' ? (actor.typeText ?? '') : '',
    sectors: [...(actor?.sectors ?? [])],
    territory: actor?.territory ?? '',
    schemes: Object.fromEntries(Object.entries(actor?.schemes ?? {}).map(([s, b]) => [s, [...b]])),
    role: actor?.role ?? '',
    person: actor?.person ?? false,
    siret: actor?.siret ?? '',
    finess: actor?.finess ?? '',
    rpps: actor?.rpps ?? '',
    attributes: Object.entries(actor?.attributes ?? {})
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  };
}

/** "Column: value" lines as a record (a line without a colon is left out). */
export function attributesOf(text: string): Record<string, string> {
  const out = emptyRecord<string>();
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (key !== '' && value !== '') out[key] = value;
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sortedEntries = (r: Record<string, unknown>) =>
  Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The engine's input for the form's fields: the fields changed from `before` (all of
 * them for a new actor). Emptied texts are cleared (null). */
export function inputOf(fields: ActorFields, before: ActorFields | null): ActorInput {
  const input: ActorInput = {};
  const changed = <K extends keyof ActorFields>(key: K) =>
    before === null || !same(fields[key], before[key]);
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  if (changed('name')) input.name = fields.name;
  if (changed('type') || changed('typeText')) {
    const words = fields.typeText.trim();
    input.type = fields.type === 'autre' && words !== '' ? words : fields.type;
  }
  if (changed('sectors')) input.sectors = fields.sectors;
  if (changed('territory')) input.territory = text(fields.territory);
  if (before === null || !same(sortedEntries(fields.schemes), sortedEntries(before.schemes))) {
    input.schemes = fields.schemes;
  }
  if (changed('role')) input.role = text(fields.role);
  if (changed('person')) input.person = fields.person;
  if (changed('siret')) input.siret = text(fields.siret);
  if (changed('finess')) input.finess = text(fields.finess);
  if (changed('rpps')) input.rpps = text(fields.rpps);
  if (changed('attributes')) input.attributes = attributesOf(fields.attributes);
  return input;
}

/**
 * The warnings the engine gives for this edit of `actor` (null: a new actor): the same
 * command done on that actor alone, so the form can say them before saving (an unknown
 * type, an unknown body, a suspicious identifier…). Nothing is changed.
 */
export function editWarnings(
  actor: Actor | null,
  input: ActorInput,
  ref: ReferenceData,
): EditIssue[] {
  const state: EditableState = {
    actors: actor ? [actor] : [],
    links: [],
    expected: null,
    mappings: [],
    rules: NO_RULE_CHANGES,
  };
  const result = applyEdit(
    state,
    actor
      ? { kind: 'update-actor', id: actor.id, actor: input }
      : { kind: 'add-actor', actor: input },
    ref,
  );
  return result.issues.filter((i) => i.severity === 'warning');
}

/** The form's fields in their order on screen, by the names the engine's issues give. */
export const FORM_FIELDS = [
  'name',
  'type',
  'sectors',
  'territory',
  'schemes',
  'role',
  'person',
  'siret',
  'finess',
  'rpps',
  'attributes',
] as const;
