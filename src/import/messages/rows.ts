// What the import report says of one row of a file, in French and English: its place
// (« Ligne 12 », « Ligne 12, colonne « Nom » ») then what happened to it. The rows' shape
// (rows.ts) and the links' cells (links.ts); the values' own words are in
// field-messages.ts.
import { type Localized, pluralEn, pluralFr } from '../../domain';
import { quoted } from '../report.ts';

/** « Ligne 12 : … », what is said of a row. */
export function onLine(line: number, said: Localized): Localized {
  return { fr: `Ligne ${line} : ${said.fr}`, en: `Line ${line}: ${said.en}` };
}

/** « Ligne 12, colonne « Nom » : … », what is said of a cell. */
export function inCell(line: number, column: string, said: Localized): Localized {
  const c = quoted(column);
  return {
    fr: `Ligne ${line}, colonne ${c.fr} : ${said.fr}`,
    en: `Line ${line}, column ${c.en}: ${said.en}`,
  };
}

// ------------------------------------------------------------------- a row's shape

export const UNTERMINATED_QUOTE: Localized = {
  fr: 'un guillemet (") ouvre la cellule mais ne se referme pas avant la fin de la ligne. La ligne n’a pas été importée ; la lecture reprend à la ligne suivante. Supprimez ce guillemet ou fermez-le.',
  en: 'a quote (") opens the cell but is not closed before the end of the line. The row was not imported; reading went on with the next line. Remove the quote or close it.',
};

export const REPEATED_HEADER: Localized = {
  fr: 'la ligne répète l’en-tête (deux exports collés l’un après l’autre ?) ; elle n’est pas lue comme un acteur, les lignes qui la suivent le sont.',
  en: 'the row repeats the header (two exports pasted one after the other?); it is not read as an actor, the rows after it are.',
};

/** `count` cells where the header has `width`; the first one missing is `firstMissing`. */
export function missingCells(count: number, width: number, firstMissing: string): Localized {
  const q = quoted(firstMissing);
  return {
    fr: `${count} ${pluralFr(count, 'cellule', 'cellules')} au lieu des ${width} de l’en-tête ; les cellules manquantes (à partir de ${q.fr}) sont lues vides. Vérifiez qu’il ne manque pas un séparateur.`,
    en: `${count} ${pluralEn(count, 'cell', 'cells')} instead of the header's ${width}; the missing cells (from ${q.en} on) are read as empty. Check that no separator is missing.`,
  };
}

/** `count` cells for `width` header columns, the extra ones kept as attributes `names`. */
export function extraCells(
  count: number,
  width: number,
  names: string,
  delimiter: string,
): Localized {
  return {
    fr: `${count} cellules pour ${width} colonnes dans l’en-tête ; les valeurs en trop sont gardées comme attributs (${names}). Vérifiez qu’une cellule contenant le séparateur « ${delimiter} » est bien entre guillemets.`,
    en: `${count} cells for ${width} header columns; the extra values are kept as attributes (${names}). Check that a cell holding the separator "${delimiter}" is quoted.`,
  };
}

export const MALFORMED_QUOTE: Localized = {
  fr: 'guillemets mal placés ; la cellule est lue telle quelle. Doublez les guillemets à l’intérieur d’une cellule ("").',
  en: 'misplaced quotes; the cell is read as it is. Double the quotes inside a cell ("").',
};

/** NUL bytes removed from a cell, which now reads `value`. */
export function nulBytes(value: string): Localized {
  const q = quoted(value);
  return {
    fr: `la cellule contenait des octets nuls (fichier endommagé ou mal exporté) ; ils ont été retirés, la valeur lue est ${q.fr}. Vérifiez-la.`,
    en: `the cell held NUL bytes (a damaged or badly exported file); they were removed, the value read is ${q.en}. Check it.`,
  };
}

/** Invisible characters removed from a cell, which now reads `value`. */
export function invisibleCharacters(value: string): Localized {
  const q = quoted(value);
  return {
    fr: `caractères invisibles (espace sans largeur, marque de direction, caractère de contrôle) retirés ; la valeur lue est ${q.fr}.`,
    en: `invisible characters (zero-width space, direction mark, control character) removed; the value read is ${q.en}.`,
  };
}

// ------------------------------------------------------------------- a link's cells

/** An empty endpoint column: the link is not imported. */
export function missingEndpoint(column: string): Localized {
  const c = quoted(column);
  return {
    fr: `la colonne ${c.fr} est vide ; le lien n’a pas été importé. Indiquez l’acteur (nom ou identifiant) ou supprimez la ligne.`,
    en: `column ${c.en} is empty; the link was not imported. Name the actor (name or id) or delete the row.`,
  };
}

/** A link from an actor to itself (`joins`, field-messages.ts selfLinkWords), not imported;
 * the endpoint columns to check. */
export function selfLinkRefused(joins: Localized, source: string, target: string): Localized {
  const [s, t] = [quoted(source), quoted(target)];
  return {
    fr: `${joins.fr} ; il n’a pas été importé. Vérifiez les colonnes ${s.fr} et ${t.fr}.`,
    en: `${joins.en}; it was not imported. Check columns ${s.en} and ${t.en}.`,
  };
}

/** A strength out of range (`why`, field-messages.ts invalidScoreWords), ignored. */
export function strengthIgnored(why: Localized): Localized {
  return {
    fr: `${why.fr} ; valeur ignorée, le lien est importé.`,
    en: `${why.en}; value ignored, the link is imported.`,
  };
}

/** A link's scheme cell naming no scheme (`why`): kept as an attribute. */
export function linkSchemeKept(why: Localized): Localized {
  return {
    fr: `${why.fr} ; la cellule est gardée comme attribut. Corrigez le nom du dispositif.`,
    en: `${why.en}; the cell is kept as an attribute. Correct the scheme's name.`,
  };
}

/** A "directed" cell that is neither yes nor no. */
export function directedUnclear(value: string): Localized {
  const q = quoted(value);
  return {
    fr: `${q.fr} ne dit pas si le lien est orienté (oui/non) ; le lien est importé non orienté.`,
    en: `${q.en} does not say whether the link is directed (yes/no); the link is imported undirected.`,
  };
}

// ------------------------------------------------------------------ an actor's cells

/** An empty name column: the row is not imported. */
export function missingName(column: string): Localized {
  const c = quoted(column);
  return {
    fr: `la colonne ${c.fr} est vide ; la ligne n’a pas été importée. Donnez un nom à cet acteur ou supprimez la ligne.`,
    en: `column ${c.en} is empty; the row was not imported. Give this actor a name or delete the row.`,
  };
}

/** A score out of range (`why`, field-messages.ts invalidScoreWords), ignored. */
export function scoreIgnored(why: Localized): Localized {
  return {
    fr: `${why.fr} ; valeur ignorée, la ligne est importée.`,
    en: `${why.en}; value ignored, the row is imported.`,
  };
}

/** A "person" cell that is neither yes nor no. */
export function personUnclear(value: string): Localized {
  const q = quoted(value);
  return {
    fr: `${q.fr} n’est ni oui ni non ; valeur ignorée. Écrivez oui ou non.`,
    en: `${q.en} is neither yes nor no; value ignored. Write yes or no.`,
  };
}

/** An actor's schemes cell naming no scheme (`why`): ignored. */
export function actorSchemeIgnored(why: Localized): Localized {
  return {
    fr: `${why.fr} ; valeur ignorée. Corrigez le nom du dispositif.`,
    en: `${why.en}; value ignored. Correct the scheme's name.`,
  };
}

/** `untyped` actors of a file had no type; `guessed` of them got one from their name. Says
 * only what happened: none, all or some of the types guessed. */
export function typesGuessed(untyped: number, guessed: number): Localized {
  const actorsFr = `${untyped} ${pluralFr(untyped, 'acteur', 'acteurs')} sans type`;
  const actorsEn = `${untyped} ${pluralEn(untyped, 'actor', 'actors')} without a type`;
  if (guessed === 0) {
    return {
      fr: `${actorsFr} : aucun type n’a pu être déduit du nom ; ${pluralFr(untyped, 'classé', 'classés')} « Autre ».`,
      en: `${actorsEn}: no type could be guessed from the name; filed as "Other".`,
    };
  }
  return {
    fr: `${actorsFr} : ${guessed} ${pluralFr(guessed, 'type déduit', 'types déduits')} du nom (« Centre hospitalier… » → Établissement de santé)${guessed < untyped ? ', les autres classés « Autre »' : ''}.`,
    en: `${actorsEn}: ${guessed} ${pluralEn(guessed, 'type', 'types')} guessed from the name ("Centre hospitalier…" → health facility)${guessed < untyped ? ', the others filed as "Other"' : ''}.`,
  };
}

/** A partners cell naming the row's own actor (partners.ts). */
export function namesItself(name: string): Localized {
  const n = quoted(name);
  return {
    fr: `${n.fr} se nomme parmi ses propres partenaires ; ce nom est ignoré.`,
    en: `${n.en} names itself among its own partners; that name is skipped.`,
  };
}
