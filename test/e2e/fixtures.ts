// Fixture inventories for the end-to-end tests, written at run time into a temporary
// folder: a Windows-1252 file as Excel writes it in French locale (bytes from the import
// tests' encoder: Node's TextEncoder only does UTF-8), broken files, and names that are
// HTML/script payloads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInventory } from '../bench/generate.ts';
import { utf8 } from '../factory.ts';
import { cp1252 as encodeWindows1252, workbook } from '../import/helpers.ts';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

/** The bench's generated inventory of `actors` actors, written into a new temporary folder:
 * its actors' file and its links' file (acteurs-N.csv, liens-N.csv), for the big maps' tests. */
export function writeGeneratedInventory(actors: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), `maillage-${actors}-`));
  const inventory = generateInventory(actors);
  const files = [join(dir, `acteurs-${actors}.csv`), join(dir, `liens-${actors}.csv`)];
  writeFileSync(files[0] as string, inventory.actors);
  writeFileSync(files[1] as string, inventory.links);
  return files;
}

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

/** 120 links to actors no file names: the report has a page of issues and more. */
export const UNKNOWN_LINKS = crlf([
  'Acteur 1;Acteur 2;Nature du lien',
  ...Array.from({ length: 120 }, (_, i) => `Inconnu ${i + 1};Mairie de Test;Informel`),
]);

/** Names that are words of JavaScript objects, in right-to-left and other scripts, emoji,
 * an HTML payload and a spreadsheet formula: every one must come out as an actor. */
export const HOSTILE_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'جمعية الصحة النفسية',
  'בית חולים הדסה',
  'Больница №1',
  '社区卫生中心',
  '🏥🚑',
  '🌱🤝',
  '<img src=x onerror="window.__xss=6;alert(1)">',
  '=HYPERLINK("http://example.invalid","clic")',
  'Mairie de Test',
];

export const HOSTILE_ACTORS = crlf([
  'Identifiant;Nom;Type;Commune;__proto__;constructor',
  ...HOSTILE_NAMES.map((name, i) =>
    [i < 2 ? name : '', name, 'Association', 'Testville', `proto ${i}`, `ctor ${i}`]
      .map(field)
      .join(';'),
  ),
]);

/** Every name linked to the last one (the mairie), by name. */
export const HOSTILE_LINKS = crlf([
  'Acteur 1;Acteur 2;Nature du lien;__proto__',
  ...HOSTILE_NAMES.slice(0, -1).map((name) =>
    [name, 'Mairie de Test', 'Convention', 'x'].map(field).join(';'),
  ),
]);

/**
 * A hospital-like inventory whose free columns the map can encode (`;`, UTF-8): "Catégorie
 * FINESS" (4 values with ≥ 2 actors, 2 with 1, 2 empty), "Département", "Capacité" (French
 * numbers: "1 250", "980,5"; "n.c." and empty are no number), a `constructor` column, and two
 * types the reference does not know.
 */
export const HOSPITAL_ACTORS = crlf([
  'Identifiant;Nom;Type;Catégorie FINESS;Département;Capacité;constructor',
  'ch-saintes;Centre hospitalier de Saintes;Hôpital;Centre hospitalier;17;1 250;x',
  'ch-jonzac;Centre hospitalier de Jonzac;Hôpital;Centre hospitalier;17;310;',
  'ch-angouleme;Centre hospitalier d’Angoulême;Hôpital;Centre hospitalier;16;980,5;',
  'ehpad-tilleuls;EHPAD Les Tilleuls;EHPAD;EHPAD;17;85;',
  'ehpad-roseraie;EHPAD La Roseraie;EHPAD;EHPAD;79;62;',
  'cmp-saintes;CMP de Saintes;CMP;Centre médico-psychologique;17;;',
  'cmp-jonzac;CMP de Jonzac;CMP;Centre médico-psychologique;17;;',
  'mda;Maison des adolescents 17;Maison des adolescents;Structure jeunesse;17;n.c.;',
  'pej;Point écoute jeunes;Point écoute;Structure jeunesse;;;__proto__',
  'mairie;Mairie de Saintes;Commune;;17;;',
  'ars;ARS Nouvelle-Aquitaine;ARS;;;;',
  'clinique;Clinique du Parc;Clinique;Clinique privée;16;140;',
  'unafam;UNAFAM 17;Association;__proto__;17;;',
]);

export const HOSPITAL_LINKS = crlf([
  'Acteur 1;Acteur 2;Nature du lien',
  'ch-saintes;ch-jonzac;Convention',
  'ch-saintes;ch-angouleme;Coordination',
  'ch-saintes;cmp-saintes;Convention',
  'ch-jonzac;cmp-jonzac;Convention',
  'ch-saintes;ehpad-tilleuls;Orientation',
  'ch-angouleme;ehpad-roseraie;Orientation',
  'mda;pej;Coordination',
  'mda;cmp-saintes;Orientation',
  'mairie;mda;Cofinancement',
  'ars;ch-saintes;Convention',
  'ars;clinique;Convention',
  'unafam;cmp-saintes;Informel',
  'mairie;ars;Convention',
]);

/** A one-sheet inventory: the links are in its partners column, typed as people do. */
export const ONE_SHEET_INVENTORY = [
  'Structure;Type;Commune;Partenaires',
  'CCAS de Rochebrune;CCAS;Rochebrune;"mission locale (cofinancement, orientation); Centre Hospitalier de rochebrune"',
  'Mission locale;Association;Rochebrune;CCAS DE ROCHEBRUNE (convention)',
  'Centre hospitalier de Rochebrune;Hôpital;Rochebrune;"Maison des ados / Point écoute, Ville de Rochebrune"',
  'Maison des ados / Point écoute;Association;Rochebrune;Mision locale',
  'Ville de Rochebrune;Commune;Rochebrune;',
].join('\r\n');

/** Directed links both ways, with Gephi-like weights outside 1–3, for the inventory above. */
export const DIRECTED_WEIGHTED_LINKS = [
  'Source;Target;Directed;Weight',
  'Maison des ados / Point écoute;Ville de Rochebrune;oui;0.5',
  'Ville de Rochebrune;Maison des ados / Point écoute;oui;250',
].join('\r\n');

/** Two clinics of one name in two towns (homonyms kept as two actors). */
export const HOMONYM_CLINICS = [
  'Nom;Commune;N° FINESS',
  'Clinique Saint-Joseph;Machecoul;440002001',
  'Clinique Saint-Joseph;Paimboeuf;440002002',
  'Clinique du Parc;Pornic;',
].join('\r\n');

/** One town hall named two ways in two inventories (a doubtful pair the import reports),
 * each with a partner: merged, the actor has both files and both links. */
export const TWO_NAMES_CLS = [
  'Nom;Type',
  'Mairie de Sèvremont;Collectivité',
  'CMP Nord;Établissement de santé',
].join('\r\n');
export const TWO_NAMES_CLSM = [
  'Nom;Type',
  'Ville de Sèvremont;Collectivité',
  'GEM L’Envol;Association',
].join('\r\n');
export const TWO_NAMES_LINKS = [
  'Source;Cible;Nature',
  'Mairie de Sèvremont;CMP Nord;Convention',
  'Ville de Sèvremont;GEM L’Envol;Cofinancement',
].join('\r\n');

export interface Fixtures {
  dir: string;
  oneSheet: string;
  homonyms: string;
  directedWeighted: string;
  cp1252Actors: string;
  cp1252Links: string;
  empty: string;
  noName: string;
  binary: string;
  xssActors: string;
  xssLinks: string;
  unknownLinks: string;
  hostileActors: string;
  hostileLinks: string;
  hospitalActors: string;
  hospitalLinks: string;
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
    unknownLinks: write('liens-inconnus.csv', utf8(UNKNOWN_LINKS)),
    hostileActors: write('acteurs-hostiles.csv', utf8(HOSTILE_ACTORS)),
    hostileLinks: write('liens-hostiles.csv', utf8(HOSTILE_LINKS)),
    hospitalActors: write('etablissements.csv', utf8(HOSPITAL_ACTORS)),
    hospitalLinks: write('liens-etablissements.csv', utf8(HOSPITAL_LINKS)),

    oneSheet: write('inventaire-une-feuille.csv', utf8(ONE_SHEET_INVENTORY)),
    homonyms: write('cliniques.csv', utf8(HOMONYM_CLINICS)),
    directedWeighted: write('liens-orientes.csv', utf8(DIRECTED_WEIGHTED_LINKS)),
    workbook: write('classeur-cls.xlsx', workbookBytes()),
  };
}
