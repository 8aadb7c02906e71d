// Actors file or links file? A file with a source and a target column holds links; else one
// with a name column holds actors; else it cannot be imported. `InputFile.role` forces it.
import type { ReferenceIndex, ColumnMapping, FileRole, Localized } from '../domain';
import { matchColumns, type ColumnMatch } from './columns.ts';
import { quotedList } from './report.ts';

export type Classification =
  | { ok: true; role: FileRole; match: ColumnMatch }
  | { ok: false; code: string; message: Localized };

function has(match: ColumnMatch, field: string): boolean {
  return match.mappings.some((m) => m.field === field);
}

/** `manual`: the columns mapped by hand (InputFile.columns), applied over the guess. */
export function classify(
  headers: readonly string[],
  index: ReferenceIndex,
  forced?: FileRole,
  manual: readonly ColumnMapping[] = [],
): Classification {
  const links = matchColumns(headers, 'links', index, manual);
  const isLinks = has(links, 'source') && has(links, 'target');
  if (forced !== 'actors' && isLinks) return { ok: true, role: 'links', match: links };
  const actors = matchColumns(headers, 'actors', index, manual);
  if (forced !== 'links' && has(actors, 'name')) return { ok: true, role: 'actors', match: actors };
  const found = quotedList(headers);
  if (forced === 'links') {
    return {
      ok: false,
      code: 'no-endpoint-columns',
      message: {
        fr: `Aucune colonne source et cible (par exemple « Source »/« Cible », « Acteur 1 »/« Acteur 2 », « De »/« Vers », « From »/« To »). Colonnes trouvées : ${found.fr}. Associez les deux colonnes des partenaires du lien dans le rapport d’import (« Associer les colonnes ») ou, en ligne de commande, avec --column "En-tête=source" et --column "En-tête=target" ; ou renommez-les.`,
        en: `No source and target columns (for example "Source"/"Target", "Actor 1"/"Actor 2", "From"/"To", "Vertex 1"/"Vertex 2"). Columns found: ${found.en}. Map the two columns that hold the partners of each link in the import report ("Map the columns") or, on the command line, with --column "Header=source" and --column "Header=target"; or rename them.`,
      },
    };
  }
  return {
    ok: false,
    code: 'no-name-column',
    message: {
      fr: `Aucune colonne de nom d’acteur (« Nom », « Structure », « Acteur », « Libellé »…) ni de colonnes source et cible de liens. Colonnes trouvées : ${found.fr}. Indiquez quelle colonne porte les noms dans le rapport d’import (« Associer les colonnes ») ou, en ligne de commande, avec --column "En-tête=name" ; ou renommez-la, par exemple en « Nom ».`,
      en: `No actor name column ("Name", "Nom", "Structure", "Label"…) and no source and target link columns. Columns found: ${found.en}. Say which column holds the names in the import report ("Map the columns") or, on the command line, with --column "Header=name"; or rename it, for example to "Name".`,
    },
  };
}
