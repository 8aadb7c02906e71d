// The French text of the screens, map and tables (the analysis panels, presentation and
// exports are in fr-panels.ts). The French catalogue gives the keys and their types; the
// English one must match them.
import { type Lang, type Severity, numberOf, pluralOf } from '../../domain';
import type { FailedStep } from '../state.ts';

const plural = pluralOf('fr');
const nf = numberOf('fr');

export const frMain = {
  lang: 'fr' as Lang,
  appName: 'Maillage',
  tagline: 'Cartographie des acteurs et des partenariats d’une démarche territoriale de santé',
  loading: 'Analyse du territoire de démonstration…',
  actors: (n: number) => `${nf(n)} ${plural(n, 'acteur', 'acteurs')}`,
  links: (n: number) => `${nf(n)} ${plural(n, 'lien', 'liens')}`,
  actorsWord: (n: number) => plural(n, 'acteur', 'acteurs'),
  linksWord: (n: number) => plural(n, 'lien', 'liens'),
  shownOf: (shown: number, total: number) => `${nf(shown)} affichés sur ${nf(total)}`,
  components: (n: number) => `${nf(n)} ${plural(n, 'groupe', 'groupes')} d’acteurs reliés`,
  isolated: (n: number) => `${nf(n)} ${plural(n, 'acteur isolé', 'acteurs isolés')}`,
  importIssues: (n: number) => `${nf(n)} ${plural(n, 'remarque', 'remarques')} à l’import`,
  density: (d: number) =>
    `Densité : ${(d * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} % des liens possibles`,
  articulationCount: (points: number, bridges: number) =>
    `${nf(points)} ${plural(points, 'point', 'points')} d’articulation, ${nf(bridges)} ${plural(bridges, 'pont', 'ponts')}`,
  language: 'English',
  languageLabel: 'Switch to English',
  // Header
  demoTerritory: 'Val de Loire-Sèvre (territoire de démonstration)',
  territoryOf: (name: string) => name,
  importButton: 'Importer des fichiers',
  reportButton: (n: number) => `Rapport d’import (${nf(n)})`,
  counts: 'Effectifs du territoire',
  // Stages
  stageReading: 'Lecture des fichiers…',
  stageGraph: 'Construction du réseau…',
  stageAnalysis: 'Calcul des indicateurs (intermédiarité, proximité)…',
  ready: (actors: number, links: number) =>
    `Carte prête : ${nf(actors)} ${plural(actors, 'acteur', 'acteurs')}, ${nf(links)} ${plural(links, 'lien', 'liens')}.`,
  // A step that failed (state.ts FailedStep), with the error's own words.
  failure: (step: FailedStep, detail: string): string =>
    ({
      import: `L’import a échoué (${detail}) : la carte actuelle est conservée.`,
      open: `Le territoire n’a pas pu être ouvert (${detail}) : importez vos fichiers.`,
      draw: `La carte n’a pas pu être dessinée (${detail}) : les tableaux restent disponibles.`,
      layout: `La réorganisation de la carte a échoué (${detail}).`,
      edit: `La modification n’a pas pu être annulée ou rétablie (${detail}).`,
    })[step],
  dropHere: 'Déposez vos fichiers pour les importer',
  dropHint:
    'Acteurs et liens : CSV (séparateur ; , ou tabulation), classeurs Excel ou LibreOffice, exports Kumu, Gephi, GraphML',

  // Views
  viewMap: 'Carte',
  viewTables: 'Tableaux',
  views: 'Vue',

  // Skip links (first on the page, shown when focused)
  skipLinks: 'Accès rapide',
  skipToMap: 'Aller à la carte',
  skipToSearch: 'Aller à la recherche',
  skipToDetails: 'Aller à la fiche de l’acteur',
  skipToAnalysis: 'Aller aux analyses',
  skipToTables: 'Aller aux tableaux',

  // Side panel
  sidePanel: 'Réglages de la carte',
  display: 'Affichage',
  colourBy: 'Couleur selon',
  sizeBy: 'Taille selon',
  colourByType: 'Type d’acteur',
  colourBySector: 'Secteur (le premier cité)',
  colourByScheme: 'Dispositifs',
  colourByCommunity: 'Communauté (groupes très reliés)',
  sizeByDegree: 'Nombre de partenaires',
  sizeByBetweenness: 'Intermédiarité',
  sizeUniform: 'Taille identique',
  showLabels: 'Noms des acteurs',
  labelsAuto: 'Les principaux, sans chevauchement',
  labelsAll: 'Tous',
  labelsNone: 'Aucun',
  articulationSwitch: 'Points de fragilité : points d’articulation et ponts',
  articulationHelp:
    'Un point d’articulation est un acteur dont le départ coupe des acteurs du réseau ; un pont est un lien dont la disparition fait de même.',
  filters: 'Filtres',
  resetFilters: 'Tout afficher',
  schemesFilter: 'Dispositifs',
  noScheme: 'Aucun dispositif',
  bodyFilter: 'Instance',
  allBodies: 'Toutes les instances',
  typesFilter: 'Types d’acteurs',
  sectorsFilter: 'Secteurs',
  all: 'Tous',
  none: 'Aucun',
  // Legend
  legend: 'Légende',
  legendColour: (what: string) => `Couleur : ${what}`,
  legendShape: 'Forme : type d’acteur',
  legendColourAndShape: 'Couleur et forme : type d’acteur',
  legendRing: 'Anneau : dispositifs (un tiers chacun)',
  legendRingDetail: 'CLS en haut à droite, CLSM en bas, ASV à gauche ; blanc = non membre.',
  legendNoRing:
    'Grande carte : les dispositifs de chaque acteur sont dans sa fiche et dans les tableaux.',
  legendSize: (what: string) => `Taille : ${what.toLowerCase()}`,
  legendLinks: 'Épaisseur du trait : intensité du lien (1 à 3)',
  legendCritical: 'Bordure double rouge : point d’articulation ; trait rouge pointillé : pont',
  schemeCombination: (key: string) =>
    key === 'none'
      ? 'Aucun dispositif'
      : key === 'other'
        ? 'Autres dispositifs seulement'
        : key.split('+').join(' + '),
  community: (i: number) => `Groupe ${i + 1}`,
  otherCommunities: 'Autres petits groupes',
  unknownValue: 'Non renseigné',
  // Free columns of the files (colour, size, filter) and types kept as written
  columnsOfFiles: 'Colonnes des fichiers',
  numericColumnsOfFiles: 'Colonnes chiffrées des fichiers',
  columnNamed: (name: string) => `colonne « ${name} »`,
  columnOthers: (n: number) => `Autres valeurs (${nf(n)})`,
  numberRange: (low: number, high: number) =>
    low === high ? nf(low) : `de ${nf(low)} à ${nf(high)}`,
  legendSizeColumn: (name: string, missing: number) =>
    `Taille : colonne « ${name} »` +
    (missing > 0
      ? ` ; ${nf(missing)} ${plural(missing, 'acteur', 'acteurs')} sans valeur chiffrée : plus petite taille`
      : ''),
  typeWithWords: (label: string, words: string) => `${label} : ${words}`,
  columnFilter: 'Colonne des fichiers',
  noColumnFilter: 'Aucune',
  columnValues: (name: string) => `Valeurs de « ${name} »`,
  columnMin: 'Au moins',
  columnMax: 'Au plus',
  columnRangeHelp: (name: string) =>
    `Nombres de « ${name} » (virgule décimale : 3,5). Avec une borne, les acteurs sans nombre sont masqués.`,
  columnMoreValues: (n: number) => `${nf(n)} autres valeurs, moins fréquentes, non listées.`,

  // Map toolbar
  mapLabel: 'Carte du réseau des acteurs',
  mapDescription: (actors: number, links: number) =>
    `Carte interactive de ${nf(actors)} ${plural(actors, 'acteur', 'acteurs')} et ${nf(links)} ${plural(links, 'lien', 'liens')}. La vue Tableaux en donne l’équivalent accessible au clavier.`,
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomTools: 'Zoom de la carte et tracé des liens',
  fit: 'Voir tout',
  relayout: 'Réorganiser',
  // The layout chosen in the map's toolbar: forces, or the actors grouped by a column.
  layoutMenu: 'Disposition',
  layoutBy: 'Disposition de la carte',
  layoutByForce: 'Forces (liens)',
  layoutByGroup: {
    scheme: 'Par dispositif',
    territory: 'Par territoire',
    type: 'Par type d’acteur',
    community: 'Par communauté',
  },
  layoutByColumn: (name: string) => `Par « ${name} »`,
  legendGrouped: (by: string) => `Acteurs regroupés ${by}, chaque groupe nommé sur la carte`,
  legendGroupedBy: {
    scheme: 'par combinaison de dispositifs (CLS, CLSM, ASV)',
    territory: 'par territoire',
    type: 'par type d’acteur',
    community: 'par communauté',
  },
  legendGroupedByColumn: (name: string) => `selon la colonne « ${name} »`,
  layoutRunning: (percent: number) => `Disposition en cours… ${percent} %`,
  mapPreparing: (percent: number) =>
    `Aperçu de la carte : la carte interactive se prépare… ${percent} %`,
  cancel: 'Annuler',

  // Search
  search: 'Rechercher un acteur',
  searchPlaceholder: 'Rechercher un acteur…',
  searchNoResult: 'Aucun acteur ne correspond',
  searchResults: (n: number) => `${nf(n)} ${plural(n, 'résultat', 'résultats')}`,

  // Details
  summaryTitle: 'Le territoire en bref',
  summaryHint:
    'Cliquez sur un acteur de la carte, ou cherchez-le par son nom, pour voir ses dispositifs, ses partenaires et ses indicateurs.',
  close: 'Fermer',
  center: 'Centrer',
  focusOn: 'Voisinage seul',
  focusOff: 'Tout le réseau',
  type: 'Type',
  sectors: 'Secteurs',
  territory: 'Territoire',
  role: 'Rôle',
  person: 'Personne physique',
  yes: 'oui',
  no: 'non',
  schemesAndBodies: 'Dispositifs et instances',
  member: 'membre',
  groupsOf: (names: string[]) => `groupes de travail : ${names.join(', ')}`,
  notInAnyScheme: 'Membre d’aucun dispositif',
  partners: (n: number) => `Partenaires (${nf(n)})`,
  noPartners: 'Aucun lien : acteur isolé',
  metrics: 'Indicateurs',
  degree: 'Partenaires (degré)',
  degreeShort: 'Parte\u00adnaires',
  betweennessShort: 'Intermé\u00addiarité',
  weightedDegree: 'Intensité cumulée des liens',
  betweenness: 'Intermédiarité',
  closeness: 'Proximité',
  communityLabel: 'Communauté',
  articulationPoint: (n: number) =>
    `Point d’articulation : si cet acteur part, ${nf(n)} ${plural(n, 'acteur est coupé', 'acteurs sont coupés')} du réseau.`,
  pending: 'en cours de calcul…',
  attributes: 'Autres informations',
  sources: 'Sources',
  sourceLine: (file: string, line: number) => `${file}, ligne ${line}`,
  linkTypes: 'Nature',
  strength: 'Intensité',
  // A link's weight as its file wrote it (outside 1–3), and A→B plus B→A.
  weight: 'poids d’origine',
  reciprocal: 'réciproque',

  // Tables
  actorsTable: 'Acteurs',
  linksTable: 'Liens',
  tableFilter: 'Filtrer le tableau',
  tableFilterPlaceholder: 'Nom, type, secteur, commune…',
  name: 'Nom',
  schemes: 'Dispositifs',
  source: 'Acteur 1',
  target: 'Acteur 2',
  page: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  previous: 'Précédente',
  nextPage: 'Suivante',
  rows: (shown: number, total: number) =>
    shown === total ? `${nf(total)} lignes` : `${nf(shown)} lignes sur ${nf(total)}`,
  tableCaptionActors: 'Acteurs du territoire, triables et filtrables',
  tableCaptionLinks: 'Liens entre acteurs, triables et filtrables',

  // Report
  reportTitle: 'Rapport d’import',
  reportFiles: 'Fichiers',
  reportIssues: (n: number) => `Remarques (${nf(n)})`,
  reportNoIssue: 'Aucune remarque : tout a été lu.',
  reportDownload: 'Télécharger le rapport (CSV)',
  reportNothingRead:
    'Aucun acteur n’a pu être lu dans ces fichiers : la carte précédente est conservée. Les problèmes sont détaillés ci-dessous.',
  // Columns mapped by hand, re-reading with another encoding, help to prepare the files
  mapColumns: 'Associer les colonnes',
  mapColumnsOf: (file: string) => `Associer les colonnes de ${file}`,
  mappingTitle: 'Associer les colonnes',
  mappingIntro:
    'Pour chaque colonne, choisissez le champ qu’elle contient. Un fichier d’acteurs a besoin de la colonne des noms ; un fichier de liens, des colonnes acteur 1 et acteur 2.',
  mappingUnread: (file: string) =>
    `Maillage n’a pas trouvé la colonne des noms dans ${file} : indiquez-la ci-dessous pour importer ce fichier.`,
  mappingHeaderLine: (n: number) => `En-tête lu à la ligne ${nf(n)}.`,
  mappingColumn: 'Colonne du fichier',
  mappingSample: 'Exemples de valeurs',
  mappingField: 'Champ',
  mappingFieldOf: (header: string) => `Champ de la colonne ${header}`,
  mappingGroupActors: 'Acteurs',
  mappingGroupLinks: 'Liens',
  mappingGroupBoth: 'Acteurs et liens',
  mappingGroupOther: 'Autres choix',
  mappingAs: (role: 'actors' | 'links'): string =>
    role === 'actors'
      ? 'Ce fichier sera lu comme un fichier d’acteurs.'
      : 'Ce fichier sera lu comme un fichier de liens.',
  mappingApply: 'Appliquer et importer',
  mappingCancel: 'Annuler',
  mappingSavedApplied: (files: string) =>
    `Association de colonnes enregistrée appliquée à ${files} (mêmes en-têtes qu’un fichier déjà associé).`,
  mappingUndo: 'Annuler l’association',
  encodingOf: (file: string) => `Encodage de ${file} (relire le fichier avec un autre encodage)`,
  helpButton: 'Préparer mes fichiers',
  helpTitle: 'Préparer mes fichiers',
  helpIntro:
    'Maillage lit les tableaux que vous avez déjà : inutile de les recopier. Voici ce qu’il sait lire, et des modèles vierges si vous partez de zéro.',
  helpLayouts: 'Dispositions acceptées',
  helpLayoutList: [
    'Deux fichiers CSV, ou deux feuilles d’un classeur : les acteurs (une ligne par acteur) et les liens (une ligne par partenariat : acteur 1, acteur 2).',
    'Une seule feuille d’acteurs avec une colonne « Partenaires » : chaque nom cité fait un lien.',
    'Classeurs Excel (.xlsx, .xls) et LibreOffice (.ods) : chaque feuille est lue ; les lignes de titre au-dessus de l’en-tête sont sautées.',
    'L’extraction FINESS telle que publiée (raison sociale, catégorie, commune).',
    'Les exports d’autres outils : Kumu (JSON ou CSV), Onodo, NodeXL, Gephi (GEXF, GraphML).',
    'Séparateur ; , tabulation ou |, encodage UTF-8, Windows-1252 (Excel), ISO-8859-15, Mac-Roman ou UTF-16 : reconnus seuls (sinon, choisissez l’encodage dans le rapport d’import). Une colonne non reconnue est gardée comme attribut ; vous pouvez l’associer à la main dans le rapport d’import.',
  ],
  helpHeaders: 'En-têtes reconnus',
  helpHeadersIntro:
    'Majuscules, accents, ponctuation, petits mots (de, la, du, n°…) et pluriels « (s) » ne comptent pas : « Nom de la structure » et « NOM STRUCTURE » se valent.',
  helpActorsHeaders: 'Fichier ou feuille des acteurs',
  helpLinksHeaders: 'Fichier ou feuille des liens',
  helpFieldColumn: 'Champ',
  helpHeadersColumn: 'En-têtes reconnus',
  helpTemplates: 'Modèles vierges',
  helpTemplatesIntro:
    'Fabriqués par l’application, sans connexion. Les fichiers CSV s’ouvrent dans Excel ou LibreOffice (séparateur point-virgule, UTF-8) ; remplacez les deux lignes d’exemple par vos acteurs.',
  helpTemplateWhat: {
    'acteurs.csv': 'les acteurs',
    'liens.csv': 'les liens entre acteurs',
    'inventaire-une-feuille.csv': 'une seule feuille, avec une colonne Partenaires',
    'modele-maillage.xlsx': 'un classeur à deux feuilles : Acteurs et Liens',
  } as Record<string, string>,
  helpDownload: (name: string) => `Télécharger ${name}`,
  helpTemplateFailed: (message: string) => `Le modèle n’a pas pu être fabriqué (${message}).`,
  fileName: 'Fichier',
  fileRole: 'Contenu',
  roleActors: 'acteurs',
  roleLinks: 'liens',
  roleUnknown: 'non reconnu',
  encoding: 'Encodage',
  delimiter: 'Séparateur',
  rowsRead: 'Lignes lues',
  rowsImported: 'Lignes importées',
  line: 'Ligne',
  column: 'Colonne',
  severity: 'Gravité',
  message: 'Message',
  severities: { error: 'Erreur', warning: 'Avertissement', info: 'Information' } as Record<
    Severity,
    string
  >,
  errorCount: (n: number) => `${nf(n)} ${plural(n, 'erreur', 'erreurs')}`,
  delimiterName: (d: string | null) =>
    d === null
      ? '—'
      : d === ';'
        ? 'point-virgule (;)'
        : d === ','
          ? 'virgule (,)'
          : d === '\t'
            ? 'tabulation'
            : d === '|'
              ? 'barre verticale (|)'
              : d,
  doubtful: (n: number) => `Acteurs peut-être en double (${nf(n)})`,
  // Analysis panels (drawer under the map)
  analysisPanels: 'Analyse du réseau',
  panelCoverage: 'Qui est autour de la table ?',
  panelLinks: 'Quels liens manquent ?',
  panelArticulation: 'Comment s’articulent CLS, CLSM et ASV ?',
  closePanel: 'Fermer le panneau d’analyse',
  drawerTaller: 'Agrandir',
  drawerSmaller: 'Réduire',
  // Anonymous mode
  anonymousSwitch: 'Mode anonyme',
  anonymousSwitchHint:
    'Les personnes (habitants, professionnels, ou colonne « personne ») sont désignées par leur rôle ou leur type, sur la carte, dans les tableaux, les panneaux et les exports.',
  anonymousBadge: 'Mode anonyme',
  anonymousPerson:
    'Mode anonyme : le nom, les identifiants et les colonnes libres de cette personne sont masqués.',
  forget: 'Effacer ce territoire de ce navigateur',
  forgetHelp:
    'Le territoire, ses vues et ses réglages sont gardés dans ce navigateur (sur cet ordinateur uniquement) pour être retrouvés à la prochaine ouverture.',
  forgetConfirm: 'Oui, effacer et ouvrir la démonstration',
  notKept:
    'Ce territoire n’est PAS gardé dans ce navigateur : il refuse de l’enregistrer (stockage désactivé, navigation privée ou espace plein). À la prochaine ouverture, la démonstration reviendra à sa place. Pour retrouver votre travail, téléchargez le fichier de travail et rouvrez-le dans Maillage avec le bouton d’import.',
  notKeptShort: 'Attention : ce territoire n’est pas gardé dans ce navigateur.',
  downloadWorkspace: 'Télécharger le fichier de travail',
  // Saved views and presentation mode
  panelViews: 'Vues pour la restitution',
  viewWord: 'Vue',
  saveViewTitle: 'Enregistrer la vue actuelle',
  saveViewHelp: (lit: number) =>
    `La vue garde les filtres, les couleurs et tailles, le cadrage de la carte${lit ? ` et les ${nf(lit)} ${plural(lit, 'acteur mis', 'acteurs mis')} en évidence` : ''}.`,
  viewTitleLabel: 'Titre',
  viewCommentLabel: 'Commentaire (une phrase)',
  viewCumulative: 'Ajouter ses acteurs à ceux de la vue précédente (révélation progressive)',
  viewCumulativeTag: 'cumulative',
  saveView: 'Enregistrer la vue',
  savedViews: (n: number) => `Séquence de présentation (${nf(n)} ${plural(n, 'vue', 'vues')})`,
  noViews:
    'Aucune vue enregistrée : « Présenter » montre la carte telle qu’elle est. Réglez la carte (filtres, panneaux, cadrage) puis enregistrez-la pour construire votre séquence.',
  present: 'Présenter',
  presentFrom: 'Présenter d’ici',
  showView: 'Afficher',
  showViewNamed: (title: string) => `Afficher « ${title} »`,
  presentFromNamed: (title: string) => `Présenter à partir de « ${title} »`,
  moveUp: (title: string) => `Monter « ${title} »`,
  moveDown: (title: string) => `Descendre « ${title} »`,
  deleteView: (title: string) => `Supprimer « ${title} »`,
  presentationMode: 'Mode présentation',
  stepOf: (i: number, n: number) => `${nf(i)} / ${nf(n)}`,
  previousView: 'Vue précédente',
  nextView: 'Vue suivante',
  exitPresentation: 'Quitter la présentation (Échap)',
  legendToggle: 'Légende (L)',
  // Printable report
  printReport: 'Rapport imprimable',
  printTools: 'Impression du rapport',
  reportKicker: 'Maillage — cartographie des acteurs de la démarche territoriale de santé',
  reportDate: (d: Date) =>
    `Édité le ${d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  reportFormat: 'Format',
  reportA4: 'A4 portrait',
  reportA3: 'A3 paysage',
  reportPrint: 'Imprimer ou enregistrer en PDF',
  reportFigures: 'Chiffres clés',
  reportActors: 'Acteurs',
  reportLinks: 'Liens',
  reportGroups: 'Groupes d’acteurs reliés',
  reportIsolated: 'Acteurs isolés',
  reportDensity: 'Densité',
  reportCommunities: 'Communautés',
  reportArticulationPoints: 'Points d’articulation',
  reportBridges: 'Ponts',
  reportMap: 'La carte du réseau',
  reportDrawingMap: 'Image de la carte en cours…',
  reportFiltered: (shown: number, total: number) =>
    `Carte filtrée : ${nf(shown)} ${plural(shown, 'acteur affiché', 'acteurs affichés')} sur ${nf(total)}. Les chiffres et les tableaux portent sur tout le territoire.`,
  reportOtherSectors: 'Autres secteurs',
  reportAllMembers: 'tous les membres',
  reportMatrixCaption: 'Nombre d’acteurs de chaque secteur dans chaque instance',
  reportMatrixKey:
    'Lecture : un nombre = acteurs présents ; ✗ = secteur requis absent ; ○ = secteur recommandé absent ; · = attendu, mais un autre secteur de la même règle est présent.',
  reportGaps: 'Les manques, en clair',
  reportNoGap: 'Aucun manque : chaque instance a la composition attendue.',
  reportNoCrossRule: 'Aucune règle entre démarches vérifiée sur cet inventaire.',
  reportNothing: 'Rien à signaler.',
  reportSuggestions: 'Partenariats suggérés',
  reportCombinations: 'Acteurs par combinaison de dispositifs',
  reportNoScheme: 'Aucun dispositif',
  reportActorList: (n: number) => `Liste des acteurs (${nf(n)})`,
  reportPartners: 'Partenaires',
  reportSources: 'Fichiers sources :',
  reportMadeWith: (d: Date) =>
    `Document produit avec Maillage le ${d.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' })}, sur cet ordinateur : aucune donnée n’a quitté le poste.`,
};
