// The workspace file keeps the edit history and the cross-scheme rules (format 2), and
// still opens files of format 1.
import { REF } from '../factory.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeRule } from '../../src/analysis/cross-scheme-rule-list.ts';
import { emptyHistory, perform, redo, undo } from '../../src/model/edits/index.ts';
import { rebuildGraph } from '../../src/model/rebuild.ts';
import { WORKSPACE_VERSION } from '../../src/model/workspace-document.ts';
import { parseWorkspaceFile, toWorkspaceFile } from '../../src/model/workspace-file.ts';
import { editableOf, importTexts, PERSONS_CSV, PERSONS_LINKS_CSV } from './helpers.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/workspace/${name}`, import.meta.url), 'utf8');

describe('workspace file, format 2', () => {
  it('opens a file written by format 1 (kept as a fixture)', () => {
    const parsed = parseWorkspaceFile(fixture('version-1.maillage.json'));
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(WORKSPACE_VERSION).toBe(2);
    expect(parsed.document.title).toBe('Rochebrune — inventaire 2025');
    expect(parsed.graph.order).toBe(6);
    expect(parsed.graph.size).toBe(4);
    expect(parsed.document.views).toHaveLength(1);
    expect(parsed.document.mappings).toHaveLength(1);
    expect(parsed.document.history).toBeUndefined();
    expect(parsed.document.rules).toBeUndefined();
    expect(parsed.document.report?.files.length).toBeGreaterThan(0);
  });

  it('keeps the history and the rules: undo works across a save and reopen', () => {
    const { graph } = importTexts({ 'acteurs.csv': PERSONS_CSV, 'liens.csv': PERSONS_LINKS_CSV });
    let state = editableOf(graph);
    let history = emptyHistory();
    const rule = composeRule({ types: ['ars'] }, { scheme: 'CLSM', body: 'copil' }, REF);
    for (const edit of [
      { kind: 'add-actor', actor: { name: 'ARS délégation', type: 'ARS' } },
      { kind: 'add-link', link: { source: 'ars-delegation', target: 'cabinet-zanotti' } },
      { kind: 'merge-actors', kept: 'college-jean-moulin', absorbed: 'cabinet-zanotti' },
      {
        kind: 'set-rules',
        rules: { switched: { 'residents-in-cls-copil': true }, custom: [rule] },
      },
    ] as const) {
      const step = perform(state, history, structuredClone(edit) as never, REF);
      if (!step.ok) throw new Error(JSON.stringify(step.issues));
      ({ state, history } = step);
    }
    const back = undo(state, history);
    if (!back.ok) throw new Error();
    const text = toWorkspaceFile({
      title: 't',
      graph: rebuildGraph(back.state.actors, back.state.links),
      history: back.history,
      rules: back.state.rules,
    });
    const parsed = parseWorkspaceFile(text);
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.document.history).toEqual(back.history);
    const reopened = {
      ...editableOf(parsed.graph),
      rules: parsed.document.rules ?? { switched: {}, custom: [] },
    };
    expect(reopened.actors).toEqual(back.state.actors);
    // Undo after the reload: the merge.
    const u = undo(reopened, parsed.document.history!);
    if (!u.ok) throw new Error(JSON.stringify(u.issues));
    expect(u.state.actors.some((a) => a.id === 'cabinet-zanotti')).toBe(true);
    const r = redo(u.state, u.history);
    expect(r.ok && r.state.actors.some((a) => a.id === 'cabinet-zanotti')).toBe(false);
  });

  it('says where a damaged history is wrong, and anonymous files leave the history out', () => {
    const { graph } = importTexts({ 'acteurs.csv': PERSONS_CSV, 'liens.csv': PERSONS_LINKS_CSV });
    const step = perform(
      editableOf(graph),
      emptyHistory(),
      { kind: 'delete-actor', id: 'dr-marie-durand' },
      REF,
    );
    if (!step.ok) throw new Error();
    const text = toWorkspaceFile({ title: 't', graph, history: step.history });
    const doc = JSON.parse(text);
    doc.history.undo[0].patch.actors.removed[0].item.sectors = 7;
    const parsed = parseWorkspaceFile(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.en).toMatch(/actor #1, field "sectors" should be a list/);
    const anonymous = toWorkspaceFile(
      { title: 't', graph, history: step.history },
      { anonymous: true },
    );
    expect(anonymous).not.toMatch(/history/);
    expect(anonymous).not.toMatch(/Durand/);
  });
});
