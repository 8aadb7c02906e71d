// Merging two actors in the app, between the engine (model/edits merge-actors, unmerge) and
// the merge dialog: finding the other actor from a name typed differently, the preview of
// what the merged actor will hold (the engine's own result, read — not worked out again
// here), and the merges of an actor that can still be undone alone. Plain TypeScript.
import { compactFold, fold, searchByWords, type Actor, type ReferenceData } from '../domain';
import { boundedLevenshtein, canonicalName } from '../import';
import {
  applyEdit,
  undoableMerges,
  type EditableState,
  type EditHistory,
  type EditIssue,
  type HistoryEntry,
} from '../model';

// ---- Finding the other actor -------------------------------------------------------------

export interface NamedActor {
  id: string;
  name: string;
}

interface Entry extends NamedActor {
  key: string;
  compact: string;
  canonical: string;
}

/** The actors as the search reads them (built once per dialog). */
export function candidateIndex(actors: Iterable<NamedActor>): Entry[] {
  const out: Entry[] = [];
  for (const { id, name } of actors) {
    out.push({
      id,
      name,
      key: fold(name),
      compact: compactFold(name),
      canonical: canonicalName(name).replace(/ /g, ''),
    });
  }
  return out;
}

/** Edits allowed between a query and a name (or the name's start) of that length. */
const tolerance = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : length < 14 ? 2 : 3);

/**
 * The actors a query may name, best first, `exclude` left out: the names holding every
 * word typed ("asv tilleuls"), then the same institution named otherwise ("Ville de X" for
 * "Mairie de X", "CCAS X" for "CCAS de X"), then the names spelled almost alike, whole or
 * by their start ("Coordinaton ASV" for "Coordination ASV Les Tilleuls").
 */
export function mergeCandidates(
  index: readonly Entry[],
  query: string,
  exclude: string,
  limit = 8,
): NamedActor[] {
  const found: NamedActor[] = [];
  const seen = new Set([exclude]);
  const take = (e: Entry) => {
    if (seen.has(e.id) || found.length >= limit) return;
    seen.add(e.id);
    found.push({ id: e.id, name: e.name });
  };
  for (const e of searchByWords(index, query, limit + 1)) take(e);
  const q = compactFold(query);
  const canonical = canonicalName(query).replace(/ /g, '');
  const max = tolerance(q.length);
  if (canonical !== '') for (const e of index) if (e.canonical === canonical) take(e);
  if (max === 0) return found;
  const close: { e: Entry; d: number }[] = [];
  for (const e of index) {
    if (seen.has(e.id)) continue;
    const whole = boundedLevenshtein(q, e.compact, max);
    const start = boundedLevenshtein(q, e.compact.slice(0, q.length), max);
    const d = Math.min(whole, start);
    if (d <= max) close.push({ e, d });
  }
  close.sort((a, b) => a.d - b.d);
  for (const { e } of close) take(e);
  return found;
}

// ---- The preview -------------------------------------------------------------------------

/** The fields the preview compares, in the order it lists them. */
export const COMPARED_FIELDS = [
  'name',
  'type',
  'territory',
  'role',
  'person',
  'siret',
  'finess',
  'rpps',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** A field both actors fill differently: the value the merged actor keeps, and the other. */
export interface Difference {
  field: ComparedField;
  kept: string;
  dropped: string;
}

export interface MergePreview {
  /** The merged actor, as the engine makes it. */
  actor: Actor;
  kept: Actor;
  absorbed: Actor;
  differences: Difference[];
  /** Partners of each actor before, partners both had (their links become one), and the
   * merged actor's links after. A link between the two goes (it would join the actor to
   * itself). */
  links: { kept: number; absorbed: number; shared: number; between: boolean; after: number };
  /** Every file the merged actor comes from (both actors' files). */
  files: string[];
}

/** A field as text, for comparing and showing (a type by its words, yes/no as given). */
export type FieldText = (actor: Actor, field: ComparedField) => string | undefined;

function partnersOf(state: EditableState, id: string): Set<string> {
  const out = new Set<string>();
  for (const l of state.links) {
    if (l.source === id) out.add(l.target);
    else if (l.target === id) out.add(l.source);
  }
  return out;
}

/** What merging `absorbed` into `kept` would give (a dry run of the same edit), or why not. */
export function mergePreview(
  state: EditableState,
  kept: string,
  absorbed: string,
  ref: ReferenceData,
  text: FieldText,
): { ok: true; preview: MergePreview } | { ok: false; issues: EditIssue[] } {
  const result = applyEdit(state, { kind: 'merge-actors', kept, absorbed }, ref);
  if (!result.ok) return { ok: false, issues: result.issues };
  const actor = result.state.actors.find((a) => a.id === kept);
  const before = state.actors.find((a) => a.id === kept);
  const other = state.actors.find((a) => a.id === absorbed);
  if (!actor || !before || !other) return { ok: false, issues: result.issues };
  const differences: Difference[] = [];
  for (const field of COMPARED_FIELDS) {
    const a = text(before, field);
    const b = text(other, field);
    if (a === undefined || b === undefined || a === b) continue;
    const now = text(actor, field) ?? '';
    differences.push({ field, kept: now, dropped: now === a ? b : a });
  }
  const keptPartners = partnersOf(state, kept);
  const absorbedPartners = partnersOf(state, absorbed);
  const between = keptPartners.has(absorbed);
  keptPartners.delete(absorbed);
  absorbedPartners.delete(kept);
  let shared = 0;
  for (const p of absorbedPartners) if (keptPartners.has(p)) shared++;
  return {
    ok: true,
    preview: {
      actor,
      kept: before,
      absorbed: other,
      differences,
      links: {
        kept: keptPartners.size,
        absorbed: absorbedPartners.size,
        shared,
        between,
        after: partnersOf(result.state, kept).size,
      },
      files: actor.files,
    },
  };
}

// ---- Merges that can be undone -----------------------------------------------------------

export interface MergeOrigin {
  entry: HistoryEntry;
  /** The two actors' names before the merge (kept one first). */
  keptName: string;
  absorbedName: string;
  /** The actor absorbed, as it was (anonymous mode shows a person by role or type). */
  absorbed?: Actor;
}

/**
 * The merges into `id` still in effect, newest first (the engine's `undoableMerges`: not
 * undone since by a « Séparer »), with the names the note shows.
 */
export function mergesInto(history: EditHistory, id: string): MergeOrigin[] {
  const out: MergeOrigin[] = [];
  for (const entry of undoableMerges(history)) {
    const e = entry.edit;
    if (e.kind !== 'merge-actors' || e.kept !== id) continue;
    const actors = entry.patch.actors;
    const absorbed = actors?.removed.find((p) => p.item.id === e.absorbed)?.item;
    const keptName = actors?.changed.find((c) => c.before.id === e.kept)?.before.name ?? e.kept;
    const origin: MergeOrigin = { entry, keptName, absorbedName: absorbed?.name ?? e.absorbed };
    if (absorbed) origin.absorbed = absorbed;
    out.push(origin);
  }
  return out;
}
