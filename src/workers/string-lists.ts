// The analysis' long lists of strings (the coverage's members by body, sector and type, the
// actors in two schemes or more…) from the pipeline worker to the page as indexes into one
// table of the strings met: at 50,000 actors the coverage alone was 5 MB of ids in many
// thousands of arrays, which the page took in one task when the message arrived (structured
// clone); the indexes now travel in one transferred buffer, and the page builds the lists a
// stretch at a time.
import { setOwn } from '../domain';

/** `T` with every list of strings possibly packed (a view into `PackedLists.indexes`). */
export type WithPackedLists<T> = T extends readonly string[]
  ? T | Int32Array
  : T extends object
    ? { [K in keyof T]: WithPackedLists<T[K]> }
    : T;

export interface PackedLists<T> {
  /** The value with each long list of strings replaced by a view into `indexes`. */
  shape: WithPackedLists<T>;
  /** The table of strings (one JSON array): the views hold indexes into it. */
  strings: string;
  /** Every packed list's indexes, one after the other (the buffer to transfer). */
  indexes: Int32Array;
}

/** Lists shorter than this travel as they are (a view would cost more than it saves). */
const PACKED_MIN = 16;
/** Strings put back into lists before a pause (a list is never split, so a stretch ends at
 * the first list that reaches it). */
const STRETCH = 50_000;

type Holder = Record<string, unknown> | unknown[];

function isLongStringList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length >= PACKED_MIN &&
    value.every((item) => typeof item === 'string')
  );
}

/** Packs `value` (plain data: objects, arrays, numbers, strings…), which stays unchanged. */
export function packLists<T>(value: T): PackedLists<T> {
  const lists: { holder: Holder; key: string | number; list: string[] }[] = [];
  const copy = (from: unknown): unknown => {
    if (from === null || typeof from !== 'object') return from;
    const to: Holder = Array.isArray(from) ? [] : {};
    const entries: [string | number, unknown][] = Array.isArray(from)
      ? from.map((item, i) => [i, item])
      : Object.keys(from).map((key) => [key, (from as Record<string, unknown>)[key]]);
    for (const [key, item] of entries) {
      if (isLongStringList(item)) {
        lists.push({ holder: to, key, list: item });
        setOwn(to, key, null);
      } else setOwn(to, key, copy(item));
    }
    return to;
  };
  const shape = copy(value) as WithPackedLists<T>;
  const table = new Map<string, number>();
  const indexes = new Int32Array(lists.reduce((n, { list }) => n + list.length, 0));
  let at = 0;
  for (const { holder, key, list } of lists) {
    const start = at;
    for (const item of list) {
      let index = table.get(item);
      if (index === undefined) table.set(item, (index = table.size));
      indexes[at++] = index;
    }
    setOwn(holder, key, indexes.subarray(start, at));
  }
  return { shape, strings: JSON.stringify([...table.keys()]), indexes };
}

/** The value as it was packed, its lists built `STRETCH` strings between two pauses. The
 * packed value's shape is reused. */
export async function unpackLists<T>(
  packed: PackedLists<T>,
  pause?: () => Promise<void>,
): Promise<T> {
  const strings = JSON.parse(packed.strings) as string[];
  const views: { holder: Holder; key: string | number; view: Int32Array }[] = [];
  const find = (holder: unknown): void => {
    if (holder === null || typeof holder !== 'object') return;
    const keys = Array.isArray(holder) ? holder.keys() : Object.keys(holder);
    for (const key of keys) {
      const item = (holder as Record<string | number, unknown>)[key];
      if (item instanceof Int32Array) views.push({ holder: holder as Holder, key, view: item });
      else find(item);
    }
  };
  find(packed.shape);
  let sincePause = 0;
  for (const { holder, key, view } of views) {
    const list = new Array<string>(view.length);
    for (let i = 0; i < view.length; i++) list[i] = strings[view[i] as number] as string;
    setOwn(holder, key, list);
    sincePause += view.length;
    if (pause && sincePause >= STRETCH) {
      sincePause = 0;
      await pause();
    }
  }
  return packed.shape as T;
}
