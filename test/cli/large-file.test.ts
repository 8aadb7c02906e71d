// A 50 MB inventory through the real command with a bounded heap: the CLI must finish
// without running out of memory, and every row must be accounted for.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../src/cli/to-json.ts';
import { mulberry32 } from '../../src/analysis/random.ts';

const TARGET_BYTES = 50 * 1024 * 1024;
/** Heap given to the command: well under what holding several copies of the file would need. */
const HEAP_MB = 1536;

function writeBigInventory(path: string): number {
  const random = mulberry32(7);
  const types = [
    'Commune',
    'Association',
    'EHPAD',
    'Médecin généraliste',
    'CCAS',
    'Bailleur social',
  ];
  const sectors = ['Soins', 'Social', 'Logement', 'Santé mentale', 'Prévention'];
  const lines = ['Nom de la structure;Type d’acteur;Secteur(s);Commune;CLS;N° FINESS;Remarques'];
  let size = 0;
  let rows = 0;
  while (size < TARGET_BYTES) {
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const remark =
      `Permanence ${rows % 7 === 0 ? 'le mardi' : 'le jeudi'} ; "référent" à confirmer`.repeat(3);
    const line = [
      `Structure n°${rows + 1} de l’arrondissement ${rows % 97}`,
      pick(types),
      `${pick(sectors)}, ${pick(sectors)}`,
      `Commune ${rows % 500}`,
      rows % 3 === 0 ? 'COPIL, GT Logement' : rows % 3 === 1 ? 'x' : '',
      String(rows).padStart(9, '0'),
      `"${remark.replace(/"/g, '""')}"`,
    ].join(';');
    lines.push(line);
    size += line.length + 2;
    rows++;
  }
  writeFileSync(path, '\ufeff' + lines.join('\r\n') + '\r\n');
  return rows;
}

describe('a 50 MB actors file', () => {
  it('is analysed by `maillage analyze` within a bounded heap, every row accounted for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-big-'));
    const input = join(dir, 'acteurs.csv');
    const output = join(dir, 'analyse.json');
    const rows = writeBigInventory(input);
    expect(statSync(input).size).toBeGreaterThanOrEqual(TARGET_BYTES);

    execFileSync(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        'bin/maillage.js',
        'analyze',
        input,
        '--out',
        output,
        '--threads',
        '0',
      ],
      { stdio: 'pipe' },
    );
    const json = JSON.parse(readFileSync(output, 'utf8')) as AnalysisJson;
    const file = json.import.files[0]!;
    expect(file).toMatchObject({ role: 'actors', encoding: 'utf-8-bom', delimiter: ';', rows });
    const rejected = new Set(
      json.import.issues
        .filter((i) => i.severity === 'error' && i.line !== null)
        .map((i) => i.line),
    );
    expect(file.imported + rejected.size).toBe(rows);
    expect(json.summary.actors).toBe(file.imported);
    expect(json.actors[0]).toMatchObject({ finess: '000000000' });
  }, 300_000);
});
