// Composition rules that span two schemes (docs/domain.md, "Expected composition"); the
// per-body rules are in ref.expected and checked by coverage.ts.
import { fold, type Actor, type Localized } from '../domain';
import type { MaillageGraph } from '../model';

export interface CrossSchemeRuleResult {
  rule: string;
  ok: boolean;
  /** The actors the rule is about (here: the ASV coordinators found). */
  actors: string[];
  message: Localized;
}

export const ASV_COORDINATOR_IN_CLSM_COPIL = 'asv-coordinator-in-clsm-copil';

/**
 * "When an ASV exists on the territory, its coordinator sits in the CLSM COPIL." Checked
 * only when the inventory has both an ASV and a CLSM (without a CLSM there is no COPIL to
 * sit in: not a gap of this inventory). The coordinator is an ASV member whose ASV bodies
 * include `coordination`, or whose role says coordination (coordinateur, coordinatrice…).
 */
export function checkCrossSchemeRules(graph: MaillageGraph): CrossSchemeRuleResult[] {
  const actors = graph.mapNodes((_id, actor) => actor);
  const results: CrossSchemeRuleResult[] = [];
  const asv = actors.filter((a) => a.schemes.ASV !== undefined);
  const clsm = actors.filter((a) => a.schemes.CLSM !== undefined);
  if (asv.length > 0 && clsm.length > 0) results.push(asvCoordinatorRule(asv));
  return results;
}

function isCoordinator(actor: Actor): boolean {
  return (
    (actor.schemes.ASV ?? []).includes('coordination') || /\bcoordinat/.test(fold(actor.role ?? ''))
  );
}

function asvCoordinatorRule(asv: readonly Actor[]): CrossSchemeRuleResult {
  const rule = ASV_COORDINATOR_IN_CLSM_COPIL;
  const coordinators = asv.filter(isCoordinator);
  if (coordinators.length === 0) {
    return {
      rule,
      ok: false,
      actors: [],
      message: {
        fr: 'Aucun coordinateur de l’ASV n’est identifié (instance « coordination » ou rôle) : sa présence au COPIL du CLSM ne peut pas être vérifiée.',
        en: 'No ASV coordinator is identified (body “coordination” or role): whether they sit in the CLSM steering committee (COPIL) cannot be checked.',
      },
    };
  }
  const seated = coordinators.filter((a) => (a.schemes.CLSM ?? []).includes('copil'));
  if (seated.length > 0) {
    return {
      rule,
      ok: true,
      actors: seated.map((a) => a.id),
      message: {
        fr: 'Le coordinateur de l’ASV siège au COPIL du CLSM.',
        en: 'The ASV coordinator sits in the CLSM steering committee (COPIL).',
      },
    };
  }
  return {
    rule,
    ok: false,
    actors: coordinators.map((a) => a.id),
    message: {
      fr: 'Le coordinateur de l’ASV ne siège pas au COPIL du CLSM.',
      en: 'The ASV coordinator does not sit in the CLSM steering committee (COPIL).',
    },
  };
}
