import { describe, expect, it } from 'vitest';
import {
  anonymousLabel,
  homonymsToldApart,
  isPerson,
  shownNames,
} from '../../src/domain/person.ts';
import type { Actor } from '../../src/domain/types.ts';
import { actor as factoryActor, REF as ref } from '../factory.ts';

/** An actor of a given name and type (the factory's, with the two fields in front). */
function actor(id: string, name: string, type: string, extra: Partial<Actor> = {}): Actor {
  return factoryActor(id, { name, type, ...extra });
}

describe('isPerson', () => {
  it('follows the person column when it is filled', () => {
    expect(isPerson(actor('a', 'Mairie', 'collectivite', { person: true }))).toBe(true);
    expect(isPerson(actor('b', 'Dr Durand', 'professionnel', { person: false }))).toBe(false);
  });

  it('falls back on the type: residents and professionals are persons', () => {
    expect(isPerson(actor('a', 'Mme Martin', 'habitant'))).toBe(true);
    expect(isPerson(actor('b', 'Dr Durand', 'professionnel'))).toBe(true);
    expect(isPerson(actor('c', 'CCAS', 'collectivite'))).toBe(false);
  });
});

describe('anonymousLabel', () => {
  it('prefers the role, else the anonymous label of the type', () => {
    expect(
      anonymousLabel(
        actor('a', 'Dr Durand', 'professionnel', { role: ' Médecin généraliste ' }),
        ref,
        'fr',
      ),
    ).toBe('Médecin généraliste');
    const resident = ref.actorTypes.find((t) => t.id === 'habitant');
    expect(anonymousLabel(actor('b', 'Mme Martin', 'habitant'), ref, 'fr')).toBe(
      resident?.anonymousLabel?.fr,
    );
    expect(anonymousLabel(actor('b', 'Mme Martin', 'habitant'), ref, 'en')).toBe(
      resident?.anonymousLabel?.en,
    );
  });

  it('falls back on the type label, then on a generic word, for unknown types', () => {
    expect(anonymousLabel(actor('x', 'Jean', 'inconnu'), ref, 'fr')).toBe('Personne');
    expect(anonymousLabel(actor('x', 'Jean', 'inconnu'), ref, 'en')).toBe('Person');
  });
});

describe('shownNames', () => {
  const actors = [
    actor('mme-martin', 'Mme Martin', 'habitant'),
    actor('ccas', 'CCAS de Rochebrune', 'collectivite'),
    actor('m-petit', 'M. Petit', 'habitant'),
    actor('dr-durand', 'Dr Durand', 'professionnel', { role: 'Médecin généraliste' }),
    actor('elu', 'Sophie Leroy', 'collectivite', { person: true, role: 'Adjointe à la santé' }),
  ];

  it('keeps every name when the mode is off', () => {
    const names = shownNames(actors, ref, 'fr', false);
    expect([...names.values()]).toEqual(actors.map((a) => a.name));
  });

  it('shows persons by role or type, numbered when several share a label, and nobody else changes', () => {
    const names = shownNames(actors, ref, 'fr', true);
    const resident = ref.actorTypes.find((t) => t.id === 'habitant')?.anonymousLabel?.fr;
    expect(names.get('mme-martin')).toBe(`${resident} 1`);
    expect(names.get('m-petit')).toBe(`${resident} 2`);
    expect(names.get('dr-durand')).toBe('Médecin généraliste');
    expect(names.get('elu')).toBe('Adjointe à la santé');
    expect(names.get('ccas')).toBe('CCAS de Rochebrune');
    const text = [...names.values()].join(' ');
    for (const name of ['Martin', 'Petit', 'Durand', 'Leroy']) expect(text).not.toContain(name);
  });
});

describe('homonymsToldApart', () => {
  const clinics = [
    actor('clinique-pasteur-bergerac', 'Clinique Pasteur', 'etablissement-sante', {
      territory: 'Bergerac',
    }),
    actor('clinique-pasteur-perigueux', 'Clinique Pasteur', 'etablissement-sante', {
      territory: 'Périgueux',
    }),
    actor('ccas', 'CCAS de Rochebrune', 'collectivite', { territory: 'Rochebrune' }),
  ];

  it('adds the town to actors shown under the same name, and leaves the others', () => {
    const names = homonymsToldApart(shownNames(clinics, ref, 'fr', false), clinics);
    expect(names.get('clinique-pasteur-bergerac')).toBe('Clinique Pasteur (Bergerac)');
    expect(names.get('clinique-pasteur-perigueux')).toBe('Clinique Pasteur (Périgueux)');
    expect(names.get('ccas')).toBe('CCAS de Rochebrune');
  });

  it('uses the id when the town does not tell them apart, and never shows a person’s place', () => {
    const same = [
      actor('cmp-1', 'CMP', 'etablissement-sante', { territory: 'Pornic' }),
      actor('cmp-2', 'CMP', 'etablissement-sante', { territory: 'Pornic' }),
      actor('h1', 'Marie Durand', 'habitant', { territory: 'Pornic' }),
      actor('h2', 'Marie Durand', 'habitant', { territory: 'Machecoul' }),
    ];
    const names = homonymsToldApart(new Map(), same);
    expect(names.get('cmp-1')).toBe('CMP (cmp-1)');
    expect(names.get('cmp-2')).toBe('CMP (cmp-2)');
    expect(names.has('h1')).toBe(false);
    expect(names.has('h2')).toBe(false);
  });

  it('tells three of one name apart, by town where it is theirs alone, in the map it is given', () => {
    const three = [
      actor('ch-a', 'Centre hospitalier', 'etablissement-sante', { territory: 'Bergerac' }),
      actor('ccas', 'CCAS de Rochebrune', 'collectivite'),
      actor('ch-b', 'Centre hospitalier', 'etablissement-sante', { territory: ' Bergerac ' }),
      actor('ch-c', 'Centre hospitalier', 'etablissement-sante', { territory: 'Sarlat' }),
    ];
    const shown = shownNames(three, ref, 'fr', false);
    const names = homonymsToldApart(shown, three);
    expect(names).toBe(shown);
    expect([...names]).toEqual([
      ['ch-a', 'Centre hospitalier (ch-a)'],
      ['ccas', 'CCAS de Rochebrune'],
      ['ch-b', 'Centre hospitalier (ch-b)'],
      ['ch-c', 'Centre hospitalier (Sarlat)'],
    ]);
  });
});
