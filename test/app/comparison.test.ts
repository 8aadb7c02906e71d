// The comparison the app shows, in anonymous mode: the names it gives on each side.
import { describe, expect, it } from 'vitest';
import { demo, REF } from '../factory.ts';
import { shownDiff } from '../../src/app/components/versions/shown-diff.ts';
import { actorsOf, namesOf } from '../../src/app/view-model.ts';
import { compareVersions, versionOf } from '../../src/analysis';
import { isPerson } from '../../src/domain';

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
