// `maillage analyze` in-process on the demo territory and on bad input, plus the real
// command (bin/maillage.js through npx) with worker threads.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers.ts';
import type { AnalysisJson } from '../../src/cli/to-json.ts';

const ACTORS = 'data/demo/acteurs.csv';
const LINKS = 'data/demo/liens.csv';

describe('maillage analyze on the demo territory (JSON)', () => {
  let json: AnalysisJson;
  beforeAll(async () => {
    const { code, out, err } = await run(['analyze', ACTORS, LINKS, '--threads', '0']);
    expect(err).toBe('');
    expect(code).toBe(0);
    json = JSON.parse(out) as AnalysisJson;
  });

  it('summarises the territory with merged links', () => {
    expect(json.format).toBe(1);
    expect(json.summary).toMatchObject({ actors: 124, links: 316, components: 6, isolated: 4 });
    expect(json.summary.density).toBeCloseTo((2 * 316) / (124 * 123), 12);
    expect(json.actors).toHaveLength(124);
    expect(json.links).toHaveLength(316);
  });

  it('reports the files as read', () => {
    expect(json.import.files).toEqual([
      expect.objectContaining({
        name: ACTORS,
        role: 'actors',
        encoding: 'utf-8-bom',
        delimiter: ';',
        rows: 124,
        imported: 124,
      }),
      expect.objectContaining({
        name: LINKS,
        role: 'links',
        encoding: 'utf-8-bom',
        delimiter: ';',
        rows: 321,
        imported: 321,
      }),
    ]);
    expect(json.import.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('gives each actor its attributes, schemes, files and metrics', () => {
    const asv = json.actors.find((a) => a.id === 'coordination-asv-les-tilleuls');
    expect(asv).toMatchObject({
      name: 'Coordination ASV Les Tilleuls',
      type: 'collectivite',
      schemes: { CLS: ['gt'], CLSM: ['pleniere'], ASV: ['coordination', 'copil'] },
      files: [ACTORS],
      degree: 15,
    });
    expect(asv!.betweenness).toBeGreaterThan(0.1);
    const chu = json.actors.find((a) => a.id === 'centre-hospitalier-de-rochebrune');
    expect(chu?.finess).toBe('010000131');
  });

  it('finds the gaps the demo was built with (data/demo/README.md)', () => {
    const copil = json.coverage.CLS!.copil!;
    expect(copil.actors).toHaveLength(13);
    expect(copil.sectors.logement).toBeUndefined();
    expect(copil.recommendedMissingSectors).toEqual(['logement']);
    expect(copil.recommendedMissingTypes).toEqual(['habitant']);
    expect(json.missingLinks.isolated.sort()).toEqual(
      [
        'brigade-de-gendarmerie-de-montrevel-la-foret',
        'clinique-du-parc',
        'pharmacie-de-la-gare',
        'laiterie-cooperative-du-bocage',
      ].sort(),
    );
    expect(json.missingLinks.components).toEqual([
      [
        'mairie-de-montrevel-la-foret',
        'ehpad-les-glycines',
        'cabinet-infirmier-de-montrevel',
        'club-des-aines-de-montrevel',
      ],
    ]);
    expect(json.articulation.articulationPoints).toEqual([
      { id: 'coordination-asv-les-tilleuls', cutOff: 7 },
      { id: 'service-urbanisme-et-amenagement-de-l-agglomeration', cutOff: 4 },
      { id: 'service-mobilite-de-l-agglomeration', cutOff: 3 },
    ]);
    expect(json.articulation.bridges).toEqual([
      [
        'service-urbanisme-et-amenagement-de-l-agglomeration',
        'service-mobilite-de-l-agglomeration',
      ],
    ]);
    const pairs = json.missingLinks.sectorPairsWithoutLink.map((p) => [...p].sort().join(' – '));
    expect(pairs.sort()).toEqual(
      [
        'culture – medico-social',
        'emploi – soins',
        ...['alimentation', 'citoyennete', 'culture', 'education', 'environnement', 'logement']
          .concat(['medico-social', 'prevention', 'sante-mentale', 'securite', 'soins', 'sport'])
          .map((s) => [s, 'mobilite'].sort().join(' – ')),
      ].sort(),
    );
    expect(json.crossSchemeRules).toEqual([
      expect.objectContaining({
        rule: 'asv-coordinator-in-clsm-copil',
        ok: false,
        actors: ['coordination-asv-les-tilleuls'],
      }),
    ]);
  });

  it('suggests links with reasons in French and English', () => {
    expect(json.missingLinks.suggested.length).toBeGreaterThan(10);
    const first = json.missingLinks.suggested[0]!;
    expect(first.reasons.length).toBe(first.reasonsEn.length);
    expect(first.reasons[0]).toMatch(/^\d+ partenaires? en commun$/);
    expect(first.reasonsEn[0]).toMatch(/^\d+ common partners?$/);
    const scores = json.missingLinks.suggested.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('maillage analyze, Markdown and errors', () => {
  it('writes a French report with the gaps in words', async () => {
    const { code, out } = await run([
      'analyze',
      ACTORS,
      LINKS,
      '--format',
      'markdown',
      '--threads',
      '0',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Analyse du maillage partenarial/);
    expect(out).toContain(
      'Aucun acteur du secteur « Logement et habitat » au comité de pilotage du CLS (recommandé',
    );
    expect(out).toContain(
      'Si « Coordination ASV Les Tilleuls » se retire, 7 acteurs sont coupés du reste du réseau.',
    );
    expect(out).toContain('Le coordinateur de l’ASV ne siège pas au COPIL du CLSM.');
  });

  it('escapes names so that a report cannot carry HTML or break a table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-'));
    const file = join(dir, 'acteurs.csv');
    writeFileSync(
      file,
      'Nom;Type;CLS\n<img src=x onerror=alert(1)>;Association;COPIL\nA | B;Commune;COPIL\n',
    );
    const { code, out } = await run(['analyze', file, '--format', 'markdown', '--threads', '0']);
    expect(code).toBe(0);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('A \\| B');
  });

  it('writes to --out and nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-'));
    const out = join(dir, 'r.json');
    const result = await run(['analyze', ACTORS, LINKS, '--out', out, '--threads', '0']);
    expect(result).toEqual({ code: 0, out: '', err: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.actors).toBe(124);
  });

  it('exits 1 with the reason on stderr when nothing can be analysed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-'));
    const empty = join(dir, 'vide.csv');
    writeFileSync(empty, '');
    const { code, out, err } = await run([
      'analyze',
      empty,
      join(dir, 'absent.csv'),
      '--threads',
      '0',
    ]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('aucun acteur');
    expect(err).toContain('absent.csv');
    expect(err).toContain('vide.csv');
  });

  it('still analyses the readable files when one file is missing', async () => {
    const { code, out } = await run(['analyze', ACTORS, 'nope.csv', '--threads', '0']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as AnalysisJson;
    expect(json.summary.actors).toBe(124);
    expect(json.import.issues[0]).toMatchObject({ file: 'nope.csv', code: 'file-not-read' });
  });

  it('--column maps a header by hand in every file holding it; an unknown field exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-'));
    const a = join(dir, 'services.csv');
    writeFileSync(a, 'Intitulé du service;Tél;Notes\nCCAS;01;privé\nCMP;02;\n');
    const b = join(dir, 'autres.csv');
    writeFileSync(b, 'Intitulé du service;Tél\nMission locale;03\n');
    const plain = await run(['analyze', a, '--threads', '0']);
    expect(plain.code).toBe(1);
    expect(plain.err).toContain('--column');
    const mapped = await run([
      'analyze',
      a,
      b,
      '--column',
      'Intitulé du service=name',
      '--column',
      'Notes=ignore',
      '--threads',
      '0',
    ]);
    expect(mapped.code).toBe(0);
    const json = JSON.parse(mapped.out) as AnalysisJson;
    expect(json.summary.actors).toBe(3);
    expect(json.import.files.map((f) => f.columns[0])).toEqual([
      { header: 'Intitulé du service', field: 'name', manual: true },
      { header: 'Intitulé du service', field: 'name', manual: true },
    ]);
    expect(mapped.out).not.toContain('privé');
    expect(json.import.issues.filter((i) => i.code === 'column-not-found')).toEqual([]);
    // A header no file holds (a typo) is said, not passed over.
    const typo = await run([
      'analyze',
      a,
      '--column',
      'Intitulé du service=name',
      '--column',
      'Note=ignore',
      '--threads',
      '0',
    ]);
    expect(typo.code).toBe(0);
    const notFound = (JSON.parse(typo.out) as AnalysisJson).import.issues.filter(
      (i) => i.code === 'column-not-found',
    );
    expect(notFound).toMatchObject([{ file: '--column', severity: 'warning' }]);
    expect(notFound[0]!.message).toContain('« Note »');
    const bad = await run(['analyze', a, '--column', 'Intitulé du service=nom']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Valid fields: name, id');
  });

  it('exits 2 on bad usage', async () => {
    const { code, err } = await run(['analyze', '--format', 'xml', ACTORS]);
    expect(code).toBe(2);
    expect(err).toContain('Usage: maillage analyze');
  });
});

describe('the maillage command', () => {
  it('runs through npx with worker threads and gives the in-thread result', async () => {
    const viaThreads = JSON.parse(
      execFileSync('npx', ['maillage', 'analyze', ACTORS, LINKS, '--threads', '2'], {
        encoding: 'utf8',
      }),
    ) as AnalysisJson;
    const inThread = JSON.parse((await run(['analyze', ACTORS, LINKS, '--threads', '0'])).out);
    expect(viaThreads).toEqual(inThread);
  });

  it('exits 2 on bad usage through npx', () => {
    const result = spawnSync('npx', ['maillage', 'analyse'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown command "analyse"');
  });
});
