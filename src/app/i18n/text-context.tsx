// The catalogue of the language shown, given to every component through context: App
// provides it, components read it with useText() (no `t` prop passed down the tree).
import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from '../../domain';
import { catalogues, type Catalogue } from './index.ts';

const TextContext = createContext<Catalogue>(catalogues.fr);

export function TextProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <TextContext value={catalogues[lang]}>{children}</TextContext>;
}

/** The text of the language shown. */
export function useText(): Catalogue {
  return useContext(TextContext);
}
