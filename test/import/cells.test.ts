// One cell at a time: scheme cells, yes/no, scores, lists.
import { REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { indexReference, lookUp } from '../../src/domain/reference.ts';
import { mayMatch, synonymWords } from '../../src/import/context.ts';
import type { ReferenceData } from '../../src/domain/types.ts';
import {
  parseBoolean,
  parseSchemeCell,
  parseSchemeList,
  parseScore,
  splitList,
} from '../../src/import/cells.ts';

const index = indexReference(REF);

describe('scheme cells', () => {
  const table: [string, string, string[] | null, string[]?, string[]?][] = [
    // cell, scheme, bodies (null = not a member), groups, unknown
    ['COPIL, COTECH', 'CLS', ['copil', 'cotech']],
    ['COPIL;COTECH', 'CLS', ['copil', 'cotech']],
    ['copil / cotech', 'CLS', ['copil', 'cotech']],
    ['COPIL + GT', 'CLS', ['copil', 'gt']],
    ['COPIL\nCOTECH', 'CLS', ['copil', 'cotech']],
    ['Comité de pilotage', 'CLS', ['copil']],
    ['GT Logement', 'CLS', ['gt'], ['Logement']],
    ['GT Logement, GT Précarité', 'CLS', ['gt'], ['Logement', 'Précarité']],
    ['Groupe de travail - Santé mentale des jeunes', 'CLS', ['gt'], ['Santé mentale des jeunes']],
    ['Commission logement', 'CLSM', ['gt'], ['logement']],
    ['Cellule de cas complexes', 'CLSM', ['gt']],
    ['Plénière', 'CLSM', ['pleniere']],
    ['Assemblée plénière', 'CLSM', ['pleniere']],
    ['Membre du COPIL', 'CLSM', ['copil']],
    ['Coordination', 'ASV', ['coordination']],
    ['x', 'CLS', []],
    ['X', 'CLS', []],
    ['oui', 'CLS', []],
    ['Oui', 'CLS', []],
    ['yes', 'CLS', []],
    ['1', 'CLS', []],
    ['o', 'CLS', []],
    ['✓', 'CLS', []],
    ['true', 'CLS', []],
    ['membre', 'CLS', []],
    ['', 'CLS', null],
    ['  ', 'CLS', null],
    ['non', 'CLS', null],
    ['Non', 'CLS', null],
    ['no', 'CLS', null],
    ['0', 'CLS', null],
    ['-', 'CLS', null],
    ['Bureau', 'CLS', ['bureau'], [], ['Bureau']],
    ['COPIL, Truc', 'CLS', ['copil', 'truc'], [], ['Truc']],
  ];
  for (const [cell, scheme, bodies, groups = [], unknown = []] of table) {
    it(`${JSON.stringify(cell)} in ${scheme}`, () => {
      const m = parseSchemeCell(cell, scheme, index);
      if (bodies === null) expect(m).toEqual({ member: false });
      else expect(m).toEqual({ member: true, bodies, groups, unknown });
    });
  }

  it('lists of schemes with bodies', () => {
    const r = parseSchemeList(
      'CLS, CLSM COPIL | ASV - GT Emploi, Contrat local de santé COTECH, PRE',
      index,
    );
    expect(r.entries.map((e) => [e.scheme, e.part.body, e.part.group ?? null])).toEqual([
      ['CLS', null, null],
      ['CLSM', 'copil', null],
      ['ASV', 'gt', 'Emploi'],
      ['CLS', 'cotech', null],
    ]);
    expect(r.unknown).toEqual(['PRE']);
  });
});

describe('yes/no', () => {
  const table: [string, 'person' | 'directed', boolean | null | undefined][] = [
    ['oui', 'person', true],
    ['Non', 'person', false],
    ['yes', 'person', true],
    ['no', 'person', false],
    ['1', 'person', true],
    ['0', 'person', false],
    ['x', 'person', true],
    ['VRAI', 'person', true],
    ['faux', 'person', false],
    ['true', 'person', true],
    ['False', 'person', false],
    ['Personne physique', 'person', true],
    ['Personne morale', 'person', false],
    ['', 'person', undefined],
    ['peut-être', 'person', null],
    ['orienté', 'directed', true],
    ['Non orienté', 'directed', false],
    ['directed', 'directed', true],
    ['mutual', 'directed', false],
    ['->', 'directed', true],
    ['<->', 'directed', false],
    ['réciproque', 'directed', false],
    ['oui', 'directed', true],
  ];
  for (const [cell, kind, expected] of table) {
    it(`${JSON.stringify(cell)} as ${kind} → ${expected}`, () =>
      expect(parseBoolean(cell, kind)).toBe(expected));
  }
});

describe('scores', () => {
  it('reads integers, French decimals, fractions and words; refuses the rest', () => {
    expect(parseScore('3', 1, 5)).toEqual({ kind: 'ok', value: 3 });
    expect(parseScore('2,0', 1, 3)).toEqual({ kind: 'ok', value: 2 });
    expect(parseScore('2,5', 1, 5)).toEqual({ kind: 'ok', value: 2.5 });
    expect(parseScore('4/5', 1, 5)).toEqual({ kind: 'ok', value: 4 });
    expect(parseScore(' 1 ', 1, 3)).toEqual({ kind: 'ok', value: 1 });
    expect(parseScore('fort', 1, 3)).toEqual({ kind: 'ok', value: 3 });
    expect(parseScore('Très fort', 1, 5)).toEqual({ kind: 'ok', value: 5 });
    expect(parseScore('', 1, 3)).toEqual({ kind: 'empty' });
    expect(parseScore('6', 1, 5)).toEqual({ kind: 'out-of-range', value: 6 });
    expect(parseScore('0', 1, 3)).toEqual({ kind: 'out-of-range', value: 0 });
    expect(parseScore('beaucoup', 1, 3)).toEqual({ kind: 'invalid' });
    expect(parseScore('1-2', 1, 3)).toEqual({ kind: 'invalid' });
  });
});

describe('lists', () => {
  it('splits on | ; , / + and newlines, not inside parentheses', () => {
    expect(splitList('Soins | Prévention; Social, Logement / Emploi + Sport\nCulture')).toEqual([
      'Soins',
      'Prévention',
      'Social',
      'Logement',
      'Emploi',
      'Sport',
      'Culture',
    ]);
    expect(splitList('Soins (premier recours, hôpital), Social')).toEqual([
      'Soins (premier recours, hôpital)',
      'Social',
    ]);
    expect(splitList(' , ;; ')).toEqual([]);
  });
});

describe('a reference given inline', () => {
  it('uses the lists it is given, not the defaults', () => {
    const tiny: ReferenceData = {
      schemes: [
        {
          id: 'X',
          label: { fr: 'X', en: 'X' },
          longLabel: { fr: 'Dispositif X', en: 'Scheme X' },
          core: true,
          synonyms: [],
          bodies: [{ id: 'bureau', label: { fr: 'Bureau', en: 'Board' }, synonyms: ['CA'] }],
        },
      ],
      actorTypes: [],
      sectors: [],
      sectorLayers: [],
      expected: [],
    };
    const m = parseSchemeCell('CA, COPIL', 'X', indexReference(tiny));
    expect(m).toEqual({
      member: true,
      bodies: ['bureau', 'copil'],
      groups: [],
      unknown: ['COPIL'],
    });
  });
});

describe('the quick filter before lookUp', () => {
  it('never rejects a text that lookUp maps', () => {
    for (const lookup of [index.actorTypes, index.sectors, index.schemes]) {
      const words = synonymWords(lookup);
      expect(words).not.toBeNull();
      const keys = [...lookup.keys()];
      const texts = keys.flatMap((k, i) => [
        k,
        k.toUpperCase(),
        `Le ${k} de Rochebrune`,
        `${k}s`,
        k.replace(/ /g, '.'),
        `${k} ${keys[(i * 7) % keys.length]}`,
        `${keys[(i * 13) % keys.length]} et ${k} du quartier`,
      ]);
      texts.push('C.C.A.S. de Rochebrune', 'Bailleurs sociaux', 'Rien à voir', '');
      for (const text of texts) {
        if (lookUp(lookup, text) !== undefined) expect(mayMatch(words, text), text).toBe(true);
      }
      expect(mayMatch(words, 'Zorglub 123 Kvetch')).toBe(false);
    }
  });
});
