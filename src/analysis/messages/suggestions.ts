// Why two actors are suggested as partners, in French and English (suggestions.ts):
// « 3 partenaires en commun », « tous deux au GT Logement du CLS »…
import { fold, type Localized, pluralEn, pluralFr } from '../../domain';

/** "du CLSM", "de l’ASV", "de la CPTS" (the only feminine scheme of docs/domain.md). */
function ofScheme(label: string): string {
  if (/^[aeiouyh]/i.test(fold(label))) return `de l’${label}`;
  if (label === 'CPTS') return `de la ${label}`;
  return `du ${label}`;
}

export function commonPartners(count: number): Localized {
  return {
    fr: `${count} ${pluralFr(count, 'partenaire', 'partenaires')} en commun`,
    en: `${count} common ${pluralEn(count, 'partner', 'partners')}`,
  };
}

/** Both in the working group `group` of the scheme labelled `scheme`. */
export function sameGroup(scheme: Localized, group: string): Localized {
  return {
    fr: `tous deux au GT ${group} ${ofScheme(scheme.fr)}`,
    en: `both in the ${scheme.en} ${group} working group`,
  };
}

/** Both in the body labelled `body` of the scheme labelled `scheme`. */
export function sameBody(scheme: Localized, body: Localized): Localized {
  return {
    fr: `tous deux dans l’instance « ${body.fr} » ${ofScheme(scheme.fr)}`,
    en: `both in the ${scheme.en} body “${body.en}”`,
  };
}

export function sameTerritory(territory: string): Localized {
  return { fr: `même territoire : ${territory}`, en: `same territory: ${territory}` };
}
