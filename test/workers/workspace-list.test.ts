import { describe, expect, it } from 'vitest';
import {
  duplicateEntry,
  newEntry,
  newWorkspaceId,
  readEntry,
  savedEntry,
  sortEntries,
} from '../../src/workers/workspace-list.ts';

const JAN = new Date('2026-01-10T10:00:00Z');
const MAR = new Date('2026-03-02T09:30:00Z');

describe('the list of workspaces', () => {
  it('gives ids unlike those taken', () => {
    const draws = [0.5, 0.5, 0.25];
    const random = () => draws.shift() ?? 0.75;
    const first = newWorkspaceId([], () => 0.5);
    expect(newWorkspaceId([first], random)).not.toBe(first);
  });

  it('keeps a renamed name across saves, names an unnamed one after its title', () => {
    const created = newEntry('w-1', '', 0, JAN);
    const saved = savedEntry(created, 'w-1', 'CLS Alpha', 42, MAR);
    expect(saved).toEqual({
      id: 'w-1',
      name: 'CLS Alpha',
      created: JAN.toISOString(),
      updated: MAR.toISOString(),
      actors: 42,
    });
    const renamed = { ...saved, name: 'Diagnostic 2023' };
    expect(savedEntry(renamed, 'w-1', 'CLS Alpha', 43, MAR).name).toBe('Diagnostic 2023');
    expect(savedEntry(undefined, 'w-2', 'Beta', 3, JAN)).toEqual(newEntry('w-2', 'Beta', 3, JAN));
  });

  it('duplicates under a new id and a name that says so', () => {
    const entry = newEntry('w-1', 'CLS Alpha', 12, JAN);
    const copy = duplicateEntry(entry, 'w-2', (n) => `${n} (copie)`, MAR);
    expect(copy).toEqual({
      id: 'w-2',
      name: 'CLS Alpha (copie)',
      created: MAR.toISOString(),
      updated: MAR.toISOString(),
      actors: 12,
    });
  });

  it('shows the latest saved first', () => {
    const a = newEntry('a', 'A', 1, JAN);
    const b = newEntry('b', 'B', 1, MAR);
    expect(sortEntries([a, b]).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('reads back what storage holds, refusing what is not an entry', () => {
    expect(readEntry(null)).toBeNull();
    expect(readEntry({ name: 'x' })).toBeNull();
    expect(readEntry({ id: 'w', actors: 'many', ['__proto__']: 1 })).toEqual({
      id: 'w',
      name: '',
      created: '',
      updated: '',
      actors: 0,
    });
  });
});
