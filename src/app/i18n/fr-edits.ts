// The French text of merging two actors (keys merge*) and of the actor form's checks
// (keys editCheck*): the merge dialog, the « Issu de la fusion » note, the form's warnings.
import { numberOf, pluralOf } from '../../domain';

const plural = pluralOf('fr');
const nf = numberOf('fr');

export const frEdits = {
  // -- merging two actors (keys merge*) --
  mergeOpen: 'Fusionner avec…',
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
};
