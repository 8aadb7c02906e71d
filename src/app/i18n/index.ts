// The text catalogues of the two languages. Components read the current one through
// useText() (text-context.tsx); pure helpers of the app take it as a parameter.
import type { Lang } from '../../domain';
import type { Catalogue } from './catalogue.ts';
import { enEdits } from './en-edits.ts';
import { enPanels } from './en-panels.ts';
import { enMain } from './en.ts';
import { frEdits } from './fr-edits.ts';
import { frPanels } from './fr-panels.ts';
import { frMain } from './fr.ts';

export const catalogues: Record<Lang, Catalogue> = {
  fr: { ...frMain, ...frPanels, ...frEdits },
  en: { ...enMain, ...enPanels, ...enEdits },
};
export type { Catalogue };
