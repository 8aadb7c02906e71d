// Frozen versions are kept with the workspace: written, read back and checked field by
// field; files without versions (format 1, format 2 before versions) still open.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, versionOf } from '../../src/analysis/index.ts';
import { freezeVersion, versionGraph } from '../../src/model/versions.ts';
import { parseWorkspaceFile, toWorkspaceFile } from '../../src/model/workspace-file.ts';
import { demo, REF } from '../factory.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/workspace/${name}`, import.meta.url), 'utf8');

describe('frozen versions', () => {
  it('freezes a copy that later changes of the graph do not reach', () => {
    const { graph } = demo();
    const first = freezeVersion(graph, '  Diagnostic 2023 ', new Date('2023-05-01'), []);
    expect(first).toMatchObject({
      id: 'v1',
      name: 'Diagnostic 2023',
      date: '2023-05-01T00:00:00.000Z',
    });
    expect(first.actors).toHaveLength(graph.order);
    expect(first.links).toHaveLength(graph.size);
    const someone = graph.nodes()[0] as string;
    graph.updateNodeAttribute(someone, 'name', () => 'Renamed');
    expect(first.actors.find((a) => a.id === someone)?.name).not.toBe('Renamed');
    // Ids stay unique after a deletion.
    const second = freezeVersion(graph, 'b', new Date(), [first]);
    const third = freezeVersion(graph, 'c', new Date(), [second]);
    expect([second.id, third.id]).toEqual(['v2', 'v3']);
  });

  it('keeps the versions through a save and reopen; the graph compares as the original', () => {
    const { graph } = demo();
    const version = freezeVersion(graph, 'Diagnostic 2023', new Date('2023-05-01'), []);
    graph.dropNode(graph.nodes()[0] as string);
    const parsed = parseWorkspaceFile(toWorkspaceFile({ title: 't', graph, versions: [version] }));
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.document.versions).toEqual([version]);
    const before = versionGraph(parsed.document.versions?.[0] ?? version);
    expect(before.order).toBe(graph.order + 1);
    const diff = compareVersions(versionOf(before, REF), versionOf(parsed.graph, REF), REF);
    expect(diff.actors.removed).toHaveLength(1);
    expect(diff.actors.added).toHaveLength(0);
  });

  it('leaves the versions out of anonymous files (they quote names)', () => {
    const { graph } = demo();
    const version = freezeVersion(graph, 'v', new Date(), []);
    const text = toWorkspaceFile({ title: 't', graph, versions: [version] }, { anonymous: true });
    expect(JSON.parse(text)).not.toHaveProperty('versions');
  });

  it('opens files without versions', () => {
    const parsed = parseWorkspaceFile(fixture('version-1.maillage.json'));
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.document.versions).toBeUndefined();
  });

  it('says where a damaged version is wrong', () => {
    const { graph } = demo();
    const version = freezeVersion(graph, 'v', new Date(), []);
    const doc = JSON.parse(toWorkspaceFile({ title: 't', graph, versions: [version] }));
    doc.versions[0].links[0].target = 'nobody';
    const broken = parseWorkspaceFile(JSON.stringify(doc));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.en).toMatch(/field "versions", field "0", link #1/);
    doc.versions = [version, version];
    const twice = parseWorkspaceFile(JSON.stringify(doc));
    expect(!twice.ok && twice.error.en).toMatch(/already taken/);
    doc.versions = [{ ...version, name: 3 }];
    const badName = parseWorkspaceFile(JSON.stringify(doc));
    expect(!badName.ok && badName.error.en).toMatch(/"name"/);
  });
});
