// The cross-scheme rules the domain gives (docs/domain.md, "Rules across schemes"), as data:
// each is checked by cross-scheme-rules.ts, switched on or off by the user, and kept with
// the workspace (CrossSchemeRuleSettings). Rules the user composes have the same shape.
import {
  slug,
  type Localized,
  type ReferenceData,
  labelOf,
  type CrossSchemeRule,
  type CrossSchemeRuleSettings,
} from '../domain';

const ARS_IDF: Localized = {
  fr: 'ARS Île-de-France, Référentiel Contrat local de santé (2016) : rôle des coordinateurs en configuration CLS/ASV/CLSM',
  en: 'ARS Île-de-France, Contrat local de santé reference guide (2016): the coordinators’ roles where a CLS, an ASV and a CLSM coexist',
};

export const ASV_COORDINATOR_IN_CLSM_COPIL = 'asv-coordinator-in-clsm-copil';

// Only the rule the domain states outright is on by default; the others are the usual
// articulation of coordinators and bodies, which each territory switches on as it works.
export const CROSS_SCHEME_RULES: readonly CrossSchemeRule[] = [
  {
    id: ASV_COORDINATOR_IN_CLSM_COPIL,
    label: {
      fr: 'Le coordinateur de l’ASV siège au COPIL du CLSM.',
      en: 'The ASV coordinator sits in the CLSM steering committee (COPIL).',
    },
    unmet: {
      fr: 'Le coordinateur de l’ASV ne siège pas au COPIL du CLSM.',
      en: 'The ASV coordinator does not sit in the CLSM steering committee (COPIL).',
    },
    notFound: {
      fr: 'Aucun coordinateur de l’ASV n’est identifié (instance « coordination » ou rôle) : sa présence au COPIL du CLSM ne peut pas être vérifiée.',
      en: 'No ASV coordinator is identified (body “coordination” or role): whether they sit in the CLSM steering committee (COPIL) cannot be checked.',
    },
    enabled: true,
    who: { scheme: 'ASV', body: 'coordination', role: 'coordinat' },
    sitsIn: { scheme: 'CLSM', body: 'copil' },
    source: {
      fr:
        'Centre national de ressources et d’appui aux CLSM, « Élus locaux, la santé mentale vous concerne ! » (2019) ; ' +
        ARS_IDF.fr,
      en:
        'National CLSM resource centre, “Élus locaux, la santé mentale vous concerne !” (2019); ' +
        ARS_IDF.en,
    },
  },
  {
    id: 'clsm-coordinator-in-cls-cotech',
    label: {
      fr: 'Le coordinateur du CLSM siège au COTECH du CLS.',
      en: 'The CLSM coordinator sits in the CLS technical committee (COTECH).',
    },
    enabled: false,
    who: { scheme: 'CLSM', body: 'coordination', role: 'coordinat' },
    sitsIn: { scheme: 'CLS', body: 'cotech' },
    source: ARS_IDF,
  },
  {
    id: 'asv-coordinator-in-cls-cotech',
    label: {
      fr: 'Le coordinateur de l’ASV siège au COTECH du CLS.',
      en: 'The ASV coordinator sits in the CLS technical committee (COTECH).',
    },
    enabled: false,
    who: { scheme: 'ASV', body: 'coordination', role: 'coordinat' },
    sitsIn: { scheme: 'CLS', body: 'cotech' },
    source: ARS_IDF,
  },
  {
    id: 'cls-coordinator-in-clsm-copil',
    label: {
      fr: 'Le coordinateur du CLS siège au COPIL du CLSM.',
      en: 'The CLS coordinator sits in the CLSM steering committee (COPIL).',
    },
    enabled: false,
    who: { scheme: 'CLS', body: 'coordination', role: 'coordinat' },
    sitsIn: { scheme: 'CLSM', body: 'copil' },
    source: ARS_IDF,
  },
  {
    id: 'residents-in-cls-copil',
    label: {
      fr: 'Des habitants ou usagers siègent au COPIL du CLS.',
      en: 'Residents or users sit in the CLS steering committee (COPIL).',
    },
    // Also a recommendation of the expected composition of the CLS COPIL: off by default
    // so that it is not said twice.
    enabled: false,
    who: { types: ['habitant'] },
    sitsIn: { scheme: 'CLS', body: 'copil' },
    source: {
      fr: 'Code de la santé publique, art. L.1434-10 (participation des usagers)',
      en: 'French public health code, art. L.1434-10 (users’ participation)',
    },
  },
];

/** The rules checked: the domain's, as switched by the user, then the user's own. */
export function activeRules(settings?: CrossSchemeRuleSettings | null): CrossSchemeRule[] {
  const switched = settings?.switched ?? {};
  const on = (r: CrossSchemeRule) => (Object.hasOwn(switched, r.id) ? switched[r.id] : r.enabled);
  return [...CROSS_SCHEME_RULES, ...(settings?.custom ?? [])].filter(on);
}

/** Every rule with whether it is checked, for the list of switches. */
export function ruleSwitches(
  settings?: CrossSchemeRuleSettings | null,
): { rule: CrossSchemeRule; on: boolean; custom: boolean }[] {
  const active = new Set(activeRules(settings).map((r) => r.id));
  return [
    ...CROSS_SCHEME_RULES.map((rule) => ({ rule, on: active.has(rule.id), custom: false })),
    ...(settings?.custom ?? []).map((rule) => ({ rule, on: active.has(rule.id), custom: true })),
  ];
}

/**
 * A rule from the composer's menus: "an actor of type X / in body B of scheme S / whose role
 * says R sits in body Y of scheme Z". Its id is made from its words; its label from the
 * reference's labels.
 */
export function composeRule(
  who: CrossSchemeRule['who'],
  sitsIn: CrossSchemeRule['sitsIn'],
  ref: ReferenceData,
  taken: readonly string[] = [],
): CrossSchemeRule {
  const body = (scheme: string, id: string, lang: 'fr' | 'en') =>
    labelOf(ref.schemes.find((s) => s.id === scheme)?.bodies ?? [], id, lang);
  const scheme = (id: string, lang: 'fr' | 'en') => labelOf(ref.schemes, id, lang);
  const describe = (lang: 'fr' | 'en'): string => {
    const parts: string[] = [];
    if (who.types?.length) {
      const types = who.types.map((t) => labelOf(ref.actorTypes, t, lang)).join(' / ');
      parts.push(lang === 'fr' ? `de type ${types}` : `of type ${types}`);
    }
    if (who.scheme && who.body) {
      parts.push(
        lang === 'fr'
          ? `de l’instance ${body(who.scheme, who.body, lang)} du ${scheme(who.scheme, lang)}`
          : `in the ${scheme(who.scheme, lang)} ${body(who.scheme, who.body, lang)}`,
      );
    } else if (who.scheme) {
      parts.push(
        lang === 'fr'
          ? `membre du ${scheme(who.scheme, lang)}`
          : `member of the ${scheme(who.scheme, lang)}`,
      );
    }
    if (who.role)
      parts.push(lang === 'fr' ? `au rôle « ${who.role}… »` : `with the role "${who.role}…"`);
    return parts.join(lang === 'fr' ? ' ou ' : ' or ');
  };
  const where = (lang: 'fr' | 'en') =>
    lang === 'fr'
      ? `l’instance ${body(sitsIn.scheme, sitsIn.body, lang)} du ${scheme(sitsIn.scheme, lang)}`
      : `the ${scheme(sitsIn.scheme, lang)} ${body(sitsIn.scheme, sitsIn.body, lang)}`;
  const label = {
    fr: `Un acteur ${describe('fr')} siège dans ${where('fr')}.`,
    en: `An actor ${describe('en')} sits in ${where('en')}.`,
  };
  const base = `user-${slug(label.en)}`.slice(0, 80);
  let id = base;
  for (let n = 2; taken.includes(id) || CROSS_SCHEME_RULES.some((r) => r.id === id); n++) {
    id = `${base}-${n}`;
  }
  return { id, label, enabled: true, who: { ...who }, sitsIn: { ...sitsIn } };
}
