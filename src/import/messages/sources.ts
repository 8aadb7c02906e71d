// What the import report says of a file's bytes and format, in French and English: a file
// that is not a CSV (decode.ts), the encoding guessed or repaired (encoding-checks.ts), a
// workbook, JSON, Kumu or graph file read as another tool's export or that cannot be read
// (workbook.ts, expand.ts, kumu.ts, graph-file.ts), a FINESS extract (finess.ts). What is
// said of a file's header and columns is in file.ts.
import { type Localized, pluralEn, pluralFr } from '../../domain';

// ------------------------------------------------------------- not a text file (decode.ts)

const EXPORT_HINT: Localized = {
  fr: 'Ouvrez-le dans votre tableur puis « Enregistrer sous » › « CSV UTF-8 (délimité par des virgules) » ou « CSV (séparateur : point-virgule) », une feuille par fichier.',
  en: 'Open it in your spreadsheet and use "Save as" › "CSV UTF-8 (comma delimited)" or "CSV (semicolon separated)", one sheet per file.',
};

/** Why the bytes are not a CSV, then how to make one. */
function notCsv(fr: string, en: string): Localized {
  return { fr: `${fr} ${EXPORT_HINT.fr}`, en: `${en} ${EXPORT_HINT.en}` };
}

export const NOT_CSV = {
  ods: notCsv(
    'Ce fichier est un classeur LibreOffice/OpenOffice (.ods), pas un fichier CSV.',
    'This file is a LibreOffice/OpenOffice workbook (.ods), not a CSV file.',
  ),
  xlsx: notCsv(
    'Ce fichier est un classeur Excel (.xlsx) ou une archive compressée, pas un fichier CSV.',
    'This file is an Excel workbook (.xlsx) or a compressed archive, not a CSV file.',
  ),
  xls: notCsv(
    'Ce fichier est un classeur Excel 97-2003 (.xls), pas un fichier CSV.',
    'This file is an Excel 97-2003 workbook (.xls), not a CSV file.',
  ),
  pdf: notCsv(
    'Ce fichier est un PDF, pas un fichier CSV : l’import ne lit que des tableaux en CSV.',
    'This file is a PDF, not a CSV file: the import reads only tables saved as CSV.',
  ),
  binary: notCsv(
    'Ce fichier n’est pas un fichier texte (il contient des octets binaires) : ce n’est pas un CSV, même si son nom se termine par .csv.',
    'This file is not a text file (it holds binary bytes): it is not a CSV, even if its name ends in .csv.',
  ),
  brokenUtf16: notCsv(
    'Ce fichier commence comme un texte UTF-16 (« Texte Unicode » d’Excel) mais contient des octets invalides : il est peut-être tronqué ou n’est pas un fichier texte.',
    'This file starts as UTF-16 text (Excel "Unicode Text") but holds invalid bytes: it may be truncated or not a text file.',
  ),
  utf16Signs: notCsv(
    'Ce fichier n’est pas un fichier texte (lu en UTF-16, il ne donne que des signes sans rapport avec un tableau) : ce n’est pas un CSV, même si son nom se termine par .csv.',
    'This file is not a text file (read as UTF-16 it gives only signs unrelated to a table): it is not a CSV, even if its name ends in .csv.',
  ),
} as const satisfies Record<string, Localized>;

export const EMPTY_TEXT_FILE: Localized = {
  fr: 'Le fichier est vide : il ne contient ni en-tête ni ligne. Vérifiez que vous avez choisi le bon fichier et que l’export s’est bien terminé.',
  en: 'The file is empty: it holds neither a header nor a row. Check that you chose the right file and that the export finished.',
};

// ------------------------------------------------- the encoding (decode.ts, encoding-checks.ts)

/** Why an encoding other than UTF-8 and Windows-1252 was chosen, or why it is in doubt. */
export const ENCODING_GUESS = {
  macRoman: {
    fr: 'ses accents sont là où les place Mac-Roman, l’encodage des anciens Mac',
    en: 'its accents are where Mac-Roman, the encoding of old Macs, puts them',
  },
  latin9: {
    fr: 'un « œ » ou « Œ » dans un mot, que Windows-1252 lirait « ½ » ou « ¼ »',
    en: 'an "œ" or "Œ" inside a word, which Windows-1252 would read "½" or "¼"',
  },
  latin9Doubt: {
    fr: 'ce n’est pas de l’UTF-8 ; certains caractères (¤ ¦ ¨ ´ ¸ ¼ ½ ¾) seraient € Š š Ž ž Œ œ Ÿ en ISO-8859-15',
    en: 'it is not UTF-8; some characters (¤ ¦ ¨ ´ ¸ ¼ ½ ¾) would be € Š š Ž ž Œ œ Ÿ in ISO-8859-15',
  },
} as const satisfies Record<string, Localized>;

/** Line `line` of a UTF-8 file read in `fallback`; `text`: the line as read, quoted. */
export function rowEncoding(line: number, fallback: string, text: Localized): Localized {
  return {
    fr: `Ligne ${line} : le fichier est en UTF-8 mais cette ligne ne l’est pas ; elle a été lue en ${fallback} : ${text.fr}. Vérifiez ses accents.`,
    en: `Line ${line}: the file is UTF-8 but this line is not; it was read as ${fallback}: ${text.en}. Check its accents.`,
  };
}

/** The file read in `encoding` (its name) for reason `why`; `shown`: a line as read, quoted. */
export function encodingGuessed(encoding: string, why: Localized, shown: Localized): Localized {
  return {
    fr: `Fichier lu en ${encoding} (${why.fr}). Exemple de ligne lue : ${shown.fr}. Si les accents sont faux, relisez le fichier avec un autre encodage.`,
    en: `File read as ${encoding} (${why.en}). Example of a line as read: ${shown.en}. If the accents are wrong, read the file again with another encoding.`,
  };
}

/** `sequence` ("Ã©") found on line `line`. */
export function mojibake(line: number, sequence: string): Localized {
  return {
    fr: `Ligne ${line} : « ${sequence} » est le signe d’accents abîmés (un fichier UTF-8 relu en Windows-1252 puis enregistré). La valeur est gardée telle quelle ; corrigez-la dans le fichier d’origine.`,
    en: `Line ${line}: "${sequence}" is the sign of broken accents (a UTF-8 file read as Windows-1252 and saved). The value is kept as it is; correct it in the source file.`,
  };
}

// ------------------------------------------------- workbooks and other tools' files read

export function hiddenSheet(sheet: string): Localized {
  return {
    fr: `La feuille « ${sheet} » est masquée dans le classeur : elle a été lue comme les autres.`,
    en: `Sheet "${sheet}" is hidden in the workbook: it was read like the others.`,
  };
}

/** `tool`: GEXF (Gephi) or GraphML; `nodes` read as actors, `links` as links. */
export function graphRecognised(tool: string, nodes: number, links: number): Localized {
  return {
    fr: `Fichier reconnu comme un graphe ${tool} : ${nodes} ${pluralFr(nodes, 'nœud lu', 'nœuds lus')} comme acteurs, ${links} ${pluralFr(links, 'lien', 'liens')}. Les couleurs, tailles et positions du fichier ne sont pas reprises (la carte dessine les siennes). Les lignes du rapport sont les numéros des nœuds et des liens dans le fichier.`,
    en: `File recognised as a ${tool} graph: ${nodes} ${pluralEn(nodes, 'node', 'nodes')} read as actors, ${links} ${pluralEn(links, 'link', 'links')}. The file's colours, sizes and positions are not used (the map draws its own). The report's lines are the numbers of the nodes and links in the file.`,
  };
}

export function kumuRecognised(elements: number, connections: number): Localized {
  return {
    fr: `Fichier reconnu comme un export JSON de Kumu : ${elements} ${pluralFr(elements, 'élément lu', 'éléments lus')} comme acteurs, ${connections} ${pluralFr(connections, 'connexion', 'connexions')} comme liens. Les lignes du rapport sont les numéros des éléments et des connexions dans le fichier.`,
    en: `File recognised as a Kumu JSON export: ${elements} ${pluralEn(elements, 'element', 'elements')} read as actors, ${connections} ${pluralEn(connections, 'connection', 'connections')} as links. The report's lines are the numbers of the elements and connections in the file.`,
  };
}

// ------------------------------------------------------------ a FINESS extract (finess.ts)

export function finessUnterminatedQuote(line: number): Localized {
  return {
    fr: `Ligne ${line} : un guillemet (") ouvre une cellule sans se refermer ; la ligne n’a pas été lue.`,
    en: `Line ${line}: a quote (") opens a cell and is never closed; the row was not read.`,
  };
}

export function finessExtract(count: number): Localized {
  return {
    fr: `Fichier reconnu comme un extrait FINESS des établissements (data.gouv.fr) : ${count} ${pluralFr(count, 'établissement lu', 'établissements lus')} comme acteurs (numéro FINESS, raison sociale, SIRET, commune ; la catégorie donne le type d’acteur et reste en attribut « Catégorie FINESS »).`,
    en: `File recognised as a FINESS extract of establishments (data.gouv.fr): ${count} ${pluralEn(count, 'establishment', 'establishments')} read as actors (FINESS number, name, SIRET, commune; the category gives the actor type and stays as the "Catégorie FINESS" attribute).`,
  };
}

export function finessGeolocation(geoRows: number, located: number): Localized {
  return {
    fr: `${geoRows} ${pluralFr(geoRows, 'ligne « geolocalisation » lue', 'lignes « geolocalisation » lues')} : ce ne sont pas des acteurs ; les coordonnées de ${located} ${pluralFr(located, 'établissement', 'établissements')} sont gardées en attributs (« Coordonnée X », « Coordonnée Y », dans le système de projection indiqué par « Source des coordonnées »).`,
    en: `${geoRows} "geolocalisation" ${pluralEn(geoRows, 'row', 'rows')} read: they are not actors; the coordinates of ${located} ${pluralEn(located, 'establishment', 'establishments')} are kept as attributes ("Coordonnée X", "Coordonnée Y", in the projection named by "Source des coordonnées").`,
  };
}

export function finessCategoriesUnknown(list: Localized): Localized {
  return {
    fr: `Catégories FINESS sans type d’acteur connu : ${list.fr}. Le type de ces établissements est deviné d’après leur nom ; la catégorie reste en attribut.`,
    en: `FINESS categories without a known actor type: ${list.en}. The type of these establishments is guessed from their name; the category stays as an attribute.`,
  };
}

export function finessRowsUnknown(count: number, lines: string): Localized {
  return {
    fr: `${count} ${pluralFr(count, 'ligne ne commence', 'lignes ne commencent')} ni par « structureet » ni par « geolocalisation » (lignes ${lines}) : elles n’ont pas été lues.`,
    en: `${count} ${pluralEn(count, 'row starts', 'rows start')} with neither "structureet" nor "geolocalisation" (lines ${lines}): they were not read.`,
  };
}

// ------------------------------------------ workbooks, JSON, Kumu and graph files unread

export function workbookProtected(name: string): Localized {
  return {
    fr: `${name} : le classeur est protégé par un mot de passe et ne peut pas être lu. Enregistrez-le sans mot de passe (Fichier › Informations › Protéger le classeur) ou exportez ses feuilles en CSV, puis importez-le à nouveau.`,
    en: `${name}: the workbook is password-protected and cannot be read. Save it without a password or export its sheets as CSV, then import it again.`,
  };
}

/** `detail`: the reader's own error. */
export function workbookUnreadable(name: string, detail: string): Localized {
  return {
    fr: `${name} : ce classeur (Excel ou LibreOffice) est illisible ou endommagé (${detail}). Ouvrez-le dans votre tableur et enregistrez-le à nouveau, ou exportez ses feuilles en CSV.`,
    en: `${name}: this workbook (Excel or LibreOffice) is unreadable or damaged (${detail}). Open it in your spreadsheet and save it again, or export its sheets as CSV.`,
  };
}

export function jsonUnreadable(name: string, detail: string): Localized {
  return {
    fr: `${name} : fichier JSON mal formé (${detail}). Exportez-le à nouveau depuis l’outil d’origine.`,
    en: `${name}: malformed JSON file (${detail}). Export it again from the tool it comes from.`,
  };
}

export function jsonUnknown(name: string): Localized {
  return {
    fr: `${name} : ce fichier JSON n’est ni un export de Kumu (« elements », « connections ») ni un espace de travail Maillage.`,
    en: `${name}: this JSON file is neither a Kumu export ("elements", "connections") nor a Maillage workspace.`,
  };
}

export function kumuEmpty(name: string): Localized {
  return {
    fr: `${name} : export Kumu sans élément ni connexion.`,
    en: `${name}: Kumu export with no element and no connection.`,
  };
}

/** `kind`: GEXF or GraphML; `detail`: the XML parser's first line. */
export function graphFileUnreadable(name: string, kind: string, detail: string): Localized {
  return {
    fr: `${name} : fichier ${kind} illisible (XML mal formé ou incomplet : ${detail}). Exportez-le à nouveau depuis Gephi ou l’outil d’origine.`,
    en: `${name}: unreadable ${kind} file (malformed or incomplete XML: ${detail}). Export it again from Gephi or the tool it comes from.`,
  };
}
