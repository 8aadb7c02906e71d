// A workspace file given to the import: opened as saved, or reported when broken.
import { demo, REF, utf8 as bytes } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import { toWorkspaceFile } from '../../src/model/workspace-file.ts';
import { analyze } from '../../src/analysis/analyze.ts';
import type { CrossSchemeRuleSettings } from '../../src/domain/types.ts';
import {
  isWorkspaceFile,
  readWorkspaceInput,
  rulesFor,
} from '../../src/workers/workspace-input.ts';

function savedDemo(positions: boolean) {
  const { result, graph } = demo();
  const text = toWorkspaceFile({
    title: 'Val de Loire-Sèvre',
    graph,
    expected: REF.expected.slice(0, 1),
    views: [{ id: 'vue-1', title: 'Le COPIL du CLS' }],
    settings: { anonymous: true, lang: 'en' },
    positions: positions
      ? Object.fromEntries(graph.mapNodes((id, _a) => [id, { x: id.length, y: -id.length }]))
      : null,
    report: { files: result.files, issues: result.issues, doubtful: result.doubtful },
  });
  return { graph, text };
}

describe('isWorkspaceFile', () => {
  it('knows a workspace by its name or by its first character', () => {
    expect(isWorkspaceFile({ name: 'territoire.json', bytes: bytes('') })).toBe(true);
    expect(
      isWorkspaceFile({
        name: 'sans-extension',
        bytes: bytes('\uFEFF  \r\n{"format":"maillage-workspace"}'),
      }),
    ).toBe(true);
    expect(isWorkspaceFile({ name: 'acteurs.csv', bytes: bytes('Nom;Type\r\n') })).toBe(false);
  });
});

describe('a CSV that starts like JSON', () => {
  it.each([
    ['a first cell in braces', '{Nom};Type\r\nMairie;Commune\r\n'],
    ['JSON of another program', '{"a":1}'],
    ['a brace then text', '{ Nom;Type\r\nMairie;Commune\r\n'],
  ])('%s is not a workspace file', (_what, text) => {
    expect(isWorkspaceFile({ name: 'acteurs.csv', bytes: bytes(text) })).toBe(false);
    expect(readWorkspaceInput([{ name: 'acteurs.csv', bytes: bytes(text) }])).toBeNull();
  });
});

describe('a file that cannot be read', () => {
  it('is not taken for a workspace: the import reads the other files', () => {
    const broken = {
      name: 'casse.csv',
      get bytes(): Uint8Array {
        throw new Error('disque illisible');
      },
    };
    expect(
      readWorkspaceInput([broken, { name: 'a.csv', bytes: bytes('Nom\r\nA\r\n') }]),
    ).toBeNull();
  });
});

describe('readWorkspaceInput', () => {
  it('is not for CSV imports', () => {
    expect(readWorkspaceInput([{ name: 'acteurs.csv', bytes: bytes('Nom\r\nA\r\n') }])).toBeNull();
  });

  it('opens the graph, its positions in node order, and what the app restores', () => {
    const { graph, text } = savedDemo(true);
    const read = readWorkspaceInput([{ name: 'val.json', bytes: bytes(text) }]);
    expect(read?.graph?.order).toBe(graph.order);
    expect(read?.graph?.size).toBe(graph.size);
    const ids = read?.graph?.nodes() ?? [];
    expect(read?.positions?.length).toBe(2 * ids.length);
    expect(read?.positions?.[0]).toBe(ids[0]?.length);
    expect(read?.positions?.[1]).toBe(-(ids[0]?.length ?? 0));
    expect(read?.restored?.title).toBe('Val de Loire-Sèvre');
    expect(read?.restored?.views).toEqual([{ id: 'vue-1', title: 'Le COPIL du CLS' }]);
    expect(read?.restored?.settings).toEqual({ anonymous: true, lang: 'en' });
    expect(read?.restored?.expected).toEqual(REF.expected.slice(0, 1));
    // The saved import report comes back: the files the territory was built from.
    expect(read?.report.files.map((f) => f.name)).toEqual(['acteurs.csv', 'liens.csv']);
  });

  it('lays the map out again when positions are missing', () => {
    const { text } = savedDemo(false);
    expect(readWorkspaceInput([{ name: 'val.json', bytes: bytes(text) }])?.positions).toBeNull();
  });

  it('reports a broken file by name, in both languages, and opens nothing', () => {
    const read = readWorkspaceInput([{ name: 'casse.json', bytes: bytes('{"format": "autre"') }]);
    expect(read?.graph).toBeNull();
    const issue = read?.report.issues[0];
    expect(issue).toMatchObject({
      file: 'casse.json',
      severity: 'error',
      code: 'workspace-invalid',
    });
    expect(issue?.message.fr).not.toBe('');
    expect(issue?.message.en).not.toBe('');
  });

  it('opens a workspace on its own: files given with it are reported as not read', () => {
    const { text } = savedDemo(false);
    const read = readWorkspaceInput([
      { name: 'liens.csv', bytes: bytes('Source;Cible\r\n') },
      { name: 'val.json', bytes: bytes(text) },
    ]);
    expect(read?.graph).not.toBeNull();
    const left = read?.report.issues.filter((i) => i.code === 'workspace-alone');
    expect(left?.map((i) => i.file)).toEqual(['liens.csv']);
  });
});

describe('rulesFor: the cross-scheme rules the worker’s analysis checks', () => {
  const residents = { switched: { 'residents-in-cls-copil': true }, custom: [] };
  const noAsv = { switched: { 'asv-coordinator-in-clsm-copil': false }, custom: [] };

  it('takes a workspace file’s own rules, else the workspace’s, and the analysis uses them', async () => {
    const { graph, result } = demo();
    const text = toWorkspaceFile({
      title: 'T',
      graph,
      expected: null,
      rules: residents,
      views: [],
      settings: {},
      positions: null,
      report: { files: result.files, issues: result.issues, doubtful: result.doubtful },
    });
    const saved = readWorkspaceInput([{ name: 't.maillage.json', bytes: bytes(text) }]);
    expect(rulesFor(saved, noAsv)).toEqual(residents);
    expect(rulesFor(null, noAsv)).toEqual(noAsv);
    expect(rulesFor(null, null)).toBeNull();

    const checked = async (rules: CrossSchemeRuleSettings | null) =>
      (await analyze(graph, REF, { crossSchemeRules: rules })).crossSchemeRules
        .map((r) => r.rule)
        .sort();
    // The rule switched on is checked; the one switched off is not.
    expect(await checked(rulesFor(saved, null))).toContain('residents-in-cls-copil');
    expect(await checked(null)).not.toContain('residents-in-cls-copil');
    expect(await checked(rulesFor(null, noAsv))).not.toContain('asv-coordinator-in-clsm-copil');
    expect(await checked(null)).toContain('asv-coordinator-in-clsm-copil');
  });
});
