// Text folding shared by header matching, reference synonyms and actor-name matching.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/**
 * Case-, accent-, punctuation- and space-insensitive key: "L’Hôpital  Nord" → "l hopital nord".
 * NFKD also folds the compatibility forms that copy-paste from PDFs brings ("ﬁ" → "fi",
 * full-width letters, "²" → "2").
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/[ßẞ]/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The same key without spaces, for comparisons where spacing is noise ("C.C.A.S" = "CCAS"). */
export function compactFold(text: string): string {
  return fold(text).replace(/ /g, '');
}

/** A readable id from a name: "Mairie de Saint-Éloi" → "mairie-de-saint-eloi". */
export function slug(text: string): string {
  return fold(text).replace(/ /g, '-') || 'sans-nom';
}
