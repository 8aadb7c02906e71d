// `maillage analyze` reads workbooks and other tools' exports the way the app does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';
import type { AnalysisJson } from '../../src/cli/to-json.ts';
import { workbook } from '../import/helpers.ts';

describe('maillage analyze classeur.xlsx', () => {
  it('reads both sheets of a workbook, a title row above the header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-formats-'));
    const path = join(dir, 'classeur.xlsx');
    const bytes = workbook([
      {
        name: 'Acteurs',
        rows: [
          ['Partenaires du CLS'],
          ['Nom', 'Type'],
          ['Mairie de Rochebrune', 'Collectivité'],
          ['CMP Nord', 'Établissement de santé'],
          ['Association Relais', 'Association'],
        ],
      },
      {
        name: 'Liens',
        rows: [
          ['Source', 'Cible'],
          ['Mairie de Rochebrune', 'CMP Nord'],
          ['CMP Nord', 'Association Relais'],
        ],
      },
    ]);
    writeFileSync(path, bytes);
    const { code, out, err } = await run(['analyze', path, '--threads', '0']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as AnalysisJson;
    expect(json.summary).toMatchObject({ actors: 3, links: 2 });
    expect(json.import.files.map((f) => [f.name, f.role, f.headerLine])).toEqual([
      [`${path} › Acteurs`, 'actors', 2],
      [`${path} › Liens`, 'links', 1],
    ]);
  });

  it('says which workbook is damaged and still analyses the other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-formats-'));
    const broken = join(dir, 'abîmé.xlsx');
    const csv = join(dir, 'acteurs.csv');
    writeFileSync(broken, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    writeFileSync(csv, 'Nom\nMairie\nCCAS\n');
    const { code, out } = await run(['analyze', broken, csv, '--threads', '0']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as AnalysisJson;
    expect(json.summary).toMatchObject({ actors: 2 });
    const error = json.import.issues.find((i) => i.severity === 'error')!;
    expect(error).toMatchObject({ file: broken, code: 'workbook-unreadable' });
  });
});
