// Homonyms never lose rows: same name told apart by commune or official id, ids readable;
// links to them must say which one.
import { describe, expect, it } from 'vitest';
import { file, issueKeys, run } from './helpers.ts';

const CLINICS = [
  'Nom;Commune;FINESS;Partenaires',
  'Clinique Pasteur;Périgueux;240000117;',
  'Clinique Pasteur;Bergerac;240000125;',
  'Centre hospitalier de Bergerac;Bergerac;;Clinique Pasteur (Bergerac)',
  'CMP Bergerac;Bergerac;;Clinique Pasteur',
].join('\n');

describe('homonyms', () => {
  it('same name in two towns with two FINESS: two actors, readable ids, both rows kept', () => {
    const r = run(file('a.csv', CLINICS));
    expect(r.actors.map((a) => [a.id, a.name, a.territory, a.finess])).toEqual([
      ['clinique-pasteur-perigueux', 'Clinique Pasteur', 'Périgueux', '240000117'],
      ['clinique-pasteur-bergerac', 'Clinique Pasteur', 'Bergerac', '240000125'],
      ['centre-hospitalier-de-bergerac', 'Centre hospitalier de Bergerac', 'Bergerac', undefined],
      ['cmp-bergerac', 'CMP Bergerac', 'Bergerac', undefined],
    ]);
    expect(r.files[0]).toMatchObject({ rows: 4, imported: 4 });
    const homonym = r.issues.find((i) => i.code === 'homonym')!;
    expect(homonym).toMatchObject({ severity: 'info', line: 3 });
    expect(homonym.message.fr).toContain(
      '« clinique-pasteur-perigueux » et « clinique-pasteur-bergerac »',
    );
  });

  it('a name that matches both is an error listing the candidates; the commune in brackets picks one', () => {
    const r = run(file('a.csv', CLINICS));
    expect(r.links.map((l) => [l.source, l.target])).toEqual([
      ['centre-hospitalier-de-bergerac', 'clinique-pasteur-bergerac'],
    ]);
    expect(issueKeys(r)).toEqual(['a.csv:5:Partenaires:error:ambiguous-partner']);
    const message = r.issues.find((i) => i.code === 'ambiguous-partner')!.message;
    expect(message.fr).toContain(
      '« Clinique Pasteur » (Périgueux, FINESS 240000117, id clinique-pasteur-perigueux), « Clinique Pasteur » (Bergerac, FINESS 240000125, id clinique-pasteur-bergerac)',
    );
    expect(message.en).toContain('names several actors');
  });

  it('in a links file: ambiguous by name, resolved by id, FINESS or commune', () => {
    const links = file(
      'liens.csv',
      [
        'Source;Cible',
        'CMP Bergerac;Clinique Pasteur',
        'CMP Bergerac;240000125',
        'CMP Bergerac;240 000 117',
        'Centre hospitalier de Bergerac;clinique-pasteur-perigueux',
        'Centre hospitalier de Bergerac;Clinique Pasteur (240000125)',
      ].join('\n'),
    );
    const r = run(file('a.csv', CLINICS.replace(';Clinique Pasteur\n', ';\n')), links);
    expect(issueKeys(r).filter((k) => k.startsWith('liens'))).toEqual([
      'liens.csv:2:Cible:error:ambiguous-endpoint',
    ]);
    expect(r.links.filter((l) => l.files[0] === 'liens.csv').map((l) => l.target)).toEqual([
      'clinique-pasteur-bergerac',
      'clinique-pasteur-perigueux',
      'clinique-pasteur-perigueux',
      'clinique-pasteur-bergerac',
    ]);
  });

  it('same name, nothing to tell them apart: one actor, the second row merged with a warning', () => {
    const r = run(file('a.csv', 'Nom;Commune;CLS\nCCAS;Rochebrune;COPIL\nCCAS;;GT Logement\n'));
    expect(r.actors).toHaveLength(1);
    expect(r.actors[0]!.sources.map((s) => s.line)).toEqual([2, 3]);
    expect(issueKeys(r)).toEqual(['a.csv:3::warning:merged-row']);
  });

  it('without a commune, the official id makes the id readable; else a number', () => {
    const r = run(
      file('a.csv', 'Nom;SIRET\nPharmacie;12345678900012\nPharmacie;98765432100010\nPharmacie;\n'),
    );
    expect(r.actors.map((a) => a.id)).toEqual([
      'pharmacie-12345678900012',
      'pharmacie-98765432100010',
    ]);
    // The third row (no SIRET) cannot be told apart from the first: merged into it.
    expect(r.actors[0]!.sources.map((s) => s.line)).toEqual([2, 4]);
  });

  it('the doubtful pairs carry the names', () => {
    const r = run(file('a.csv', 'Nom\nCCAS de Rochebrune\nCCAS Rochebrune\n'));
    expect(r.doubtful).toEqual([
      expect.objectContaining({
        a: 'ccas-de-rochebrune',
        b: 'ccas-rochebrune',
        aName: 'CCAS de Rochebrune',
        bName: 'CCAS Rochebrune',
      }),
    ]);
  });
});
