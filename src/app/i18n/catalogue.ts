// The shape of the text catalogue, given once by the French text: every key, and for the
// keys that take numbers or names, their parameters (so a caller cannot leave a
// placeholder unfilled). The English catalogue is typed by it.
import type { frMain } from './fr.ts';
import type { frPanels } from './fr-panels.ts';
import type { frEdits } from './fr-edits.ts';

export type MainText = typeof frMain;
export type PanelsText = typeof frPanels;
export type EditsText = typeof frEdits;
export type Catalogue = MainText & PanelsText & EditsText;
