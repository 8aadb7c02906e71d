import { describe, it, expect } from 'vitest';
import {
  referenceRank,
  buildLookup,
  defaultReference,
  indexReference,
  joinInitials,
  labelOf,
  lookUp,
  singularKey,
} from '../../src/domain/reference.ts';
import { fold } from '../../src/domain/text.ts';
import { WHOLE_SCHEME, type ReferenceEntry } from '../../src/domain/types.ts';

const ref = defaultReference();
const index = indexReference(ref);

/** Every reference list, by a readable name. */
const LISTS: [string, readonly ReferenceEntry[]][] = [
  ['actor-types', ref.actorTypes],
  ['sectors', ref.sectors],
  ['schemes', ref.schemes],
  ...ref.schemes.map((s): [string, readonly ReferenceEntry[]] => [`bodies of ${s.id}`, s.bodies]),
];

function texts(e: ReferenceEntry): string[] {
  return [e.id, e.label.fr, e.label.en, ...e.synonyms];
}

describe('reference lists: shape', () => {
  it('has the 16 actor types and 16 sectors of docs/domain.md', () => {
    expect(ref.actorTypes.map((t) => t.id).sort()).toEqual(
      [
        'collectivite',
        'etat',
        'ars',
        'protection-sociale',
        'etablissement-sante',
        'medico-social',
        'exercice-coordonne',
        'professionnel',
        'promotion-sante',
        'association',
        'bailleur',
        'insertion',
        'education',
        'entreprise',
        'habitant',
        'autre',
      ].sort(),
    );
    expect(ref.sectors.map((s) => s.id).sort()).toEqual(
      [
        'soins',
        'prevention',
        'sante-mentale',
        'medico-social',
        'social',
        'logement',
        'education',
        'emploi',
        'mobilite',
        'urbanisme',
        'environnement',
        'alimentation',
        'sport',
        'culture',
        'securite',
        'citoyennete',
      ].sort(),
    );
  });

  it('has the schemes of docs/domain.md, CLS, CLSM and ASV as core, with their bodies', () => {
    const byId = new Map(ref.schemes.map((s) => [s.id, s]));
    expect([...byId.keys()].sort()).toEqual(['ASV', 'CLS', 'CLSM', 'CPTS', 'CV', 'PTSM', 'VSOMS']);
    expect(ref.schemes.filter((s) => s.core).map((s) => s.id)).toEqual(['CLS', 'CLSM', 'ASV']);
    const bodies = (id: string) => byId.get(id)?.bodies.map((b) => b.id);
    expect(bodies('CLS')).toEqual(['copil', 'cotech', 'gt', 'coordination']);
    expect(bodies('CLSM')).toEqual(['pleniere', 'copil', 'gt', 'coordination']);
    expect(bodies('ASV')).toEqual(['copil', 'gt', 'coordination']);
    for (const s of ref.schemes) {
      expect(bodies(s.id)).toEqual(expect.arrayContaining(['copil', 'gt', 'coordination']));
      expect(s.longLabel.fr).not.toBe('');
      expect(s.longLabel.en).not.toBe('');
    }
  });

  it.each(LISTS)('%s: ids are unique', (_name, entries) => {
    const ids = entries.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sector layers: ids are unique, every layer holds a sector', () => {
    const ids = ref.sectorLayers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ref.sectors.some((s) => s.layer === id)).toBe(true);
  });

  it('every sector has a layer that exists', () => {
    const layers = new Set(ref.sectorLayers.map((l) => l.id));
    for (const s of ref.sectors) expect(layers, `${s.id} → ${s.layer}`).toContain(s.layer);
  });

  it('follows the Dahlgren & Whitehead grouping of docs/domain.md', () => {
    const layerOf = (id: string) => ref.sectors.find((s) => s.id === id)?.layer;
    expect(layerOf('citoyennete')).toBe('reseaux');
    for (const id of [
      'soins',
      'logement',
      'education',
      'emploi',
      'alimentation',
      'environnement',
    ]) {
      expect(layerOf(id), id).toBe('conditions-vie');
    }
    for (const id of ['urbanisme', 'mobilite', 'culture', 'securite']) {
      expect(layerOf(id), id).toBe('socio-eco');
    }
  });

  it('every entry has French and English labels; every actor type an anonymous label', () => {
    for (const [, entries] of LISTS) {
      for (const e of entries) {
        expect(e.label.fr.trim(), e.id).not.toBe('');
        expect(e.label.en.trim(), e.id).not.toBe('');
      }
    }
    for (const l of ref.sectorLayers) expect(l.label.fr && l.label.en).toBeTruthy();
    for (const t of ref.actorTypes) {
      expect(t.anonymousLabel?.fr, t.id).toBeTruthy();
      expect(t.anonymousLabel?.en, t.id).toBeTruthy();
    }
    expect(ref.actorTypes.find((t) => t.id === 'habitant')?.anonymousLabel).toEqual({
      fr: 'Habitant·e',
      en: 'Resident',
    });
  });

  it('defaultReference returns a fresh copy each time', () => {
    const a = defaultReference();
    a.actorTypes[0]!.synonyms.push('zzz');
    a.sectors.pop();
    const b = defaultReference();
    expect(b.actorTypes[0]!.synonyms).not.toContain('zzz');
    expect(b.sectors).toHaveLength(16);
  });

  it('labelOf gives the label, or the id when unknown', () => {
    expect(labelOf(ref.sectors, 'logement', 'fr')).toBe('Logement et habitat');
    expect(labelOf(ref.sectors, 'logement', 'en')).toBe('Housing');
    expect(labelOf(ref.sectors, 'inconnu', 'fr')).toBe('inconnu');
  });
});

describe('reference lists: synonyms', () => {
  it.each(LISTS)('%s: no folded synonym maps to two different ids', (_name, entries) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const text of texts(e)) {
        const key = fold(text);
        expect(key, `${e.id}: ${JSON.stringify(text)} folds to nothing`).not.toBe('');
        const prev = owner.get(key);
        if (prev !== undefined && prev !== e.id) clashes.push(`"${text}" → ${prev} and ${e.id}`);
        else owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(LISTS)('%s: every id, label and synonym looks up to its own entry', (_name, entries) => {
    const lookup = buildLookup(entries);
    const wrong: string[] = [];
    for (const e of entries) {
      for (const text of texts(e)) {
        const got = lookUp(lookup, text);
        if (got !== e.id) wrong.push(`"${text}" → ${got} (expected ${e.id})`);
        // Upper case, and the synonym inside a longer name, give the same answer.
        if (lookUp(lookup, text.toUpperCase()) !== e.id) wrong.push(`"${text.toUpperCase()}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no synonym is duplicated within an entry', () => {
    for (const [name, entries] of LISTS) {
      for (const e of entries) {
        const keys = e.synonyms.map(fold);
        const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
        expect(dup, `${name}/${e.id}`).toEqual([]);
      }
    }
  });
});

describe('lookUp: actor types as spreadsheets write them', () => {
  it.each([
    ['Centre Hospitalier de Rochebrune', 'etablissement-sante'],
    ['CH de Rochebrune', 'etablissement-sante'],
    ['Hôpitaux', 'etablissement-sante'],
    ['EPSM du Val de Sèvre', 'etablissement-sante'],
    ['CMP adultes', 'etablissement-sante'],
    ['Secteur psychiatrique 01G03', 'etablissement-sante'],
    ['C.C.A.S.', 'collectivite'],
    ['C.C.A.S. de Rochebrune', 'collectivite'],
    ['ccas', 'collectivite'],
    ['Mairie de Saint-Aubin', 'collectivite'],
    ['Communauté d’agglomération', 'collectivite'],
    ['COMMUNAUTE DE COMMUNES', 'collectivite'],
    ['Élue à la santé', 'collectivite'],
    ['elus', 'collectivite'],
    ['Police municipale', 'collectivite'],
    ['Conseil Départemental', 'collectivite'],
    ['Sous-Préfecture', 'etat'],
    ['Délégué du Préfet', 'etat'],
    ['Education Nationale', 'etat'],
    ['Infirmière scolaire', 'etat'],
    ['Commissariat de police', 'etat'],
    ['DD ARS', 'ars'],
    ['Délégation départementale de l’ARS', 'ars'],
    ['A.R.S.', 'ars'],
    ['Assurance Maladie', 'protection-sociale'],
    ['C.P.A.M.', 'protection-sociale'],
    ['Caisse d’allocations familiales', 'protection-sociale'],
    ['Ehpad', 'medico-social'],
    ['Établissements médico-sociaux', 'medico-social'],
    ['Maison de santé pluri-professionnelle', 'exercice-coordonne'],
    ['M.S.P.', 'exercice-coordonne'],
    ['Centre de santé municipal', 'exercice-coordonne'],
    ['Médecin généraliste', 'professionnel'],
    ['Medecins generalistes', 'professionnel'],
    ['Infirmiers libéraux', 'professionnel'],
    ['Pharmacien d’officine', 'professionnel'],
    ['Kiné', 'professionnel'],
    ['IREPS', 'promotion-sante'],
    ['Promotion Santé Normandie', 'promotion-sante'],
    ['Asso', 'association'],
    ['Association d’usagers', 'association'],
    ['Association des usagers de la psychiatrie', 'association'],
    ['GEM L’Envol', 'association'],
    ['Unafam', 'association'],
    ['Bailleurs sociaux', 'bailleur'],
    ['Office Public de l’Habitat', 'bailleur'],
    ['Mission Locale', 'insertion'],
    ['Pole Emploi', 'insertion'],
    ['Centre social', 'education'],
    ['Centres sociaux', 'education'],
    ['Jeunesse', 'education'],
    ['Lycée pro', 'education'],
    ['Entreprise d’insertion', 'insertion'],
    ['Entreprises', 'entreprise'],
    ['conseil citoyen', 'habitant'],
    ['Conseils Citoyens', 'habitant'],
    ['Pair aidante', 'habitant'],
    ['Pairs-aidants', 'habitant'],
    ['Usagère', 'habitant'],
    ['Habitants du quartier', 'habitant'],
    ['Other', 'autre'],
  ])('%j → %s', (text, id) => {
    expect(lookUp(index.actorTypes, text)).toBe(id);
  });

  it('returns undefined for an empty or unknown text', () => {
    expect(lookUp(index.actorTypes, '')).toBeUndefined();
    expect(lookUp(index.actorTypes, ' - ')).toBeUndefined();
    expect(lookUp(index.actorTypes, 'Zorglub')).toBeUndefined();
  });

  it('prefers the longest synonym, then the one found first in the text', () => {
    // "pair aidant" (habitant) is longer than "aidant" (association).
    expect(lookUp(index.actorTypes, 'Réseau des pairs aidants')).toBe('habitant');
    // "association" and "psychiatrie" have the same length: the first one wins.
    expect(lookUp(index.actorTypes, 'Psychiatrie et association')).toBe('etablissement-sante');
    expect(lookUp(index.actorTypes, 'Association et psychiatrie')).toBe('association');
  });
});

describe('lookUp: sectors, schemes and bodies', () => {
  it.each([
    ['Vie associative', 'citoyennete'],
    ['Participation des habitants', 'citoyennete'],
    ['Jeunesse', 'education'],
    ['Petite enfance', 'education'],
    ['Parentalité', 'education'],
    ['Santé', 'soins'],
    ['Offre de soins', 'soins'],
    ['Premier recours', 'soins'],
    ['Prévention', 'prevention'],
    ['Promotion de la santé', 'prevention'],
    ['Santé mentale', 'sante-mentale'],
    ['PSYCHIATRIE', 'sante-mentale'],
    ['Handicap', 'medico-social'],
    ['Personnes agees', 'medico-social'],
    ['Accès aux droits', 'social'],
    ['Solidarités', 'social'],
    ['Hébergement', 'logement'],
    ['Habitat indigne', 'logement'],
    ['Insertion', 'emploi'],
    ['Mobilité', 'mobilite'],
    ['Transports', 'mobilite'],
    ['Aménagement', 'urbanisme'],
    ['Santé environnementale', 'environnement'],
    ['Nutrition', 'alimentation'],
    ['Activités physiques', 'sport'],
    ['Loisirs', 'culture'],
    ['Prévention de la délinquance', 'securite'],
    ['Justice', 'securite'],
    ['Housing', 'logement'],
    ['Health care', 'soins'],
    ['Mental health', 'sante-mentale'],
    ['Employment', 'emploi'],
    ['Transport', 'mobilite'],
  ])('sector %j → %s', (text, id) => {
    expect(lookUp(index.sectors, text)).toBe(id);
  });

  it.each([
    ['CLS', 'CLS'],
    ['Contrat local de santé', 'CLS'],
    ['C.L.S.M.', 'CLSM'],
    ['Conseil local en santé mentale', 'CLSM'],
    ['Atelier Santé Ville', 'ASV'],
    ['Contrat de ville', 'CV'],
    ['CPTS', 'CPTS'],
    ['PTSM', 'PTSM'],
    ['Réseau Villes-Santé OMS', 'VSOMS'],
  ])('scheme %j → %s', (text, id) => {
    expect(lookUp(index.schemes, text)).toBe(id);
  });

  it.each([
    ['CLS', 'COPIL', 'copil'],
    ['CLS', 'comité de pilotage', 'copil'],
    ['CLS', 'comite pilotage', 'copil'],
    ['CLS', 'Pilotage', 'copil'],
    ['CLS', 'COTECH', 'cotech'],
    ['CLS', 'Comité Technique', 'cotech'],
    ['CLS', 'GT', 'gt'],
    ['CLS', 'groupe de travail', 'gt'],
    ['CLS', 'Working group', 'gt'],
    ['CLS', 'coordinatrice', 'coordination'],
    ['CLS', 'Steering committee', 'copil'],
    ['CLS', 'Technical committee', 'cotech'],
    ['CLSM', 'Plénière', 'pleniere'],
    ['CLSM', 'assemblée plénière', 'pleniere'],
    ['CLSM', 'AG', 'pleniere'],
    ['CLSM', 'plenary', 'pleniere'],
    ['CLSM', 'Commission', 'gt'],
    ['CLSM', 'Cellule de cas complexes', 'gt'],
    ['CLSM', 'atelier', 'gt'],
    ['CLSM', 'Coordinateur', 'coordination'],
    ['ASV', 'COPIL', 'copil'],
    ['ASV', 'GT', 'gt'],
    ['CV', 'COPIL', 'copil'],
    ['CPTS', 'Conseil d’administration', 'copil'],
  ])('%s body %j → %s', (scheme, text, id) => {
    const bodies = index.bodies.get(scheme);
    expect(bodies).toBeDefined();
    expect(lookUp(bodies!, text)).toBe(id);
  });

  it('has no plenary in the CLS nor in the ASV', () => {
    expect(lookUp(index.bodies.get('CLS')!, 'Plénière')).toBeUndefined();
    expect(lookUp(index.bodies.get('ASV')!, 'COTECH')).toBeUndefined();
  });
});

describe('lookUp helpers', () => {
  it('joinInitials joins runs of one-letter words only', () => {
    expect(joinInitials('c c a s de rochebrune')).toBe('ccas de rochebrune');
    expect(joinInitials('dd a r s')).toBe('dd ars');
    expect(joinInitials('l hopital nord')).toBe('l hopital nord');
    expect(joinInitials('centre d accueil')).toBe('centre d accueil');
    expect(joinInitials('')).toBe('');
  });

  it('singularKey reduces plurals on both sides of a comparison', () => {
    expect(singularKey('bailleurs sociaux')).toBe('bailleur social');
    expect(singularKey('centres hospitaliers')).toBe('centre hospitalier');
    expect(singularKey('ars')).toBe('ars');
    expect(singularKey('')).toBe('');
  });
});

describe('expected composition', () => {
  const schemes = new Map(ref.schemes.map((s) => [s.id, new Set(s.bodies.map((b) => b.id))]));
  const types = new Set(ref.actorTypes.map((t) => t.id));
  const sectors = new Set(ref.sectors.map((s) => s.id));

  it('references existing schemes, bodies, types and sectors', () => {
    expect(ref.expected.length).toBeGreaterThan(0);
    for (const e of ref.expected) {
      const where = `${e.scheme}/${e.body}`;
      expect(schemes.has(e.scheme), where).toBe(true);
      expect(e.body === WHOLE_SCHEME || schemes.get(e.scheme)!.has(e.body), where).toBe(true);
      expect(e.rules.length, where).toBeGreaterThan(0);
      for (const r of e.rules) {
        expect(['required', 'recommended'], where).toContain(r.level);
        expect(r.anyOf.length, where).toBeGreaterThan(0);
        for (const id of r.anyOf) {
          expect((r.kind === 'type' ? types : sectors).has(id), `${where}: ${r.kind} ${id}`).toBe(
            true,
          );
        }
        if (r.note) expect(r.note.fr && r.note.en, where).toBeTruthy();
      }
    }
  });

  it('has one entry per (scheme, body)', () => {
    const keys = ref.expected.map((e) => `${e.scheme}/${e.body}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  function rulesOf(scheme: string, body: string) {
    const e = ref.expected.find((x) => x.scheme === scheme && x.body === body);
    expect(e, `${scheme}/${body}`).toBeDefined();
    return e!.rules.map((r) => `${r.level} ${r.kind} ${[...r.anyOf].sort().join('|')}`);
  }

  const CLS_SECTORS = [
    'soins',
    'prevention',
    'sante-mentale',
    'social',
    'medico-social',
    'logement',
    'education',
    'environnement',
    'mobilite',
    'urbanisme',
  ];

  it('encodes the CLS COPIL of docs/domain.md', () => {
    const rules = rulesOf('CLS', 'copil');
    expect(rules).toEqual(
      expect.arrayContaining([
        'required type ars',
        'required type collectivite',
        'recommended type etat',
        'recommended type protection-sociale',
        'recommended type habitant',
        ...CLS_SECTORS.map((s) => `recommended sector ${s}`),
      ]),
    );
    const habitant = ref.expected
      .find((x) => x.scheme === 'CLS' && x.body === 'copil')!
      .rules.find((r) => r.anyOf.includes('habitant'));
    expect(habitant?.note?.fr).toContain('L.1434-10');
    expect(rulesOf('CLS', WHOLE_SCHEME)).toEqual(
      expect.arrayContaining(CLS_SECTORS.map((s) => `recommended sector ${s}`)),
    );
  });

  it('encodes the CLSM plenary and COPIL of docs/domain.md', () => {
    expect(rulesOf('CLSM', 'pleniere')).toEqual(
      expect.arrayContaining([
        'required type collectivite',
        'required type etablissement-sante',
        'required sector sante-mentale',
        'required type association|habitant',
        'recommended type bailleur',
        'recommended sector social',
        'recommended type professionnel',
        'recommended type etat',
      ]),
    );
    expect(rulesOf('CLSM', 'copil')).toEqual(
      expect.arrayContaining([
        'required type collectivite',
        'required type etablissement-sante',
        'recommended type association|habitant',
      ]),
    );
  });

  it('encodes the ASV COPIL of docs/domain.md', () => {
    expect(rulesOf('ASV', 'copil')).toEqual(
      expect.arrayContaining([
        'required type collectivite',
        'required type etat',
        'required type habitant',
        'recommended type professionnel',
        'recommended type association',
        'recommended sector social',
      ]),
    );
  });
});

describe('referenceRank', () => {
  it('orders ids as the reference lists them, unknown ones after, an empty one last', () => {
    const order = ['ars', 'collectivite', 'association'];
    const keys = ['', 'inconnu', 'association', 'ars', 'collectivite'];
    const ranked = [...keys].sort((a, b) => referenceRank(order, a) - referenceRank(order, b));
    expect(ranked).toEqual(['ars', 'collectivite', 'association', 'inconnu', '']);
  });
});
