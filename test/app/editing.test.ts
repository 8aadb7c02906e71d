import { describe, expect, it } from 'vitest';
import { defaultReference } from '../../src/domain/index.ts';
import {
  editWorkspace,
  historyKey,
  placedPositions,
  stepHistory,
  type EditBase,
} from '../../src/app/editing.ts';
import {
  actorsToCsv,
  emptyHistory,
  parseWorkspaceFile,
  toWorkspaceFile,
} from '../../src/model/index.ts';
import { smallGraph } from '../map/helpers.ts';

const ref = defaultReference();
const positions = {
  a: { x: 0, y: 0 },
  b: { x: 100, y: 0 },
  c: { x: 50, y: 80 },
  d: { x: 50, y: 200 },
  e: { x: 300, y: 300 },
};
const base = (): EditBase => ({
  graph: smallGraph(),
  expected: null,
  mappings: [],
  history: emptyHistory(),
  positions,
});

describe('editWorkspace', () => {
  it('edits an actor: the graph is rebuilt, the positions kept, the edit recorded', () => {
    const result = editWorkspace(
      base(),
      { kind: 'update-actor', id: 'a', actor: { type: 'association', sectors: ['logement'] } },
      ref,
    );
    if (!result.ok) throw new Error('refused');
    const { graph, history } = result.edited;
    expect(graph.getNodeAttribute('a', 'type')).toBe('association');
    expect(graph.getNodeAttribute('a', 'sectors')).toEqual(['logement']);
    expect(graph.size).toBe(4);
    expect(result.edited.positions).toEqual(positions);
    expect(history.undo).toHaveLength(1);
  });

  it('places a new actor near its partner, without moving the others', () => {
    const added = editWorkspace(base(), { kind: 'add-actor', actor: { name: 'New one' } }, ref);
    if (!added.ok) throw new Error('refused');
    const id = added.edited.id as string;
    const linked = editWorkspace(
      {
        ...base(),
        graph: added.edited.graph,
        history: added.edited.history,
        positions: added.edited.positions,
      },
      { kind: 'add-link', link: { source: id, target: 'd' } },
      ref,
    );
    if (!linked.ok) throw new Error('refused');
    // Placed when it was added (no partner yet: beside the map); kept afterwards.
    expect(linked.edited.positions[id]).toEqual(added.edited.positions[id]);
    expect(linked.edited.positions.a).toEqual(positions.a);
    const graph = smallGraph();
    graph.addNode('f', { ...graph.getNodeAttributes('d'), id: 'f', name: 'F' });
    graph.addEdge('f', 'd', graph.getEdgeAttributes(graph.edges()[0] as string));
    const placed = placedPositions(graph, positions);
    const p = placed.f as { x: number; y: number };
    expect(Math.hypot(p.x - positions.d.x, p.y - positions.d.y)).toBeCloseTo(60, 5);
  });

  it('refuses an empty name with the engine’s message, in both languages', () => {
    const result = editWorkspace(
      base(),
      { kind: 'update-actor', id: 'a', actor: { name: ' ' } },
      ref,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('missing-name');
    expect(result.issues[0]?.message.fr).toContain('Le nom est vide');
    expect(result.issues[0]?.message.en).toContain('The name is empty');
  });

  it('undoes and redoes, also from the history as a workspace file saved it', () => {
    const deleted = editWorkspace(base(), { kind: 'delete-actor', id: 'c' }, ref);
    if (!deleted.ok) throw new Error('refused');
    expect(deleted.edited.graph.order).toBe(4);
    // Through the workspace file, as the autosave keeps it across a reload.
    const file = toWorkspaceFile({
      title: 't',
      graph: deleted.edited.graph,
      history: deleted.edited.history,
      positions: deleted.edited.positions,
    });
    const opened = parseWorkspaceFile(file);
    if (!opened.ok) throw new Error('not opened');
    const reloaded: EditBase = {
      ...base(),
      graph: opened.graph,
      history: opened.document.history ?? emptyHistory(),
    };
    const undone = stepHistory(reloaded, 'undo');
    if (!undone?.ok) throw new Error('not undone');
    expect(undone.edited.graph.order).toBe(5);
    expect(undone.edited.graph.size).toBe(4);
    expect(undone.edited.graph.edges()).toEqual(smallGraph().edges());
    const redone = stepHistory(
      { ...reloaded, graph: undone.edited.graph, history: undone.edited.history },
      'redo',
    );
    if (!redone?.ok) throw new Error('not redone');
    expect(redone.edited.graph.hasNode('c')).toBe(false);
    expect(stepHistory(base(), 'undo')).toBeNull();
  });

  it('an edited workspace exports to CSV in the import format', () => {
    const result = editWorkspace(
      base(),
      {
        kind: 'add-actor',
        actor: { name: 'Maison des familles', type: 'association', sectors: ['logement'] },
      },
      ref,
    );
    if (!result.ok) throw new Error('refused');
    const csv = actorsToCsv(result.edited.graph, ref);
    const row = csv.split(/\r?\n/).find((l) => l.includes('Maison des familles'));
    expect(row).toBeDefined();
    expect(row).toContain('Association');
    expect(row).toContain('Logement');
  });
});

describe('historyKey', () => {
  const key = (over: Partial<Parameters<typeof historyKey>[0]>) =>
    historyKey({
      key: 'z',
      ctrlKey: true,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      target: null,
      ...over,
    });
  it('reads Ctrl+Z as undo and Ctrl+Shift+Z / Ctrl+Y as redo', () => {
    expect(key({})).toBe('undo');
    expect(key({ key: 'Z', shiftKey: true })).toBe('redo');
    expect(key({ key: 'y' })).toBe('redo');
    expect(key({ ctrlKey: false, metaKey: true })).toBe('undo');
  });
  it('leaves the keys to a field being typed in, and plain keys alone', () => {
    expect(key({ target: { tagName: 'INPUT' } })).toBeNull();
    expect(key({ target: { tagName: 'TEXTAREA' } })).toBeNull();
    expect(key({ target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(key({ ctrlKey: false })).toBeNull();
    expect(key({ key: 'a' })).toBeNull();
  });
});
