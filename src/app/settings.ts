// The settings a workspace keeps besides its data (docs/data-contract.md: a workspace
// reopens exactly as it was): encodings, filters, anonymous mode, language, and whether it
// is the demo, and where the map looked (a reload keeps the zoom and pan).
import type { Lang } from '../domain';
import type { Camera, Encodings, Filters } from '../map';
import { isRecord, readEncodings, readFilters } from './views.ts';

export interface WorkspaceSettings {
  encodings: Encodings;
  filters: Filters;
  anonymous: boolean;
  lang: Lang;
  /** The workspace is the demo territory (its title is the demo's, in each language). */
  demo: boolean;
  /** The part of the map on screen when it was saved (null: the whole map, fitted). */
  camera: Camera | null;
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
    camera: readCamera(s.camera),
  };
}

/** A camera read back from a file: four finite numbers, else none. */
export function readCamera(input: unknown): Camera | null {
  if (!isRecord(input)) return null;
  const { x1, y1, x2, y2 } = input;
  if (![x1, y1, x2, y2].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return { x1: x1 as number, y1: y1 as number, x2: x2 as number, y2: y2 as number };
}
