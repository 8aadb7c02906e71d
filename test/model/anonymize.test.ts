import { actor, demo, REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { namesSomeone } from '../../src/domain/person.ts';
import { fold } from '../../src/domain/text.ts';
import {
  exportedKeys,
  exportedValue,
  MASK,
  redactContacts,
  exportGraph,
  nameRedactor,
  type ExportGraph,
} from '../../src/model/anonymize.ts';
import { actorsToCsv, linksToCsv } from '../../src/model/csv-export.ts';
import { toGexf } from '../../src/model/gexf.ts';
import type { MaillageGraph } from '../../src/model/graph.ts';
import type { NodeViz } from '../../src/model/graph-fields.ts';
import { toGraphml } from '../../src/model/graphml.ts';
import { toWorkspaceFile } from '../../src/model/workspace-file.ts';
import { HIDDEN, importTexts, PERSONS_CSV, PERSONS_LINKS_CSV } from './helpers.ts';

function persons() {
  return importTexts({ 'acteurs.csv': PERSONS_CSV, 'liens.csv': PERSONS_LINKS_CSV });
}

/** Every file the export menu writes, for one graph. */
function allFiles(graph: MaillageGraph, anonymous: boolean): Record<string, string> {
  const exported = exportGraph(graph, { anonymous, ref: REF, lang: 'fr' });
  const viz = exportedKeys(
    exported,
    new Map<string, NodeViz>(
      graph.nodes().map((id) => [id, { color: '#123456', size: 9, x: 1, y: 2 }]),
    ),
  );
  const options = { ref: REF, lang: 'fr' as const, viz, title: 'Carte' };
  return {
    actors: actorsToCsv(exported.graph, REF),
    links: linksToCsv(exported.graph, REF),
    gexf: toGexf(exported.graph, options),
    graphml: toGraphml(exported.graph, options),
    workspace: toWorkspaceFile(
      {
        title: 'Carte',
        graph,
        positions: Object.fromEntries(graph.mapNodes((id) => [id, { x: 0, y: 0 }])),
        views: [{ selected: graph.nodes() }],
      },
      { anonymous, ref: REF, lang: 'fr' },
    ),
  };
}

/** Whether a text holds a name as whole words, case and accents aside. */
function mentions(text: string, name: string): boolean {
  return ` ${fold(text)} `.includes(` ${fold(name)} `);
}

describe('anonymous exports', () => {
  it('carry no person’s name, id, contact or identifier in any file', () => {
    const { graph } = persons();
    const plain = allFiles(graph, false);
    // The fixture does hold the names: the check below can fail.
    for (const hidden of ['Marie Durand', 'Moreau', 'Zanotti']) {
      expect(mentions(plain.workspace!, hidden)).toBe(true);
    }
    for (const [format, text] of Object.entries(allFiles(graph, true))) {
      for (const hidden of HIDDEN)
        expect(mentions(text, hidden), `${format}: ${hidden}`).toBe(false);
    }
  });

  it('shows persons by role or type, under neutral ids used the same way everywhere', () => {
    const { graph } = persons();
    const exported = exportGraph(graph, { anonymous: true, ref: REF, lang: 'fr' });
    const g = exported.graph;
    expect(Object.fromEntries(exported.ids)).toEqual({
      'dr-marie-durand': 'personne-1',
      'jean-luc-moreau-conseil-citoyen': 'personne-2',
      'kevin-zanotti': 'personne-3',
      'cabinet-zanotti': 'acteur-1',
    });
    expect(g.mapNodes((id, a) => [id, a.name])).toEqual([
      ['personne-1', 'Professionnel·le de santé'],
      ['personne-2', 'Membre du conseil citoyen'],
      ['personne-3', 'Adjoint de K. … au maire'],
      ['college-jean-moulin', 'Collège Jean Moulin'],
      ['mairie-de-rochebrune', 'Mairie de Rochebrune'],
      ['acteur-1', 'Cabinet …'],
    ]);
    const marie = g.getNodeAttributes('personne-1');
    expect(marie).toMatchObject({ person: true, type: 'professionnel', sectors: ['soins'] });
    expect(marie.attributes).toEqual({});
    expect(marie.rpps).toBeUndefined();
    expect(marie.groups).toEqual({ CLS: ['Accès aux soins'] });
    expect(g.getNodeAttribute('college-jean-moulin', 'attributes')).toEqual({
      Remarques: 'Contact : M. …, CPE',
    });
    expect(g.mapEdges((_e, l) => [l.source, l.target, l.attributes])).toEqual([
      ['personne-1', 'mairie-de-rochebrune', { Remarque: 'signée par …' }],
      ['personne-2', 'college-jean-moulin', {}],
      ['personne-3', 'mairie-de-rochebrune', {}],
      ['acteur-1', 'personne-1', {}],
    ]);
    expect(g.size).toBe(graph.size);
    expect(g.order).toBe(graph.order);
  });

  it('changes nothing when the mode is off', () => {
    const { graph } = persons();
    const exported = exportGraph(graph, { anonymous: false, ref: REF, lang: 'fr' });
    expect(exported.graph).toBe(graph);
    expect(exported.ids.size).toBe(0);
  });

  it('hides the persons of the demo territory from every file', () => {
    const { graph } = demo();
    const names = graph
      .filterNodes((_id, a) => a.person === true)
      .map((id) => graph.getNodeAttribute(id, 'name'));
    expect(names).toContain("Mme Hélène Durand, vice-présidente santé de l'agglomération");
    const files = allFiles(graph, true);
    for (const [format, text] of Object.entries(files)) {
      for (const name of names) {
        expect(text.includes(name), `${format}: ${name}`).toBe(false);
        const head = name
          .split(/[,(]/)[0]!
          .replace(/^(Mme|M\.|Dr) /, '')
          .trim();
        expect(mentions(text, head), `${format}: ${head}`).toBe(false);
      }
    }
  });
});

describe('nameRedactor', () => {
  const redact = nameRedactor([
    actor('p', { name: 'Mme Hélène Durand, élue', person: true }),
    actor('q', { name: 'Jean-Luc Moreau', type: 'habitant' }),
    actor('s', { name: 'Collège Jean Moulin', person: false }),
    actor('r', { name: 'DUPONT Jean', person: true }),
    actor('t', { name: 'Pharmacie Dupont', person: false }),
  ]);
  const cases: [string, string][] = [
    ['Contact : HELENE DURAND', 'Contact : …'],
    ['helene.durand@example.org', '…@example.org'],
    ['Mme Durand, élue', 'Mme …, élue'],
    ['Collège Jean Moulin', 'Collège Jean Moulin'],
    ['Jean-Luc Moreau', '…'],
    ['M. Moreau', 'M. …'],
    ['Élue à la santé', 'Élue à la santé'],
    // A surname in capitals is hidden even in a structure's name.
    ['Pharmacie Dupont', 'Pharmacie …'],
    // "Jean" is also in a structure's name: alone, it is too common to hide.
    ['Jean Dupont', 'Jean …'],
    ['DUPONT Jean', '…'],
    ['', ''],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(redact(text)).toBe(expected));

  it('keeps place names a person only by type shares with structures', () => {
    // A residents' council and a pharmacy with the person cell left blank: shown by their
    // type, but "Tilleuls" and "Gare" name places, not people.
    const r = nameRedactor([
      actor('cc', { name: 'Conseil citoyen des Tilleuls', type: 'habitant' }),
      actor('ph', { name: 'Pharmacie de la Gare', type: 'professionnel' }),
      actor('cs', { name: 'Centre social Les Tilleuls', person: false }),
      actor('ga', { name: 'Maison de santé de la Gare', person: false }),
      actor('dr', { name: 'Dr Paul Gare', type: 'professionnel' }),
    ]);
    expect(r('Centre social Les Tilleuls')).toBe('Centre social Les Tilleuls');
    // A row that starts with a title names someone: their surname goes, even here.
    expect(r('Maison de santé de la Gare')).toBe('Maison de santé de la …');
    expect(namesSomeone({ name: 'Dr Paul Gare' })).toBe(true);
    expect(namesSomeone({ name: 'Pharmacie de la Gare' })).toBe(false);
    expect(namesSomeone({ name: 'Pharmacie de la Gare', person: true })).toBe(true);
  });

  it('is the identity when no actor is a person', () => {
    const r = nameRedactor([actor('a', { name: 'Jean Dupont', person: false })]);
    expect(r('Jean Dupont')).toBe('Jean Dupont');
  });
});

// Keeps the type import used (ExportGraph is part of the public API under test).
export type { ExportGraph };

describe('text typed by the user', () => {
  it('masks French phone numbers and e-mails', () => {
    for (const phone of [
      '06 12 34 56 78',
      '06.12.34.56.78',
      '0612345678',
      '+33 6 12 34 56 78',
      '+33612345678',
      '0033 6 12 34 56 78',
      '01-23-45-67-89',
    ]) {
      expect(redactContacts(`Appeler le ${phone} demain`)).toBe(`Appeler le ${MASK} demain`);
    }
    expect(redactContacts('Écrire à marie.durand@example.org ou à élise@mairie-test.fr.')).toBe(
      `Écrire à ${MASK} ou à ${MASK}.`,
    );
    // Numbers that are not phones stay: years, sizes, FINESS-like codes of other lengths.
    expect(redactContacts('COPIL du 12/03/2026, 45 participants, budget 120000')).toBe(
      'COPIL du 12/03/2026, 45 participants, budget 120000',
    );
  });

  it('masks them in views and settings of anonymous exports only', () => {
    const { graph } = importTexts({ 'acteurs.csv': PERSONS_CSV, 'liens.csv': PERSONS_LINKS_CSV });
    const views = [{ title: 'Appeler Dr Durand', comment: 'Tél. 06 12 34 56 78, jl@example.org' }];
    const anonymous = exportGraph(graph, { anonymous: true, ref: REF, lang: 'fr' });
    expect(exportedValue(anonymous, views)).toEqual([
      { title: `Appeler Dr ${MASK}`, comment: `Tél. ${MASK}, ${MASK}` },
    ]);
    const plain = exportGraph(graph, { anonymous: false, ref: REF, lang: 'fr' });
    expect(exportedValue(plain, views)).toEqual(views);
  });
});
