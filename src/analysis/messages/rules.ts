// What a cross-scheme rule's check says when the rule brings no words of its own
// (cross-scheme-rules.ts), in French and English; the rules' labels are in
// cross-scheme-rule-list.ts, the one home of each rule.
import type { Localized } from '../../domain';

/** No actor the rule is about could be found: the rule cannot be checked. */
export function ruleNotCheckable(label: Localized): Localized {
  return {
    fr: `Aucun acteur concerné n’est identifié : la règle « ${label.fr.replace(/\.$/, '')} » ne peut pas être vérifiée.`,
    en: `No actor it is about is identified: the rule "${label.en.replace(/\.$/, '')}" cannot be checked.`,
  };
}

export function ruleUnmet(label: Localized): Localized {
  return { fr: `Non respectée : ${label.fr}`, en: `Not met: ${label.en}` };
}
