// Columns mapped by hand (InputFile.columns): applied over the guess, for classifying and
// reading, and said in the report.
import { REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { indexReference } from '../../src/domain/reference.ts';
import type { ColumnMapping } from '../../src/domain/types.ts';
import { matchColumns } from '../../src/import/columns.ts';
import { manualColumns } from '../../src/import/file.ts';
import { file, issueKeys, run } from './helpers.ts';

const index = indexReference(REF);
const by = (header: string, field: string | null): ColumnMapping => ({
  header,
  field,
  manual: true,
});

describe('hand-mapped columns', () => {
  it('a file with no name column is imported once a column is mapped to the name', () => {
    const text = 'Intitulé du service;Téléphone;Remarque\nCCAS;0102;x\nMission locale;0203;y\n';
    const before = run(file('a.csv', text));
    expect(before.actors).toEqual([]);
    expect(issueKeys(before)).toEqual(['a.csv:::error:no-name-column']);
    const f = { ...file('a.csv', text), columns: [by('Intitulé du service', 'name')] };
    const after = run(f);
    expect(after.actors.map((a) => a.name)).toEqual(['CCAS', 'Mission locale']);
    expect(after.files[0]!.columns).toEqual([
      { header: 'Intitulé du service', field: 'name', manual: true },
      { header: 'Téléphone', field: null },
      { header: 'Remarque', field: null },
    ]);
    expect(after.actors[0]!.attributes).toEqual({ Téléphone: '0102', Remarque: 'x' });
  });

  it('a hand-mapped field takes precedence over a guessed column of the same field', () => {
    const m = matchColumns(['Nom', 'Nom usuel', 'Type'], 'actors', index, [
      by('Nom usuel', 'name'),
    ]);
    expect(m.mappings).toEqual([
      { header: 'Nom', field: null },
      { header: 'Nom usuel', field: 'name', manual: true },
      { header: 'Type', field: 'type' },
    ]);
    expect(m.repeated).toEqual([{ header: 'Nom', field: 'name', first: 'Nom usuel' }]);
    const r = run({
      ...file('a.csv', 'Nom;Nom usuel\nCentre communal d’action sociale;CCAS\n'),
      columns: [by('Nom usuel', 'name')],
    });
    expect(r.actors.map((a) => [a.name, a.attributes])).toEqual([
      ['CCAS', { Nom: 'Centre communal d’action sociale' }],
    ]);
  });

  it('null keeps a recognised column as a free attribute; ignore sets it aside and says so', () => {
    const r = run({
      ...file('a.csv', 'Nom;Type;Secteurs;Notes privées\nCCAS;Collectivité;Social;secret\n'),
      columns: [by('Type', null), by('Notes privées', 'ignore'), by('secteurs', 'ignore')],
    });
    const a = r.actors[0]!;
    expect(a.type).toBe('collectivite'); // guessed from the name, the column being an attribute
    expect(a.attributes).toEqual({ Type: 'Collectivité' });
    expect(a.sectors).toEqual([]);
    expect(JSON.stringify(r.actors)).not.toContain('secret');
    expect(r.files[0]!.columns).toEqual([
      { header: 'Nom', field: 'name' },
      { header: 'Type', field: null, manual: true },
      { header: 'Secteurs', field: 'ignore', manual: true },
      { header: 'Notes privées', field: 'ignore', manual: true },
    ]);
    const ignored = r.issues.filter((i) => i.code === 'ignored-column');
    expect(ignored.map((i) => [i.severity, i.column])).toEqual([
      ['info', 'Secteurs'],
      ['info', 'Notes privées'],
    ]);
    expect(ignored[0]!.message.fr).toContain('ni lue ni gardée');
    // No "not recognised" info for a column the user chose to keep as an attribute.
    expect(r.issues.filter((i) => i.code === 'unknown-column')).toEqual([]);
  });

  it('source and target mapped by hand make a links file', () => {
    const actors = file('acteurs.csv', 'Nom\nCCAS\nMission locale\n');
    const links = {
      ...file('liens.csv', 'Structure A;Structure B;Depuis\nCCAS;Mission locale;2020\n'),
      columns: [by('Structure A', 'source'), by('Structure B', 'target')],
    };
    const r = run(actors, links);
    expect(r.files[1]!.role).toBe('links');
    expect(r.links.map((l) => [l.source, l.target, l.attributes])).toEqual([
      ['ccas', 'mission-locale', { Depuis: '2020' }],
    ]);
  });

  it('a field the file cannot have is kept as an attribute with a warning', () => {
    const r = run({
      ...file('a.csv', 'Nom;Vers\nCCAS;Mairie\n'),
      columns: [by('Vers', 'target'), by('Absent', 'name')],
    });
    expect(r.actors[0]!.attributes).toEqual({ Vers: 'Mairie' });
    expect(issueKeys(r)).toEqual(['a.csv::Vers:warning:unusable-mapping']);
  });

  it('a scheme column mapped by hand', () => {
    const r = run({
      ...file('a.csv', 'Nom;Participation\nCCAS;COPIL\n'),
      columns: [by('Participation', 'scheme:CLSM')],
    });
    expect(r.actors[0]!.schemes).toEqual({ CLSM: ['copil'] });
  });

  it('a sheet of a workbook takes the mapping of its name', () => {
    const f = {
      ...file('c.xlsx', ''),
      columns: [by('A', 'name')],
      sheets: [{ sheet: 'c.xlsx › Acteurs', columns: [by('B', 'name')], role: 'actors' as const }],
    };
    expect(manualColumns(f, 'c.xlsx › Acteurs')).toEqual({
      columns: [by('B', 'name')],
      role: 'actors',
    });
    expect(manualColumns(f, 'c.xlsx › Autre')).toEqual({ columns: [by('A', 'name')] });
  });

  it('a file that cannot be classified gives its header row and first rows for the mapping', () => {
    const r = run(file('a.csv', 'Titre\nA;B\n1;2\n3;4\n'));
    expect(r.files[0]).toMatchObject({ headerLine: 1, headers: ['Titre'] });
    const r2 = run(file('b.csv', 'Service;Tél\nCCAS;01\nCMP;02\n'));
    expect(r2.files[0]).toMatchObject({
      headerLine: 1,
      headers: ['Service', 'Tél'],
      sample: [
        ['CCAS', '01'],
        ['CMP', '02'],
      ],
    });
  });
});
