// Every UI string, in French first and English second. Components read them through the
// catalogue of the current language; both catalogues have exactly the same keys (the
// English one is typed by the French one).
import type { Lang, Severity } from '../domain';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
const nf = (n: number) => n.toLocaleString('fr-FR');
const ne = (n: number) => n.toLocaleString('en-GB');

const fr = {
  lang: 'fr' as Lang,
  appName: 'Maillage',
  tagline: 'Cartographie des acteurs et des partenariats d’une démarche territoriale de santé',
  loading: 'Analyse du territoire de démonstration…',
  failed: 'L’analyse a échoué',
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
  files: 'Fichiers lus',
  language: 'English',
  languageLabel: 'Switch to English',
  placeholder: 'La carte du réseau arrive dans la prochaine version.',

  // Header
  demoTerritory: 'Val de Loire-Sèvre (territoire de démonstration)',
  territoryOf: (name: string) => name,
  importButton: 'Importer des fichiers',
  importHint: 'ou déposez-les n’importe où sur la page',
  reportButton: (n: number) => `Rapport d’import (${nf(n)})`,
  counts: 'Effectifs du territoire',
  // Stages
  stageReading: 'Lecture des fichiers…',
  stageGraph: 'Construction du réseau…',
  stageAnalysis: 'Calcul des indicateurs (intermédiarité, proximité)…',
  ready: (actors: number, links: number) =>
    `Carte prête : ${nf(actors)} ${plural(actors, 'acteur', 'acteurs')}, ${nf(links)} ${plural(links, 'lien', 'liens')}.`,
  analysisDone: 'Indicateurs calculés.',
  importEmpty:
    'Aucun acteur n’a pu être lu dans ces fichiers : la carte actuelle est conservée. Voir le rapport d’import.',
  importFailed: (message: string) =>
    `L’import a échoué (${message}) : la carte actuelle est conservée.`,
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
  articulationPending: 'Disponible dès la fin de l’analyse.',
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
  filterCount: (n: number) => `(${nf(n)})`,

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
  zoomTools: 'Zoom de la carte',
  fit: 'Voir tout',
  relayout: 'Réorganiser',
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
  details: 'Détails',
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
  identifiers: 'Identifiants',
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
  directed: 'orienté',
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
  sortBy: (column: string) => `Trier par ${column.toLowerCase()}`,
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
  reportKeptMap: 'La carte précédente est conservée.',
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
  printTitle: 'Rapport imprimable',
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
  reportNothing: 'Rien à signaler.',
  reportSuggestions: 'Partenariats suggérés',
  reportCombinations: 'Acteurs par combinaison de dispositifs',
  reportNoScheme: 'Aucun dispositif',
  reportActorList: (n: number) => `Liste des acteurs (${nf(n)})`,
  reportPartners: 'Partenaires',
  reportSources: 'Fichiers sources :',
  reportMadeWith: (d: Date) =>
    `Document produit avec Maillage le ${d.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' })}, sur cet ordinateur : aucune donnée n’a quitté le poste.`,
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
  covCrossTitle: 'Règle entre dispositifs',
  covCrossRule: 'Quand un ASV existe, son coordinateur siège au COPIL du CLSM.',
  covCrossOk: 'Respectée',
  covCrossKo: 'Non respectée',
  covCrossNone: 'Non applicable : l’inventaire n’a pas à la fois un ASV et un CLSM.',
  covCrossLight: (n: number) =>
    n === 0
      ? 'aucun coordinateur trouvé'
      : `allumer ${plural(n, 'le coordinateur', 'les coordinateurs')}`,
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
  mlIsolatedHint: 'Aucun lien avec qui que ce soit.',
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
};

type Catalogue = typeof fr;

const en: Catalogue = {
  lang: 'en',
  appName: 'Maillage',
  tagline: 'Map of the actors and partnerships of a territorial health approach',
  loading: 'Analysing the demo territory…',
  failed: 'The analysis failed',
  actors: (n) => `${ne(n)} actor${n === 1 ? '' : 's'}`,
  links: (n) => `${ne(n)} link${n === 1 ? '' : 's'}`,
  actorsWord: (n) => (n === 1 ? 'actor' : 'actors'),
  linksWord: (n) => (n === 1 ? 'link' : 'links'),
  shownOf: (shown, total) => `${ne(shown)} shown of ${ne(total)}`,
  components: (n) => `${ne(n)} connected group${n === 1 ? '' : 's'} of actors`,
  isolated: (n) => `${ne(n)} isolated actor${n === 1 ? '' : 's'}`,
  importIssues: (n) => `${ne(n)} import remark${n === 1 ? '' : 's'}`,
  density: (d) =>
    `Density: ${(d * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })}% of possible links`,
  articulationCount: (points, bridges) =>
    `${ne(points)} articulation point${points === 1 ? '' : 's'}, ${ne(bridges)} bridge${bridges === 1 ? '' : 's'}`,
  files: 'Files read',
  language: 'Français',
  languageLabel: 'Passer en français',
  placeholder: 'The network map comes in the next version.',

  demoTerritory: 'Val de Loire-Sèvre (demo territory)',
  territoryOf: (name) => name,
  importButton: 'Import files',
  importHint: 'or drop them anywhere on the page',
  reportButton: (n) => `Import report (${ne(n)})`,
  counts: 'Territory figures',
  stageReading: 'Reading the files…',
  stageGraph: 'Building the network…',
  stageAnalysis: 'Computing the indicators (betweenness, closeness)…',
  ready: (actors, links) =>
    `Map ready: ${ne(actors)} actor${actors === 1 ? '' : 's'}, ${ne(links)} link${links === 1 ? '' : 's'}.`,
  analysisDone: 'Indicators computed.',
  importEmpty:
    'No actor could be read from these files: the current map is kept. See the import report.',
  importFailed: (message) => `The import failed (${message}): the current map is kept.`,
  dropHere: 'Drop your files to import them',
  dropHint:
    'Actors and links: CSV (; , or tab separated), Excel or LibreOffice workbooks, Kumu, Gephi, GraphML exports',

  viewMap: 'Map',
  viewTables: 'Tables',
  views: 'View',

  skipLinks: 'Skip links',
  skipToMap: 'Skip to the map',
  skipToSearch: 'Skip to the search',
  skipToDetails: 'Skip to the actor’s details',
  skipToAnalysis: 'Skip to the analyses',
  skipToTables: 'Skip to the tables',

  sidePanel: 'Map settings',
  display: 'Display',
  colourBy: 'Colour by',
  sizeBy: 'Size by',
  colourByType: 'Actor type',
  colourBySector: 'Sector (the first listed)',
  colourByScheme: 'Schemes',
  colourByCommunity: 'Community (closely linked groups)',
  sizeByDegree: 'Number of partners',
  sizeByBetweenness: 'Betweenness',
  sizeUniform: 'Same size',
  showLabels: 'Names of actors',
  labelsAuto: 'The main ones, without overlap',
  labelsAll: 'All',
  labelsNone: 'None',
  articulationSwitch: 'Weak points: articulation points and bridges',
  articulationHelp:
    'An articulation point is an actor whose departure cuts actors off the network; a bridge is a link whose loss does the same.',
  articulationPending: 'Available once the analysis is done.',
  filters: 'Filters',
  resetFilters: 'Show everything',
  schemesFilter: 'Schemes',
  noScheme: 'No scheme',
  bodyFilter: 'Body',
  allBodies: 'All bodies',
  typesFilter: 'Actor types',
  sectorsFilter: 'Sectors',
  all: 'All',
  none: 'None',
  filterCount: (n) => `(${ne(n)})`,

  legend: 'Legend',
  legendColour: (what) => `Colour: ${what}`,
  legendShape: 'Shape: actor type',
  legendColourAndShape: 'Colour and shape: actor type',
  legendRing: 'Ring: schemes (one third each)',
  legendRingDetail: 'CLS top right, CLSM bottom, ASV left; white = not a member.',
  legendNoRing: 'Big map: each actor’s schemes are in its details and in the tables.',
  legendSize: (what) => `Size: ${what.toLowerCase()}`,
  legendLinks: 'Line width: strength of the link (1 to 3)',
  legendCritical: 'Double red border: articulation point; dashed red line: bridge',
  schemeCombination: (key) =>
    key === 'none'
      ? 'No scheme'
      : key === 'other'
        ? 'Other schemes only'
        : key.split('+').join(' + '),
  community: (i) => `Group ${i + 1}`,
  otherCommunities: 'Other small groups',
  unknownValue: 'Not given',
  columnsOfFiles: 'Columns of the files',
  numericColumnsOfFiles: 'Number columns of the files',
  columnNamed: (name) => `column "${name}"`,
  columnOthers: (n) => `Other values (${ne(n)})`,
  numberRange: (low, high) => (low === high ? ne(low) : `${ne(low)} to ${ne(high)}`),
  legendSizeColumn: (name, missing) =>
    `Size: column "${name}"` +
    (missing > 0
      ? `; ${ne(missing)} ${plural(missing, 'actor', 'actors')} with no number: smallest size`
      : ''),
  typeWithWords: (label, words) => `${label}: ${words}`,
  columnFilter: 'Column of the files',
  noColumnFilter: 'None',
  columnValues: (name) => `Values of "${name}"`,
  columnMin: 'At least',
  columnMax: 'At most',
  columnRangeHelp: (name) =>
    `Numbers of "${name}" (decimal comma or point: 3,5 or 3.5). With a bound, actors with no number are hidden.`,
  columnMoreValues: (n) => `${ne(n)} other, less frequent values not listed.`,

  mapLabel: 'Map of the network of actors',
  mapDescription: (actors, links) =>
    `Interactive map of ${ne(actors)} actor${actors === 1 ? '' : 's'} and ${ne(links)} link${links === 1 ? '' : 's'}. The Tables view gives a keyboard-accessible equivalent.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomTools: 'Map zoom',
  fit: 'Fit all',
  relayout: 'Re-arrange',
  layoutRunning: (percent) => `Arranging the map… ${percent}%`,
  mapPreparing: (percent) => `Map preview: the interactive map is being prepared… ${percent}%`,
  cancel: 'Cancel',

  search: 'Search an actor',
  searchPlaceholder: 'Search an actor…',
  searchNoResult: 'No actor matches',
  searchResults: (n) => `${ne(n)} result${n === 1 ? '' : 's'}`,

  details: 'Details',
  summaryTitle: 'The territory at a glance',
  summaryHint:
    'Click an actor on the map, or search it by name, to see its schemes, its partners and its indicators.',
  close: 'Close',
  center: 'Centre',
  focusOn: 'Neighbourhood only',
  focusOff: 'Whole network',
  type: 'Type',
  sectors: 'Sectors',
  territory: 'Territory',
  role: 'Role',
  person: 'Natural person',
  yes: 'yes',
  no: 'no',
  identifiers: 'Identifiers',
  schemesAndBodies: 'Schemes and bodies',
  member: 'member',
  groupsOf: (names) => `working groups: ${names.join(', ')}`,
  notInAnyScheme: 'Member of no scheme',
  partners: (n) => `Partners (${ne(n)})`,
  noPartners: 'No link: isolated actor',
  metrics: 'Indicators',
  degree: 'Partners (degree)',
  degreeShort: 'Partners',
  betweennessShort: 'Between\u00adness',
  weightedDegree: 'Total strength of links',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  communityLabel: 'Community',
  articulationPoint: (n) =>
    `Articulation point: if this actor left, ${ne(n)} actor${n === 1 ? ' would be' : 's would be'} cut off the network.`,
  pending: 'being computed…',
  attributes: 'Other information',
  sources: 'Sources',
  sourceLine: (file, line) => `${file}, line ${line}`,
  linkTypes: 'Nature',
  strength: 'Strength',
  directed: 'directed',
  weight: 'original weight',
  reciprocal: 'reciprocal',

  actorsTable: 'Actors',
  linksTable: 'Links',
  tableFilter: 'Filter the table',
  tableFilterPlaceholder: 'Name, type, sector, town…',
  name: 'Name',
  schemes: 'Schemes',
  source: 'Actor 1',
  target: 'Actor 2',
  sortBy: (column) => `Sort by ${column.toLowerCase()}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  previous: 'Previous',
  nextPage: 'Next',
  rows: (shown, total) =>
    shown === total ? `${ne(total)} rows` : `${ne(shown)} rows of ${ne(total)}`,
  tableCaptionActors: 'Actors of the territory, sortable and filterable',
  tableCaptionLinks: 'Links between actors, sortable and filterable',

  reportTitle: 'Import report',
  reportFiles: 'Files',
  reportIssues: (n) => `Remarks (${ne(n)})`,
  reportNoIssue: 'No remark: everything was read.',
  reportDownload: 'Download the report (CSV)',
  reportKeptMap: 'The previous map is kept.',
  reportNothingRead:
    'No actor could be read from these files: the previous map is kept. The problems are listed below.',
  mapColumns: 'Map columns',
  mapColumnsOf: (file) => `Map the columns of ${file}`,
  mappingTitle: 'Map columns',
  mappingIntro:
    'For each column, choose the field it holds. An actors file needs the column of names; a links file, the actor 1 and actor 2 columns.',
  mappingUnread: (file) =>
    `Maillage found no column of names in ${file}: point it out below to import this file.`,
  mappingHeaderLine: (n) => `Header read on line ${ne(n)}.`,
  mappingColumn: 'Column of the file',
  mappingSample: 'Sample values',
  mappingField: 'Field',
  mappingFieldOf: (header) => `Field of column ${header}`,
  mappingGroupActors: 'Actors',
  mappingGroupLinks: 'Links',
  mappingGroupBoth: 'Actors and links',
  mappingGroupOther: 'Other choices',
  mappingAs: (role) =>
    role === 'actors'
      ? 'This file will be read as an actors file.'
      : 'This file will be read as a links file.',
  mappingApply: 'Apply and import',
  mappingCancel: 'Cancel',
  mappingSavedApplied: (files) =>
    `Saved column mapping applied to ${files} (same headers as a file mapped before).`,
  mappingUndo: 'Undo the mapping',
  encodingOf: (file) => `Encoding of ${file} (read the file again with another encoding)`,
  helpButton: 'Prepare my files',
  helpTitle: 'Prepare my files',
  helpIntro:
    'Maillage reads the tables you already have: no need to copy them out. Here is what it reads, and blank templates if you start from scratch.',
  helpLayouts: 'Accepted layouts',
  helpLayoutList: [
    'Two CSV files, or two sheets of a workbook: the actors (one row per actor) and the links (one row per partnership: actor 1, actor 2).',
    'One sheet of actors with a "Partners" column: each name in it makes a link.',
    'Excel (.xlsx, .xls) and LibreOffice (.ods) workbooks: every sheet is read; title rows above the header are skipped.',
    'The FINESS extract as published (raison sociale, catégorie, commune).',
    'Exports of other tools: Kumu (JSON or CSV), Onodo, NodeXL, Gephi (GEXF, GraphML).',
    'Delimiter ; , tab or |, encoding UTF-8, Windows-1252 (Excel), ISO-8859-15, Mac-Roman or UTF-16: detected on their own (else, choose the encoding in the import report). A column not recognised is kept as an attribute; you can map it by hand in the import report.',
  ],
  helpHeaders: 'Recognised headers',
  helpHeadersIntro:
    'Case, accents, punctuation, small words (de, la, du, n°…) and plural marks "(s)" do not count: "Nom de la structure" and "NOM STRUCTURE" are the same.',
  helpActorsHeaders: 'Actors file or sheet',
  helpLinksHeaders: 'Links file or sheet',
  helpFieldColumn: 'Field',
  helpHeadersColumn: 'Recognised headers',
  helpTemplates: 'Blank templates',
  helpTemplatesIntro:
    'Made by the app, with no connection. The CSV files open in Excel or LibreOffice (semicolon, UTF-8); replace the two example rows with your actors.',
  helpTemplateWhat: {
    'acteurs.csv': 'the actors',
    'liens.csv': 'the links between actors',
    'inventaire-une-feuille.csv': 'one sheet, with a Partners column',
    'modele-maillage.xlsx': 'a workbook with two sheets: actors and links',
  },
  helpDownload: (name) => `Download ${name}`,
  helpTemplateFailed: (message) => `The template could not be made (${message}).`,
  fileName: 'File',
  fileRole: 'Content',
  roleActors: 'actors',
  roleLinks: 'links',
  roleUnknown: 'not recognised',
  encoding: 'Encoding',
  delimiter: 'Delimiter',
  rowsRead: 'Rows read',
  rowsImported: 'Rows imported',
  line: 'Line',
  column: 'Column',
  severity: 'Severity',
  message: 'Message',
  severities: { error: 'Error', warning: 'Warning', info: 'Information' },
  errorCount: (n: number) => `${ne(n)} ${n === 1 ? 'error' : 'errors'}`,
  delimiterName: (d) =>
    d === null
      ? '—'
      : d === ';'
        ? 'semicolon (;)'
        : d === ','
          ? 'comma (,)'
          : d === '\t'
            ? 'tab'
            : d === '|'
              ? 'vertical bar (|)'
              : d,
  doubtful: (n) => `Actors that may be duplicates (${ne(n)})`,
  // Analysis panels (drawer under the map)
  analysisPanels: 'Network analysis',
  panelCoverage: 'Who is around the table?',
  panelLinks: 'Which links are missing?',
  panelArticulation: 'How do CLS, CLSM and ASV fit together?',
  closePanel: 'Close the analysis panel',
  drawerTaller: 'Enlarge',
  drawerSmaller: 'Shrink',
  anonymousSwitch: 'Anonymous mode',
  anonymousSwitchHint:
    'Persons (residents, professionals, or the “person” column) are shown by their role or type, on the map, in the tables, the panels and the exports.',
  anonymousBadge: 'Anonymous mode',
  anonymousPerson: 'Anonymous mode: this person’s name, identifiers and free columns are hidden.',
  forget: 'Erase this territory from this browser',
  forgetHelp:
    'The territory, its views and settings are kept in this browser (on this computer only) to be found again next time.',
  forgetConfirm: 'Yes, erase it and open the demo',
  notKept:
    'This territory is NOT kept in this browser: it refuses to store it (storage disabled, private browsing or no space left). Next time, the demo will open instead. To find your work again, download the workspace file and open it again in Maillage with the import button.',
  notKeptShort: 'Warning: this territory is not kept in this browser.',
  downloadWorkspace: 'Download the workspace file',
  panelViews: 'Views for the restitution',
  viewWord: 'View',
  saveViewTitle: 'Save the current view',
  saveViewHelp: (lit) =>
    `The view keeps the filters, the colours and sizes, the framing of the map${lit ? ` and the ${ne(lit)} highlighted actor${lit === 1 ? '' : 's'}` : ''}.`,
  viewTitleLabel: 'Title',
  viewCommentLabel: 'Comment (one sentence)',
  viewCumulative: 'Add its actors to those of the previous view (progressive reveal)',
  viewCumulativeTag: 'cumulative',
  saveView: 'Save the view',
  savedViews: (n) => `Presentation sequence (${ne(n)} view${n === 1 ? '' : 's'})`,
  noViews:
    'No saved view: “Present” shows the map as it is. Set the map up (filters, panels, framing), then save it to build your sequence.',
  present: 'Present',
  presentFrom: 'Present from here',
  showView: 'Show',
  showViewNamed: (title) => `Show “${title}”`,
  presentFromNamed: (title) => `Present from “${title}”`,
  moveUp: (title) => `Move “${title}” up`,
  moveDown: (title) => `Move “${title}” down`,
  deleteView: (title) => `Delete “${title}”`,
  presentationMode: 'Presentation mode',
  stepOf: (i, n) => `${ne(i)} / ${ne(n)}`,
  previousView: 'Previous view',
  nextView: 'Next view',
  exitPresentation: 'Leave the presentation (Esc)',
  legendToggle: 'Legend (L)',
  printReport: 'Printable report',
  printTitle: 'Printable report',
  printTools: 'Printing the report',
  reportKicker: 'Maillage — map of the actors of the territorial health approach',
  reportDate: (d) =>
    `Issued on ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  reportFormat: 'Format',
  reportA4: 'A4 portrait',
  reportA3: 'A3 landscape',
  reportPrint: 'Print or save as PDF',
  reportFigures: 'Key figures',
  reportActors: 'Actors',
  reportLinks: 'Links',
  reportGroups: 'Connected groups of actors',
  reportIsolated: 'Isolated actors',
  reportDensity: 'Density',
  reportCommunities: 'Communities',
  reportArticulationPoints: 'Articulation points',
  reportBridges: 'Bridges',
  reportMap: 'The network map',
  reportDrawingMap: 'Drawing the map picture…',
  reportFiltered: (shown, total) =>
    `Filtered map: ${ne(shown)} of ${ne(total)} actors shown. The figures and tables cover the whole territory.`,
  reportOtherSectors: 'Other sectors',
  reportAllMembers: 'all members',
  reportMatrixCaption: 'Number of actors of each sector in each body',
  reportMatrixKey:
    'Key: a number = actors present; ✗ = required sector missing; ○ = recommended sector missing; · = expected, but another sector of the same rule is present.',
  reportGaps: 'The gaps, in plain words',
  reportNoGap: 'No gap: every body has the expected composition.',
  reportNothing: 'Nothing to report.',
  reportSuggestions: 'Suggested partnerships',
  reportCombinations: 'Actors per combination of schemes',
  reportNoScheme: 'No scheme',
  reportActorList: (n) => `List of actors (${ne(n)})`,
  reportPartners: 'Partners',
  reportSources: 'Source files:',
  reportMadeWith: (d) =>
    `Produced with Maillage on ${d.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}, on this computer: no data left it.`,
  // -- coverage panel (keys cov*) --
  covViews: 'What to show?',
  covViewGaps: 'Gaps',
  covViewSectors: 'Sectors × bodies',
  covViewTypes: 'Actor types × bodies',
  covViewEditor: 'Expected composition',
  covSummary: (gaps, hints, broken) =>
    `${ne(gaps)} ${plural(gaps, 'gap', 'gaps')} (${plural(gaps, 'required rule', 'required rules')}) · ${ne(hints)} ${plural(hints, 'hint', 'hints')} (${plural(hints, 'recommendation', 'recommendations')})${broken ? ` · ${ne(broken)} cross-scheme ${plural(broken, 'rule', 'rules')} not met` : ''}`,
  covEditedBadge: 'expected composition edited',
  covClickHint:
    'Click a row to light the actors concerned on the map (for a gap: the members of the body); click again to turn them off.',
  covGapsTitle: 'Gaps: required rules not met',
  covHintsTitle: 'Hints: recommendations not followed',
  covNoGaps: 'No composition gap: every required rule is met.',
  covNoHints: 'Every recommendation is followed.',
  covRequired: 'required',
  covRecommended: 'recommended',
  covMembers: (n) =>
    n === 0 ? 'body without members' : `${ne(n)} ${plural(n, 'member', 'members')} to light`,
  covCrossTitle: 'Cross-scheme rule',
  covCrossRule: 'When an ASV exists, its coordinator sits in the CLSM steering committee (COPIL).',
  covCrossOk: 'Met',
  covCrossKo: 'Not met',
  covCrossNone: 'Not applicable: the inventory does not have both an ASV and a CLSM.',
  covCrossLight: (n) =>
    n === 0 ? 'no coordinator found' : `light the ${plural(n, 'coordinator', 'coordinators')}`,
  covNoSchemes:
    'No actor belongs to a scheme (the CLS, CLSM, ASV… columns are empty): nothing to check.',
  covSectorCaption:
    'Number of actors of each sector in each body, sectors grouped by health determinant (Dahlgren and Whitehead)',
  covTypeCaption: 'Number of actors of each type in each body',
  covSector: 'Sector',
  covType: 'Actor type',
  covOtherSectors: 'Other sectors',
  covTypesGroup: 'Actor types',
  covWhole: 'All',
  covWholeLong: 'All members',
  covBodyShort: {
    copil: 'COPIL',
    cotech: 'COTECH',
    gt: 'WG',
    coordination: 'Coord.',
    pleniere: 'Plenary',
  },
  covOutsideList: 'not in the list',
  covMissing: 'missing',
  covLegend: 'Key:',
  covLegendCount: 'number of actors (click to light them)',
  covLegendGap: 'missing, required',
  covLegendHint: 'missing, recommended',
  covLegendMet: 'expected and present',
  covLegendAlt: 'expected as one of several, covered by another',
  covCellExpected: (level) =>
    level === 'required' ? 'expected (required)' : 'expected (recommended)',
  covCellAlt: 'covered by another entry of the same rule',
  covCellTitle: (row, column, n) => `${row} — ${column}: ${ne(n)} ${plural(n, 'actor', 'actors')}`,
  covAndMore: (n) => `and ${ne(n)} ${plural(n, 'other', 'others')}`,
  covRowAll: (n) => `${ne(n)} ${plural(n, 'actor', 'actors')} in the schemes`,
  covSelection: (n) => `${ne(n)} ${plural(n, 'actor', 'actors')} lit:`,
  covEditorIntro:
    'Choose a body, then say for each sector and each actor type whether it is required, recommended or not expected there. The gaps update at once; the composition is kept with the workspace.',
  covEditorBody: 'Body',
  covEditorSectors: 'Expected sectors',
  covEditorTypes: 'Expected actor types',
  covEditorCombined: '“One or the other” rules',
  covEditorCombinedHint: 'Met as soon as an actor of one of the entries is present.',
  covEditorAlsoCombined: 'also in a “one or the other” rule',
  covEditorBodyGaps: 'Gaps and hints of this body',
  covEditorBodyOk: 'Nothing is missing in this body.',
  covChoiceRequired: 'Required',
  covChoiceRecommended: 'Recommended',
  covChoiceNone: 'Not expected',
  covReset: 'Back to the reference composition',
  covReference:
    'Reference composition (art. L.1434-10 of the Public Health Code, DIV/DGS circular of 13 June 2000…).',
  covChanges: (n) =>
    `Composition edited: ${ne(n)} ${plural(n, 'change', 'changes')} from the reference.`,
  covChange: (what, where, from, to) => `${what} — ${where}: ${from} → ${to}`,
  covOr: ' or ',
  covClear: 'Turn off the lit actors',
  covSchemesShown: 'Schemes shown:',
  // -- end coverage panel --
  // -- missing-links panel (keys ml*) --
  mlIntro:
    'What the network lacks: actors without links, groups apart, sectors that never talk, and partnerships to propose. Click a row to find the actors on the map.',
  mlSummary: (isolated, groups, pairs) =>
    `${ne(isolated)} isolated ${plural(isolated, 'actor', 'actors')} · ${ne(groups)} ${plural(groups, 'group', 'groups')} cut off from the main network · ${ne(pairs)} ${plural(pairs, 'pair', 'pairs')} of sectors without a link`,
  mlIsolatedTitle: (n) => `Isolated actors (${ne(n)})`,
  mlIsolatedNone: 'No isolated actor: every actor has at least one link.',
  mlIsolatedHint: 'No link with anyone.',
  mlLightAll: (n) => `Find all ${ne(n)} on the map`,
  mlGroupsTitle: (n) => `Groups cut off from the main network (${ne(n)})`,
  mlGroupsNone: 'No group apart: all linked actors form one network.',
  mlGroup: (n, names) => `Group of ${ne(n)} actors: ${names}`,
  mlSectorsTitle: 'Sectors that do not work together',
  mlPairsTitle: (n) => `Pairs of present sectors without any link (${ne(n)})`,
  mlPairsNone: 'Every pair of present sectors is joined by at least one link.',
  mlPair: (a, b) => `No link between “${a}” and “${b}”`,
  mlPairActors: (n) => `${ne(n)} ${plural(n, 'actor', 'actors')}`,
  mlMatrixCaption: 'Number of links between the actors of two sectors',
  mlMatrixHint:
    'Hatched “0” cells: no link between the two sectors. Click a cell to find the actors concerned.',
  mlMatrixCorner: 'Sector',
  mlCell: (a, b, n) =>
    n === 0
      ? `${a} and ${b}: no link, find the actors of both sectors`
      : `${a} and ${b}: ${ne(n)} ${plural(n, 'link', 'links')}, find the actors of these links`,
  mlSuggestTitle: (n) => `Suggested partnerships (${ne(n)})`,
  mlSuggestIntro:
    'Ranked by score: common partners (a partner with few links counts more), shared bodies and working groups, same territory.',
  mlSuggestNone: 'No partnership to suggest.',
  mlRank: 'Rank',
  mlPairColumn: 'Actors to bring together',
  mlScore: 'Score',
  mlReasons: 'Why',
  mlOnMap: 'On the map',
  mlOnMapLabel: (a, b) => `Show the suggested link between ${a} and ${b} on the map`,
  mlOnMapShort: 'show',
  mlTopCount: 'Number of suggestions',
  mlShowTop: (n) => `Show the first ${ne(n)} on the map`,
  mlClearSuggested: 'Remove from the map',
  mlShownCount: (n) =>
    n === 0
      ? 'No suggested link on the map.'
      : `${ne(n)} suggested ${plural(n, 'link', 'links')} dashed on the map.`,
  mlScoreValue: (s) =>
    s.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  mlShowAll: (n) => `Show all (${ne(n)})`,
  mlShowLess: 'Show fewer',
  // -- end missing-links panel --
  // -- articulation panel (keys art*) --
  artIntro:
    'Who sits in several schemes, how their members talk to each other, and where the network hangs on one actor or one link. Click a row to find the actors on the map.',
  artSummary: (multi, cross, points, bridges) =>
    `${ne(multi)} ${plural(multi, 'actor', 'actors')} in several schemes · ${ne(cross)} ${plural(cross, 'link', 'links')} across schemes · ${ne(points)} ${plural(points, 'actor', 'actors')} and ${ne(bridges)} ${plural(bridges, 'link', 'links')} the network depends on`,
  artCombTitle: 'Actors per combination of schemes',
  artCombCaption:
    'Number of actors who are members of exactly each combination of schemes (● member, ○ not a member)',
  artCombination: 'Combination',
  artActors: 'Actors',
  artMember: 'member',
  artNotMember: 'not a member',
  artOnly: (label) => `${label} only`,
  artSchemeTotal: (n) => `${ne(n)} in all`,
  artOutside: (n) => `${ne(n)} ${plural(n, 'actor is', 'actors are')} not a member of any scheme.`,
  artNoScheme: 'No actor belongs to a scheme in this inventory.',
  artMultiTitle: (n) => `Actors in several schemes (${ne(n)})`,
  artMultiNone: 'No actor is a member of two schemes or more.',
  artActor: 'Actor',
  artSchemes: 'Schemes',
  artSchemeCount: 'Number',
  artCrossTitle: (n) => `Links between members of different schemes (${ne(n)})`,
  artCrossIntro: 'Links between two actors who have no scheme in common.',
  artCrossNone: 'No link between members of different schemes.',
  artCrossPair: (a, b, n) => `${a} ↔ ${b}: ${ne(n)} ${plural(n, 'link', 'links')}`,
  artCrossLinks: 'See the links',
  artPointsTitle: (n) => `Actors whose withdrawal would split the network (${ne(n)})`,
  artPointsNone:
    'No actor is indispensable on their own: the network stays connected if any one withdraws.',
  artWhatIf: 'What if…?',
  artWhatIfOf: (name) => `What if “${name}” withdrew? (on the map)`,
  artBridgesTitle: (n) => `Links whose loss would split the network (${ne(n)})`,
  artBridgesNone: 'No link is indispensable on its own.',
  // -- end articulation panel --
  // -- presentation, views, exports (issue 5) --
  // Export menu (ExportMenu.tsx)
  exportMenu: 'Export',
  exportMenuLabel: 'Export the map and the data',
  exportImage: 'Picture of the map, with its legend',
  exportBackground: 'Background',
  exportWhite: 'white',
  exportTransparent: 'transparent',
  exportPngAt: (scale) => `PNG ${scale}×`,
  exportSvg: 'SVG',
  exportGraphFiles: 'Network for Gephi or yEd',
  exportGexf: 'GEXF',
  exportGraphml: 'GraphML',
  exportData: 'Data',
  exportWorkspace: 'Workspace (JSON)',
  exportActorsCsv: 'Actors CSV',
  exportLinksCsv: 'Links CSV',
  exportAnonymousNote:
    'Anonymous mode: in every file, persons appear by their role or type, never by their name.',
  exportDate: (d) =>
    `Map of ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  exportWorking: 'Preparing the file…',
  exportDone: (name) => `File "${name}" downloaded.`,
  exportFailed: (message) => `The export failed: ${message}`,
  exportNoMap: 'the map is not drawn yet',
  // -- end presentation --
};

export const catalogues: Record<Lang, Catalogue> = { fr, en };
export type { Catalogue };
