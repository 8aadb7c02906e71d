// What the edits say, in French and English, in one place for a translator: why an edit is
// refused or what was done instead (operations.ts, fields.ts, merge-actors.ts), and the undo
// history's words (history.ts: each edit's label for the buttons' titles, a history that no
// longer matches). A value's own words are the import's (import/field-messages.ts): an edit
// adds only how the form goes on.
import type { Localized } from '../../domain';

/** The import's words (« aucun acteur ne s’appelle… ») as a sentence's start. */
function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

// ------------------------------------------------------------------ actors and links

/** `words`: the import's unknownActorWords, made a sentence. */
export function unknownActor(words: Localized): Localized {
  return { fr: `${capitalised(words.fr)}.`, en: `${capitalised(words.en)}.` };
}

export function duplicateId(id: string): Localized {
  return {
    fr: `L’identifiant « ${id} » est déjà celui d’un autre acteur.`,
    en: `The id "${id}" already belongs to another actor.`,
  };
}

export const MISSING_NAME: Localized = {
  fr: 'Le nom est vide : donnez un nom à cet acteur.',
  en: 'The name is empty: give this actor a name.',
};

/** `words`: the import's invalidScoreWords. */
export function scoreRefused(words: Localized): Localized {
  return {
    fr: `${words.fr} ; la modification n’est pas faite.`,
    en: `${words.en}; the change is not made.`,
  };
}

/** `words`: the import's unknownSchemesWords, for an actor's memberships or a link's schemes. */
export function schemesIgnored(words: Localized): Localized {
  return {
    fr: `${words.fr} ; valeur ignorée. Corrigez le nom du dispositif.`,
    en: `${words.en}; value ignored. Correct the scheme's name.`,
  };
}

export const NO_SUCH_LINK: Localized = {
  fr: 'Ces deux acteurs ne sont pas reliés.',
  en: 'These two actors are not linked.',
};

/** `words`: the import's selfLinkWords. */
export function selfLink(words: Localized): Localized {
  return {
    fr: `${capitalised(words.fr)} : choisissez un autre acteur.`,
    en: `${capitalised(words.en)}: choose another actor.`,
  };
}

export const LINK_EXISTS: Localized = {
  fr: 'Ces deux acteurs sont déjà reliés : modifiez le lien existant.',
  en: 'These two actors are already linked: edit the existing link.',
};

export const MERGE_IMPOSSIBLE: Localized = {
  fr: 'Choisissez deux acteurs différents de l’inventaire à fusionner.',
  en: 'Choose two different actors of the inventory to merge.',
};

// ------------------------------------------------------------------------- the history

export const HISTORY_STALE: Localized = {
  fr: 'L’historique ne correspond plus à l’espace de travail (modifié ailleurs) : rien n’a été annulé ni rétabli.',
  en: 'The history no longer matches the workspace (changed elsewhere): nothing was undone or redone.',
};

export const UNMERGE_STALE: Localized = {
  fr: 'L’acteur fusionné ou ses liens ont été modifiés depuis la fusion : annulez d’abord ces modifications.',
  en: 'The merged actor or its links were changed since the merge: undo those changes first.',
};

/** Each kind of edit as the undo and redo buttons name it (« Annuler : ajout d’un acteur »). */
export const EDIT_LABELS = {
  'add-actor': { fr: 'ajout d’un acteur', en: 'adding an actor' },
  'update-actor': { fr: 'modification d’un acteur', en: 'editing an actor' },
  'delete-actor': { fr: 'suppression d’un acteur', en: 'deleting an actor' },
  'add-link': { fr: 'ajout d’un lien', en: 'adding a link' },
  'update-link': { fr: 'modification d’un lien', en: 'editing a link' },
  'delete-link': { fr: 'suppression d’un lien', en: 'deleting a link' },
  'merge-actors': { fr: 'fusion de deux acteurs', en: 'merging two actors' },
  unmerge: { fr: 'annulation d’une fusion', en: 'undoing a merge' },
  'set-expected': { fr: 'composition attendue', en: 'expected composition' },
  'set-mappings': { fr: 'association des colonnes', en: 'column mapping' },
  'set-rules': { fr: 'règles entre dispositifs', en: 'cross-scheme rules' },
} as const satisfies Record<string, Localized>;
