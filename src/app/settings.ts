// The settings a workspace keeps besides its data (docs/data-contract.md: a workspace
// reopens exactly as it was): encodings, filters, anonymous mode, language, and whether it
// is the demo.
import type { Lang } from '../domain';
import type { Encodings, Filters } from '../map';
import { isRecord, readEncodings, readFilters } from './views.ts';

export interface WorkspaceSettings {
  encodings: Encodings;
  filters: Filters;
  anonymous: boolean;
  lang: Lang;
  /** The workspace is the demo territory (its title is the demo's, in each language). */
  demo: boolean;
}

/** Settings read back from a file; what is missing or wrong takes its default. */
export function readSettings(input: unknown): WorkspaceSettings {
  const s = isRecord(input) ? input : {};
  return {
    encodings: readEncodings(s.encodings),
    filters: readFilters(s.filters),
    anonymous: s.anonymous === true,
    lang: s.lang === 'en' ? 'en' : 'fr',
    demo: s.demo === true,
  };
}
