// Plural forms by the language's own rule (Intl.PluralRules): French counts 0 and 1 as
// singular ("0 manque", "1 membre", "2 erreurs"), English only 1 ("0 actors", "1 actor").
// No message writes "(s)" nor compares a count with 1 by hand: the app's catalogues and the
// lower layers' messages (findings, import notes) all go through this one rule.
import type { Lang } from './types.ts';

type Plural = (n: number, one: string, other: string) => string;

export function pluralOf(lang: Lang): Plural {
  const rules = new Intl.PluralRules(lang);
  return (n, one, other) => (rules.select(n) === 'one' ? one : other);
}

/** The two rules the lower layers' messages (always French and English together) use. */
export const pluralFr = pluralOf('fr');
export const pluralEn = pluralOf('en');

/** A count written the language's way: 1 200 in French, 1,200 in English. */
export function numberOf(lang: Lang): (n: number) => string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  return (n) => n.toLocaleString(locale);
}
