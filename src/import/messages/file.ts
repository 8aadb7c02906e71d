// What the import report says of a whole file or sheet and of its columns, in French and
// English: the file could not be read, held nothing, was not recognised, had its header
// lower down, had no column to read its actors or links by (classify.ts), or columns the
// import keeps as free attributes or sets aside; what a links file or a partners column
// brought, and weights rescaled. Its bytes and format: sources.ts.
import { pluralEn, pluralFr, type Localized } from '../../domain';
import { quoted } from '../report.ts';

/** The file's name, then why it was refused (decode.ts, classify.ts). */
export function fileRefused(
  name: string,
  why: Localized,
  after: Localized | null = null,
): Localized {
  return {
    fr: `${name} : ${why.fr}${after ? ` ${after.fr}` : ''}`,
    en: `${name}: ${why.en}${after ? ` ${after.en}` : ''}`,
  };
}

/** Said after a refusal once the file's rows were counted. */
export const NO_ROW_IMPORTED: Localized = {
  fr: 'Aucune ligne de ce fichier n’a été importée.',
  en: 'No row of this file was imported.',
};

export function emptySheet(sheet: string): Localized {
  return {
    fr: `La feuille « ${sheet} » est vide : rien à importer.`,
    en: `Sheet "${sheet}" is empty: nothing to import.`,
  };
}

export function emptyFile(name: string): Localized {
  return {
    fr: `${name} : le fichier ne contient aucune ligne lisible.`,
    en: `${name}: the file holds no readable line.`,
  };
}

export function toolExport(tool: string): Localized {
  return {
    fr: `Fichier reconnu comme un export ${tool} : ses colonnes sont lues comme celles d’un inventaire.`,
    en: `File recognised as a ${tool} export: its columns are read like those of an inventory.`,
  };
}

/** The header found on spreadsheet row `line` (> 1): the rows above were not data. */
export function rowsBeforeHeader(line: number): Localized {
  return {
    fr: `L’en-tête est à la ligne ${line} : ${line === 2 ? 'la ligne 1 (titre, notes) n’a pas été lue comme des données' : `les lignes 1 ${line === 3 ? 'et' : 'à'} ${line - 1} (titre, notes) n’ont pas été lues comme des données`}.`,
    en: `The header is on line ${line}: ${line === 2 ? 'line 1 (title, notes) was' : `lines 1 ${line === 3 ? 'and' : 'to'} ${line - 1} (title, notes) were`} not read as data.`,
  };
}

export function repeatedColumn(header: string, first: string): Localized {
  const h = quoted(header);
  const f = quoted(first);
  return {
    fr: `La colonne ${h.fr} a le même sens que la colonne ${f.fr}, lue en premier : elle est gardée comme attribut libre.`,
    en: `Column ${h.en} means the same as column ${f.en}, which was read first: it is kept as a free attribute.`,
  };
}

export function unknownColumn(header: string): Localized {
  const h = quoted(header);
  return {
    fr: `Colonne ${h.fr} non reconnue : gardée comme attribut libre (visible dans les détails, utilisable pour la couleur, la taille et les filtres de la carte). Si elle correspond à un champ connu, associez-la dans le rapport d’import (« Associer les colonnes ») ou, en ligne de commande, avec --column "${header}=champ".`,
    en: `Column ${h.en} not recognised: kept as a free attribute (shown in the details, usable for the map's colour, size and filters). If it holds a known field, map it in the import report ("Map the columns") or, on the command line, with --column "${header}=field".`,
  };
}

export function ignoredColumn(header: string): Localized {
  const h = quoted(header);
  return {
    fr: `Colonne ${h.fr} mise de côté à la main (« Ignorer ») : elle n’est ni lue ni gardée.`,
    en: `Column ${h.en} set aside by hand ("Ignore"): it is neither read nor kept.`,
  };
}

export function unusableMapping(header: string, field: string): Localized {
  const h = quoted(header);
  const f = quoted(field);
  return {
    fr: `Colonne ${h.fr} associée à la main au champ ${f.fr}, qui n’existe pas pour ce fichier : elle est gardée comme attribut libre. Choisissez un autre champ.`,
    en: `Column ${h.en} was mapped by hand to ${f.en}, which this file does not have: it is kept as a free attribute. Choose another field.`,
  };
}

/** A file forced to links without source and target columns; `found`: its headers, quoted. */
export function noEndpointColumns(found: Localized): Localized {
  return {
    fr: `Aucune colonne source et cible (par exemple « Source »/« Cible », « Acteur 1 »/« Acteur 2 », « De »/« Vers », « From »/« To »). Colonnes trouvées : ${found.fr}. Associez les deux colonnes des partenaires du lien dans le rapport d’import (« Associer les colonnes ») ou, en ligne de commande, avec --column "En-tête=source" et --column "En-tête=target" ; ou renommez-les.`,
    en: `No source and target columns (for example "Source"/"Target", "Actor 1"/"Actor 2", "From"/"To", "Vertex 1"/"Vertex 2"). Columns found: ${found.en}. Map the two columns that hold the partners of each link in the import report ("Map the columns") or, on the command line, with --column "Header=source" and --column "Header=target"; or rename them.`,
  };
}

/** A file with neither a name column nor source and target columns. */
export function noNameColumn(found: Localized): Localized {
  return {
    fr: `Aucune colonne de nom d’acteur (« Nom », « Structure », « Acteur », « Libellé »…) ni de colonnes source et cible de liens. Colonnes trouvées : ${found.fr}. Indiquez quelle colonne porte les noms dans le rapport d’import (« Associer les colonnes ») ou, en ligne de commande, avec --column "En-tête=name" ; ou renommez-la, par exemple en « Nom ».`,
    en: `No actor name column ("Name", "Nom", "Structure", "Label"…) and no source and target link columns. Columns found: ${found.en}. Say which column holds the names in the import report ("Map the columns") or, on the command line, with --column "Header=name"; or rename it, for example to "Name".`,
  };
}

/** A file that stopped on an error the import did not foresee (index.ts). */
export function unexpectedError(file: string, detail: string): Localized {
  return {
    fr: `${file} : lecture interrompue par une erreur inattendue (${detail}). Les autres fichiers ont été importés ; signalez ce problème avec le fichier si possible.`,
    en: `${file}: reading stopped on an unexpected error (${detail}). The other files were imported; please report the problem with the file if you can.`,
  };
}

/** A header and nothing below it (rows.ts). */
export function noDataRow(name: string): Localized {
  return {
    fr: `${name} : l’en-tête a été lu mais aucune ligne de données ne le suit ; rien n’a été importé de ce fichier.`,
    en: `${name}: the header was read but no data row follows it; nothing was imported from this file.`,
  };
}

/** A links file imported alone: its names became actors (links.ts). */
export function actorsFromLinks(created: number): Localized {
  return {
    fr: `Aucun fichier d’acteurs n’a été importé : ${created} ${pluralFr(created, 'acteur a été créé', 'acteurs ont été créés')} à partir des noms de ce fichier de liens (type deviné d’après le nom, sinon « Autre »). Importez aussi un fichier d’acteurs pour préciser types, secteurs et instances.`,
    en: `No actors file was imported: ${created} ${pluralEn(created, 'actor was created', 'actors were created')} from the names in this links file (type guessed from the name, else "Other"). Import an actors file too to give types, sectors and bodies.`,
  };
}

/** The links read from an actors file's partners column (partners.ts). */
export function linksFromPartners(made: number, column: string): Localized {
  return {
    fr: `${made} ${pluralFr(made, 'lien tiré', 'liens tirés')} de la colonne ${quoted(column).fr} (un lien par partenaire nommé, la nature entre parenthèses devenant le type du lien).`,
    en: `${made} ${pluralEn(made, 'link', 'links')} read from column ${quoted(column).en} (one link per partner named, the nature in brackets becoming the link's type).`,
  };
}

/** French decimals: "0,5". */
const frNumber = (n: number): string => String(n).replace('.', ',');

/** Weights outside 1–3, kept and rescaled for the drawing (weights.ts). */
export function weightsRescaled(column: string, min: number, max: number): Localized {
  return {
    fr: `Les poids de la colonne ${quoted(column).fr} vont de ${frNumber(min)} à ${frNumber(max)}, hors de l’échelle 1–3 : chaque valeur d’origine est gardée (« poids » dans les détails du lien et les exports) et ramenée linéairement entre 1 et 3 pour l’épaisseur des liens (${frNumber(min)} → 1, ${frNumber(max)} → 3).`,
    en: `The weights of column ${quoted(column).en} range from ${min} to ${max}, outside the 1–3 scale: each original value is kept ("weight" in the link's details and the exports) and rescaled linearly between 1 and 3 for the links' thickness (${min} → 1, ${max} → 3).`,
  };
}
