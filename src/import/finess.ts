// The FINESS extract of establishments as data.gouv.fr publishes it ("FINESS Extraction du
// Fichier des établissements"): no header, a first line `finess;etalab;<n>;<date>`, then
// `structureet;…` rows (one establishment each, 32 fields) and `geolocalisation;…` rows
// (coordinates of an establishment). The rows become a table with headers the import knows:
// the establishment's FINESS, its name, SIRET, commune, and an actor type read from its
// category (data/finess-categories.json); the other useful fields are kept as attributes.
import finessCategories from '../../data/finess-categories.json';
import type { ImportIssue } from '../domain';
import {
  finessCategoriesUnknown,
  finessExtract,
  finessGeolocation,
  finessRowsUnknown,
  finessUnterminatedQuote,
} from './messages/sources.ts';
import { parseCsv } from './parse.ts';
import { error, info, quotedList, warning } from './report.ts';
import type { TableRecord } from './source.ts';

const CATEGORIES = (
  finessCategories as { categories: Record<string, { type: string; label: string }> }
).categories;

/** The actor type of a FINESS category code ("355" → etablissement-sante), as the `cat`
 * column of DREES/SAE files holds it. */
export function finessCategoryType(code: string): string | undefined {
  return /^\d{3}$/.test(code) ? CATEGORIES[code]?.type : undefined;
}

/** Fields of a `structureet` row, in the published order (index 0 is `structureet`). */
const F = {
  nofinesset: 1,
  nofinessej: 2,
  rs: 3,
  rslongue: 4,
  numvoie: 7,
  typvoie: 8,
  voie: 9,
  lieuditbp: 11,
  commune: 12,
  departement: 13,
  libdepartement: 14,
  ligneacheminement: 15,
  telephone: 16,
  categetab: 18,
  libcategetab: 19,
  siret: 22,
} as const;

/** Fields of a `geolocalisation` row: FINESS, x, y (in the system the source names). */
const G = { nofinesset: 1, x: 2, y: 3, source: 4 } as const;

/** Headers of the table: the first six are recognised by data/columns.json. The FINESS
 * number is also the actor's id: homonymous establishments stay apart. */
export const FINESS_HEADERS = [
  'Id',
  'FINESS',
  'Nom',
  'SIRET',
  'Commune',
  'Type',
  'Catégorie FINESS',
  'FINESS EJ',
  'Département',
  'Code commune',
  'Adresse',
  'Téléphone',
  'Coordonnée X',
  'Coordonnée Y',
  'Source des coordonnées',
];

/** The extract's first line, or nothing: `finess;etalab;…`. */
export function isFinessExtract(text: string): boolean {
  return /^\ufeff?finess;etalab;/i.test(text.slice(0, 20));
}

/** "75013 PARIS CEDEX 13" → "PARIS"; "2A004 AJACCIO" keeps the name. */
function communeOf(ligne: string): string {
  return ligne
    .replace(/^\s*\d[0-9AB]\d{3}\s+/i, '')
    .replace(/\s+CEDEX(\s+\d+)?\s*$/i, '')
    .trim();
}

/**
 * The table of an extract: a header record on line 1, then one record per `structureet` row
 * (its line in the file), with the coordinates of its `geolocalisation` row when there is one.
 */
export function finessTable(
  text: string,
  file: string,
): { records: TableRecord[]; notes: ImportIssue[] } {
  const notes: ImportIssue[] = [];
  const rows: TableRecord[] = [];
  const geo = new Map<string, string[]>();
  const others: number[] = [];
  let geoRows = 0;
  parseCsv(text, ';', {
    onRecord: ({ line, cells }) => {
      const kind = cells[0]!.trim().toLowerCase();
      if (line === 1 && kind === 'finess') return;
      if (kind === 'structureet') rows.push({ line, cells });
      else if (kind === 'geolocalisation') {
        geoRows++;
        geo.set(cells[G.nofinesset]?.trim() ?? '', cells);
      } else others.push(line);
    },
    onQuoteError: (e) => {
      notes.push(
        error({ file, line: e.line }, 'unterminated-quote', finessUnterminatedQuote(e.line)),
      );
    },
  });

  const unknownCategories = new Map<string, string>();
  let located = 0;
  const records: TableRecord[] = [{ line: 1, cells: FINESS_HEADERS }];
  for (const { line, cells } of rows) {
    const at = (i: number) => cells[i]?.trim() ?? '';
    const finess = at(F.nofinesset);
    const code = at(F.categetab);
    const category = CATEGORIES[code];
    if (!category && code !== '') unknownCategories.set(code, at(F.libcategetab));
    const g = geo.get(finess);
    if (g) located++;
    const address = [
      [at(F.numvoie), at(F.typvoie), at(F.voie)].filter(Boolean).join(' '),
      at(F.lieuditbp),
      at(F.ligneacheminement),
    ]
      .filter(Boolean)
      .join(', ');
    records.push({
      line,
      cells: [
        finess,
        finess,
        at(F.rslongue) || at(F.rs),
        at(F.siret),
        communeOf(at(F.ligneacheminement)),
        category?.type ?? '',
        code === '' ? '' : `${code} ${at(F.libcategetab) || category?.label || ''}`.trim(),
        at(F.nofinessej),
        [at(F.departement), at(F.libdepartement)].filter(Boolean).join(' '),
        at(F.commune),
        address,
        at(F.telephone),
        g?.[G.x]?.trim() ?? '',
        g?.[G.y]?.trim() ?? '',
        g?.[G.source]?.trim() ?? '',
      ],
    });
  }

  notes.push(info({ file }, 'finess-extract', finessExtract(rows.length)));
  if (geoRows > 0) {
    notes.push(info({ file }, 'finess-geolocation', finessGeolocation(geoRows, located)));
  }
  if (unknownCategories.size > 0) {
    const list = quotedList([...unknownCategories].map(([c, l]) => `${c} ${l}`.trim()));
    notes.push(info({ file }, 'finess-category-unknown', finessCategoriesUnknown(list)));
  }
  if (others.length > 0) {
    const lines = others.slice(0, 10).join(', ') + (others.length > 10 ? ', …' : '');
    notes.push(
      warning(
        { file, line: others[0]! },
        'finess-row-unknown',
        finessRowsUnknown(others.length, lines),
      ),
    );
  }
  return { records, notes };
}
