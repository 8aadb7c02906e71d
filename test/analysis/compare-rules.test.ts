// The cross-scheme rules on both sides of a comparison: the same settings checked on each
// version (the app's comparison and `maillage compare` both read them).
import { describe, expect, it } from 'vitest';
import { demo } from '../factory.ts';
import { ruleChanges } from '../../src/analysis';

const ASV = 'asv-coordinator-in-clsm-copil';
const RESIDENTS = 'residents-in-cls-copil';

describe('ruleChanges', () => {
  const before = demo().graph;
  // The ASV coordinator has left: the rule about them can no longer be checked.
  const after = before.copy();
  after.dropNode('coordination-asv-les-tilleuls');

  it('checks the default rules on both sides', () => {
    const changes = ruleChanges(before, after, null);
    expect(changes.find((c) => c.rule === ASV)).toMatchObject({
      before: 'unmet',
      after: 'unknown',
    });
    // Off by default: not checked.
    expect(changes.some((c) => c.rule === RESIDENTS)).toBe(false);
  });

  it('checks the rules as the workspace switched them', () => {
    const changes = ruleChanges(before, after, {
      switched: { [ASV]: false, [RESIDENTS]: true },
      custom: [],
    });
    expect(changes.map((c) => c.rule)).toEqual([RESIDENTS]);
    expect(changes[0]).toMatchObject({ before: 'unmet', after: 'unmet' });
    expect(changes[0]?.label.fr).toMatch(/COPIL/);
  });
});
