// FINESS-shaped extracts (the data.gouv.fr layout: `finess;etalab` first line, `structureet`
// rows, then `geolocalisation` rows), deterministic, and the import timings of a whole-France
// sized one (~100,000 establishments), plus the time to read a 2,000-row workbook.
// Run: npx tsx test/bench/finess.ts [--size 100000] [--runs 3] [--out /tmp/finess.csv]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as XLSX from '@e965/xlsx';
import { mulberry32 } from '../../src/analysis/random.ts';
import { defaultReference } from '../../src/domain/reference.ts';
import { importInputs } from '../../src/import/index.ts';
import { flag, option } from './options.ts';

const CATEGORIES: [string, string][] = [
  ['355', 'Centre Hospitalier (C.H.)'],
  ['620', "Pharmacie d'Officine"],
  ['500', "Etablissement d'hébergement pour personnes âgées dépendantes"],
  ['124', 'Centre de Santé'],
  ['156', 'Centre Médico-Psychologique (C.M.P.)'],
  ['183', 'Institut Médico-Educatif (I.M.E.)'],
  ['354', 'Service de Soins Infirmiers A Domicile (S.S.I.A.D)'],
  ['603', 'Maison de santé (L.6223-3)'],
  ['611', 'Laboratoire de Biologie Médicale'],
  ['214', 'Centre Hébergement & Réinsertion Sociale (C.H.R.S.)'],
  ['462', "Lieux de Vie et d'Accueil"],
];
const WORDS = ['PHARMACIE', 'CENTRE', 'RESIDENCE', 'EHPAD', 'CLINIQUE', 'CMP', 'SSIAD', 'MAISON'];
const TOWNS = ['BOURG EN BRESSE', 'OYONNAX', 'LYON', 'SAINT ETIENNE', 'AMBERIEU EN BUGEY', 'GEX'];

/** A FINESS extract of `n` establishments (about 9 in 10 with coordinates). */
export function generateFinessExtract(n: number, seed = 1): string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lines = ['finess;etalab;100;2026-01-01'];
  const geo: string[] = [];
  for (let i = 0; i < n; i++) {
    const dep = String(1 + (i % 95)).padStart(2, '0');
    const finess = `${dep}${String(i).padStart(7, '0')}`;
    const [cat, libcat] = pick(CATEGORIES);
    const town = pick(TOWNS);
    const name = `${pick(WORDS)} ${town} ${i}`;
    const f = new Array<string>(32).fill('');
    f[0] = 'structureet';
    f[1] = finess;
    f[2] = `${dep}${String(900000 + (i % 50000)).padStart(7, '0')}`;
    f[3] = name.slice(0, 38);
    f[4] = name;
    f[7] = String(1 + Math.floor(random() * 120));
    f[8] = 'R';
    f[9] = 'DE LA REPUBLIQUE';
    f[12] = String(1 + Math.floor(random() * 400)).padStart(3, '0');
    f[13] = dep;
    f[14] = `DEPARTEMENT ${dep}`;
    f[15] = `${dep}${String(Math.floor(random() * 1000)).padStart(3, '0')} ${town}`;
    f[16] = `04${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
    f[18] = cat;
    f[19] = libcat;
    f[22] = random() < 0.7 ? `${String(Math.floor(random() * 1e9)).padStart(9, '0')}00012` : '';
    f[28] = '2001-01-01';
    lines.push(f.join(';'));
    if (random() < 0.9) {
      const x = (800000 + random() * 200000).toFixed(1);
      const y = (6400000 + random() * 300000).toFixed(1);
      geo.push(
        `geolocalisation;${finess};${x};${y};1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-01-01`,
      );
    }
  }
  return [...lines, ...geo].join('\n') + '\n';
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  const size = Number(option('size', '100000'));
  const runs = Number(option('runs', '3'));
  const out = option('out', '/tmp/finess-extract.csv');
  const ref = defaultReference();
  console.log(
    `machine: ${cpus().length} cores; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const text = generateFinessExtract(size);
  writeFileSync(out, text);
  const bytes = new TextEncoder().encode(text);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const result = await importInputs([{ name: 'finess.csv', bytes }], ref);
    times.push(performance.now() - t);
    if (r === 0) console.log(`${result.actors.length} actors, ${result.issues.length} issues`);
  }
  console.log(
    `FINESS ${size} establishments (${(bytes.length / 1e6).toFixed(1)} MB): import median ${Math.round(median(times))} ms (runs ${times.map(Math.round).join(', ')})`,
  );

  // A 2,000-row workbook: SheetJS read + import.
  const rows: (string | number)[][] = [['Nom', 'Type', 'Code INSEE', 'Budget']];
  for (let i = 0; i < 2000; i++)
    rows.push([`Structure ${i}`, 'Association', String(1000 + i).padStart(5, '0'), i * 1.5]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Acteurs');
  const xlsx = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const wb: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    const t = performance.now();
    await importInputs([{ name: 'classeur.xlsx', bytes: xlsx }], ref);
    wb.push(performance.now() - t);
  }
  console.log(
    `workbook 2,000 rows (${(xlsx.length / 1e3).toFixed(0)} kB): import median ${Math.round(median(wb.slice(1)))} ms (first, with loading SheetJS: ${Math.round(wb[0]!)} ms)`,
  );

  if (flag('cli')) {
    const cli: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      execFileSync(
        'node',
        [
          'bin/maillage.js',
          'analyze',
          out,
          '--threads',
          '1',
          '--format',
          'json',
          '--out',
          '/tmp/finess-analysis.json',
        ],
        { stdio: 'inherit' },
      );
      cli.push(performance.now() - t);
    }
    console.log(
      `maillage analyze ${out} --threads 1: median ${Math.round(median(cli))} ms (runs ${cli.map(Math.round).join(', ')})`,
    );
  }
}

if (process.argv[1]?.endsWith('finess.ts')) await main();
