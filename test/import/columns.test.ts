// Header matching: real headers from inventories and tools, and file classification.
import { REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { indexReference } from '../../src/domain/reference.ts';
import { classify } from '../../src/import/classify.ts';
import { displayHeaders, headerKey, matchColumns } from '../../src/import/columns.ts';

const index = indexReference(REF);
const actorField = (h: string) => matchColumns([h], 'actors', index).mappings[0]!.field;
const linkField = (h: string) => matchColumns([h], 'links', index).mappings[0]!.field;

describe('actor headers', () => {
  const table: [string, string | null][] = [
    ['Nom', 'name'],
    ['NOM DE LA STRUCTURE', 'name'],
    ['Nom structure', 'name'],
    ['Structure', 'name'],
    ['Organisme', 'name'],
    ['Acteur', 'name'],
    ['Libellé', 'name'],
    ['Raison sociale', 'name'],
    ['Name', 'name'],
    ['Label', 'name'],
    ['Identifiant', 'id'],
    ['ID', 'id'],
    ['Code', 'id'],
    ['Type', 'type'],
    ["Type d'acteur", 'type'],
    ['Type d’acteur', 'type'],
    ['Catégorie', 'type'],
    ['Famille', 'type'],
    ['Category', 'type'],
    ['Secteur(s)', 'sectors'],
    ["Secteur(s) d'intervention", 'sectors'],
    ['Secteurs d’intervention', 'sectors'],
    ['Domaine(s)', 'sectors'],
    ['Thématiques', 'sectors'],
    ['Sector', 'sectors'],
    ['Commune', 'territory'],
    ['Territoire', 'territory'],
    ['Quartier', 'territory'],
    ['Échelle', 'territory'],
    ['Rôle', 'role'],
    ['Fonction', 'role'],
    ['Influence', 'influence'],
    ['Pouvoir', 'influence'],
    ['Influence (1 à 5)', 'influence'],
    ['Intérêt', 'interest'],
    ['Personne physique', 'person'],
    ['Personne physique (oui/non)', 'person'],
    ['Individu', 'person'],
    ['SIRET', 'siret'],
    ['N° SIRET', 'siret'],
    ['n° FINESS', 'finess'],
    ['Numéro FINESS', 'finess'],
    ['RPPS', 'rpps'],
    ['Dispositif(s)', 'schemes'],
    ['Instances', 'schemes'],
    ['Tags', 'tags'],
    ['CLS', 'scheme:CLS'],
    ['clsm', 'scheme:CLSM'],
    ['ASV', 'scheme:ASV'],
    ['Contrat de ville', 'scheme:CV'],
    ['CPTS', 'scheme:CPTS'],
    ['PTSM', 'scheme:PTSM'],
    ['Contrat local de santé', 'scheme:CLS'],
    ['Contrat local de santé (CLS)', 'scheme:CLS'],
    ['CLS - instances', 'scheme:CLS'],
    ['Instances CLSM', 'scheme:CLSM'],
    ['Membre du CLSM', 'scheme:CLSM'],
    ['Participation ASV', 'scheme:ASV'],
    ['Conseil local de santé mentale', 'scheme:CLSM'],
    ['Code postal', null],
    ['Code INSEE', null],
    ['Téléphone', null],
    ['Courriel', null],
    ['Rôle dans le CLS', null],
    ['Porteur CLS', null],
    ['Personne', null],
  ];
  for (const [header, field] of table) {
    it(`${JSON.stringify(header)} → ${field}`, () => expect(actorField(header)).toBe(field));
  }
});

describe('link headers', () => {
  const table: [string, string | null][] = [
    ['Source', 'source'],
    ['Cible', 'target'],
    ['Acteur 1', 'source'],
    ['Acteur 2', 'target'],
    ['Partenaire 1', 'source'],
    ['Partenaire 2', 'target'],
    ['De', 'source'],
    ['Vers', 'target'],
    ['From', 'source'],
    ['To', 'target'],
    ['Vertex 1', 'source'],
    ['Vertex 2', 'target'],
    ['Target', 'target'],
    ['Type', 'type'],
    ['Nature du lien', 'type'],
    ['Nature', 'type'],
    ['Intensité', 'strength'],
    ['Force', 'strength'],
    ['Poids', 'strength'],
    ['Weight', 'strength'],
    ['Dispositif', 'scheme'],
    ['Cadre', 'scheme'],
    ['Orienté', 'directed'],
    ['Sens', 'directed'],
    ['Direction', 'directed'],
    ['CLS', 'scheme:CLS'],
    ['Date', null],
    ['Commentaire', null],
  ];
  for (const [header, field] of table) {
    it(`${JSON.stringify(header)} → ${field}`, () => expect(linkField(header)).toBe(field));
  }
});

describe('header keys and display', () => {
  it('folds, drops plural marks and small words, singularises', () => {
    expect(headerKey("Secteur(s) d'intervention")).toBe('secteur intervention');
    expect(headerKey('N° FINESS')).toBe('finess');
    expect(headerKey('NOM DE LA STRUCTURE')).toBe('nom structure');
    expect(headerKey('De')).toBe('de');
    expect(headerKey('Partenaire·s')).toBe('partenaire');
  });

  it('names empty headers by position and numbers repeats', () => {
    expect(displayHeaders(['Nom', '', ' Nom ', 'Type', 'Nom'])).toEqual([
      'Nom',
      'colonne 2',
      'Nom (2)',
      'Type',
      'Nom (3)',
    ]);
  });

  it('keeps the first column of a field, the next one as an attribute', () => {
    const m = matchColumns(['Nom', 'Structure', 'CLS', 'CLS - instances'], 'actors', index);
    expect(m.mappings.map((x) => x.field)).toEqual(['name', null, 'scheme:CLS', 'scheme:CLS']);
    expect(m.repeated).toEqual([{ header: 'Structure', field: 'name', first: 'Nom' }]);
  });
});

describe('file classification and tool formats', () => {
  const roleOf = (headers: string[]) => {
    const c = classify(headers, index);
    return c.ok ? [c.role, c.match.mappings.map((m) => m.field)] : [c.code];
  };

  it('Kumu elements and connections', () => {
    expect(roleOf(['Label', 'Type', 'Description', 'Tags'])).toEqual([
      'actors',
      ['name', 'type', null, 'tags'],
    ]);
    expect(roleOf(['From', 'To', 'Type', 'Direction', 'Strength', 'Tags'])).toEqual([
      'links',
      ['source', 'target', 'type', 'directed', 'strength', 'tags'],
    ]);
  });

  it('Onodo nodes and relations', () => {
    expect(roleOf(['Name', 'Type', 'Description', 'Visible'])).toEqual([
      'actors',
      ['name', 'type', null, null],
    ]);
    expect(roleOf(['Source', 'Type', 'Target', 'Direction', 'Date'])).toEqual([
      'links',
      ['source', 'type', 'target', 'directed', null],
    ]);
  });

  it('NodeXL edges, Gephi tables, French pairs', () => {
    expect(roleOf(['Vertex 1', 'Vertex 2', 'Color', 'Width'])).toEqual([
      'links',
      ['source', 'target', null, null],
    ]);
    expect(roleOf(['Id', 'Label'])).toEqual(['actors', ['id', 'name']]);
    expect(roleOf(['Source', 'Target', 'Type', 'Weight'])).toEqual([
      'links',
      ['source', 'target', 'type', 'strength'],
    ]);
    expect(roleOf(['Acteur 1', 'Acteur 2', 'Nature du lien'])).toEqual([
      'links',
      ['source', 'target', 'type'],
    ]);
    expect(roleOf(['Partenaire 1', 'Partenaire 2'])[0]).toBe('links');
    expect(roleOf(['De', 'Vers', 'Sens'])[0]).toBe('links');
  });

  it('no name column', () => {
    expect(roleOf(['Téléphone', 'Adresse'])).toEqual(['no-name-column']);
    expect(roleOf(['Source', 'Commentaire'])).toEqual(['no-name-column']);
  });

  it('a forced role wins', () => {
    const c = classify(['Source', 'Cible', 'Nom'], index, 'actors');
    expect(c.ok && c.role).toBe('actors');
  });
});
