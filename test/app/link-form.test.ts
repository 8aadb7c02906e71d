import { describe, expect, it } from 'vitest';
import {
  COMMON_NATURES,
  endCandidates,
  findEnds,
  LINK_FIELD_ORDER,
  linkBetween,
  linkFieldsOf,
  linkInputOf,
  natureChoices,
  naturesOf,
} from '../../src/app/link-form.ts';
import { firstInvalidField } from '../../src/app/editing.ts';
import type { EditIssue } from '../../src/model/index.ts';
import { actor, graphOf, link } from '../factory.ts';

const graph = () =>
  graphOf(
    [
      actor('mairie', { name: 'Mairie de Rochebrune' }),
      actor('ch', { name: 'Centre hospitalier Éloïse-Durand' }),
      actor('ccas', { name: 'CCAS de Rochebrune' }),
      actor('mdf', { name: 'Maison des familles' }),
    ],
    [
      link('mairie', 'ch', { types: ['Convention', 'prêt de salle'], strength: 3 }),
      link('ch', 'ccas', { types: ['convention'], schemes: ['CLS'], directed: true }),
    ],
  );

const issue = (field: string, severity: EditIssue['severity'] = 'error'): EditIssue => ({
  severity,
  code: 'x',
  field,
  message: { fr: 'x', en: 'x' },
});

describe('the link form’s fields', () => {
  it('gives every field for a new link, and only the changed ones for an edit', () => {
    const fresh = linkFieldsOf(null);
    expect(linkInputOf({ ...fresh, types: ['Convention'], strength: 2 }, null)).toEqual({
      types: ['Convention'],
      strength: 2,
      schemes: [],
      directed: false,
    });
    const g = graph();
    const before = linkFieldsOf(linkBetween(g, 'ccas', 'ch'));
    expect(before).toMatchObject({ types: ['convention'], schemes: ['CLS'], directed: true });
    expect(linkInputOf({ ...before, strength: 1 }, before)).toEqual({ strength: 1 });
    expect(linkInputOf({ ...before, directed: false }, before)).toEqual({ directed: false });
    const strong = linkFieldsOf(linkBetween(g, 'mairie', 'ch'));
    expect(linkInputOf({ ...strong, strength: null }, strong)).toEqual({ strength: null });
    expect(linkInputOf(before, before)).toEqual({});
  });

  it('adds the natures typed to those ticked, each once whatever its case or accents', () => {
    const fields = {
      ...linkFieldsOf(null),
      types: ['Échange d’information'],
      otherTypes: ' prêt de salle ; ECHANGE D’INFORMATION,, Formation ',
    };
    expect(naturesOf(fields)).toEqual(['Échange d’information', 'prêt de salle', 'Formation']);
    const before = { ...linkFieldsOf(null), types: ['Convention'] };
    // Typing a nature already ticked changes nothing.
    expect(linkInputOf({ ...before, otherTypes: 'convention' }, before)).toEqual({});
  });

  it('offers the common natures, then the inventory’s own ones once', () => {
    const choices = natureChoices(graph(), 'fr');
    expect(choices.slice(0, COMMON_NATURES.length)).toEqual(COMMON_NATURES);
    expect(choices.slice(COMMON_NATURES.length)).toEqual(['prêt de salle']);
  });
});

describe('choosing the other end', () => {
  it('finds names typed differently (case, accents, word order, parts of words)', () => {
    const candidates = endCandidates(graph(), new Map(), 'mairie');
    expect(candidates.map((c) => c.id)).not.toContain('mairie');
    expect(findEnds(candidates, 'eloise hosp').map((c) => c.id)).toEqual(['ch']);
    expect(findEnds(candidates, 'ROCHEBR').map((c) => c.id)).toEqual(['ccas']);
    expect(findEnds(candidates, 'maison FAMILLE').map((c) => c.id)).toEqual(['mdf']);
    expect(findEnds(candidates, 'inconnu')).toEqual([]);
  });

  it('says which candidates are already linked, and uses the names shown', () => {
    const candidates = endCandidates(graph(), new Map([['mdf', 'Association (personne)']]), 'ch');
    const linked = Object.fromEntries(candidates.map((c) => [c.id, c.linked]));
    expect(linked).toEqual({ mairie: true, ccas: true, mdf: false });
    expect(findEnds(candidates, 'familles')).toEqual([]);
    expect(findEnds(candidates, 'association').map((c) => c.id)).toEqual(['mdf']);
  });

  it('reads the link between two actors either way round', () => {
    const g = graph();
    expect(linkBetween(g, 'ch', 'mairie')?.strength).toBe(3);
    expect(linkBetween(g, 'ccas', 'ch')?.source).toBe('ch');
    expect(linkBetween(g, 'mdf', 'ch')).toBeNull();
    expect(linkBetween(g, 'nobody', 'ch')).toBeNull();
  });
});

describe('the first invalid field', () => {
  it('is the first in the form’s order among the errors (warnings ignored)', () => {
    expect(firstInvalidField([], LINK_FIELD_ORDER)).toBeNull();
    expect(firstInvalidField([issue('schemes', 'warning')], LINK_FIELD_ORDER)).toBeNull();
    expect(firstInvalidField([issue('strength'), issue('target')], LINK_FIELD_ORDER)).toBe(
      'target',
    );
    expect(firstInvalidField([issue('schemes'), issue('strength')], LINK_FIELD_ORDER)).toBe(
      'strength',
    );
    expect(firstInvalidField([issue('other')], LINK_FIELD_ORDER)).toBe('other');
  });
});
