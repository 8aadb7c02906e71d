// What is wrong with one value of an actor or a link, in French and English: said the same
// way by the import (after "Ligne N :", see actors.ts, links.ts, endpoints.ts) and by the
// edits made in the app (model/edits), so that a value refused or reclassed at import is
// refused or reclassed in the same words when typed by hand. Also the actor's fields in
// words, as the merge's conflicts and the comparison of two versions name them.
import { type Localized, pluralEn, pluralFr } from '../domain';
import { quoted, quotedList } from './report.ts';

/** An actor's fields as a message names them, in lower case (« type : Association →
 * Bailleur social »). The column-mapping menus have their own, longer labels
 * (mappable-fields.ts). */
export const ACTOR_FIELD_WORDS = {
  id: { fr: 'identifiant', en: 'id' },
  name: { fr: 'nom', en: 'name' },
  type: { fr: 'type', en: 'type' },
  role: { fr: 'rôle', en: 'role' },
  territory: { fr: 'territoire', en: 'territory' },
  sectors: { fr: 'secteurs', en: 'sectors' },
  schemes: { fr: 'dispositifs', en: 'schemes' },
  influence: { fr: 'influence', en: 'influence' },
  interest: { fr: 'intérêt', en: 'interest' },
  person: { fr: 'personne physique', en: 'person' },
  siret: { fr: 'SIRET', en: 'SIRET' },
  finess: { fr: 'FINESS', en: 'FINESS' },
  rpps: { fr: 'RPPS', en: 'RPPS' },
} as const satisfies Record<string, Localized>;

/** An unknown actor type: the actor is filed as `autre` and the words kept (typeText). */
export function unknownTypeMessage(text: string): Localized {
  const q = quoted(text);
  return {
    fr: `type d’acteur ${q.fr} inconnu ; l’acteur est classé « Autre » et la valeur gardée comme attribut. Utilisez un type de la liste (Collectivité, ARS, Association…) ou ajoutez ce libellé comme synonyme.`,
    en: `unknown actor type ${q.en}; the actor is filed as "Other" and the value kept as an attribute. Use a type from the list (Collectivité, ARS, Association…) or add this label as a synonym.`,
  };
}

/** Sectors no reference entry knows: kept as their own slug. */
export function unknownSectorsMessage(values: readonly string[]): Localized {
  const list = quotedList(values);
  return {
    fr: `${pluralFr(values.length, `secteur ${list.fr} inconnu, gardé tel quel`, `secteurs ${list.fr} inconnus, gardés tels quels`)}. Utilisez un secteur de la liste (Soins, Logement, Éducation…) ou ajoutez ce libellé comme synonyme.`,
    en: `${pluralEn(values.length, `unknown sector ${list.en}, kept as it is`, `unknown sectors ${list.en}, kept as they are`)}. Use a sector from the list (Soins, Logement, Éducation…) or add this label as a synonym.`,
  };
}

/** A body the scheme does not know: kept under its slug. */
export function unknownBodyMessage(scheme: string, text: string, kept: string): Localized {
  return {
    fr: `instance ${quoted(text).fr} inconnue pour le ${scheme} ; gardée sous le nom ${quoted(kept).fr}. Utilisez COPIL, COTECH, GT (« GT Logement »), Plénière ou Coordination, ou « x » pour une simple participation.`,
    en: `body ${quoted(text).en} unknown for the ${scheme}; kept as ${quoted(kept).en}. Use COPIL, COTECH, GT ("GT Housing"), Plenary or Coordination, or "x" for plain membership.`,
  };
}

/** Values naming no known scheme. */
export function unknownSchemesWords(values: readonly string[]): Localized {
  const list = quotedList(values);
  return {
    fr: `${list.fr} ne nomme aucun dispositif connu (CLS, CLSM, ASV, Contrat de ville…)`,
    en: `${list.en} names no known scheme (CLS, CLSM, ASV, Contrat de ville…)`,
  };
}

/** A link whose two ends are one actor (the import then says which columns to check). */
export function selfLinkWords(name: string): Localized {
  return {
    fr: `le lien relie ${quoted(name).fr} à lui-même`,
    en: `the link joins ${quoted(name).en} to itself`,
  };
}

/** A link end that names no actor. */
export function unknownActorWords(value: string): Localized {
  return {
    fr: `aucun acteur ne s’appelle ou n’a pour identifiant ${quoted(value).fr}`,
    en: `no actor is named or has the id ${quoted(value).en}`,
  };
}

/** A score outside its range (influence and interest 1–5, a link's strength 1–3). */
export function invalidScoreWords(value: string, max: 3 | 5): Localized {
  return max === 3
    ? {
        fr: `${quoted(value).fr} n’est pas une intensité de 1 à 3`,
        en: `${quoted(value).en} is not a strength from 1 to 3`,
      }
    : {
        fr: `${quoted(value).fr} n’est pas une note de 1 à 5`,
        en: `${quoted(value).en} is not a score from 1 to 5`,
      };
}
