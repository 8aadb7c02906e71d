// 10,000 actors and 40,000 links: correct, and fast enough.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/types.ts';
import { mergeActorFiles } from '../../src/import/merge.ts';
import { Report } from '../../src/import/report.ts';
import { findDoubtfulPairs } from '../../src/import/similar.ts';
import { file, issueKeys, run } from './helpers.ts';

const KINDS = [
  'Mairie de',
  'CCAS de',
  'Centre hospitalier de',
  'EHPAD de',
  'Collège de',
  'Association sportive de',
  'Maison de santé de',
  'Centre social de',
  'Pharmacie de',
  'Mission locale de',
];
const TYPES = [
  'Collectivité',
  'CCAS',
  'Hôpital',
  'EHPAD',
  'Collège',
  'Association',
  'MSP',
  'Centre social',
  'Pharmacie',
  'Mission locale',
];
const SYLLABLES = [
  'ro',
  'che',
  'bru',
  'ne',
  'sa',
  'vi',
  'gny',
  'lon',
  'mar',
  'tel',
  'ai',
  'gu',
  'mont',
  'ber',
  'taux',
  'lac',
];

/** 1,000 distinct town names, deterministic: three syllables, some "-sur-Mer". */
function towns(): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < 1000; i++) {
    const s = (k: number) => SYLLABLES[(i >> (4 * k)) % SYLLABLES.length]!;
    const name = s(0) + s(1) + s(2);
    out.push(name[0]!.toUpperCase() + name.slice(1) + (i % 7 === 0 ? '-sur-Mer' : ''));
  }
  return out;
}

function generate(n: number, linksCount: number) {
  const places = towns();
  const names: string[] = [];
  const rows = ['Identifiant;Nom;Type;Secteurs;CLS;FINESS'];
  for (let i = 0; i < n; i++) {
    const kind = i % KINDS.length;
    const name = `${KINDS[kind]} ${places[Math.floor(i / KINDS.length) % places.length]}`;
    names.push(name);
    const finess = kind === 3 ? String(10000000 + i).padStart(9, '0') : '';
    rows.push(
      `A${String(i).padStart(5, '0')};${name};${TYPES[kind]};Social, Logement;${i % 3 === 0 ? 'COPIL' : ''};${finess}`,
    );
  }
  const links = ['Source;Cible;Nature du lien;Intensité'];
  let x = 7;
  for (let j = 0; j < linksCount; j++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    const a = x % n;
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    let b = x % n;
    if (b === a) b = (b + 1) % n;
    const source = j % 2 ? `A${String(a).padStart(5, '0')}` : names[a]!.toUpperCase();
    links.push(`${source};${names[b]};Convention;${(j % 3) + 1}`);
  }
  return { actors: rows.join('\r\n'), links: links.join('\r\n'), names };
}

describe('scale', () => {
  it('10,000 actors and 40,000 links, 200 bad endpoints with suggestions', () => {
    const { actors, links, names } = generate(10_000, 40_000);
    // 200 bad rows: the last but one letter dropped from a real name.
    const bad = Array.from({ length: 200 }, (_, k) => {
      const name = names[k * 37]!;
      return `${name.slice(0, -2)}${name.slice(-1)};${names[k * 37 + 1]};Convention;1`;
    });
    const t0 = performance.now();
    const r = run(
      file('acteurs.csv', actors),
      file('liens.csv', `${links}\r\n${bad.join('\r\n')}\r\n`),
    );
    const ms = performance.now() - t0;
    console.log(
      `import 10k actors + 40.2k links: ${ms.toFixed(0)} ms, ${r.doubtful.length} doubtful pairs`,
    );
    expect(r.actors).toHaveLength(10_000);
    expect(r.links).toHaveLength(40_000);
    expect(r.files.map((f) => [f.rows, f.imported])).toEqual([
      [10_000, 10_000],
      [40_200, 40_000],
    ]);
    const errors = issueKeys(r, ['error']);
    expect(errors).toHaveLength(200);
    expect(errors[0]).toBe('liens.csv:40002:Source:error:unknown-endpoint');
    const first = r.issues.find((i) => i.severity === 'error')!;
    expect(first.message.en).toContain(`Did you mean "${names[0]}"?`);
    const suggested = r.issues.filter(
      (i) => i.code === 'unknown-endpoint' && i.message.en.includes('Did you mean'),
    );
    expect(suggested.length).toBe(200);
    expect(r.actors[3]!.finess).toBe('010000003');
  });

  it('merges two 10,000-actor lists and finds the doubtful pairs', () => {
    const places = towns();
    const make = (file: string, upper: boolean): Actor[] =>
      Array.from({ length: 10_000 }, (_, i) => {
        const name = `${KINDS[i % KINDS.length]} ${places[Math.floor(i / KINDS.length) % places.length]}`;
        return {
          id: `x${i}`,
          name: upper ? name.toUpperCase() : name,
          type: 'autre',
          sectors: ['social'],
          schemes: { CLS: [] },
          groups: {},
          attributes: {},
          files: [file],
          sources: [{ file, line: i + 2 }],
        };
      });
    const files = [
      { file: 'a.csv', actors: make('a.csv', false), explicitIds: new Set<string>(), partners: [] },
      { file: 'b.csv', actors: make('b.csv', true), explicitIds: new Set<string>(), partners: [] },
    ];
    const t0 = performance.now();
    const merged = mergeActorFiles(files, new Report());
    const t1 = performance.now();
    const pairs = findDoubtfulPairs(merged.actors);
    const t2 = performance.now();
    console.log(
      `merge 2×10k: ${(t1 - t0).toFixed(0)} ms; doubtful pairs on 10k: ${(t2 - t1).toFixed(0)} ms (${pairs.length})`,
    );
    expect(merged.actors).toHaveLength(10_000);
    expect(merged.actors[0]!.sources).toHaveLength(2);
  });
});
