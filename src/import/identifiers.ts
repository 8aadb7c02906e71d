// Official identifiers (SIRET, FINESS, RPPS): kept exactly as written, compared on their
// characters without spaces, and checked for what Excel does to them.
import type { Localized } from '../domain';

export const OFFICIAL_IDS = ['siret', 'finess', 'rpps'] as const;
export type OfficialId = (typeof OFFICIAL_IDS)[number];

const LABEL: Record<OfficialId, string> = { siret: 'SIRET', finess: 'FINESS', rpps: 'RPPS' };

/** The comparison key: "123 456 789 00012" and "12345678900012" are the same SIRET. */
export function identifierKey(value: string): string {
  // Digits and capitals only (as most are written): already their own key.
  if (/^[0-9A-Z]*$/.test(value)) return value;
  return value.replace(/[\s.\-_]/g, '').toUpperCase();
}

const EXPECTED: Record<OfficialId, { pattern: RegExp; length: number; fr: string; en: string }> = {
  siret: { pattern: /^\d{14}$/, length: 14, fr: '14 chiffres', en: '14 digits' },
  finess: {
    pattern: /^(\d{2}|2A|2B)\d{7}$/,
    length: 9,
    fr: '9 caractères (2A/2B pour la Corse)',
    en: '9 characters (2A/2B for Corsica)',
  },
  rpps: { pattern: /^\d{11}$/, length: 11, fr: '11 chiffres', en: '11 digits' },
};

/** What looks wrong with an identifier, or null. The value is kept either way. */
export function identifierProblem(kind: OfficialId, value: string): Localized | null {
  const spec = EXPECTED[kind];
  // A value written as expected is its own key (no space, dot, dash or lower case).
  if (spec.pattern.test(value)) return null;
  const key = identifierKey(value);
  if (spec.pattern.test(key)) return null;
  const label = LABEL[kind];
  if (/E\+?\d+$/i.test(key) && /^[\d,]+E/i.test(key)) {
    return {
      fr: `${label} « ${value} » écrit en notation scientifique par Excel : les derniers chiffres sont perdus. Dans le fichier d’origine, mettez la colonne au format Texte et ressaisissez les numéros.`,
      en: `${label} "${value}" written in scientific notation by Excel: the last digits are lost. In the source file, format the column as Text and type the numbers again.`,
    };
  }
  if (/^\d+$/.test(key) && key.length < spec.length) {
    return {
      fr: `${label} « ${value} » : ${key.length} chiffres au lieu de ${spec.fr} ; un zéro initial a sans doute été supprimé par le tableur. Mettez la colonne au format Texte.`,
      en: `${label} "${value}": ${key.length} digits instead of ${spec.en}; the spreadsheet probably dropped a leading zero. Format the column as Text.`,
    };
  }
  return {
    fr: `${label} « ${value} » : ${spec.fr} attendus. La valeur est gardée telle quelle ; vérifiez-la.`,
    en: `${label} "${value}": ${spec.en} expected. The value is kept as it is; check it.`,
  };
}
