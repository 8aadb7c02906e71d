// What the model layer says, in French and English, in one place for a translator: why a
// workspace file cannot be opened and where it is damaged (workspace-file.ts and the
// readers workspace-read*.ts), and why a column mapping cannot be applied
// (column-mapping.ts). The edits' words are in edits/messages.ts.
import type { Localized } from '../domain';

// ------------------------------------------------------------------- opening a workspace

export function notJson(detail: string): Localized {
  return {
    fr: `Ce fichier n’est pas un espace de travail Maillage : ce n’est pas du JSON lisible (${detail}).`,
    en: `This file is not a Maillage workspace: it is not readable JSON (${detail}).`,
  };
}

export const NOT_A_WORKSPACE: Localized = {
  fr: 'Ce fichier n’est pas un espace de travail Maillage (le champ « format » ne vaut pas « maillage-workspace »). Pour importer des acteurs et des liens, utilisez le bouton « Importer des fichiers » (CSV, classeurs, exports d’autres outils).',
  en: 'This file is not a Maillage workspace (its "format" field is not "maillage-workspace"). To import actors and links, use the "Import files" button (CSV, workbooks, exports of other tools).',
};

/** `version`: the file's format version, as JSON. */
export function newerWorkspace(version: string): Localized {
  return {
    fr: `Cet espace de travail vient d’une version plus récente de Maillage (format ${version}) ; mettez l’application à jour pour l’ouvrir.`,
    en: `This workspace comes from a newer version of Maillage (format ${version}); update the application to open it.`,
  };
}

export function unknownWorkspaceVersion(version: string): Localized {
  return {
    fr: `Version d’espace de travail inconnue (${version}) : le fichier est peut-être endommagé.`,
    en: `Unknown workspace version (${version}): the file may be damaged.`,
  };
}

/** A field that failed its check: where, then what is wrong. */
export function damagedWorkspace(where: Localized, what: Localized): Localized {
  return {
    fr: `Espace de travail illisible : ${where.fr} ${what.fr}. Le fichier a peut-être été modifié à la main ou tronqué.`,
    en: `Unreadable workspace: ${where.en} ${what.en}. The file may have been edited by hand or cut short.`,
  };
}

export function unreadableWorkspace(detail: string): Localized {
  return {
    fr: `Espace de travail illisible (${detail}).`,
    en: `Unreadable workspace (${detail}).`,
  };
}

// ------------------------------------------------- where a workspace file is damaged

export const THE_DOCUMENT: Localized = { fr: 'le document', en: 'the document' };
export const THE_RULES: Localized = { fr: 'les règles', en: 'the rules' };

/** « le document, champ « actors » ». */
export function inField(where: Localized, key: string): Localized {
  return { fr: `${where.fr}, champ « ${key} »`, en: `${where.en}, field "${key}"` };
}

/** The `i`-th (from 0) actor or link of the document: « acteur n° 3 ». */
export function nthItem(kind: 'actor' | 'link', i: number): Localized {
  const fr = kind === 'actor' ? 'acteur' : 'lien';
  return { fr: `${fr} n° ${i + 1}`, en: `${kind} #${i + 1}` };
}

/** A place inside a place: « version n° 2, acteur n° 3 ». */
export function within(outer: Localized, inner: Localized): Localized {
  return { fr: `${outer.fr}, ${inner.fr}`, en: `${outer.en}, ${inner.en}` };
}

// ------------------------------------------------------ what is wrong with the field

export const SHOULD_BE = {
  object: { fr: 'devrait être un objet', en: 'should be an object' },
  list: { fr: 'devrait être une liste', en: 'should be a list' },
  text: { fr: 'devrait être un texte', en: 'should be a text' },
  number: { fr: 'devrait être un nombre', en: 'should be a number' },
  boolean: { fr: 'devrait valoir true ou false', en: 'should be true or false' },
} as const satisfies Record<string, Localized>;

export function shouldBeOneOf(options: readonly string[]): Localized {
  return { fr: `devrait valoir ${options.join(' ou ')}`, en: `should be ${options.join(' or ')}` };
}

export const IS_EMPTY: Localized = { fr: 'est vide', en: 'is empty' };
/** An id Maillage never writes (the import and the edits suffix it, `safeId`): the file was
 * edited by hand, and graph libraries keyed by id would misread it. */
export function reservedId(id: string, safe: string): Localized {
  return {
    fr: `est « ${id} », un mot réservé de JavaScript (Maillage l’écrit « ${safe} »)`,
    en: `is "${id}", a reserved JavaScript word (Maillage writes it "${safe}")`,
  };
}
export const EMPTY_OR_TAKEN: Localized = {
  fr: 'est vide ou déjà pris',
  en: 'is empty or already taken',
};

export function idTaken(id: string): Localized {
  return {
    fr: `« ${id} » est déjà celui d’un autre acteur`,
    en: `"${id}" is already another actor's`,
  };
}

export function unknownEnd(id: string): Localized {
  return {
    fr: `nomme l’acteur « ${id} », absent de la liste des acteurs`,
    en: `names actor "${id}", who is not in the list of actors`,
  };
}

export const JOINS_ITSELF: Localized = {
  fr: 'relie un acteur à lui-même',
  en: 'joins an actor to itself',
};

// -------------------------------------------------------------------- column mappings

export function sameFieldColumns(headers: readonly string[]): Localized {
  return {
    fr: `Les colonnes ${headers.map((h) => `« ${h} »`).join(', ')} vont au même champ : gardez-en une seule pour ce champ.`,
    en: `Columns ${headers.map((h) => `"${h}"`).join(', ')} go to the same field: keep only one of them for it.`,
  };
}

export const LINKS_NEED_BOTH_ENDS: Localized = {
  fr: 'Un fichier de liens a besoin de deux colonnes : l’acteur 1 (source) et l’acteur 2 (cible). Choisissez les deux.',
  en: 'A links file needs two columns: actor 1 (source) and actor 2 (target). Choose both.',
};

export const NAME_COLUMN_NEEDED: Localized = {
  fr: 'Choisissez la colonne qui porte le nom des acteurs (ou, pour un fichier de liens, les colonnes acteur 1 et acteur 2) : sans elle, aucune ligne ne peut être lue.',
  en: 'Choose the column that holds the actors’ names (or, for a links file, the actor 1 and actor 2 columns): without it, no row can be read.',
};
