// Text folding shared by header matching, reference synonyms and actor-name matching.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const NOT_KEY = /[^a-z0-9]+/g;

/** The folding chain, without the final squeeze of separators (see `fold`). */
function foldChain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/[ßẞ]/g, 'ss')
    .toLowerCase();
}

/** Non-ASCII code point → its folded letters, one space standing for each separator. */
const CHAR_KEYS = new Map<number, string>();
const CHAR_KEYS_LIMIT = 50_000;

function charKey(codePoint: number): string {
  let key = CHAR_KEYS.get(codePoint);
  if (key === undefined) {
    key = foldChain(String.fromCodePoint(codePoint)).replace(/[^a-z0-9]/g, ' ');
    if (CHAR_KEYS.size < CHAR_KEYS_LIMIT) CHAR_KEYS.set(codePoint, key);
  }
  return key;
}

/**
 * Case-, accent-, punctuation- and space-insensitive key: "L’Hôpital  Nord" → "l hopital nord".
 * NFKD also folds the compatibility forms that copy-paste from PDFs brings ("ﬁ" → "fi",
 * full-width letters, "²" → "2").
 *
 * Every step of the chain (NFKD, dropping marks, apostrophes, ligatures, lower case) works
 * code point by code point (NFKD only reorders combining marks, which all end up dropped or as
 * separators), so a non-ASCII text is folded one code point at a time, each code point's key
 * computed once. ASCII text needs only lower case and the squeeze of separators.
 */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(NOT_KEY, ' ').trim();
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let key: string;
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) key = text[i]!;
      else if (c >= 65 && c <= 90) key = String.fromCharCode(c + 32);
      else {
        space = true;
        continue;
      }
    } else {
      let codePoint = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      key = charKey(codePoint);
    }
    for (let j = 0; j < key.length; j++) {
      const k = key[j]!;
      if (k === ' ') space = true;
      else {
        if (space && out !== '') out += ' ';
        space = false;
        out += k;
      }
    }
  }
  return out;
}

/** The same key without spaces, for comparisons where spacing is noise ("C.C.A.S" = "CCAS"). */
export function compactFold(text: string): string {
  return fold(text).replace(/ /g, '');
}

/** A readable id from a name: "Mairie de Saint-Éloi" → "mairie-de-saint-eloi". */
export function slug(text: string): string {
  return fold(text).replace(/ /g, '-') || 'sans-nom';
}
