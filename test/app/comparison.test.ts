// The comparison the app shows: the workspace's cross-scheme rules checked on both sides
// (the same rules for both), and the current side read under the composition in force.
import { describe, expect, it } from 'vitest';
import { demo, REF } from '../factory.ts';
import { ruleChanges } from '../../src/app/components/versions/comparison.ts';
import { shownDiff } from '../../src/app/components/versions/shown-diff.ts';
import { actorsOf, namesOf } from '../../src/app/view-model.ts';
import { compareVersions, versionOf } from '../../src/analysis';
import { isPerson } from '../../src/domain';

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

describe('shownDiff (anonymous mode)', () => {
  const before = demo().graph;
  const persons = before.filterNodes((_id, a) => isPerson(a));
  const [renamed, left, partner] = persons as [string, string, string];
  const after = before.copy();
  after.mergeNodeAttributes(renamed, { name: 'Prénom Changé' });
  after.dropNode(left);
  after.addNode('nouvelle-personne', {
    ...before.getNodeAttributes(partner),
    id: 'nouvelle-personne',
    name: 'Zoé Nouvellearrivée',
  });
  after.addEdge('nouvelle-personne', partner, { ...after.getEdgeAttributes(after.edges()[0]) });
  const diff = compareVersions(versionOf(before, REF), versionOf(after, REF), REF);
  const namesIn = (graph: typeof before) => namesOf(actorsOf(graph), REF, 'fr', true);
  const shown = shownDiff(diff, { before: namesIn(before), after: namesIn(after) });
  const text = JSON.stringify(shown);

  it('names no person anywhere: not the one renamed, the one gone, nor the one new', () => {
    expect(persons.length).toBeGreaterThanOrEqual(3);
    for (const name of [
      before.getNodeAttribute(renamed, 'name'),
      'Prénom Changé',
      before.getNodeAttribute(left, 'name'),
      'Zoé Nouvellearrivée',
    ]) {
      expect(JSON.stringify(diff)).toContain(name);
      expect(text).not.toContain(name);
    }
  });

  it('keeps every difference but a person’s name change, which it cannot tell', () => {
    expect(shown.actors.removed.map((a) => a.id)).toEqual(diff.actors.removed.map((a) => a.id));
    expect(shown.actors.added.map((a) => a.id)).toEqual(diff.actors.added.map((a) => a.id));
    expect(shown.links.added).toHaveLength(diff.links.added.length);
    expect(shown.marks.actors).toHaveLength(diff.marks.actors.length);
    expect(diff.actors.changed.some((c) => c.id === renamed)).toBe(true);
    expect(shown.actors.changed.some((c) => c.id === renamed)).toBe(false);
  });
});
