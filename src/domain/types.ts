// The vocabulary of Maillage as types. Everything here is plain data: no I/O, no UI.

export type Lang = 'fr' | 'en';

/** A text in both languages of the app (French first). */
export interface Localized {
  fr: string;
  en: string;
}

/** An entry of a reference list (data/*.json): a stable id, labels, and the free-text
 * spellings that map to it (matched after `fold`, see text.ts). */
export interface ReferenceEntry {
  id: string;
  label: Localized;
  synonyms: string[];
}

export interface ActorTypeRef extends ReferenceEntry {
  /** How a person of this type is shown in anonymous mode ("Habitant·e"). */
  anonymousLabel?: Localized;
}

export interface SectorLayerRef {
  id: string;
  label: Localized;
}

export interface SectorRef extends ReferenceEntry {
  /** Dahlgren & Whitehead layer the sector is grouped under for display. */
  layer: string;
}

export type BodyRef = ReferenceEntry;

export interface SchemeRef extends ReferenceEntry {
  /** Long label ("Contrat local de santé"); `label` holds the short one ("CLS"). */
  longLabel: Localized;
  /** CLS, CLSM and ASV are fully supported; the others are known so nothing is lost. */
  core: boolean;
  bodies: BodyRef[];
}

export type RuleLevel = 'required' | 'recommended';

/** One expectation on the composition of a body: at least one actor of one of `anyOf`. */
export interface CompositionRule {
  level: RuleLevel;
  kind: 'type' | 'sector';
  anyOf: string[];
  /** Why, in words (e.g. "art. L.1434-10"). */
  note?: Localized;
}

/** The body id used for "all members of the scheme", whatever their bodies. */
export const WHOLE_SCHEME = 'ensemble';

export interface ExpectedComposition {
  scheme: string;
  /** A body id of the scheme, or WHOLE_SCHEME. */
  body: string;
  rules: CompositionRule[];
}

/**
 * A rule spanning schemes, as data (analysis/cross-scheme-rules.ts checks it): "an actor
 * of type / role X (/ in body B of scheme S) sits in body Y of scheme Z".
 */
export interface CrossSchemeRule {
  id: string;
  /** The rule in words ("Le coordinateur de l’ASV siège au COPIL du CLSM"). */
  label: Localized;
  /** Whether the rule is checked unless the user switches it. */
  enabled: boolean;
  /** Who the rule is about: an actor matching any of types / body / role, within `scheme`. */
  who: {
    /** Actor-type ids. */
    types?: string[];
    /** The actor is a member of this scheme (required when given). */
    scheme?: string;
    /** …and sits in this body of `scheme`. */
    body?: string;
    /** …or its role holds a word starting so, folded ("coordinat"). */
    role?: string;
  };
  /** Where they are expected to sit. */
  sitsIn: { scheme: string; body: string };
  /** Said when nobody matching `who` sits there (else "Non respectée : " + label). */
  unmet?: Localized;
  /** Said when no actor matches `who` (else a sentence made from the label). */
  notFound?: Localized;
  /** Where the rule comes from (public texts). */
  source?: Localized;
}

/** The user's choices about cross-scheme rules, kept in the workspace. */
export interface CrossSchemeRuleSettings {
  /** Ids of rules switched on or off against their default. */
  switched: Record<string, boolean>;
  /** Rules composed by the user. */
  custom: CrossSchemeRule[];
}

export interface ReferenceData {
  schemes: SchemeRef[];
  actorTypes: ActorTypeRef[];
  sectors: SectorRef[];
  sectorLayers: SectorLayerRef[];
  expected: ExpectedComposition[];
}

// ---------------------------------------------------------------------------------------
// Actors and links, as the import produces them and the model consumes them.

/** Where a value came from: file name and spreadsheet row (header = row 1). */
export interface SourceRef {
  file: string;
  line: number;
}

export interface Actor {
  /** Unique, stable id: the `id` column, else derived from the name (see text.ts `slug`). */
  id: string;
  name: string;
  /** Actor-type id from the reference list (`autre` when unknown). */
  type: string;
  /** The type as written when the reference did not know it (type `autre`): the legend,
   * the details and the exports say these words. */
  typeText?: string;
  /** Sector ids; unknown sectors are kept as their own (folded) slug and reported. */
  sectors: string[];
  territory?: string;
  /** scheme id → body ids the actor sits in; `[]` means a plain member (a bare "oui"). */
  schemes: Record<string, string[]>;
  /** scheme id → names of working groups ("GT Logement" → "Logement"). */
  groups: Record<string, string[]>;
  role?: string;
  influence?: number;
  interest?: number;
  /** The row names a person (hidden in anonymous mode). */
  person?: boolean;
  siret?: string;
  finess?: string;
  rpps?: string;
  /** Every other column, by its header as written in the file. */
  attributes: Record<string, string>;
  /** Files the actor was read from (several when inventories are merged). */
  files: string[];
  sources: SourceRef[];
}

export interface Link {
  source: string;
  target: string;
  /** Link types (convention, cofinancement…); several when parallel links were merged. */
  types: string[];
  /** 1–3; the largest when parallel links were merged. */
  strength?: number;
  /**
   * The weight as the file wrote it when the file's weights leave 1–3 (Gephi, Kumu: 0.5, 7,
   * 250): kept as it was, while `strength` holds it rescaled into 1–3 for the drawing.
   */
  weight?: number;
  /** Schemes in which the link exists. */
  schemes: string[];
  directed: boolean;
  attributes: Record<string, string>;
  files: string[];
  sources: SourceRef[];
}

// ---------------------------------------------------------------------------------------
// The import report.

export type Severity = 'error' | 'warning' | 'info';

export interface ImportIssue {
  /** The file, or for a workbook `classeur.xlsx › Feuille` (see FileReport.sheet). */
  file: string;
  /** Row as a spreadsheet numbers it (header = 1); absent for a problem with the file. */
  line?: number;
  /** Column header as written in the file. */
  column?: string;
  severity: Severity;
  /** Stable machine code (e.g. `unknown-endpoint`), for tests and filtering. */
  code: string;
  message: Localized;
}

export type FileRole = 'actors' | 'links';

/** Every encoding a file may have been read with (FileReport.encoding). */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'windows-1252',
  'utf-16le',
  'utf-16be',
  'macintosh',
  'iso-8859-15',
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** The encodings a user may choose to read a file with (InputFile.encoding; CLI --encoding,
 * the import report's « Encodage »): a BOM is read, not chosen. */
export const CHOOSABLE_ENCODINGS = [
  'utf-8',
  'windows-1252',
  'iso-8859-15',
  'macintosh',
  'utf-16le',
  'utf-16be',
] as const satisfies readonly TextEncoding[];
export type ChoosableEncoding = (typeof CHOOSABLE_ENCODINGS)[number];

export interface ColumnMapping {
  /** Header as written in the file. */
  header: string;
  /**
   * The field it was matched to (`name`, `sectors`, `scheme:CLS`, `partners`…), null when
   * kept as a free attribute, or `ignore` when the user set it aside by hand.
   */
  field: string | null;
  /** True when the user chose this field by hand (InputFile.columns). */
  manual?: boolean;
}

/** The field of a column the user set aside by hand (neither read nor kept). */
export const IGNORED_COLUMN = 'ignore';

export interface FileReport {
  /** The file name, or `classeur.xlsx › Feuille` for a sheet of a workbook. */
  name: string;
  /** For a sheet of a workbook: the workbook's file name and the sheet's name. */
  workbook?: string;
  sheet?: string;
  /** Spreadsheet row of the header (1 when it is the first row). */
  headerLine?: number;
  /**
   * Every header of the header row, as written, and the first data rows (at most 5): for a
   * file the import could not classify, so the app can offer to map its columns by hand.
   */
  headers?: string[];
  sample?: string[][];
  /** null when the file could not be read or classified. */
  role: FileRole | null;
  encoding: TextEncoding | null;
  delimiter: string | null;
  /** Data rows read (header excluded). */
  rows: number;
  /** Rows that became (or merged into) an actor or a link. */
  imported: number;
  columns: ColumnMapping[];
}

/** Two actors that may be the same but were not merged automatically. */
export interface DoubtfulPair {
  a: string;
  b: string;
  /** The two actors' names, for lists that show the pair (ids alone are unreadable). */
  aName: string;
  bName: string;
  reason: Localized;
}

/** The import report: each file read, every issue, the pairs that may be duplicates. The app
 * keeps it with the workspace, the workers post it, the workspace file saves it. */
export interface ImportReport {
  files: FileReport[];
  issues: ImportIssue[];
  doubtful: DoubtfulPair[];
}

/** What an import gives: the actors and links, and its report. */
export interface ImportResult extends ImportReport {
  actors: Actor[];
  links: Link[];
}

/** A file handed to the import: its name and raw bytes; `role` forces the classification. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
  role?: FileRole;
  /**
   * Columns mapped by hand (header as written → field, null = free attribute, `ignore`),
   * applied over the guess; headers not listed keep the guess. For a workbook, the key is the
   * sheet's name (`classeur.xlsx › Feuille`) in `sheets`.
   */
  columns?: ColumnMapping[];
  /** Per-sheet mappings of a workbook, by sheet name. */
  sheets?: { sheet: string; columns: ColumnMapping[]; role?: FileRole }[];
  /** Re-read the text with this encoding instead of the detected one (the report's choice). */
  encoding?: ChoosableEncoding;
}
