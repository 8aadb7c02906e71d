// The fields a column can be mapped to by hand (the import report's and the pre-import
// dialog's choices, and the CLI's `--column "En-tête=champ"`). One list for the app and the
// CLI; the import applies the choice through InputFile.columns. The one home of the fields'
// labels: the help's list of recognised headers (recognised-headers.ts) takes them from here.
import { IGNORED_COLUMN, type FileRole, type Localized, type ReferenceData } from '../domain';
import { SCHEME_FIELD } from './columns.ts';

export interface MappableField {
  /** The value of ColumnMapping.field: `name`, `scheme:CLS`, `partners`…; null = free attribute. */
  field: string | null;
  label: Localized;
  /** The kinds of file the field belongs to. */
  roles: readonly FileRole[];
}

const BOTH: readonly FileRole[] = ['actors', 'links'];
const ACTORS: readonly FileRole[] = ['actors'];
const LINKS: readonly FileRole[] = ['links'];

const ACTOR_CHOICES: MappableField[] = [
  { field: 'name', label: { fr: 'Nom de l’acteur', en: 'Actor name' }, roles: ACTORS },
  { field: 'id', label: { fr: 'Identifiant', en: 'Id' }, roles: ACTORS },
  {
    field: 'type',
    label: { fr: 'Type d’acteur / nature du lien', en: 'Actor type / link nature' },
    roles: BOTH,
  },
  { field: 'sectors', label: { fr: 'Secteurs', en: 'Sectors' }, roles: ACTORS },
  {
    field: 'territory',
    label: { fr: 'Territoire, commune', en: 'Territory, town' },
    roles: ACTORS,
  },
  { field: 'role', label: { fr: 'Rôle', en: 'Role' }, roles: ACTORS },
  {
    field: 'person',
    label: { fr: 'Personne physique (oui/non)', en: 'Natural person (yes/no)' },
    roles: ACTORS,
  },
  { field: 'influence', label: { fr: 'Influence (1–5)', en: 'Influence (1–5)' }, roles: ACTORS },
  { field: 'interest', label: { fr: 'Intérêt (1–5)', en: 'Interest (1–5)' }, roles: ACTORS },
  { field: 'finess', label: { fr: 'N° FINESS', en: 'FINESS number' }, roles: ACTORS },
  { field: 'siret', label: { fr: 'SIRET', en: 'SIRET' }, roles: ACTORS },
  { field: 'rpps', label: { fr: 'RPPS', en: 'RPPS' }, roles: ACTORS },
  {
    field: 'partners',
    label: { fr: 'Partenaires (un lien par nom)', en: 'Partners (one link per name)' },
    roles: ACTORS,
  },
  { field: 'tags', label: { fr: 'Étiquettes', en: 'Tags' }, roles: BOTH },
];

const LINK_CHOICES: MappableField[] = [
  { field: 'source', label: { fr: 'Acteur 1 (source)', en: 'Actor 1 (source)' }, roles: LINKS },
  { field: 'target', label: { fr: 'Acteur 2 (cible)', en: 'Actor 2 (target)' }, roles: LINKS },
  { field: 'strength', label: { fr: 'Intensité, poids', en: 'Strength, weight' }, roles: LINKS },
  { field: 'scheme', label: { fr: 'Dispositif du lien', en: 'Scheme of the link' }, roles: LINKS },
  { field: 'directed', label: { fr: 'Orienté (oui/non)', en: 'Directed (yes/no)' }, roles: LINKS },
];

/** The help's line for a column listing schemes (not a choice: the scheme columns are). */
export const SCHEME_LIST_LABEL: Localized = {
  fr: 'Dispositifs (la liste, dans une colonne)',
  en: 'Schemes (listed in one column)',
};

/** The help's line for the scheme columns, one per scheme. */
export const SCHEME_BODIES_LABEL: Localized = {
  fr: 'Instances d’un dispositif (une colonne par dispositif)',
  en: 'Bodies of a scheme (one column per scheme)',
};

/**
 * Every choice, in the order a menu shows them: actor fields, one per scheme ("Instances du
 * CLS"), link fields, then free attribute and ignore.
 */
export function mappableFields(ref: ReferenceData): MappableField[] {
  const schemes = ref.schemes.map((s): MappableField => ({
    field: SCHEME_FIELD + s.id,
    label: {
      fr: `Instances ${s.label.fr} (${s.longLabel.fr})`,
      en: `${s.label.en} bodies (${s.longLabel.en})`,
    },
    roles: ACTORS,
  }));
  return [
    ...ACTOR_CHOICES,
    ...schemes,
    ...LINK_CHOICES,
    { field: null, label: { fr: 'Attribut libre', en: 'Free attribute' }, roles: BOTH },
    {
      field: IGNORED_COLUMN,
      label: { fr: 'Ignorer cette colonne', en: 'Ignore this column' },
      roles: BOTH,
    },
  ];
}
