// Bytes → text: refuse what is not a text file, then UTF-8 (with or without BOM), else
// Windows-1252 (Excel "CSV" in French locale); UTF-16 (Excel's "Texte Unicode", tab
// separated) by its BOM or its NUL bytes. No charset sniffing: it guesses wrong on French.
import type { InputFile, Localized, TextEncoding } from '../domain';
import {
  guessedNote,
  latin9Doubt,
  looksLatin9,
  looksMacRoman,
  mojibakeNotes,
  utf8ByLines,
  type DecodeNote,
} from './encoding-checks.ts';
import { EMPTY_TEXT_FILE, ENCODING_GUESS, NOT_CSV } from './messages/sources.ts';
import { normaliseNewlines } from './parse.ts';

export type { DecodeNote } from './encoding-checks.ts';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: TextEncoding;
      /** What was guessed or repaired, for the report (lines of the decoded text). */
      notes?: DecodeNote[];
    }
  | { ok: false; code: string; message: Localized };

/** Windows-1252 bytes 0x80–0x9F (0 = undefined in the code page, decoded as the C1 control). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 decoding by table: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as
 * Latin-1 control characters (’ œ € … would be lost), so we do not rely on it.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      units[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode.apply(null, Array.from(units.subarray(0, end - start))));
  }
  return parts.join('');
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function asciiOf(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function refuse(code: string, message: Localized): DecodeResult {
  return { ok: false, code, message };
}

/** Recognises spreadsheets, PDFs and other binary files from their first KiB. */
function notText(bytes: Uint8Array): DecodeResult | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (asciiOf(bytes, 30, 120).includes('application/vnd.oasis.opendocument.spreadsheet')) {
      return refuse('spreadsheet-file', NOT_CSV.ods);
    }
    return refuse('spreadsheet-file', NOT_CSV.xlsx);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return refuse('spreadsheet-file', NOT_CSV.xls);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return refuse('binary-file', NOT_CSV.pdf);
  }
  const head = bytes.subarray(0, 1024);
  let control = 0;
  // A few NUL bytes among text are damage, not a binary file: the rows are read and the
  // NULs removed and reported (file.ts); many control bytes make a binary file.
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control >= 4 && control >= head.length * 0.05) {
    return refuse('binary-file', NOT_CSV.binary);
  }
  return null;
}

/**
 * UTF-16 by its BOM, or without one when every other byte of the first KiB is NUL (text in
 * Latin letters); null otherwise.
 */
function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: true };
  const head = bytes.subarray(0, 1024);
  if (head.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = head.length / 2;
  // Latin text: the high byte (NUL) comes second in little-endian, first in big-endian.
  if (oddNul > half * 0.6 && evenNul < half * 0.1) return { encoding: 'utf-16le', bom: false };
  if (evenNul > half * 0.6 && oddNul < half * 0.1) return { encoding: 'utf-16be', bom: false };
  return null;
}

function decodeUtf16(
  bytes: Uint8Array,
  utf16: { encoding: 'utf-16le' | 'utf-16be'; bom: boolean },
  lineFeeds: boolean,
): DecodeResult {
  const body = bytes.subarray(utf16.bom ? 2 : 0, bytes.length - (bytes.length % 2));
  let text: string;
  try {
    text = new TextDecoder(utf16.encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return refuse('binary-file', NOT_CSV.brokenUtf16);
  }
  if (!plausibleText(text)) {
    return refuse('binary-file', NOT_CSV.utf16Signs);
  }
  if (lineFeeds) text = normaliseNewlines(text);
  return nonEmpty(text, utf16.encoding);
}

/**
 * A table's text, not binary bytes that happen to start like UTF-16: among its first 512
 * characters, nine in ten are below U+2100 (every alphabet of Europe, Arabic, Hebrew, the
 * typographic quotes, dashes, € and …) and none is a control character other than tab and
 * line ends. Bytes taken as UTF-16 give mostly CJK ideographs and other far code points.
 */
function plausibleText(text: string): boolean {
  const head = text.slice(0, 512);
  let near = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    if (c < 0x2100) near++;
  }
  return near >= head.length * 0.9;
}

const EMPTY: DecodeResult = {
  ok: false,
  code: 'empty-file',
  message: EMPTY_TEXT_FILE,
};

function nonEmpty(text: string, encoding: TextEncoding, notes: DecodeNote[] = []): DecodeResult {
  if (text.trim() === '') return EMPTY;
  const all = [...notes, ...mojibakeNotes(text)];
  return all.length > 0 ? { ok: true, text, encoding, notes: all } : { ok: true, text, encoding };
}

/**
 * CRLF and lone CR made LF on the bytes: in UTF-8 and Windows-1252 CR and LF are one byte
 * each and never part of another character, so decoding gives parse.ts `normaliseNewlines`
 * of the text, without a second copy of the text (and UTF-8 stays valid or invalid alike).
 */
function lineFeedsOnly(bytes: Uint8Array): Uint8Array {
  const first = bytes.indexOf(0x0d);
  if (first === -1) return bytes;
  // One pass over the bytes: a copy per line (subarray and set) cost more than the copy.
  const out = bytes.slice();
  let length = first;
  const end = bytes.length;
  for (let i = first; i < end; i++) {
    const c = bytes[i] as number;
    if (c !== 0x0d) out[length++] = c;
    else {
      out[length++] = 0x0a;
      if (bytes[i + 1] === 0x0a) i++;
    }
  }
  return out.subarray(0, length);
}

/**
 * Decodes a file's bytes, or says why it is not a text file (message in both languages).
 * With `lineFeeds`, CRLF and CR line ends come out as LF (as `normaliseNewlines` makes them).
 */
export function decode(
  bytes: Uint8Array,
  lineFeeds = false,
  forced?: InputFile['encoding'],
): DecodeResult {
  if (forced) return decodeAs(bytes, lineFeeds, forced);
  // UTF-16 first: its NUL bytes would read as a binary file.
  const utf16 = utf16Of(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, lineFeeds);
  const refused = notText(bytes);
  if (refused) return refused;
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const afterBom = bom ? bytes.subarray(3) : bytes;
  const body = lineFeeds ? lineFeedsOnly(afterBom) : afterBom;
  const utf8: TextEncoding = bom ? 'utf-8-bom' : 'utf-8';
  try {
    return nonEmpty(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), utf8);
  } catch {
    // Mostly UTF-8 with a few rows in Windows-1252: those rows only are read as 1252.
    const byLines = utf8ByLines(body, decodeWindows1252, 'Windows-1252');
    if (byLines) return nonEmpty(byLines.text, utf8, byLines.notes);
  }
  // A single-byte encoding (a BOM followed by invalid UTF-8 too): Windows-1252 (Excel
  // "CSV" in French locale), unless the accents are where Mac-Roman puts them.
  if (looksMacRoman(body)) {
    const text = new TextDecoder('macintosh').decode(body);
    return nonEmpty(text, 'macintosh', [guessedNote('macintosh', text, ENCODING_GUESS.macRoman)]);
  }
  if (looksLatin9(body)) {
    const text = new TextDecoder('iso-8859-15').decode(body);
    return nonEmpty(text, 'iso-8859-15', [guessedNote('iso-8859-15', text, ENCODING_GUESS.latin9)]);
  }
  const text = decodeWindows1252(body);
  if (!latin9Doubt(body)) return nonEmpty(text, 'windows-1252');
  return nonEmpty(text, 'windows-1252', [
    guessedNote('windows-1252', text, ENCODING_GUESS.latin9Doubt),
  ]);
}

/** The file read with the encoding the user chose (InputFile.encoding), whatever it holds. */
function decodeAs(
  bytes: Uint8Array,
  lineFeeds: boolean,
  encoding: NonNullable<InputFile['encoding']>,
): DecodeResult {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bom = startsWith(bytes, encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    return decodeUtf16(bytes, { encoding, bom }, lineFeeds);
  }
  const refused = notText(bytes);
  if (refused) return refused;
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const afterBom = bom && encoding === 'utf-8' ? bytes.subarray(3) : bytes;
  const body = lineFeeds ? lineFeedsOnly(afterBom) : afterBom;
  const text =
    encoding === 'windows-1252'
      ? decodeWindows1252(body)
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return nonEmpty(text, encoding === 'utf-8' && bom ? 'utf-8-bom' : encoding);
}
