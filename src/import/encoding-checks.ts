// What decode.ts cannot know for sure about a file's encoding, checked and said: a UTF-8
// file with a few rows saved in another encoding (read row by row), Mac-Roman (old Mac
// Excel), the ISO-8859-15 doubt (€ or ¤), and mojibake (UTF-8 read as Windows-1252 once
// already: "HÃ´pital"). Each finding is a note for the import report, with an example.
import type { Localized, Severity } from '../domain';
import { encodingGuessed, mojibake, rowEncoding } from './messages/sources.ts';
import { quoted } from './report.ts';

/** A finding about the encoding: `line` is the line of the decoded text (1 = first). */
export interface DecodeNote {
  line?: number;
  severity: Severity;
  code: string;
  message: Localized;
}

const LF = 0x0a;

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * A UTF-8 file whose few invalid lines are another encoding (a row typed or pasted from an
 * old file): every line that is valid UTF-8 is read as such, the others with `fallback`,
 * each reported. Null when UTF-8 is not the file's encoding: no valid line has a non-ASCII
 * character, or the invalid lines outnumber them.
 */
export function utf8ByLines(
  body: Uint8Array,
  fallback: (bytes: Uint8Array) => string,
  fallbackName: string,
): { text: string; notes: DecodeNote[] } | null {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  const bad: number[] = [];
  let utf8Lines = 0;
  let line = 1;
  for (let start = 0; start <= body.length; line++) {
    let end = body.indexOf(LF, start);
    if (end === -1) end = body.length;
    const chunk = body.subarray(start, end);
    start = end + 1;
    if (!hasHighByte(chunk)) {
      parts.push(decoder.decode(chunk));
      continue;
    }
    try {
      parts.push(decoder.decode(chunk));
      utf8Lines++;
    } catch {
      parts.push(fallback(chunk));
      bad.push(line);
    }
  }
  if (utf8Lines === 0 || bad.length > utf8Lines) return null;
  const notes = bad.map((n): DecodeNote => {
    const text = quoted(parts[n - 1]!.replace(/\r$/, ''));
    return {
      line: n,
      severity: 'warning',
      code: 'row-encoding',
      message: rowEncoding(n, fallbackName, text),
    };
  });
  return { text: parts.join('\n'), notes };
}

/** Mac-Roman bytes of French lower-case letters (é è ê ë à â ç ô î ï ù û), rare in 1252. */
const MAC_LETTERS = new Set([
  0x8e, 0x8f, 0x90, 0x91, 0x88, 0x89, 0x8d, 0x99, 0x94, 0x95, 0x9d, 0x9e,
]);

/**
 * Mac-Roman rather than Windows-1252: the bytes of French accented letters in Mac-Roman
 * (which Windows-1252 shows as Ž  ˆ ™…) clearly outnumber those of Windows-1252 (0xE0–0xFF,
 * à to ÿ, which Mac-Roman shows as ‡ · ‚ Â Ê…).
 */
export function looksMacRoman(bytes: Uint8Array): boolean {
  let mac = 0;
  let latin = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (MAC_LETTERS.has(b)) mac++;
    else if (b >= 0xe0) latin++;
  }
  return mac >= 2 && mac > 4 * latin;
}

/** Bytes that are € Š š Ž ž Œ œ Ÿ in ISO-8859-15 but ¤ ¦ ¨ ´ ¸ ¼ ½ ¾ in Windows-1252. */
const LATIN9_DIFFERENT = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

/**
 * Windows-1252 or ISO-8859-15: undecidable when the file uses 0xA4 (¤ or €) and the like,
 * and none of 0x80–0x9F (which only Windows-1252 uses for text).
 */
export function latin9Doubt(bytes: Uint8Array): boolean {
  let doubtful = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b < 0xa0) return false;
    if (LATIN9_DIFFERENT.has(b)) doubtful = true;
  }
  return doubtful;
}

/** A byte is an ASCII letter. */
const asciiLetter = (b: number | undefined) =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * ISO-8859-15 beyond doubt: Œ or œ (0xBC, 0xBD) starting or inside a word (« C½ur »,
 * « ½uvre » in Windows-1252), where ¼ and ½ never stand; and no 0x80–0x9F byte.
 */
export function looksLatin9(bytes: Uint8Array): boolean {
  if (!latin9Doubt(bytes)) return false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b === 0xbc || b === 0xbd) && asciiLetter(bytes[i + 1])) {
      const before = bytes[i - 1];
      if (before === undefined || asciiLetter(before) || before < 0x30) return true;
    }
  }
  return false;
}

const ENCODING_NAMES: Record<string, string> = {
  macintosh: 'Mac-Roman (Mac OS Roman)',
  'windows-1252': 'Windows-1252',
  'iso-8859-15': 'ISO-8859-15',
};

/** The first line with a non-ASCII character (the header excepted when possible). */
function example(text: string): string {
  const lines = text.split('\n', 50);
  const line =
    lines.slice(1).find((l) => /[^\x20-\x7e]/.test(l.replace(/\r$/, ''))) ?? lines[1] ?? lines[0];
  return (line ?? '').replace(/\r$/, '');
}

/** The encoding was guessed, not known: said with an example of what it gave. */
export function guessedNote(encoding: string, text: string, why: Localized): DecodeNote {
  const name = ENCODING_NAMES[encoding] ?? encoding;
  const shown = quoted(example(text));
  return {
    severity: encoding === 'macintosh' ? 'warning' : 'info',
    code: 'encoding-guessed',
    message: encodingGuessed(name, why, shown),
  };
}

/**
 * UTF-8 read as Windows-1252 (or Latin-1) by an earlier program: é → Ã©, è → Ã¨, ô → Ã´,
 * É → Ã‰, ’ → â€™, « → Â«. Ã, â€ and Â followed by those characters do not occur in French.
 */
const MOJIBAKE =
  /Ã[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0153\u009d\u02dc\u0161\u2018-\u201e\u2020-\u2022\u2026\u2122]|Â[\u00a0-\u00bf]/;

/** A note for each line that holds mojibake, naming the sequence found. */
export function mojibakeNotes(text: string): DecodeNote[] {
  if (!/[ÃâÂ]/.test(text)) return [];
  const notes: DecodeNote[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const found = MOJIBAKE.exec(lines[i]!);
    if (!found) continue;
    const seq = found[0];
    notes.push({
      line: i + 1,
      severity: 'warning',
      code: 'mojibake',
      message: mojibake(i + 1, seq),
    });
  }
  return notes;
}
