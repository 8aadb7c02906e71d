import { demoFiles, REF } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/index.ts';
import { error, info, warning } from '../../src/import/report.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { importGraph, whyNoActor } from '../../src/model/import-graph.ts';
import { file } from '../import/helpers.ts';

const unread = error({ file: 'absent.csv' }, 'file-not-read', 'introuvable', 'not found');

describe('importGraph', () => {
  it('builds the graph of the imported actors and links, the report beside it', async () => {
    const stages: string[] = [];
    let handed: { actors: number; links: number } | undefined;
    const { report, graph } = await importGraph(demoFiles(), REF, {
      onGraph: (actors, links) => {
        stages.push('graph');
        handed = { actors: actors.length, links: links.length };
      },
    });
    const imported = importFiles(demoFiles(), REF);
    // The actors and links the graph is then built from.
    expect(handed).toEqual({ actors: imported.actors.length, links: imported.links.length });
    expect(graph?.order).toBe(imported.actors.length);
    expect(graph?.size).toBe(buildGraph(imported.actors, imported.links).size);
    expect(graph?.size).toBeGreaterThan(0);
    expect(report).toEqual({
      files: imported.files,
      issues: imported.issues,
      doubtful: imported.doubtful,
    });
    expect(Object.keys(report)).toEqual(['files', 'issues', 'doubtful']);
    expect(stages).toEqual(['graph']);
  });

  it('puts the files the caller could not read first, then its own checks, then the import’s', async () => {
    const checked: string[][] = [];
    const { report } = await importGraph(
      [file('acteurs.csv', 'nom;type\nMairie;Commune\n;Commune\n')],
      REF,
      {
        unread: [unread],
        checks: (files) => {
          checked.push(files.map((f) => f.name));
          return [error({ file: '--column' }, 'column-not-found', 'fr', 'en')];
        },
      },
    );
    expect(checked).toEqual([['acteurs.csv']]);
    expect(report.files.map((f) => [f.name, f.rows])).toEqual([
      ['absent.csv', 0],
      ['acteurs.csv', 2],
    ]);
    expect(report.issues.slice(0, 2).map((i) => i.code)).toEqual([
      'file-not-read',
      'column-not-found',
    ]);
    expect(report.issues.length).toBeGreaterThan(2);
  });

  it('gives no graph when no actor could be imported, and says why', async () => {
    let built = false;
    const { graph, report } = await importGraph(
      [file('acteurs.csv', 'nom;type\n'), file('notes.csv', 'rien à voir\n1\n')],
      REF,
      { unread: [unread], onGraph: () => (built = true) },
    );
    expect(graph).toBeNull();
    expect(built).toBe(false);
    const reasons = whyNoActor(report);
    expect(reasons[0]).toBe(unread);
    expect(reasons.map((i) => i.file)).toContain('acteurs.csv');
    expect(reasons.every((i) => i.severity === 'error' || i.line === undefined)).toBe(true);
  });
});

describe('whyNoActor', () => {
  it('keeps the errors and the file-level warnings, not row warnings or notes', () => {
    const issues = [
      error({ file: 'a.csv', line: 3 }, 'e', 'e', 'e'),
      warning({ file: 'a.csv', line: 4 }, 'w-row', 'w', 'w'),
      warning({ file: 'a.csv' }, 'w-file', 'w', 'w'),
      info({ file: 'a.csv' }, 'i', 'i', 'i'),
    ];
    expect(whyNoActor({ files: [], issues, doubtful: [] }).map((i) => i.code)).toEqual([
      'e',
      'w-file',
    ]);
  });
});
