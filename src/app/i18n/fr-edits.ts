// The French text of the workspace as it lives: editing actors and links, undo/redo, merging
// two actors and the form's checks, the territories kept in this browser and the question
// asked when importing into a territory that has data.
import { numberOf, pluralOf } from '../../domain';

const plural = pluralOf('fr');
const nf = numberOf('fr');

export const frEdits = {
  // -- merging two actors (keys merge*) --
  mergeOpen: 'Fusionner avec…',
  /** A table row's merge button (its label names the actor in full). */
  mergeShort: 'Fusionner',
  mergeTitle: (name: string) => `Fusionner « ${name} » avec un autre acteur`,
  mergeTitlePair: 'Fusionner deux acteurs',
  mergeSearch: 'Autre acteur',
  mergeSearchHint:
    'Tapez quelques lettres du nom : les noms écrits autrement sont proposés aussi (« Ville de » pour « Mairie de », une faute de frappe).',
  mergeFound: (n: number) => `${nf(n)} ${plural(n, 'acteur trouvé', 'acteurs trouvés')}`,
  mergeNoneFound: 'Aucun acteur de l’inventaire ne ressemble à ce nom.',
  mergeDoubtful: 'Peut-être en double (relevé à l’import)',
  mergeKeptLegend: 'Lequel garder ? (son identifiant, et ses valeurs là où les deux diffèrent)',
  mergeKeep: (name: string) => `Garder « ${name} »`,
  mergeChoose: 'Choisissez l’autre acteur pour voir ce que donnera la fusion.',
  mergeAfter: 'Après la fusion',
  mergeKeptValue: (value: string, dropped: string) =>
    `${value} (gardé ; « ${dropped} » n’est pas repris)`,
  mergeLinks: (after: number, shared: number) =>
    `${nf(after)} ${plural(after, 'partenaire', 'partenaires')} après la fusion : les liens des deux sont réunis${shared > 0 ? ` (${nf(shared)} ${plural(shared, 'partenaire commun n’a', 'partenaires communs n’ont')} plus qu’un lien)` : ''}.`,
  mergeLinksEach: (kept: string, keptLinks: number, absorbed: string, absorbedLinks: number) =>
    `« ${kept} » : ${nf(keptLinks)} ${plural(keptLinks, 'partenaire', 'partenaires')} ; « ${absorbed} » : ${nf(absorbedLinks)}.`,
  mergeBetween: 'Le lien entre les deux disparaît (il relierait l’acteur à lui-même).',
  mergeFiles: (files: string) => `Les fichiers sources des deux sont gardés : ${files}.`,
  mergeConfirm: 'Fusionner',
  mergeUndoHint: 'La fusion s’annule (Ctrl+Z), et se défait plus tard par « Séparer ».',
  mergedFrom: (kept: string, absorbed: string) =>
    `Issu de la fusion de « ${kept} » et « ${absorbed} ».`,
  mergeSplit: 'Séparer',
  mergeSplitLabel: (kept: string, absorbed: string) => `Séparer « ${kept} » et « ${absorbed} »`,
  mergeSplitRefused: 'Séparation impossible :',
  mergePairLabel: (a: string, b: string) => `Fusionner « ${a} » et « ${b} »`,
  // -- the actor form's checks (keys editCheck*) --
  editTypeWords: 'Type non listé, en toutes lettres',
  editTypeWordsHint: 'Pour le type « Autre » : les mots du fichier, lus comme à l’import.',
  editCheckTitle: 'À savoir avant d’enregistrer (la modification sera faite ainsi) :',
  // -- editing actors and links, undo/redo, the territories kept in this browser, importing into a territory that has data (keys edit*, link*, workspace*, importChoice*) --
  editActor: 'Modifier',
  editActorTitle: (name: string) => `Modifier « ${name} »`,
  editAddActor: 'Ajouter un acteur',
  editDelete: 'Supprimer',
  editDeleteConfirm: (name: string) =>
    `Supprimer « ${name} » et ses liens ? Vous pourrez annuler (Ctrl+Z).`,
  editSave: 'Enregistrer',
  editCancel: 'Annuler',
  editName: 'Nom',
  editType: 'Type d’acteur',
  editSectors: 'Secteurs',
  editTerritory: 'Territoire',
  editSchemes: 'Dispositifs et instances',
  editMember: 'membre',
  editRole: 'Rôle',
  editPerson: 'Cette ligne désigne une personne',
  editIds: 'Identifiants',
  editAttributes: 'Autres colonnes (une par ligne : « Colonne : valeur »)',
  editRefused: 'La modification n’est pas faite :',
  editUndoTitle: (what: string) => `Annuler : ${what} (Ctrl+Z)`,
  editRedoTitle: (what: string) => `Rétablir : ${what} (Ctrl+Maj+Z)`,
  editNothingToUndo: 'Rien à annuler',
  editNothingToRedo: 'Rien à rétablir',
  editGroup: 'Modifier l’inventaire',
  linkAdd: 'Ajouter un lien',
  linkEdit: 'Modifier le lien',
  linkAddTitle: (name: string) => `Nouveau lien de « ${name} »`,
  linkEditTitle: (a: string, b: string) => `Le lien entre « ${a} » et « ${b} »`,
  linkEditOf: (a: string, b: string) => `Modifier le lien entre « ${a} » et « ${b} »`,
  linkDeleteOf: (a: string, b: string) => `Supprimer le lien entre « ${a} » et « ${b} »`,
  linkDeleteConfirm: (a: string, b: string) =>
    `Supprimer le lien entre « ${a} » et « ${b} » ? Vous pourrez annuler (Ctrl+Z).`,
  linkEnds: 'Acteurs reliés',
  linkFrom: 'Acteur',
  linkTo: 'Relié à',
  linkToHint: 'Tapez une partie du nom, puis choisissez dans la liste (flèches, Entrée).',
  linkToNone: 'Aucun acteur de ce nom',
  linkToFound: (n: number) => `${nf(n)} ${plural(n, 'acteur trouvé', 'acteurs trouvés')}`,
  linkToChosen: (name: string) => `Choisi : ${name}`,
  linkAlreadyLinked: 'déjà relié',
  linkChooseTo: 'Choisissez dans la liste l’acteur à relier.',
  linkNatures: 'Nature du lien (plusieurs possibles)',
  linkOtherNatures: 'Autres natures (séparées par des virgules)',
  linkStrength: 'Intensité du lien',
  linkStrengthNone: 'non précisée',
  linkStrengthLevel: (n: number) => ['', '1 — faible', '2 — moyenne', '3 — forte'][n] ?? String(n),
  linkSchemes: 'Dispositifs où le lien existe',
  linkDirected: (a: string, b: string) => `Lien orienté, de « ${a} » vers « ${b} »`,
  linkEditExisting: 'Modifier ce lien existant',
  linkDraw: 'Relier',
  linkDrawTitle: 'Relier deux acteurs : glissez de l’un à l’autre sur la carte (Échap : arrêter)',
  linkDrawing: 'Glissez d’un acteur à un autre pour les relier. Échap : arrêter.',
  workspacesButton: 'Mes territoires',
  workspacesTitle: 'Mes territoires',
  workspacesIntro:
    'Chaque territoire (ou chaque année) est gardé à part dans ce navigateur, enregistré au fur et à mesure.',
  workspacesFailed:
    'Ce navigateur refuse de garder les territoires (stockage désactivé, navigation privée ou plus de place).',
  storageUsed: (usage: number, quota: number) =>
    `Stockage utilisé : ${nf(Math.round(usage / 1024))} Ko sur ${nf(Math.round(quota / 1048576))} Mo disponibles.`,
  untitledWorkspace: 'Territoire sans nom',
  workspaceName: 'Nom',
  workspaceRenameSave: 'Enregistrer le nom',
  workspaceCurrent: 'ouvert',
  workspaceFacts: (actors: number, updated: string) =>
    `${nf(actors)} ${plural(actors, 'acteur', 'acteurs')}${updated ? ` · enregistré le ${new Date(updated).toLocaleString('fr-FR')}` : ''}`,
  workspaceOpen: 'Ouvrir',
  workspaceRename: 'Renommer',
  workspaceDuplicate: 'Dupliquer',
  workspaceCopyName: (name: string) => `${name || 'Territoire sans nom'} (copie)`,
  workspaceDelete: 'Supprimer',
  workspaceDeleteConfirm: (name: string) => `Oui, supprimer « ${name} »`,
  workspaceNew: 'Nouveau territoire',
  importChoiceTitle: 'Ce territoire a déjà des données',
  importChoiceIntro: (files: string) => `Que faire de ${files} ?`,
  importReplace: 'Remplacer le territoire',
  importReplaceHelp: (views: number) =>
    views > 0
      ? `Le territoire affiché est remplacé par ces fichiers ; ses ${nf(views)} ${plural(views, 'vue enregistrée', 'vues enregistrées')} ${plural(views, 'est supprimée', 'sont supprimées')}.`
      : 'Le territoire affiché est remplacé par ces fichiers.',
  importAdd: 'Ajouter au territoire',
  importAddHelp:
    'Ces fichiers sont lus avec ceux du territoire affiché, comme s’ils avaient été choisis ensemble.',
  importVersion: 'Garder une version et comparer',
  importVersionHelp:
    'Une version plus récente de l’inventaire ? Le territoire affiché est figé comme version sous ce nom, ces fichiers deviennent le territoire actuel, et la comparaison s’ouvre : acteurs et liens gagnés ou perdus, couverture des instances, acteurs isolés, points d’articulation. Les vues enregistrées restent.',
  importVersionName: 'Nom de la version gardée',
  importOr: 'Ou bien :',
};
