// Official identifiers (SIRET, FINESS, RPPS): kept exactly as written, compared on their
// characters without spaces, and checked for what Excel does to them.
import type { Localized } from '../domain';
import {
  IDENTIFIER_SHAPE,
  identifierInScientificNotation,
  identifierMisshapen,
  identifierTooShort,
} from './messages/identity.ts';

export const OFFICIAL_IDS = ['siret', 'finess', 'rpps'] as const;
export type OfficialId = (typeof OFFICIAL_IDS)[number];

const LABEL: Record<OfficialId, string> = { siret: 'SIRET', finess: 'FINESS', rpps: 'RPPS' };

/** The comparison key: "123 456 789 00012" and "12345678900012" are the same SIRET. */
export function identifierKey(value: string): string {
  // Digits and capitals only (as most are written): already their own key.
  if (/^[0-9A-Z]*$/.test(value)) return value;
  return value.replace(/[\s.\-_]/g, '').toUpperCase();
}

const EXPECTED: Record<OfficialId, { pattern: RegExp; length: number }> = {
  siret: { pattern: /^\d{14}$/, length: 14 },
  finess: { pattern: /^(\d{2}|2A|2B)\d{7}$/, length: 9 },
  rpps: { pattern: /^\d{11}$/, length: 11 },
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
    return identifierInScientificNotation(label, value);
  }
  if (/^\d+$/.test(key) && key.length < spec.length) {
    return identifierTooShort(label, value, key.length, IDENTIFIER_SHAPE[kind]);
  }
  return identifierMisshapen(label, value, IDENTIFIER_SHAPE[kind]);
}
