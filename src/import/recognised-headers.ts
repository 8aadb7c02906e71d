// The headers the import recognises, field by field, as the help lists them: read from the
// same data/columns.json the import matches on (never retyped), plus one line for the
// scheme columns, which come from the reference lists.
import columnsData from '../../data/columns.json';
import type { FileRole, Localized, ReferenceData } from '../domain';
import { SCHEME_FIELD } from './columns.ts';
import { mappableFields, SCHEME_BODIES_LABEL, SCHEME_LIST_LABEL } from './mappable-fields.ts';

export interface RecognisedField {
  field: string;
  label: Localized;
  /** Spellings as written in data/columns.json (compared folded, plural marks removed). */
  headers: string[];
}

type Table = Record<string, string[]>;
const DATA = columnsData as unknown as { actors: Table; links: Table };

/** Each field of a kind of file, its label and the headers that name it. */
export function recognisedHeaders(role: FileRole, ref: ReferenceData): RecognisedField[] {
  const table = role === 'actors' ? DATA.actors : DATA.links;
  const labels = new Map(mappableFields(ref).map((f) => [f.field, f.label]));
  labels.set('schemes', SCHEME_LIST_LABEL);
  const fields: RecognisedField[] = Object.entries(table).map(([field, headers]) => ({
    field,
    label: labels.get(field) ?? { fr: field, en: field },
    headers,
  }));
  if (role === 'actors') {
    fields.push({
      field: SCHEME_FIELD,
      label: SCHEME_BODIES_LABEL,
      headers: ref.schemes.flatMap((s) => [s.label.fr, s.synonyms[0] ?? s.longLabel.fr]),
    });
  }
  return fields;
}
