import { demo, REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { actorsToCsv, linksToCsv } from '../../src/model/csv-export.ts';
import type { MaillageGraph } from '../../src/model/graph.ts';
import { importTexts, withoutSources } from './helpers.ts';

/** Export both files, import them again. */
function roundTrip(graph: MaillageGraph) {
  return importTexts({
    'acteurs.csv': actorsToCsv(graph, REF),
    'liens.csv': linksToCsv(graph, REF),
  });
}

const linkView = (graph: MaillageGraph) =>
  graph.mapEdges((_e, l) => ({
    source: l.source,
    target: l.target,
    types: l.types,
    strength: l.strength,
    schemes: l.schemes,
    directed: l.directed,
    attributes: l.attributes,
  }));

describe('actors and links CSV', () => {
  it('is a French-Excel CSV: BOM, semicolons, CRLF, French headers', () => {
    const { graph } = demo();
    const csv = actorsToCsv(graph, REF);
    expect(csv.startsWith("\uFEFFIdentifiant;Nom de la structure;Type d'acteur;")).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells, every line ends with CRLF.
    expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    expect(
      linksToCsv(graph, REF).startsWith(
        '\uFEFFActeur 1;Acteur 2;Nature du lien;Intensité;Dispositif',
      ),
    ).toBe(true);
  });

  it('imports back to the same demo territory, without a single warning', () => {
    const { graph } = demo();
    const back = roundTrip(graph);
    expect(back.result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(withoutSources(back.graph.mapNodes((_id, a) => a))).toEqual(
      withoutSources(graph.mapNodes((_id, a) => a)),
    );
    expect(linkView(back.graph)).toEqual(linkView(graph));
  });

  it('neutralises formulas, keeps ; quotes and line breaks, and reads them back', () => {
    const actors = [
      'Nom;Type;CLS;Rôle;Remarques',
      '"=HYPERLINK(""http://x"",""clic"")";Association;COPIL;"-1+2";"@SUM(A1)"',
      '"Ville; service ""santé""";Commune;"GT Logement, GT (Emploi / insertion), COTECH";"Coordination\nsur deux lignes";"+33 1 23"',
      '"Centre\nsur deux lignes";Hôpital;x;;',
    ].join('\r\n');
    const links = [
      'Acteur 1;Acteur 2;Nature du lien;Intensité;Dispositif',
      '"=HYPERLINK(""http://x"",""clic"")";"Ville; service ""santé""";"Convention, Échange d\'information";3;CLS',
      '"Centre sur deux lignes";"Ville; service ""santé""";Orientation;1;',
    ].join('\r\n');
    const { graph } = importTexts({ 'acteurs.csv': actors, 'liens.csv': links });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);

    const csv = actorsToCsv(graph, REF);
    // Every dangerous cell starts with a quote mark, inside or outside CSV quotes.
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""clic"")"`);
    expect(csv).toContain(";'-1+2;");
    expect(csv).toContain(";'@SUM(A1)");
    expect(csv).toContain(";'+33 1 23");
    expect(csv).toContain('"Coordination\nsur deux lignes"');
    expect(csv).toContain('GT Logement, GT (Emploi / insertion), COTECH');
    expect(csv).not.toMatch(/(^|[;\n])=/);

    const back = roundTrip(graph);
    const names = back.graph.mapNodes((_id, a) => a.name);
    // The apostrophes the export added are gone: the names are read back as they were.
    expect(names).toEqual([
      `=HYPERLINK("http://x","clic")`,
      'Ville; service "santé"',
      'Centre sur deux lignes',
    ]);
    const ville = back.graph.getNodeAttributes('ville-service-sante');
    expect(ville.role).toBe('Coordination\nsur deux lignes');
    expect(ville.schemes).toEqual({ CLS: ['gt', 'cotech'] });
    expect(ville.groups).toEqual({ CLS: ['Logement', 'Emploi / insertion'] });
    expect(ville.attributes).toEqual({ Remarques: '+33 1 23' });
    // The ids (from the first import) survive, so the links still join the same actors.
    expect(back.graph.nodes()).toEqual(graph.nodes());
    expect(linkView(back.graph)).toEqual(linkView(graph));
  });

  it('gives back hostile names exactly, neutralised wherever a spreadsheet could split them', () => {
    const hostile = [`x,=cmd|' /C calc'!A0`, 'a|@SUM(A1)', '＝1+1', "l'Escale", "'Tis"];
    const actors = ['Nom;Type', ...hostile.map((n) => `"${n.replace(/"/g, '""')}";Association`)];
    const { graph } = importTexts({ 'acteurs.csv': actors.join('\r\n') });
    expect(graph.mapNodes((_id, a) => a.name)).toEqual(hostile);
    const csv = actorsToCsv(graph, REF);
    expect(csv).toContain(`"x,'=cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"a|'@SUM(A1)"`);
    expect(csv).toContain(`;'＝1+1;`);
    const back = importTexts({ 'acteurs.csv': csv });
    expect(back.graph.mapNodes((_id, a) => a.name)).toEqual(hostile);
  });

  it('writes unknown values so that they are read the same way again', () => {
    const actors = [
      "Nom;Type d'acteur;Secteurs;ASV;CPTS",
      'Collectif Truc;Tiers-lieu;Sécurité, prévention de la délinquance, justice|Jardinage;Comité de suivi;oui',
    ].join('\r\n');
    const links = [
      'Acteur 1;Acteur 2;Dispositif',
      'Collectif Truc;Collectif Truc 2;CLS, Programme X',
    ].join('\r\n');
    const { graph } = importTexts({
      'acteurs.csv': actors + '\r\nCollectif Truc 2;Association;;;',
      'liens.csv': links,
    });
    const before = graph.getNodeAttributes('collectif-truc');
    expect(before.type).toBe('autre');
    expect(before.typeText).toBe('Tiers-lieu');
    expect(before.sectors).toEqual(['securite', 'jardinage']);
    const back = roundTrip(graph);
    expect(withoutSources(back.graph.mapNodes((_id, a) => a))).toEqual(
      withoutSources(graph.mapNodes((_id, a) => a)),
    );
    expect(linkView(back.graph)).toEqual(linkView(graph));
    expect(back.graph.getNodeAttribute('collectif-truc', 'typeText')).toBe('Tiers-lieu');
  });

  it('names an actor by its id in the links file when its name is ambiguous', () => {
    const actors = ['Identifiant;Nom', 'a;CCAS', 'b;Ccas', 'c;Mairie'].join('\r\n');
    const links = ['Source;Cible', 'a;c', 'b;c'].join('\r\n');
    const { graph } = importTexts({ 'acteurs.csv': actors, 'liens.csv': links });
    const csv = linksToCsv(graph, REF);
    expect(csv.split('\r\n').slice(1, 3)).toEqual(['a;Mairie;;;;non', 'b;Mairie;;;;non']);
    expect(linkView(roundTrip(graph).graph)).toEqual(linkView(graph));
  });
});
