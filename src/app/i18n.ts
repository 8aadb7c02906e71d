// Every UI string, in French first and English second. Components read them through the
// catalogue of the current language; both catalogues have exactly the same keys (the
// English one is typed by the French one).
import type { Lang, Severity } from '../domain/types.ts';

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
  importButton: 'Importer des fichiers CSV',
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
  dropHere: 'Déposez vos fichiers CSV pour les importer',
  dropHint: 'Acteurs et liens, un ou plusieurs fichiers (séparateur ; , ou tabulation)',

  // Views
  viewMap: 'Carte',
  viewTables: 'Tableaux',
  views: 'Vue',

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

  // Map toolbar
  mapLabel: 'Carte du réseau des acteurs',
  mapDescription: (actors: number, links: number) =>
    `Carte interactive de ${nf(actors)} ${plural(actors, 'acteur', 'acteurs')} et ${nf(links)} ${plural(links, 'lien', 'liens')}. La vue Tableaux en donne l’équivalent accessible au clavier.`,
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Voir tout',
  relayout: 'Réorganiser',
  exportPng: 'Exporter l’image (PNG)',
  layoutRunning: (percent: number) => `Disposition en cours… ${percent} %`,
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
  // Anonymous mode
  anonymousSwitch: 'Mode anonyme',
  anonymousSwitchHint:
    'Les personnes (habitants, professionnels, ou colonne « personne ») sont désignées par leur rôle ou leur type, sur la carte, dans les tableaux, les panneaux et les exports.',
  anonymousBadge: 'Mode anonyme : les personnes sont désignées par leur rôle',
  anonymousPerson:
    'Mode anonyme : le nom, les identifiants et les colonnes libres de cette personne sont masqués.',
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
  moveUp: (title: string) => `Monter « ${title} »`,
  moveDown: (title: string) => `Descendre « ${title} »`,
  deleteView: (title: string) => `Supprimer « ${title} »`,
  presentationMode: 'Mode présentation',
  stepOf: (i: number, n: number) => `${nf(i)} / ${nf(n)}`,
  previousView: 'Vue précédente',
  nextView: 'Vue suivante',
  exitPresentation: 'Quitter la présentation (Échap)',
  // -- coverage panel (keys cov*) --
  // -- end coverage panel --
  // -- missing-links panel (keys ml*) --
  // -- end missing-links panel --
  // -- articulation panel (keys art*) --
  // -- end articulation panel --
  // -- presentation, views, exports (issue 5) --
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
  importButton: 'Import CSV files',
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
  dropHere: 'Drop your CSV files to import them',
  dropHint: 'Actors and links, one or several files (; , or tab separated)',

  viewMap: 'Map',
  viewTables: 'Tables',
  views: 'View',

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

  mapLabel: 'Map of the network of actors',
  mapDescription: (actors, links) =>
    `Interactive map of ${ne(actors)} actor${actors === 1 ? '' : 's'} and ${ne(links)} link${links === 1 ? '' : 's'}. The Tables view gives a keyboard-accessible equivalent.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit all',
  relayout: 'Re-arrange',
  exportPng: 'Export the picture (PNG)',
  layoutRunning: (percent) => `Arranging the map… ${percent}%`,
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
  anonymousSwitch: 'Anonymous mode',
  anonymousSwitchHint:
    'Persons (residents, professionals, or the “person” column) are shown by their role or type, on the map, in the tables, the panels and the exports.',
  anonymousBadge: 'Anonymous mode: persons are shown by their role',
  anonymousPerson: 'Anonymous mode: this person’s name, identifiers and free columns are hidden.',
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
  moveUp: (title) => `Move “${title}” up`,
  moveDown: (title) => `Move “${title}” down`,
  deleteView: (title) => `Delete “${title}”`,
  presentationMode: 'Presentation mode',
  stepOf: (i, n) => `${ne(i)} / ${ne(n)}`,
  previousView: 'Previous view',
  nextView: 'Next view',
  exitPresentation: 'Leave the presentation (Esc)',
  // -- coverage panel (keys cov*) --
  // -- end coverage panel --
  // -- missing-links panel (keys ml*) --
  // -- end missing-links panel --
  // -- articulation panel (keys art*) --
  // -- end articulation panel --
  // -- presentation, views, exports (issue 5) --
  // -- end presentation --
};

export const catalogues: Record<Lang, Catalogue> = { fr, en };
export type { Catalogue };
