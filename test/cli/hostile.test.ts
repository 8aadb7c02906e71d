// `maillage analyze` on hostile files: no stack trace, a precise message, the right exit code.
import { csv } from '../factory.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runCli } from './helpers.ts';
import type { AnalysisJson } from '../../src/cli/to-json.ts';
import { md } from '../../src/cli/to-markdown.ts';
import { macRoman } from '../import/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'maillage-hostile-'));

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The command in the test's thread only (no worker threads). */
const run = (argv: string[]) => runCli([...argv, '--threads', '0']);

describe('maillage analyze on hostile files', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'actors, ids and columns named %s: analysed, exit 0',
    async (word) => {
      const actors = put(
        `a-${word}.csv`,
        csv([
          ['Identifiant', 'Nom', word],
          [word, word, word],
          ['', 'Mairie', 'x'],
        ]),
      );
      const links = put(
        `l-${word}.csv`,
        csv([
          ['Acteur 1', 'Acteur 2', word],
          [word, 'Mairie', word],
        ]),
      );
      for (const format of ['json', 'markdown']) {
        const { code, out, err } = await run(['analyze', actors, links, '--format', format]);
        expect(err).toBe('');
        expect(code).toBe(0);
        if (format === 'json') {
          const json = JSON.parse(out) as AnalysisJson;
          expect(json.summary).toMatchObject({ actors: 2, links: 1 });
        } else expect(out).toContain(md(word));
      }
    },
  );

  it('a header-only file: the file and the reason, exit 1', async () => {
    const path = put('entete.csv', 'Nom;Type;Commune\r\n');
    const { code, err } = await run(['analyze', path]);
    expect(code).toBe(1);
    expect(err).toContain('entete.csv');
    expect(err).toContain('l’en-tête a été lu mais aucune ligne de données');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('--encoding FILE=macintosh reads that file as Mac-Roman', async () => {
    const path = put('mac.csv', macRoman(csv([['Nom'], ['Hôpital de Sèvres'], ['Crèche']])));
    const { code, out } = await run(['analyze', path, '--encoding', `${path}=macintosh`]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as AnalysisJson;
    expect(json.actors.map((a) => a.name)).toEqual(['Hôpital de Sèvres', 'Crèche']);
    expect(json.import.files[0]!.encoding).toBe('macintosh');
  });

  it('a global --encoding applies to every file', async () => {
    const path = put('mac2.csv', macRoman(csv([['Nom'], ['Théâtre'], ['Crèche']])));
    const { out } = await run(['analyze', path, '--encoding', 'macintosh']);
    const json = JSON.parse(out) as AnalysisJson;
    expect(json.actors.map((a) => a.name)).toEqual(['Théâtre', 'Crèche']);
  });

  it('an unknown encoding is a usage error, exit 2', async () => {
    const { code, err } = await run(['analyze', 'x.csv', '--encoding', 'ebcdic']);
    expect(code).toBe(2);
    expect(err).toContain('ebcdic');
  });
});
