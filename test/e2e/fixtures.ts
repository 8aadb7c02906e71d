// Fixture inventories for the end-to-end tests, written at run time into a temporary
// folder: a Windows-1252 file as Excel writes it in French locale (bytes from the import
// tests' encoder: Node's TextEncoder only does UTF-8), broken files, and names that are
// HTML/script payloads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cp1252 as encodeWindows1252, workbook } from '../import/helpers.ts';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

/** A small territory in Windows-1252, `;`, CRLF: 6 actors, 6 link rows (5 distinct pairs). */
export const CP1252_ACTORS = crlf([
  'Nom de la structure;Type d’acteur;Secteur(s);Commune;CLS;CLSM;ASV',
  'Mairie de Sèvremont;Commune;Santé, Social;Sèvremont;COPIL;COPIL;x',
  'Centre hospitalier d’Égletons;Hôpital;Soins, Santé mentale;Égletons;COPIL, COTECH;Plénière;',
  'Association « Les Français d’à côté »;Association;Citoyenneté;Sèvremont;;;GT',
  'Maison de santé Çà et là;MSP;Soins, Prévention;Égletons;GT;;',
  'Œuvre de l’Élan — accueil;Association;Social;Sèvremont;;x;COPIL',
  'Bailleur Hôtel-Dieu & Cie;Bailleur social;Logement;Égletons;GT;;',
]);

export const CP1252_LINKS = crlf([
  'Acteur 1;Acteur 2;Nature du lien;Intensité',
  'Mairie de Sèvremont;Centre hospitalier d’Égletons;Convention;3',
  'Mairie de Sèvremont;Association « Les Français d’à côté »;Cofinancement;2',
  'Centre hospitalier d’Égletons;Maison de santé Çà et là;Coordination;2',
  'Maison de santé Çà et là;Centre hospitalier d’Égletons;Échange d’information;1',
  'Œuvre de l’Élan — accueil;Mairie de Sèvremont;Orientation;1',
  'Bailleur Hôtel-Dieu & Cie;Mairie de Sèvremont;Convention;2',
]);

export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=2;alert(1)</script>',
  '"><svg onload="window.__xss=3;alert(1)">',
  'javascript:window.__xss=4//<a href=javascript:alert(1)>lien</a>',
];

/** A CSV field, quoted when it holds a separator or a quote. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const XSS_ACTORS = crlf([
  'Nom;Type;Secteurs;Commune;CLS;Remarques',
  ...PAYLOADS.map((name, i) =>
    [name, 'Association', 'Social', `Commune ${i + 1}`, 'x', PAYLOADS[(i + 1) % 4] as string]
      .map(field)
      .join(';'),
  ),
  'Mairie de Test;Commune;Social;Testville;COPIL;',
]);

export const XSS_LINKS = crlf([
  'Acteur 1;Acteur 2;Nature du lien',
  ...PAYLOADS.map((name) => [name, 'Mairie de Test', 'Convention'].map(field).join(';')),
  // An unknown endpoint: the report quotes the payload back.
  ['<b onmouseover="window.__xss=5">inconnu</b>', 'Mairie de Test', 'Informel']
    .map(field)
    .join(';'),
]);

export interface Fixtures {
  dir: string;
  cp1252Actors: string;
  cp1252Links: string;
  empty: string;
  noName: string;
  binary: string;
  xssActors: string;
  xssLinks: string;
  /** A workbook: a title row above the header of its actors sheet, and a links sheet. */
  workbook: string;
}

/** The workbook of `Fixtures.workbook`: 3 actors, 2 links. */
export function workbookBytes(): Uint8Array {
  return workbook([
    {
      name: 'Acteurs',
      rows: [
        ['Partenaires du CLS de Sèvremont'],
        ['Nom', 'Type', 'Code INSEE'],
        ['Mairie de Sèvremont', 'Collectivité', '01053'],
        ['CMP Nord', 'Établissement de santé', '01053'],
        ['Association Relais', 'Association', '2A004'],
      ],
    },
    {
      name: 'Liens',
      rows: [
        ['Source', 'Cible'],
        ['Mairie de Sèvremont', 'CMP Nord'],
        ['CMP Nord', 'Association Relais'],
      ],
    },
  ]);
}

export function writeFixtures(): Fixtures {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-e2e-'));
  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const utf8 = (text: string) => new TextEncoder().encode(text);
  return {
    dir,
    cp1252Actors: write('acteurs-excel.csv', encodeWindows1252(CP1252_ACTORS)),
    cp1252Links: write('liens-excel.csv', encodeWindows1252(CP1252_LINKS)),
    empty: write('vide.csv', ''),
    noName: write('sans-nom.csv', utf8('Commune;Téléphone\r\nSèvremont;0102030405\r\n')),
    binary: write(
      'classeur.csv',
      Uint8Array.from([
        0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0, 0xff, 0xfe, 0, 1, 2, 3,
      ]),
    ),
    xssActors: write('acteurs-xss.csv', utf8('\uFEFF' + XSS_ACTORS)),
    xssLinks: write('liens-xss.csv', utf8('\uFEFF' + XSS_LINKS)),
    workbook: write('classeur-cls.xlsx', workbookBytes()),
  };
}
