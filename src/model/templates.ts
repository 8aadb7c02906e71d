// Blank inventories to fill in, made on the spot (no network): an actors file and a links
// file, a one-sheet inventory whose links are a "Partenaires" column, and a workbook with
// the actors and links on two sheets. Their headers are the ones the exports write, so what
// the coordinator fills in is read back as it was meant.
import { csvText } from '../domain';

export interface Template {
  /** The file name offered for the download. */
  name: string;
  rows: string[][];
}

const ACTOR_HEADERS = [
  'Identifiant',
  'Nom de la structure',
  "Type d'acteur",
  "Secteur(s) d'intervention",
  'Territoire',
  'CLS',
  'CLSM',
  'ASV',
  'Rôle',
  'Personne physique',
  'N° FINESS',
  'SIRET',
];

const ACTOR_EXAMPLES = [
  [
    'mairie',
    'Mairie de Exempleville',
    'Commune',
    'Social, Urbanisme',
    'Exempleville',
    'COPIL',
    'COPIL',
    '',
    'Porteur du CLS',
    'non',
    '',
    '',
  ],
  [
    'ch',
    'Centre hospitalier de Exempleville',
    'Hôpital',
    'Soins, Santé mentale',
    'Exempleville',
    'COTECH',
    'Plénière',
    '',
    '',
    'non',
    '',
    '',
  ],
];

const LINK_HEADERS = ['Acteur 1', 'Acteur 2', 'Nature du lien', 'Intensité', 'Dispositif'];

const LINK_EXAMPLES = [
  ['Mairie de Exempleville', 'Centre hospitalier de Exempleville', 'Convention', '3', 'CLS'],
  ['Centre hospitalier de Exempleville', 'Mairie de Exempleville', 'Coordination', '2', 'CLSM'],
];

export const ACTORS_TEMPLATE: Template = {
  name: 'acteurs.csv',
  rows: [ACTOR_HEADERS, ...ACTOR_EXAMPLES],
};

export const LINKS_TEMPLATE: Template = {
  name: 'liens.csv',
  rows: [LINK_HEADERS, ...LINK_EXAMPLES],
};

/** Actors with their partners in one column: each name in it is a link. */
export const ONE_SHEET_TEMPLATE: Template = {
  name: 'inventaire-une-feuille.csv',
  rows: [
    [
      'Nom de la structure',
      "Type d'acteur",
      "Secteur(s) d'intervention",
      'Territoire',
      'CLS',
      'Partenaires',
    ],
    [
      'Mairie de Exempleville',
      'Commune',
      'Social',
      'Exempleville',
      'COPIL',
      'Centre hospitalier de Exempleville',
    ],
    [
      'Centre hospitalier de Exempleville',
      'Hôpital',
      'Soins',
      'Exempleville',
      'COTECH',
      'Mairie de Exempleville',
    ],
  ],
};

export const CSV_TEMPLATES: readonly Template[] = [
  ACTORS_TEMPLATE,
  LINKS_TEMPLATE,
  ONE_SHEET_TEMPLATE,
];

/** The workbook template's name and its sheets (actors, links). */
export const WORKBOOK_TEMPLATE = {
  name: 'modele-maillage.xlsx',
  sheets: [
    { sheet: 'Acteurs', rows: ACTORS_TEMPLATE.rows },
    { sheet: 'Liens', rows: LINKS_TEMPLATE.rows },
  ],
} as const;

/** A CSV template's text: `;`, CRLF, UTF-8 with a BOM (what Excel in French opens right). */
export function templateCsv(template: Template): string {
  return csvText(template.rows);
}

/** The workbook template's bytes; SheetJS is loaded only now (it is large). */
export async function templateWorkbook(): Promise<Uint8Array<ArrayBuffer>> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  for (const { sheet, rows } of WORKBOOK_TEMPLATE.sheets) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), sheet);
  }
  const out = XLSX.write(book, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  }) as ArrayBuffer;
  return new Uint8Array(out);
}
