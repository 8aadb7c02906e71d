// `maillage compare` in-process on the two versions of test/fixtures/compare/, whose
// differences are known by construction, and on bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import type { CompareJson } from '../../src/cli/compare-output.ts';
import { run } from './helpers.ts';

const DIR = 'test/fixtures/compare';
const BEFORE = [`${DIR}/before/acteurs.csv`, `${DIR}/before/liens.csv`];
const AFTER = [`${DIR}/after/acteurs.csv`, `${DIR}/after/liens.csv`];
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('maillage compare (JSON)', () => {
  let json: CompareJson;
  beforeAll(async () => {
    const { code, out, err } = await run(['compare', '--before', ...BEFORE, '--after', ...AFTER]);
    expect(err).toBe('');
    expect(code).toBe(0);
    json = JSON.parse(out) as CompareJson;
  });

  it('puts the actors under added, removed and changed, with ids and names', () => {
    expect(json.summary).toEqual({
      before: { actors: 8, links: 7 },
      after: { actors: 9, links: 9 },
    });
    expect(json.actors.added.map((a) => [a.id, a.name])).toEqual([
      ['habitat-rochebrune', 'Habitat Rochebrune'],
      ['conseil-citoyen-des-tilleuls', 'Conseil citoyen des Tilleuls'],
    ]);
    expect(json.actors.removed).toEqual([
      {
        id: 'mission-locale-du-val',
        name: 'Mission locale du Val',
        type: 'insertion',
        sectors: ['emploi'],
        schemes: ['CLS'],
      },
    ]);
    const ccas = json.actors.changed.find((c) => c.beforeId === 'ccas-rochebrune');
    expect(ccas).toMatchObject({
      id: 'centre-communal-d-action-sociale-de-rochebrune',
      beforeName: 'CCAS Rochebrune',
      matchedBy: 'siret',
    });
    expect(ids(json.actors.changed)).toEqual([
      'ville-de-rochebrune',
      'centre-communal-d-action-sociale-de-rochebrune',
    ]);
  });

  it('puts the links under added, removed and changed, by pair and scheme', () => {
    expect(json.links.added).toHaveLength(5);
    expect(json.links.added[0]).toEqual({
      source: 'ville-de-rochebrune',
      sourceName: 'Ville de Rochebrune',
      target: 'delegation-departementale-de-l-ars',
      targetName: "Délégation départementale de l'ARS",
      scheme: 'CLSM',
      types: ['Convention'],
      strength: 3,
    });
    expect(json.links.removed.map((l) => [l.sourceName, l.targetName])).toEqual([
      ['Ville de Rochebrune', 'Mission locale du Val'],
      ['Mission locale du Val', 'Collège Jean Moulin'],
    ]);
    expect(json.links.changed).toEqual([
      expect.objectContaining({
        scheme: 'CLS',
        before: { types: ['Orientation'], strength: 1 },
        after: { types: ['Orientation', 'Coordination'], strength: 2 },
      }),
    ]);
  });

  it('puts the coverage of each body under its scheme and body, added and removed', () => {
    expect(Object.keys(json.coverage)).toEqual(['CLS']);
    const cls = json.coverage.CLS as Record<
      string,
      {
        sectors: Record<'added' | 'removed', { id: string; name: string; nameEn: string }[]>;
        types: Record<'added' | 'removed', { id: string }[]>;
      }
    >;
    expect(Object.keys(cls)).toEqual(['copil', 'cotech', 'ensemble']);
    expect(cls.copil!.sectors.added).toEqual([
      {
        id: 'logement',
        name: 'Logement et habitat',
        nameEn: 'Housing',
        actors: [{ id: 'habitat-rochebrune', name: 'Habitat Rochebrune' }],
      },
    ]);
    expect(ids(cls.cotech!.sectors.added)).toEqual(['soins', 'logement', 'citoyennete']);
    expect(ids(cls.cotech!.sectors.removed)).toEqual(['emploi']);
    expect(ids(cls.cotech!.types.added)).toEqual(['habitant']);
    expect(ids(cls.cotech!.types.removed)).toEqual(['insertion']);
  });

  it('says which isolated actors found partners and which articulation points came and went', () => {
    expect(ids(json.isolated.foundPartners)).toEqual(['clinique-du-parc']);
    expect(ids(json.isolated.newlyIsolated)).toEqual(['college-jean-moulin']);
    expect(json.articulationPoints).toEqual({
      added: [
        {
          id: 'centre-communal-d-action-sociale-de-rochebrune',
          name: "Centre communal d'action sociale de Rochebrune",
          cutOff: 1,
        },
      ],
      removed: [{ id: 'mission-locale-du-val', name: 'Mission locale du Val', cutOff: 1 }],
    });
  });

  it('gives the sentences in both languages and each side’s import report', () => {
    expect(json.sentences).toContain('1 acteur est parti : « Mission locale du Val ».');
    expect(json.sentencesEn).toContain('1 actor left: “Mission locale du Val”.');
    expect(json.import.before.files.map((f) => [f.name, f.rows, f.imported])).toEqual([
      [BEFORE[0], 8, 8],
      [BEFORE[1], 7, 7],
    ]);
    expect(json.import.after.issues).toEqual([]);
  });
});

describe('maillage compare (Markdown, CSV)', () => {
  it('writes a French comparison with its tables', async () => {
    const { code, out } = await run([
      'compare',
      '--before',
      ...BEFORE,
      '--after',
      ...AFTER,
      '--format',
      'markdown',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Comparaison de deux versions du maillage\n/);
    expect(out).toContain(
      '- 2 acteurs sont arrivés : « Habitat Rochebrune », « Conseil citoyen des Tilleuls ».',
    );
    expect(out).toContain('### Partis (1)');
    expect(out).toContain(
      '| Mission locale du Val | mission-locale-du-val | Emploi et insertion | CLS |',
    );
    expect(out).toContain(
      "| Centre communal d'action sociale de Rochebrune | Association Le Fil | CLS | Orientation | Orientation, Coordination | 1 | 2 |",
    );
    expect(out).toContain(
      '| Clinique du Parc | Centre hospitalier de Rochebrune, Ville de Rochebrune |',
    );
    expect(out).toContain('## Fichiers de la version d’après');
  });

  it('says "no difference" when a version is compared with itself', async () => {
    const { code, out } = await run([
      'compare',
      '--before',
      ...BEFORE,
      '--after',
      ...BEFORE,
      '--format',
      'md',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('- Aucune différence entre les deux versions.');
    expect(out).toContain('## Liens\n\nAucun changement.');
  });

  it('writes the CSV of the differences to a file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'maillage-compare-')), 'differences.csv');
    const { code, out } = await run([
      'compare',
      '--before',
      ...BEFORE,
      '--after',
      ...AFTER,
      '--format',
      'csv',
      '--out',
      path,
    ]);
    expect(code).toBe(0);
    expect(out).toBe('');
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith('\uFEFFDifférence;Sens;Identifiant;Nom;Détail\r\n')).toBe(true);
    expect(csv).toContain('acteur;retiré;mission-locale-du-val;Mission locale du Val;');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 31);
  });
});

describe('maillage compare, the cross-scheme rules', () => {
  const RESIDENTS = 'residents-in-cls-copil';
  it('checks the rules switched on both sides: JSON and Markdown', async () => {
    const off = await run(['compare', '--before', ...BEFORE, '--after', ...AFTER]);
    // The default rule is about the CLSM, which neither version has: nothing to check.
    expect((JSON.parse(off.out) as CompareJson).rules).toEqual([]);
    const on = await run([
      'compare',
      '--rule',
      `${RESIDENTS}=on`,
      '--before',
      ...BEFORE,
      '--after',
      ...AFTER,
    ]);
    expect(on.code).toBe(0);
    const [rule] = (JSON.parse(on.out) as CompareJson).rules;
    // The before version has no CLS COPIL to check; the after one has one without residents.
    expect(rule).toMatchObject({ rule: RESIDENTS, before: 'unknown', after: 'unmet' });
    expect(rule?.label).toMatch(/COPIL du CLS/);
    expect(rule?.labelEn).toMatch(/COPIL/);
    const markdown = await run([
      'compare',
      '--before',
      ...BEFORE,
      '--after',
      ...AFTER,
      '--rule',
      `${RESIDENTS}=on`,
      '--format',
      'markdown',
    ]);
    expect(markdown.out).toContain(
      '## Règles entre dispositifs\n\n| Règle | Avant | Après |\n| --- | --- | --- |\n' +
        '| Des habitants ou usagers siègent au COPIL du CLS. | Non vérifiable | **Non respectée** |',
    );
  });

  it('refuses an unknown rule (2), naming the known ones', async () => {
    const { code, out, err } = await run([
      'compare',
      '--before',
      ...BEFORE,
      '--after',
      ...AFTER,
      '--rule',
      'nope=on',
    ]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/unknown rule "nope".*residents-in-cls-copil/);
  });
});

describe('maillage compare, exit codes', () => {
  it('is a usage error (2) without both sides, or with a file before any side', async () => {
    for (const argv of [
      ['compare', '--before', ...BEFORE],
      ['compare', '--after', ...AFTER],
      ['compare', BEFORE[0]!, '--after', ...AFTER],
      ['compare', '--before', ...BEFORE, '--after', ...AFTER, '--format', 'xml'],
      ['compare', '--before', ...BEFORE, '--after', ...AFTER, '--frobnicate'],
    ]) {
      const { code, out, err } = await run(argv);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/^maillage: .+\n\nUsage: maillage analyze/);
    }
  });

  it('prints the help, compare included', async () => {
    const { code, out } = await run(['compare', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('maillage compare --before FILE... --after FILE...');
    expect((await run(['--help'])).out).toContain('--format csv');
  });

  it('reads --actors, --links and --encoding per side like analyze', () => {
    expect(
      parseArgs([
        'compare',
        '--before',
        '--actors',
        'a.csv',
        '--links',
        'l.csv',
        '--after',
        'b.csv',
        '--encoding',
        'b.csv=windows-1252',
      ]),
    ).toEqual({
      command: 'compare',
      before: [
        { path: 'a.csv', role: 'actors' },
        { path: 'l.csv', role: 'links' },
      ],
      after: [{ path: 'b.csv', encoding: 'windows-1252' }],
      format: 'json',
      columns: [],
      rules: {},
    });
  });

  it('fails (1) when a version gives no actor, naming the version and the reason', async () => {
    const { code, out, err } = await run([
      'compare',
      '--before',
      'absent.csv',
      '--after',
      ...AFTER,
    ]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('aucun acteur n’a pu être importé dans la version d’avant');
    expect(err).toContain('no actor could be imported in the before version');
    expect(err).toContain('absent.csv : fichier introuvable');
  });

  it('runs (0) with an unreadable file (a folder) among others, named in that side’s report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-compare-'));
    writeFileSync(join(dir, 'note.txt'), 'rien');
    const { code, out } = await run(['compare', '--before', ...BEFORE, dir, '--after', ...AFTER]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as CompareJson;
    expect(json.import.before.issues).toContainEqual(
      expect.objectContaining({ file: dir, severity: 'error', code: 'file-not-read' }),
    );
    expect(json.import.after.issues).toEqual([]);
    expect(json.actors.removed).toHaveLength(1);
  });
});
