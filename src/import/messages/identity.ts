// What the import says, in French and English, of who an actor is: an official identifier
// that looks wrong (identifiers.ts), two actors of several files merged into one or
// disagreeing on a field (merge.ts), the reasons two actors look like one (similar.ts), and
// a link's end that names no actor or several (endpoints.ts).
import type { Localized, SourceRef } from '../../domain';
import { unknownActorWords } from '../field-messages.ts';
import { quoted } from '../report.ts';
import { inCell } from './rows.ts';

// --------------------------------------------------------------- official identifiers

/** What each official identifier is written with. */
export const IDENTIFIER_SHAPE = {
  siret: { fr: '14 chiffres', en: '14 digits' },
  finess: { fr: '9 caractères (2A/2B pour la Corse)', en: '9 characters (2A/2B for Corsica)' },
  rpps: { fr: '11 chiffres', en: '11 digits' },
} as const satisfies Record<string, Localized>;

/** `label`: SIRET, FINESS or RPPS. */
export function identifierInScientificNotation(label: string, value: string): Localized {
  return {
    fr: `${label} « ${value} » écrit en notation scientifique par Excel : les derniers chiffres sont perdus. Dans le fichier d’origine, mettez la colonne au format Texte et ressaisissez les numéros.`,
    en: `${label} "${value}" written in scientific notation by Excel: the last digits are lost. In the source file, format the column as Text and type the numbers again.`,
  };
}

/** `digits` digits where `shape` was expected: a leading zero lost. */
export function identifierTooShort(
  label: string,
  value: string,
  digits: number,
  shape: Localized,
): Localized {
  return {
    fr: `${label} « ${value} » : ${digits} chiffres au lieu de ${shape.fr} ; un zéro initial a sans doute été supprimé par le tableur. Mettez la colonne au format Texte.`,
    en: `${label} "${value}": ${digits} digits instead of ${shape.en}; the spreadsheet probably dropped a leading zero. Format the column as Text.`,
  };
}

export function identifierMisshapen(label: string, value: string, shape: Localized): Localized {
  return {
    fr: `${label} « ${value} » : ${shape.fr} attendus. La valeur est gardée telle quelle ; vérifiez-la.`,
    en: `${label} "${value}": ${shape.en} expected. The value is kept as it is; check it.`,
  };
}

// ------------------------------------------------------ actors of several files merged

/** « fichier.csv, ligne 4 »: where an actor was first read. */
export function sourcePlace(source: SourceRef | undefined): Localized {
  return source
    ? { fr: `${source.file}, ligne ${source.line}`, en: `${source.file}, line ${source.line}` }
    : { fr: '?', en: '?' };
}

/** Why two differently named actors were merged: `reason` is `id` or an official id's kind. */
export function mergeReason(reason: string, id: string): Localized {
  return reason === 'id'
    ? { fr: `même identifiant ${quoted(id).fr}`, en: `same id ${quoted(id).en}` }
    : { fr: `même ${reason.toUpperCase()}`, en: `same ${reason.toUpperCase()}` };
}

/** `name` (read on `line`) merged into `into`, first read at `intoPlace`, for `why`. */
export function mergedActor(
  line: number | undefined,
  name: string,
  into: string,
  intoPlace: Localized,
  why: Localized,
): Localized {
  return {
    fr: `Ligne ${line} : ${quoted(name).fr} a été fusionné avec ${quoted(into).fr} (${intoPlace.fr}) : ${why.fr}. Si ce sont deux acteurs différents, corrigez l’identifiant dans l’un des fichiers.`,
    en: `Line ${line}: ${quoted(name).en} was merged with ${quoted(into).en} (${intoPlace.en}): ${why.en}. If they are two different actors, correct the identifier in one of the files.`,
  };
}

/** The free attribute `key`, as a merge conflict names it. */
export function attributeWords(key: string): Localized {
  return { fr: `attribut ${quoted(key).fr}`, en: `attribute ${quoted(key).en}` };
}

/** `name` is the actor `into` but its `field` differs: `kept` wins over `dropped`. */
export function mergeConflict(
  line: number | undefined,
  name: string,
  into: string,
  intoPlace: Localized,
  field: Localized,
  kept: string,
  dropped: string,
): Localized {
  return {
    fr: `Ligne ${line} : ${quoted(name).fr} est le même acteur que ${quoted(into).fr} (${intoPlace.fr}) mais son ${field.fr} diffère : ${quoted(kept).fr} est gardé, ${quoted(dropped).fr} ignoré. Harmonisez les deux fichiers.`,
    en: `Line ${line}: ${quoted(name).en} is the same actor as ${quoted(into).en} (${intoPlace.en}) but its ${field.en} differs: ${quoted(kept).en} is kept, ${quoted(dropped).en} ignored. Make the two files agree.`,
  };
}

/** The id `old` of `name`'s row (`line`) already `first`'s, read at `firstPlace`: now `id`. */
export function renamedId(
  line: number | undefined,
  old: string,
  first: string,
  firstPlace: Localized,
  id: string,
): Localized {
  return {
    fr: `Ligne ${line} : l’identifiant ${quoted(old).fr} est déjà celui de ${quoted(first).fr} (${firstPlace.fr}), un autre acteur (identifiants officiels ou noms différents) ; celui-ci devient ${quoted(id).fr}. Les liens qui visent ${quoted(old).fr} vont au premier.`,
    en: `Line ${line}: id ${quoted(old).en} already belongs to ${quoted(first).en} (${firstPlace.en}), another actor (different official identifiers or names); this one becomes ${quoted(id).en}. Links to ${quoted(old).en} go to the first one.`,
  };
}

/** Row `line` (`name`) and row `firstLine` (`first`) of one file made one actor. */
export function mergedRow(
  line: number | undefined,
  name: string,
  firstLine: number | undefined,
  first: string,
): Localized {
  return {
    fr: `Ligne ${line} : ${quoted(name).fr} a le même nom que la ligne ${firstLine} (${quoted(first).fr}) et rien ne les distingue (ni identifiant officiel, ni commune différente) : les deux lignes forment un seul acteur, leurs valeurs réunies. Si ce sont deux acteurs différents, indiquez leur commune ou leur FINESS/SIRET.`,
    en: `Line ${line}: ${quoted(name).en} has the same name as line ${firstLine} (${quoted(first).en}) and nothing tells them apart (no official identifier, no different commune): the two rows make one actor, their values united. If they are two different actors, give their commune or their FINESS/SIRET.`,
  };
}

/** Homonyms of one file told apart: `firstId` and `id`. */
export function homonyms(
  line: number | undefined,
  name: string,
  firstLine: number | undefined,
  firstId: string,
  id: string,
): Localized {
  return {
    fr: `Ligne ${line} : ${quoted(name).fr} porte le même nom que la ligne ${firstLine} mais une autre commune ou un autre identifiant officiel : deux acteurs distincts, ${quoted(firstId).fr} et ${quoted(id).fr}. Dans un fichier de liens, désignez-les par leur identifiant ou leur FINESS/SIRET.`,
    en: `Line ${line}: ${quoted(name).en} has the same name as line ${firstLine} but another commune or official identifier: two distinct actors, ${quoted(firstId).en} and ${quoted(id).en}. In a links file, name them by their id or their FINESS/SIRET.`,
  };
}

// ------------------------------------------------ why two actors look like one (similar.ts)

/** `kind`: siret, finess or rpps; `value`: as the first actor writes it. */
export function sameIdentifierReason(kind: string, value: string | undefined): Localized {
  return {
    fr: `même ${kind.toUpperCase()} (${value})`,
    en: `same ${kind.toUpperCase()} (${value})`,
  };
}

export const SAME_NAME_REASON: Localized = { fr: 'même nom', en: 'same name' };

export function commonWordsReason(a: string, b: string): Localized {
  return {
    fr: `${quoted(a).fr} et ${quoted(b).fr} ne diffèrent que par des mots courants`,
    en: `${quoted(a).en} and ${quoted(b).en} differ only by common words`,
  };
}

export function closeSpellingReason(a: string, b: string): Localized {
  return {
    fr: `orthographe proche : ${quoted(a).fr} / ${quoted(b).fr}`,
    en: `close spelling: ${quoted(a).en} / ${quoted(b).en}`,
  };
}

export function longerFormReason(long: string, short: string): Localized {
  return {
    fr: `${quoted(long).fr} semble une forme longue de ${quoted(short).fr}`,
    en: `${quoted(long).en} looks like a longer form of ${quoted(short).en}`,
  };
}

// ----------------------------------------------- a link's end that names no one actor

/** A candidate for an ambiguous end: its name, then commune, official id, id. */
export function candidate(name: string, details: string): Localized {
  const q = quoted(name);
  return { fr: `${q.fr} (${details})`, en: `${q.en} (${details})` };
}

/** Said of a partners cell, whose actor row stays imported. */
const ROW_KEPT: Localized = {
  fr: ' (la ligne de l’acteur est importée)',
  en: ' (the actor’s row is imported)',
};
const NOTHING: Localized = { fr: '', en: '' };

/** `value` names several actors, `candidates` (the first few; `more`: others left out). */
export function ambiguousEnd(
  line: number,
  column: string,
  value: string,
  candidates: readonly Localized[],
  more: boolean,
  partner: boolean,
): Localized {
  const tail = more ? ', …' : '';
  const list = {
    fr: candidates.map((d) => d.fr).join(', ') + tail,
    en: candidates.map((d) => d.en).join(', ') + tail,
  };
  const row = partner ? ROW_KEPT : NOTHING;
  return inCell(line, column, {
    fr: `${quoted(value).fr} désigne plusieurs acteurs : ${list.fr} ; le lien n’a pas été importé${row.fr}. Écrivez l’identifiant de l’acteur voulu, son FINESS/SIRET, ou sa commune entre parenthèses (« Nom (Commune) »).`,
    en: `${quoted(value).en} names several actors: ${list.en}; the link was not imported${row.en}. Write the id of the intended actor, its FINESS/SIRET, or its commune in brackets ("Name (Town)").`,
  });
}

/** `value` names no actor; `guess`: the closest name, if any. */
export function unknownEnd(
  line: number,
  column: string,
  value: string,
  guess: string | null,
  partner: boolean,
): Localized {
  const hint = guess
    ? { fr: ` Vouliez-vous dire ${quoted(guess).fr} ?`, en: ` Did you mean ${quoted(guess).en}?` }
    : NOTHING;
  const row = partner ? ROW_KEPT : NOTHING;
  const unknown = unknownActorWords(value);
  return inCell(line, column, {
    fr: `${unknown.fr} ; le lien n’a pas été importé${row.fr}.${hint.fr} Corrigez le nom ou ajoutez l’acteur au fichier des acteurs.`,
    en: `${unknown.en}; the link was not imported${row.en}.${hint.en} Correct the name or add the actor to the actors file.`,
  });
}
