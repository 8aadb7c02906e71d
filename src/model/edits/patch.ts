// What an edit changed, as plain JSON: the actors and links removed, added (each at its
// place in the list) and changed (before and after), and the expected compositions, column
// mappings and cross-scheme rules before and after. A patch applies forwards (redo) and
// backwards (undo) exactly: the lists come back in the same order, so the graph rebuilt
// from them has the same edge keys.
import type { Actor, ExpectedComposition, CrossSchemeRuleSettings } from '../../domain';
import type { SavedMapping } from '../column-mapping.ts';
import type { LinkAttributes } from '../graph.ts';

/** The part of a workspace the edits change (the rest — views, positions — is the app's). */
export interface EditableState {
  actors: Actor[];
  /** Merged links, one per pair of actors (as in the graph and the workspace file). */
  links: LinkAttributes[];
  /** The expected compositions the user edited; null = the reference ones. */
  expected: ExpectedComposition[] | null;
  mappings: SavedMapping[];
  rules: CrossSchemeRuleSettings;
}

export const NO_RULE_CHANGES: CrossSchemeRuleSettings = { switched: {}, custom: [] };

export interface Placed<T> {
  index: number;
  item: T;
}

/** Items removed (index in the list before), added (index in the list after), changed. */
export interface ListChanges<T> {
  removed: Placed<T>[];
  added: Placed<T>[];
  changed: { before: T; after: T }[];
}

export interface ValueChange<T> {
  before: T;
  after: T;
}

export interface Patch {
  actors?: ListChanges<Actor>;
  links?: ListChanges<LinkAttributes>;
  expected?: ValueChange<ExpectedComposition[] | null>;
  mappings?: ValueChange<SavedMapping[]>;
  rules?: ValueChange<CrossSchemeRuleSettings>;
}

export const actorKey = (a: Actor): string => a.id;
/** A link's key: its unordered pair of actors (one merged link per pair). */
export const linkKey = (l: { source: string; target: string }): string =>
  l.source < l.target ? `${l.source}\0${l.target}` : `${l.target}\0${l.source}`;

export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The changes from one list to another, items matched by key. When the items kept do not
 * keep their order (a re-import), every item is removed and added again.
 */
export function diffList<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): ListChanges<T> | undefined {
  const beforeByKey = new Map(before.map((item, index) => [key(item), index]));
  const afterByKey = new Map(after.map((item, index) => [key(item), index]));
  const removed: Placed<T>[] = [];
  const added: Placed<T>[] = [];
  const changed: { before: T; after: T }[] = [];
  const keptBefore: string[] = [];
  before.forEach((item, index) => {
    const k = key(item);
    const j = afterByKey.get(k);
    if (j === undefined) removed.push({ index, item });
    else {
      keptBefore.push(k);
      const next = after[j] as T;
      if (next !== item && !sameJson(item, next)) changed.push({ before: item, after: next });
    }
  });
  const keptAfter: string[] = [];
  after.forEach((item, index) => {
    const k = key(item);
    if (beforeByKey.has(k)) keptAfter.push(k);
    else added.push({ index, item });
  });
  if (keptBefore.some((k, i) => keptAfter[i] !== k)) {
    return {
      removed: before.map((item, index) => ({ index, item })),
      added: after.map((item, index) => ({ index, item })),
      changed: [],
    };
  }
  if (removed.length + added.length + changed.length === 0) return undefined;
  return { removed, added, changed };
}

/** The patch from one state to another. */
export function diffStates(before: EditableState, after: EditableState): Patch {
  const patch: Patch = {};
  const actors = diffList(before.actors, after.actors, actorKey);
  if (actors) patch.actors = actors;
  const links = diffList(before.links, after.links, linkKey);
  if (links) patch.links = links;
  if (!sameJson(before.expected, after.expected)) {
    patch.expected = { before: before.expected, after: after.expected };
  }
  if (!sameJson(before.mappings, after.mappings)) {
    patch.mappings = { before: before.mappings, after: after.mappings };
  }
  if (!sameJson(before.rules, after.rules)) {
    patch.rules = { before: before.rules, after: after.rules };
  }
  return patch;
}

export function isEmptyPatch(patch: Patch): boolean {
  return Object.keys(patch).length === 0;
}

function invertList<T>(changes: ListChanges<T>): ListChanges<T> {
  return {
    removed: changes.added,
    added: changes.removed,
    changed: changes.changed.map((c) => ({ before: c.after, after: c.before })),
  };
}

function invertValue<T>(change: ValueChange<T>): ValueChange<T> {
  return { before: change.after, after: change.before };
}

/** The patch that undoes `patch`. */
export function invertPatch(patch: Patch): Patch {
  const out: Patch = {};
  if (patch.actors) out.actors = invertList(patch.actors);
  if (patch.links) out.links = invertList(patch.links);
  if (patch.expected) out.expected = invertValue(patch.expected);
  if (patch.mappings) out.mappings = invertValue(patch.mappings);
  if (patch.rules) out.rules = invertValue(patch.rules);
  return out;
}

/** Thrown when a patch does not fit the state (it was made for another one). */
export class PatchMismatch extends Error {}

function applyList<T>(
  list: readonly T[],
  changes: ListChanges<T> | undefined,
  key: (item: T) => string,
): T[] {
  if (!changes) return [...list];
  const out = [...list];
  const removed = [...changes.removed].sort((a, b) => b.index - a.index);
  for (const { index, item } of removed) {
    const current = out[index];
    if (current === undefined || key(current) !== key(item)) throw new PatchMismatch(key(item));
    out.splice(index, 1);
  }
  const added = [...changes.added].sort((a, b) => a.index - b.index);
  for (const { index, item } of added) {
    if (index > out.length) throw new PatchMismatch(key(item));
    out.splice(index, 0, item);
  }
  if (changes.changed.length > 0) {
    const at = new Map(out.map((item, index) => [key(item), index]));
    for (const { before, after } of changes.changed) {
      const index = at.get(key(before));
      if (index === undefined || !sameJson(out[index], before)) {
        throw new PatchMismatch(key(before));
      }
      out[index] = after;
    }
  }
  return out;
}

function applyValue<T>(current: T, change: ValueChange<T> | undefined): T {
  if (!change) return current;
  if (!sameJson(current, change.before)) throw new PatchMismatch('value');
  return change.after;
}

/** The state after `patch`; throws PatchMismatch when the state is not the one it was made on. */
export function applyPatch(state: EditableState, patch: Patch): EditableState {
  return {
    actors: applyList(state.actors, patch.actors, actorKey),
    links: applyList(state.links, patch.links, linkKey),
    expected: applyValue(state.expected, patch.expected),
    mappings: applyValue(state.mappings, patch.mappings),
    rules: applyValue(state.rules, patch.rules),
  };
}
