// Autosave: the workspaces are kept in this browser's IndexedDB (docs/architecture.md), each
// as the same JSON document as the workspace file, so that a reload reopens it exactly as it
// was. Several workspaces (one per territory or year) are kept, keyed by id, with what the
// list shows of them (workspace-list.ts); the one open is remembered. The single autosave of
// earlier versions becomes the first of the list. Nothing leaves the machine. A browser
// that refuses storage (no IndexedDB, storage blocked, quota full) does not autosave: the
// save functions say so, and the app tells the user the territory is not kept and offers
// the workspace file instead.
import { openDB, type IDBPDatabase } from 'idb';
import {
  duplicateEntry,
  newEntry,
  newWorkspaceId,
  readEntry,
  savedEntry,
  sortEntries,
  type WorkspaceEntry,
} from './workspace-list.ts';

const DATABASE = 'maillage';
/** Version 1's store: the single autosave under LEGACY_KEY; now also the open one's id. */
const STORE = 'workspace';
const LEGACY_KEY = 'current';
const ACTIVE_KEY = 'active';
/** The list's entries and the files, by workspace id. */
const ENTRIES = 'entries';
const FILES = 'files';

let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DATABASE, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore(STORE);
      if (oldVersion < 2) {
        database.createObjectStore(ENTRIES);
        database.createObjectStore(FILES);
      }
    },
  });
  return db;
}

/** The workspace open in this browser: its id and file (null when it has none yet), the
 * single autosave of earlier versions moved into the list first; null without storage. */
export async function loadAutosave(): Promise<{ id: string; text: string | null } | null> {
  try {
    const database = await open();
    const tx = database.transaction([STORE, ENTRIES, FILES], 'readwrite');
    const store = tx.objectStore(STORE);
    const legacy: unknown = await store.get(LEGACY_KEY);
    const ids = (await tx.objectStore(ENTRIES).getAllKeys()).map(String);
    let active: unknown = await store.get(ACTIVE_KEY);
    if (typeof legacy === 'string') {
      const id = newWorkspaceId(ids);
      await tx.objectStore(FILES).put(legacy, id);
      await tx.objectStore(ENTRIES).put(newEntry(id, '', 0, new Date()), id);
      await store.delete(LEGACY_KEY);
      active = id;
      ids.push(id);
    }
    if (typeof active !== 'string' || !ids.includes(active)) {
      active = ids[0] ?? newWorkspaceId(ids);
    }
    const id = active as string;
    await store.put(id, ACTIVE_KEY);
    const text: unknown = await tx.objectStore(FILES).get(id);
    await tx.done;
    return { id, text: typeof text === 'string' ? text : null };
  } catch {
    return null;
  }
}

/** What a save writes besides the file. */
export interface SavedWorkspace {
  id: string;
  title: string;
  actors: number;
}

/** Whether `text` was really written: false when the browser refused it. `now`: the page
 * is being hidden or closed, the write is committed at once. */
export async function saveAutosave(
  saved: SavedWorkspace,
  text: string,
  now = false,
): Promise<boolean> {
  try {
    const tx = (await open()).transaction([ENTRIES, FILES], 'readwrite');
    const entries = tx.objectStore(ENTRIES);
    const files = tx.objectStore(FILES);
    const written = files.put(text, saved.id);
    if (now) tx.commit();
    const before = readEntry(await entries.get(saved.id)) ?? undefined;
    if (!now) {
      await entries.put(
        savedEntry(before, saved.id, saved.title, saved.actors, new Date()),
        saved.id,
      );
    }
    await written;
    await tx.done;
    return true;
  } catch {
    return false;
  }
}

/** Forgets the open workspace's file (its place in the list stays). */
export async function clearAutosave(id: string): Promise<void> {
  try {
    await (await open()).delete(FILES, id);
  } catch {
    // Nothing saved, or no storage: nothing to clear.
  }
}

/** The workspaces kept in this browser, the latest saved first. */
export async function listWorkspaces(): Promise<WorkspaceEntry[]> {
  const all: unknown[] = await (await open()).getAll(ENTRIES);
  return sortEntries(all.map(readEntry).filter((e): e is WorkspaceEntry => e !== null));
}

export async function renameWorkspace(id: string, name: string): Promise<void> {
  const database = await open();
  const entry = readEntry(await database.get(ENTRIES, id));
  if (entry) await database.put(ENTRIES, { ...entry, name }, id);
}

export async function duplicateWorkspace(
  id: string,
  copyName: (name: string) => string,
): Promise<void> {
  const database = await open();
  const tx = database.transaction([ENTRIES, FILES], 'readwrite');
  const entry = readEntry(await tx.objectStore(ENTRIES).get(id));
  const text: unknown = await tx.objectStore(FILES).get(id);
  if (entry) {
    const copy = newWorkspaceId((await tx.objectStore(ENTRIES).getAllKeys()).map(String));
    await tx.objectStore(ENTRIES).put(duplicateEntry(entry, copy, copyName, new Date()), copy);
    if (typeof text === 'string') await tx.objectStore(FILES).put(text, copy);
  }
  await tx.done;
}

export async function deleteWorkspace(id: string): Promise<void> {
  const database = await open();
  const tx = database.transaction([ENTRIES, FILES], 'readwrite');
  await tx.objectStore(ENTRIES).delete(id);
  await tx.objectStore(FILES).delete(id);
  await tx.done;
}

/** Makes `id` the workspace opened next (a new one when null); returns its id. */
export async function chooseWorkspace(id: string | null, name = ''): Promise<string> {
  const database = await open();
  const tx = database.transaction([STORE, ENTRIES], 'readwrite');
  let chosen = id;
  if (chosen === null) {
    chosen = newWorkspaceId((await tx.objectStore(ENTRIES).getAllKeys()).map(String));
    await tx.objectStore(ENTRIES).put(newEntry(chosen, name, 0, new Date()), chosen);
  }
  await tx.objectStore(STORE).put(chosen, ACTIVE_KEY);
  await tx.done;
  return chosen;
}
