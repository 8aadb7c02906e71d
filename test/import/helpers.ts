// Shared by the import tests: encoders, a small inventory, the row-accounting invariant.
import * as XLSX from '@e965/xlsx';
import { expect } from 'vitest';
import type { ImportResult, InputFile } from '../../src/domain/types.ts';
import { importFiles, importInputs } from '../../src/import/index.ts';
import { csv, REF, utf8 } from '../factory.ts';

/** UTF-16 as Excel's "Texte Unicode" writes it: little-endian, with a BOM (or without). */
export function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[(bom ? 2 : 0) + 2 * i] = unit & 0xff;
    out[(bom ? 2 : 0) + 2 * i + 1] = unit >> 8;
  }
  return out;
}

export function utf16be(text: string): Uint8Array {
  const le = utf16le(text);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    out[i] = le[i + 1] as number;
    out[i + 1] = le[i] as number;
  }
  return out;
}

export function utf8Bom(text: string): Uint8Array {
  const body = utf8(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Windows-1252 bytes 0x80–0x9F and the characters they stand for. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** A tiny Windows-1252 encoder (Node's TextEncoder only writes UTF-8). */
export function cp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const mapped = CP1252[c];
    if (mapped !== undefined) out[i++] = mapped;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i++] = code;
    else throw new Error(`not in Windows-1252: ${c}`);
  }
  return out.subarray(0, i);
}

export function file(name: string, text: string, role?: 'actors' | 'links'): InputFile {
  return role ? { name, bytes: utf8(text), role } : { name, bytes: utf8(text) };
}

export function run(...files: InputFile[]): ImportResult {
  const result = importFiles(files, REF);
  expectEveryRowAccounted(result);
  return result;
}

/** The same through the asynchronous entry (workbooks, Kumu JSON, GEXF, GraphML). */
export async function runInputs(...files: InputFile[]): Promise<ImportResult> {
  const result = await importInputs(files, REF);
  expectEveryRowAccounted(result);
  return result;
}

/** A sheet for `workbook`: rows of cells (strings, numbers, dates, booleans, null = empty). */
export interface SheetSpec {
  name: string;
  rows: (string | number | boolean | Date | null)[][];
  hidden?: boolean;
  /** Number formats by cell address ("B2": "00000"). */
  formats?: Record<string, string>;
}

/** A workbook written by SheetJS, as Excel (xlsx, xls) or LibreOffice (ods) would save it. */
export function workbook(
  sheets: SheetSpec[],
  bookType: 'xlsx' | 'ods' | 'xls' = 'xlsx',
): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows, { cellDates: true });
    for (const [address, format] of Object.entries(spec.formats ?? {})) {
      const cell = sheet[address] as XLSX.CellObject | undefined;
      if (cell) cell.z = format;
    }
    XLSX.utils.book_append_sheet(book, sheet, spec.name);
  }
  book.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  const out = XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer;
  return new Uint8Array(out);
}

/** A `structureet` row of a FINESS extract (32 fields, the published order). */
export function finessRow(e: {
  finess: string;
  ej?: string;
  rs: string;
  rslongue?: string;
  dep?: string;
  libdep?: string;
  commune?: string;
  cpVille?: string;
  cat?: string;
  libcat?: string;
  siret?: string;
}): string {
  const fields = new Array<string>(32).fill('');
  fields[0] = 'structureet';
  fields[1] = e.finess;
  fields[2] = e.ej ?? '';
  fields[3] = e.rs;
  fields[4] = e.rslongue ?? '';
  fields[7] = '12';
  fields[8] = 'R';
  fields[9] = 'DE LA PAIX';
  fields[12] = e.commune ?? '053';
  fields[13] = e.dep ?? '01';
  fields[14] = e.libdep ?? 'AIN';
  fields[15] = e.cpVille ?? '01000 BOURG EN BRESSE';
  fields[16] = '0474000000';
  fields[18] = e.cat ?? '';
  fields[19] = e.libcat ?? '';
  fields[22] = e.siret ?? '';
  fields[28] = '1990-01-01';
  return fields.join(';');
}

/** A FINESS extract as published: first line, establishments, then their coordinates. */
export function finessExtract(rows: string[], geo: [string, string, string][] = []): string {
  return [
    'finess;etalab;100;2026-01-01',
    ...rows,
    ...geo.map(
      ([f, x, y]) =>
        `geolocalisation;${f};${x};${y};1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-01-01`,
    ),
  ].join('\n');
}

/** The issues as short strings "file:line:column:severity:code", for exact assertions. */
export function issueKeys(result: ImportResult, severities = ['error', 'warning']): string[] {
  return result.issues
    .filter((i) => severities.includes(i.severity))
    .map((i) => `${i.file}:${i.line ?? ''}:${i.column ?? ''}:${i.severity}:${i.code}`);
}

/** Errors on a name of a partners cell: the link is lost, the actor's row is imported. */
const PARTNER_ERRORS = new Set(['unknown-partner', 'ambiguous-partner']);

/**
 * Every data row is either imported (an actor, merged or not, or a link) or has an error in
 * the report, never both (an error on a partner's name leaves its row imported); a file with
 * a file-level error imports nothing.
 */
export function expectEveryRowAccounted(result: ImportResult): void {
  for (const f of result.files) {
    const issues = result.issues.filter(
      (i) => i.file === f.name && i.severity === 'error' && !PARTNER_ERRORS.has(i.code),
    );
    const fatal = issues.some((i) => i.line === undefined);
    const errorLines = new Set(issues.filter((i) => i.line !== undefined).map((i) => i.line!));
    const importedLines = new Set<number>();
    if (f.role === 'links') {
      for (const l of result.links) {
        for (const s of l.sources) if (s.file === f.name) importedLines.add(s.line);
      }
    } else {
      for (const a of result.actors) {
        for (const s of a.sources) if (s.file === f.name) importedLines.add(s.line);
      }
    }
    if (fatal) {
      expect(f.imported, `${f.name}: a file with a fatal error imports nothing`).toBe(0);
      expect(importedLines.size).toBe(0);
      continue;
    }
    expect(importedLines.size, `${f.name}: imported rows`).toBe(f.imported);
    expect(f.rows, `${f.name}: rows = imported + rows with an error`).toBe(
      f.imported + errorLines.size,
    );
    for (const line of errorLines) {
      expect(importedLines.has(line), `${f.name}: line ${line} both imported and in error`).toBe(
        false,
      );
    }
  }
}

/** The same small inventory, written with a given delimiter (é è à ç œ ’ and a quoted newline). */
export function inventory(d: string, eol = '\r\n'): string {
  const rows = [
    ['Nom', 'Type', 'Secteurs', 'CLS', 'Commune', 'Code INSEE', 'Remarques'],
    ['Mairie de Rochebrune', 'Collectivité', 'Social', 'COPIL', 'Rochebrune', '01053', ''],
    [
      'Centre hospitalier Saint-Éloi',
      'Établissement de santé',
      'Santé mentale',
      'GT Logement',
      'Rochebrune',
      '01053',
      'Pôle psychiatrie',
    ],
    [
      'Œuvre d’accueil à Sèvres',
      'Association',
      'Logement',
      'x',
      'Sèvres',
      '2A004',
      'Ligne 1\nligne 2',
    ],
    [
      'Crèche « Les Lilas »',
      'Éducation',
      'Éducation',
      '',
      'Pré-en-Pail',
      '53185',
      'Horaires: 8h, 18h',
    ],
  ];
  return csv(rows, d, eol);
}

/** Bytes of a single-byte code page, for the characters `table` maps above 0x7F. */
function singleByte(text: string, table: Record<string, number>, name: string): Uint8Array {
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const mapped = table[c];
    if (mapped !== undefined) out.push(mapped);
    else if (code < 0x80) out.push(code);
    else throw new Error(`not in ${name}: ${c}`);
  }
  return new Uint8Array(out);
}

/** Mac-Roman (old Mac Excel "CSV"), the French letters only. */
export function macRoman(text: string): Uint8Array {
  const table: Record<string, number> = {
    é: 0x8e,
    è: 0x8f,
    ê: 0x90,
    ë: 0x91,
    à: 0x88,
    â: 0x89,
    ç: 0x8d,
    ô: 0x99,
    î: 0x94,
    ï: 0x95,
    ù: 0x9d,
    û: 0x9e,
    É: 0x83,
    '’': 0xd5,
    œ: 0xcf,
    '€': 0xdb,
    '«': 0xc7,
    '»': 0xc8,
    '\u00a0': 0xca,
  };
  return singleByte(text, table, 'Mac-Roman');
}

/** ISO-8859-15 (Latin-9): Latin-1 with € at 0xA4, Œ œ Š š Ž ž Ÿ. */
export function iso885915(text: string): Uint8Array {
  const table: Record<string, number> = { '€': 0xa4, Œ: 0xbc, œ: 0xbd, Š: 0xa6, š: 0xa8 };
  for (let c = 0xa0; c <= 0xff; c++) {
    if (![0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe].includes(c)) {
      table[String.fromCharCode(c)] = c;
    }
  }
  return singleByte(text, table, 'ISO-8859-15');
}

/** Byte arrays end to end. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
