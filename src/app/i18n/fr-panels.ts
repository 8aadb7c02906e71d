// The French text of the analysis panels (coverage, missing links, articulation), the
// presentation mode and the exports.
import { numberOf, pluralOf } from '../../domain';

const plural = pluralOf('fr');
const nf = numberOf('fr');

export const frPanels = {
  // -- coverage panel (keys cov*) --
  covViews: 'Que montrer ?',
  covViewGaps: 'Manques',
  covViewSectors: 'Secteurs × instances',
  covViewTypes: 'Types d’acteurs × instances',
  covViewEditor: 'Composition attendue',
  covSummary: (gaps: number, hints: number, broken: number) =>
    `${nf(gaps)} ${plural(gaps, 'manque', 'manques')} (${plural(gaps, 'règle requise', 'règles requises')}) · ${nf(hints)} ${plural(hints, 'piste', 'pistes')} (${plural(hints, 'recommandation', 'recommandations')})${broken ? ` · ${nf(broken)} ${plural(broken, 'règle entre dispositifs non respectée', 'règles entre dispositifs non respectées')}` : ''}`,
  covEditedBadge: 'composition attendue modifiée',
  covClickHint:
    'Cliquez sur une ligne pour allumer sur la carte les acteurs concernés (pour un manque : les membres de l’instance) ; un second clic les éteint.',
  covGapsTitle: 'Manques : règles requises non remplies',
  covHintsTitle: 'Pistes : recommandations non suivies',
  covNoGaps: 'Aucun manque de composition : toutes les règles requises sont remplies.',
  covNoHints: 'Toutes les recommandations sont suivies.',
  covRequired: 'requis',
  covRecommended: 'recommandé',
  covMembers: (n: number) =>
    n === 0 ? 'instance sans membre' : `${nf(n)} ${plural(n, 'membre', 'membres')} à allumer`,
  covCrossTitle: 'Règles entre démarches',
  covCrossIntro:
    'Chaque règle dit qui doit siéger dans une instance d’une autre démarche. Cochez celles que le territoire s’est données ; une règle n’est vérifiée que si l’inventaire a les démarches qu’elle nomme.',
  covCrossUnknown: 'Non vérifiable',
  covCrossActors: (n: number) =>
    n === 0 ? 'aucun acteur concerné trouvé' : `allumer ${nf(n)} ${plural(n, 'acteur', 'acteurs')}`,
  covRuleOff: 'Désactivée : non vérifiée.',
  covRuleNotApplicable: 'Non applicable : l’inventaire n’a pas les démarches que la règle nomme.',
  covRuleRemove: 'Retirer',
  covComposerTitle: 'Composer une règle',
  covComposerBy: 'Un acteur désigné par',
  covComposerByType: 'son type',
  covComposerByRole: 'son rôle',
  covComposerType: 'de type',
  covComposerRole: 'dont le rôle commence par',
  covComposerScheme: 'siège dans la démarche',
  covComposerBody: 'à l’instance',
  covComposerAdd: 'Ajouter la règle',
  covCrossOk: 'Respectée',
  covCrossKo: 'Non respectée',
  covNoSchemes:
    'Aucun acteur n’est rattaché à un dispositif (colonnes CLS, CLSM, ASV… vides) : rien à vérifier.',
  covSectorCaption:
    'Nombre d’acteurs de chaque secteur dans chaque instance, secteurs groupés par déterminant de la santé (Dahlgren et Whitehead)',
  covTypeCaption: 'Nombre d’acteurs de chaque type dans chaque instance',
  covSector: 'Secteur',
  covType: 'Type d’acteur',
  covOtherSectors: 'Autres secteurs',
  covTypesGroup: 'Types d’acteurs',
  covWhole: 'Ensemble',
  covWholeLong: 'Tous les membres',
  covBodyShort: {
    copil: 'COPIL',
    cotech: 'COTECH',
    gt: 'GT',
    coordination: 'Coord.',
    pleniere: 'Plénière',
  } as Record<string, string>,
  covOutsideList: 'hors liste',
  covMissing: 'manquant',
  covLegend: 'Lecture :',
  covLegendCount: 'nombre d’acteurs (cliquer pour les allumer)',
  covLegendGap: 'manquant, requis',
  covLegendHint: 'manquant, recommandé',
  covLegendMet: 'attendu et présent',
  covLegendAlt: 'attendu au choix avec un autre, couvert par l’autre',
  covCellExpected: (level: 'required' | 'recommended'): string =>
    level === 'required' ? 'attendu (requis)' : 'attendu (recommandé)',
  covCellAlt: 'couvert par une autre entrée de la même règle',
  covCellTitle: (row: string, column: string, n: number) =>
    `${row} — ${column} : ${nf(n)} ${plural(n, 'acteur', 'acteurs')}`,
  covAndMore: (n: number) => `et ${nf(n)} ${plural(n, 'autre', 'autres')}`,
  covRowAll: (n: number) => `${nf(n)} ${plural(n, 'acteur', 'acteurs')} dans les dispositifs`,
  covSelection: (n: number) => `${nf(n)} ${plural(n, 'acteur allumé', 'acteurs allumés')} :`,
  covEditorIntro:
    'Choisissez une instance, puis indiquez pour chaque secteur et chaque type d’acteur s’il y est requis, recommandé ou non attendu. Les manques se mettent à jour aussitôt ; la composition est gardée avec l’espace de travail.',
  covEditorBody: 'Instance',
  covEditorSectors: 'Secteurs attendus',
  covEditorTypes: 'Types d’acteurs attendus',
  covEditorCombined: 'Règles « l’un ou l’autre »',
  covEditorCombinedHint: 'Remplies dès qu’un acteur de l’un des éléments est présent.',
  covEditorAlsoCombined: 'aussi dans une règle « l’un ou l’autre »',
  covEditorBodyGaps: 'Manques et pistes de cette instance',
  covEditorBodyOk: 'Rien ne manque dans cette instance.',
  covChoiceRequired: 'Requis',
  covChoiceRecommended: 'Recommandé',
  covChoiceNone: 'Non attendu',
  covReset: 'Revenir à la composition de référence',
  covReference:
    'Composition de référence (art. L.1434-10 du Code de la santé publique, circulaire DIV/DGS du 13 juin 2000…).',
  covChanges: (n: number) =>
    `Composition modifiée : ${nf(n)} ${plural(n, 'changement', 'changements')} par rapport à la référence.`,
  covChange: (what: string, where: string, from: string, to: string) =>
    `${what} — ${where} : ${from} → ${to}`,
  covOr: ' ou ',
  covClear: 'Éteindre les acteurs allumés',
  covSchemesShown: 'Dispositifs affichés :',
  // -- end coverage panel --
  // -- missing-links panel (keys ml*) --
  mlIntro:
    'Ce qui manque au maillage : les acteurs sans lien, les groupes à l’écart, les secteurs qui ne se parlent pas, et les partenariats à proposer. Cliquez sur une ligne pour repérer les acteurs sur la carte.',
  mlSummary: (isolated: number, groups: number, pairs: number) =>
    `${nf(isolated)} ${plural(isolated, 'acteur isolé', 'acteurs isolés')} · ${nf(groups)} ${plural(groups, 'groupe coupé', 'groupes coupés')} du réseau principal · ${nf(pairs)} ${plural(pairs, 'paire', 'paires')} de secteurs sans lien`,
  mlIsolatedTitle: (n: number) => `Acteurs isolés (${nf(n)})`,
  mlIsolatedNone: 'Aucun acteur isolé : chaque acteur a au moins un lien.',
  mlLightAll: (n: number) => `Repérer les ${nf(n)} sur la carte`,
  mlGroupsTitle: (n: number) => `Groupes coupés du réseau principal (${nf(n)})`,
  mlGroupsNone: 'Aucun groupe à l’écart : tous les acteurs reliés forment un seul réseau.',
  mlGroup: (n: number, names: string) => `Groupe de ${nf(n)} acteurs : ${names}`,
  mlSectorsTitle: 'Secteurs qui ne travaillent pas ensemble',
  mlPairsTitle: (n: number) => `Paires de secteurs présents sans aucun lien (${nf(n)})`,
  mlPairsNone: 'Chaque paire de secteurs présents est reliée par au moins un lien.',
  mlPair: (a: string, b: string) => `Aucun lien entre « ${a} » et « ${b} »`,
  mlPairActors: (n: number) => `${nf(n)} ${plural(n, 'acteur', 'acteurs')}`,
  mlMatrixCaption: 'Nombre de liens entre les acteurs de deux secteurs',
  mlMatrixHint:
    'Cases « 0 » hachurées : aucun lien entre les deux secteurs. Cliquez sur une case pour repérer les acteurs concernés.',
  mlMatrixCorner: 'Secteur',
  mlCell: (a: string, b: string, n: number) =>
    n === 0
      ? `${a} et ${b} : aucun lien, repérer les acteurs des deux secteurs`
      : `${a} et ${b} : ${nf(n)} ${plural(n, 'lien', 'liens')}, repérer les acteurs de ces liens`,
  mlSuggestTitle: (n: number) => `Partenariats suggérés (${nf(n)})`,
  mlSuggestIntro:
    'Classés par score : partenaires en commun (un partenaire peu sollicité compte plus), instances et groupes de travail partagés, même territoire.',
  mlSuggestNone: 'Aucun partenariat à suggérer.',
  mlRank: 'Rang',
  mlPairColumn: 'Acteurs à rapprocher',
  mlScore: 'Score',
  mlReasons: 'Pourquoi',
  mlOnMap: 'Sur la carte',
  mlOnMapLabel: (a: string, b: string) => `Montrer le lien suggéré entre ${a} et ${b} sur la carte`,
  mlOnMapShort: 'montrer',
  mlTopCount: 'Nombre de suggestions',
  mlShowTop: (n: number) => `Montrer les ${nf(n)} premières sur la carte`,
  mlClearSuggested: 'Retirer de la carte',
  mlShownCount: (n: number) =>
    n === 0
      ? 'Aucun lien suggéré sur la carte.'
      : `${nf(n)} ${plural(n, 'lien suggéré', 'liens suggérés')} en pointillés sur la carte.`,
  mlScoreValue: (s: number) =>
    s.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  mlShowAll: (n: number) => `Tout afficher (${nf(n)})`,
  mlShowLess: 'Afficher moins',
  // -- end missing-links panel --
  // -- articulation panel (keys art*) --
  artIntro:
    'Qui siège dans plusieurs dispositifs, comment leurs membres se parlent, et où le réseau ne tient qu’à un acteur ou à un lien. Cliquez sur une ligne pour repérer les acteurs sur la carte.',
  artSummary: (multi: number, cross: number, points: number, bridges: number) =>
    `${nf(multi)} ${plural(multi, 'acteur', 'acteurs')} dans plusieurs dispositifs · ${nf(cross)} ${plural(cross, 'lien', 'liens')} entre dispositifs · ${nf(points)} ${plural(points, 'acteur', 'acteurs')} et ${nf(bridges)} ${plural(bridges, 'lien', 'liens')} dont dépend le réseau`,
  artCombTitle: 'Acteurs par combinaison de dispositifs',
  artCombCaption:
    'Nombre d’acteurs membres exactement de chaque combinaison de dispositifs (● membre, ○ non membre)',
  artCombination: 'Combinaison',
  artActors: 'Acteurs',
  artMember: 'membre',
  artNotMember: 'non membre',
  artOnly: (label: string) => `${label} seul`,
  artSchemeTotal: (n: number) => `${nf(n)} au total`,
  artOutside: (n: number) =>
    `${nf(n)} ${plural(n, 'acteur n’est membre', 'acteurs ne sont membres')} d’aucun dispositif.`,
  artNoScheme: 'Aucun acteur n’est rattaché à un dispositif dans cet inventaire.',
  artMultiTitle: (n: number) => `Acteurs présents dans plusieurs dispositifs (${nf(n)})`,
  artMultiNone: 'Aucun acteur n’est membre de deux dispositifs ou plus.',
  artActor: 'Acteur',
  artSchemes: 'Dispositifs',
  artSchemeCount: 'Nombre',
  artCrossTitle: (n: number) => `Liens entre membres de dispositifs différents (${nf(n)})`,
  artCrossIntro: 'Liens entre deux acteurs qui n’ont aucun dispositif en commun.',
  artCrossNone: 'Aucun lien entre membres de dispositifs différents.',
  artCrossPair: (a: string, b: string, n: number) =>
    `${a} ↔ ${b} : ${nf(n)} ${plural(n, 'lien', 'liens')}`,
  artCrossLinks: 'Voir les liens',
  artPointsTitle: (n: number) => `Acteurs dont le retrait couperait le réseau (${nf(n)})`,
  artPointsNone:
    'Aucun acteur n’est indispensable à lui seul : le réseau reste relié si l’un d’eux se retire.',
  artWhatIf: 'Et si… ?',
  artWhatIfOf: (name: string) => `Et si « ${name} » se retirait ? (sur la carte)`,
  artBridgesTitle: (n: number) => `Liens dont la disparition couperait le réseau (${nf(n)})`,
  artBridgesNone: 'Aucun lien n’est à lui seul indispensable.',
  // -- end articulation panel --
  // -- presentation, views, exports (issue 5) --
  // Export menu (ExportMenu.tsx)
  exportMenu: 'Exporter',
  exportMenuLabel: 'Exporter la carte et les données',
  exportImage: 'Image de la carte, avec sa légende',
  exportBackground: 'Fond',
  exportWhite: 'blanc',
  exportTransparent: 'transparent',
  exportPngAt: (scale: number) => `PNG ${scale}×`,
  exportSvg: 'SVG',
  exportGraphFiles: 'Réseau pour Gephi ou yEd',
  exportGexf: 'GEXF',
  exportGraphml: 'GraphML',
  exportData: 'Données',
  exportWorkspace: 'Espace de travail (JSON)',
  exportActorsCsv: 'CSV acteurs',
  exportLinksCsv: 'CSV liens',
  exportAnonymousNote:
    'Mode anonyme : dans tous les fichiers, les personnes apparaissent par leur rôle ou leur type, jamais par leur nom.',
  exportDate: (d: Date) =>
    `Carte du ${d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  exportWorking: 'Préparation du fichier…',
  exportDone: (name: string) => `Fichier « ${name} » téléchargé.`,
  exportFailed: (message: string) => `L’export a échoué : ${message}`,
  exportNoMap: 'la carte n’est pas encore dessinée',
  // -- end presentation --
  // -- versions and comparison (keys ver*, cmp*) --
  verButton: 'Versions',
  verTitle: 'Versions et comparaison',
  verIntro:
    'Figez l’état du réseau à une date (« Diagnostic 2023 », « Évaluation 2026 ») pour le comparer plus tard avec un autre état : acteurs et liens gagnés ou perdus, couverture des instances, acteurs isolés, points d’articulation.',
  verFreezeLabel: 'Nom de la version',
  verFreeze: 'Figer une version',
  verDefaultName: (d: Date) =>
    `Version du ${d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  verFrozen: (name: string) => `Version « ${name} » figée.`,
  verListTitle: 'Versions figées',
  verNone: 'Aucune version figée pour l’instant.',
  verDate: (iso: string) =>
    new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' }),
  verCounts: (actors: number, links: number) =>
    `${nf(actors)} ${plural(actors, 'acteur', 'acteurs')}, ${nf(links)} ${plural(links, 'lien', 'liens')}`,
  verRename: (name: string) => `Renommer « ${name} »`,
  verRenameLabel: (name: string) => `Nouveau nom de « ${name} »`,
  verSave: 'Enregistrer',
  verCancel: 'Annuler',
  verDelete: (name: string) => `Supprimer « ${name} »`,
  verDeleteConfirm: (name: string) =>
    `Supprimer la version « ${name} » ? Elle ne pourra plus être comparée.`,
  verDeleteYes: 'Supprimer la version',
  verCurrent: 'État actuel',
  verCompareTitle: 'Comparer deux états',
  verBefore: 'Avant',
  verAfter: 'Après',
  verCompare: 'Comparer',
  verSame: 'Choisissez deux états différents.',
  cmpTitle: (before: string, after: string) => `Comparaison : ${before} → ${after}`,
  cmpSummaryCaption: 'Nombre de différences',
  cmpWhat: 'Différence',
  cmpGainedCol: 'Gagnés',
  cmpLostCol: 'Perdus',
  cmpChangedCol: 'Modifiés',
  cmpRowActors: 'Acteurs',
  cmpRowLinks: 'Liens (natures ou intensité modifiées)',
  cmpRowSectors: 'Secteurs présents dans une instance',
  cmpRowTypes: 'Types d’acteurs présents dans une instance',
  cmpRowIsolated: 'Acteurs isolés (perdus : ont trouvé des partenaires)',
  cmpRowPoints: 'Points d’articulation',
  cmpDetailCaption: 'Toutes les différences',
  cmpExportCsv: 'Exporter les différences (CSV)',
  cmpShowOnMap: 'Voir sur la carte',
  cmpLeaveMap: 'Quitter la comparaison sur la carte',
  cmpBack: 'Retour à la comparaison',
  cmpMapTitle: (before: string, after: string) => `Carte comparée : ${before} → ${after}`,
  cmpLegendTitle: 'Comparaison',
  cmpGained: 'Gagné (seulement après) : trait épais plein, bordure double verte',
  cmpLost: 'Perdu (seulement avant) : tirets rouges, bordure en tirets',
  cmpKept: 'Inchangé : pâle, trait fin',
  cmpRulesCaption: 'Règles entre démarches (telles que réglées pour ce territoire)',
  cmpRule: 'Règle',
  reportCompareLabel: 'Comparaison',
  reportCompareNone: 'Sans comparaison',
  // -- end versions and comparison --
};
