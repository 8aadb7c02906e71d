// The face of src/domain: what the other layers use of the vocabulary. Files of this layer
// import each other directly; every other layer imports from here.

// The vocabulary as types: actors, links, reference lists, the import's report and files.
export type {
  Actor,
  ActorTypeRef,
  BodyRef,
  ChoosableEncoding,
  ColumnMapping,
  CompositionRule,
  DoubtfulPair,
  ExpectedComposition,
  FileReport,
  FileRole,
  ImportIssue,
  ImportResult,
  InputFile,
  Lang,
  Link,
  Localized,
  ReferenceData,
  ReferenceEntry,
  RuleLevel,
  SchemeRef,
  SectorLayerRef,
  SectorRef,
  Severity,
  SourceRef,
  TextEncoding,
} from './types.ts';
// The constants of the vocabulary: text encodings, the ignored column, the whole scheme.
export { CHOOSABLE_ENCODINGS, IGNORED_COLUMN, TEXT_ENCODINGS, WHOLE_SCHEME } from './types.ts';
// The reference lists of data/ and their look-up.
export {
  buildLookup,
  defaultReference,
  indexReference,
  joinInitials,
  labelOf,
  lookUp,
  singularKey,
  type Lookup,
  type ReferenceIndex,
  referenceRank,
} from './reference.ts';
// Text folding, slugs, keys of names, invisible characters.
export {
  compactFold,
  fold,
  hasInvisible,
  nameKey,
  safeId,
  slug,
  withoutInvisible,
} from './text.ts';
// Who counts as a person, and the names the app shows (homonyms told apart).
export {
  homonymsToldApart,
  isPerson,
  namesSomeone,
  personalWords,
  shownNames,
  surnameWords,
} from './person.ts';
// Records keyed by text that `constructor`/`__proto__` cannot corrupt.
export { emptyRecord, own, recordOf, setOwn } from './records.ts';
// CSV text out, formula payloads neutralised and restored.
export { csvText, restoreNeutralised } from './csv.ts';
// Search by the words of a query.
export { matchesWords, queryWords, searchByWords } from './word-search.ts';
// The import's report, and cross-scheme rules as the workspace keeps them.
export type { CrossSchemeRule, CrossSchemeRuleSettings, ImportReport } from './types.ts';
// Plural forms by each language's rule.
export { numberOf, pluralEn, pluralFr, pluralOf } from './plural.ts';
