// The list of workspaces kept in this browser (one per territory or year), as plain
// records: what the list shows of each (name, dates, actor count), without its file. The
// IndexedDB side is autosave.ts; this is the logic around it, tested on its own.

export interface WorkspaceEntry {
  id: string;
  name: string;
  /** ISO dates. */
  created: string;
  updated: string;
  actors: number;
}

/** A new id, unlike those in `taken`. */
export function newWorkspaceId(
  taken: readonly string[],
  random: () => number = Math.random,
): string {
  for (;;) {
    const id = `w-${Math.floor(random() * 36 ** 8).toString(36)}`;
    if (!taken.includes(id)) return id;
  }
}

export function newEntry(id: string, name: string, actors: number, now: Date): WorkspaceEntry {
  const at = now.toISOString();
  return { id, name, created: at, updated: at, actors };
}

/** The entry after a save: its name stays (the user may have renamed it), unless it had
 * none; the date and the count move. */
export function savedEntry(
  entry: WorkspaceEntry | undefined,
  id: string,
  title: string,
  actors: number,
  now: Date,
): WorkspaceEntry {
  if (!entry) return newEntry(id, title, actors, now);
  return { ...entry, name: entry.name || title, actors, updated: now.toISOString() };
}

/** A copy, under a new id and a name that says it is one. */
export function duplicateEntry(
  entry: WorkspaceEntry,
  id: string,
  copyName: (name: string) => string,
  now: Date,
): WorkspaceEntry {
  return { ...newEntry(id, copyName(entry.name), entry.actors, now) };
}

/** The list as shown: the latest saved first. */
export function sortEntries(entries: readonly WorkspaceEntry[]): WorkspaceEntry[] {
  return [...entries].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id),
  );
}

/** A record read back from storage, or null when it is not one. */
export function readEntry(input: unknown): WorkspaceEntry | null {
  if (typeof input !== 'object' || input === null) return null;
  const r = input as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id) return null;
  return {
    id: r.id,
    name: typeof r.name === 'string' ? r.name : '',
    created: typeof r.created === 'string' ? r.created : '',
    updated: typeof r.updated === 'string' ? r.updated : '',
    actors: typeof r.actors === 'number' && Number.isFinite(r.actors) ? r.actors : 0,
  };
}
