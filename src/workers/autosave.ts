// Autosave: the workspace is kept in this browser's IndexedDB (docs/architecture.md), as the same
// JSON document as the workspace file, so that a reload reopens it exactly as it was.
// Nothing leaves the machine. A browser that refuses storage (no IndexedDB, storage
// blocked, quota full) does not autosave: `saveAutosave` says so, and the app tells the user
// the territory is not kept and offers the workspace file instead.
import { openDB, type IDBPDatabase } from 'idb';

const DATABASE = 'maillage';
const STORE = 'workspace';
const KEY = 'current';

let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return db;
}

/** The last workspace saved in this browser, or null. */
export async function loadAutosave(): Promise<string | null> {
  try {
    const text: unknown = await (await open()).get(STORE, KEY);
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

/** Whether `text` was really written: false when the browser refused it. */
export async function saveAutosave(text: string): Promise<boolean> {
  try {
    await (await open()).put(STORE, text, KEY);
    return true;
  } catch {
    return false;
  }
}

/** saveAutosave for a page being hidden or closed: the write is committed at once (the
 * page may be gone before the transaction would end on its own). */
export async function saveAutosaveNow(text: string): Promise<boolean> {
  try {
    const tx = (await open()).transaction(STORE, 'readwrite');
    const written = tx.store.put(text, KEY);
    tx.commit();
    await written;
    return true;
  } catch {
    return false;
  }
}

export async function clearAutosave(): Promise<void> {
  try {
    await (await open()).delete(STORE, KEY);
  } catch {
    // Nothing saved, or no storage: nothing to clear.
  }
}
