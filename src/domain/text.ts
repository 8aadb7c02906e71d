// Text folding shared by header matching, reference synonyms and actor-name matching.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const NOT_KEY = /[^a-z0-9]+/g;
const NOT_LETTER = /[^\p{L}\p{M}\p{N}]/gu;

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
    // Letters, marks and digits of every script stay (Cyrillic, Arabic, CJK…); the rest
    // (punctuation, symbols, emoji) is a separator.
    key = foldChain(String.fromCodePoint(codePoint)).replace(NOT_LETTER, ' ');
    if (CHAR_KEYS.size < CHAR_KEYS_LIMIT) CHAR_KEYS.set(codePoint, key);
  }
  return key;
}

/**
 * Case-, accent-, punctuation- and space-insensitive key: "L’Hôpital  Nord" → "l hopital nord".
 * Letters and digits of other scripts are kept, lower-cased ("Больница" → "больница"), and
 * composed again (NFC) so that Korean syllables stay syllables.
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
  return NON_ASCII.test(out) ? out.normalize('NFC') : out;
}

/** The same key without spaces, for comparisons where spacing is noise ("C.C.A.S" = "CCAS"). */
export function compactFold(text: string): string {
  return fold(text).replace(/ /g, '');
}

/**
 * A readable id from a name: "Mairie de Saint-Éloi" → "mairie-de-saint-eloi", "Больница" →
 * "больница". A name with neither letter nor digit (emoji only) gets a short hash of itself,
 * so that two such names never share an id. Never a word of JavaScript objects (safeId).
 */
export function slug(text: string): string {
  const key = fold(text).replace(/ /g, '-');
  if (key !== '') return safeId(key);
  const name = nameKey(text);
  return name === '' ? 'sans-nom' : `acteur-${hash(name)}`;
}

/**
 * The key actors are matched on by name: `fold`, or for a name with neither letter nor digit
 * (emoji only) the name itself, so that two such names never match each other.
 */
export function nameKey(name: string): string {
  return fold(name) || withoutInvisible(name).text.trim().normalize('NFC');
}

/** FNV-1a (32 bits) in base 36: short, stable across runs and machines. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * An id that is also a property of every JavaScript object (`constructor`, `__proto__`,
 * `toString`…) gets a suffix: graph libraries and dictionaries keyed by id would read the
 * inherited property instead (graphology then refuses the actor's links).
 */
export function safeId(id: string): string {
  return Object.hasOwn(Object.prototype, id) ? `${id}-id` : id;
}

/**
 * Characters that do not show but change a text: zero-width spaces and marks, bidirectional
 * embeddings, overrides and isolates, line and paragraph separators, the BOM, C0 and C1
 * controls (tab and line ends excepted: they are spacing). A zero-width joiner inside an
 * emoji sequence (👩‍⚕️) is kept.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]$/u;

/** Whether the text holds any invisible character (a cheap test before cleaning cells). */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** The text without invisible characters (see INVISIBLE), and whether it held a NUL. */
export function withoutInvisible(text: string): { text: string; removed: boolean; nul: boolean } {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return { text, removed: false, nul: false };
  let nul = false;
  let removed = false;
  const out = text.replace(INVISIBLE, (c: string, at: number) => {
    if (c === '\u200d' && PICTOGRAPH.test(text.slice(Math.max(0, at - 2), at))) return c;
    if (c === '\u0000') nul = true;
    removed = true;
    return '';
  });
  return { text: out, removed, nul };
}
