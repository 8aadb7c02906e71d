// Reading a workspace file's edit history back: each entry's patch checked field by field
// (workspace-read.ts has the checks and the readers of actors, links and the rest).
import type { EditHistory, HistoryEntry } from './edits/history.ts';
import type { ListChanges, Patch } from './edits/patch.ts';
import {
  array,
  field,
  num,
  object,
  readActor,
  readExpected,
  readLink,
  readMappings,
  readRules,
  str,
  type Where,
} from './workspace-read.ts';

function readChanges<T>(
  value: unknown,
  where: Where,
  read: (v: unknown, i: number) => T,
): ListChanges<T> {
  const o = object(value, where);
  const placed = (key: string) =>
    array(o[key], field(where, key)).map((p, i) => {
      const w = field(field(where, key), String(i));
      const po = object(p, w);
      return { index: num(po.index, field(w, 'index')), item: read(po.item, i) };
    });
  return {
    removed: placed('removed'),
    added: placed('added'),
    changed: array(o.changed, field(where, 'changed')).map((c, i) => {
      const co = object(c, field(field(where, 'changed'), String(i)));
      return { before: read(co.before, i), after: read(co.after, i) };
    }),
  };
}

function readPatch(value: unknown, where: Where): Patch {
  const o = object(value, where);
  const patch: Patch = {};
  if (o.actors !== undefined)
    patch.actors = readChanges(o.actors, field(where, 'actors'), readActor);
  if (o.links !== undefined) patch.links = readChanges(o.links, field(where, 'links'), readLink);
  const change = <T>(key: string, read: (v: unknown, w: Where) => T) => {
    const c = object(o[key], field(where, key));
    return {
      before: read(c.before, field(field(where, key), 'before')),
      after: read(c.after, field(field(where, key), 'after')),
    };
  };
  const expected = (v: unknown, w: Where) => (v === null ? null : readExpected(v, w));
  if (o.expected !== undefined) patch.expected = change('expected', expected);
  if (o.mappings !== undefined) patch.mappings = change('mappings', readMappings);
  if (o.rules !== undefined) patch.rules = change('rules', readRules);
  return patch;
}

/** The edit history; each command is kept as written (only its `kind` is read, for labels). */
export function readHistory(value: unknown, where: Where): EditHistory {
  const o = object(value, where);
  const entries = (key: 'undo' | 'redo'): HistoryEntry[] =>
    array(o[key], field(where, key)).map((e, i) => {
      const w = field(field(where, key), String(i));
      const eo = object(e, w);
      const edit = object(eo.edit, field(w, 'edit'));
      str(edit.kind, field(field(w, 'edit'), 'kind'));
      return {
        edit: edit as unknown as HistoryEntry['edit'],
        patch: readPatch(eo.patch, field(w, 'patch')),
        at: str(eo.at, field(w, 'at')),
      };
    });
  return { undo: entries('undo'), redo: entries('redo') };
}
