// Long lists of strings packed as indexes into one table, and built again on the page.
import { describe, expect, it } from 'vitest';
import { packLists, unpackLists } from '../../src/workers/string-lists.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
/** Sent as postMessage sends it (the indexes transferred). */
const sent = <T>(packed: ReturnType<typeof packLists<T>>) =>
  structuredClone(packed, { transfer: [packed.indexes.buffer as ArrayBuffer] });

describe('lists of strings packed for the page', () => {
  it('gives back every value as it was, long lists packed and the rest as it is', async () => {
    const value = {
      members: ids('a', 40),
      short: ['x', 'y'],
      mixed: [...ids('m', 20), 3],
      nested: { bySector: { soins: ids('a', 30), '': ids('b', 16) }, n: 1, none: null },
      pairs: [
        ['a1', 'a2'],
        ['a3', 'a4'],
      ],
      rows: [{ id: 'r', cut: ids('a', 17) }],
      empty: [],
      text: 'CLS',
    };
    const packed = packLists(value);
    // The long lists travel as views into one buffer; the strings met once each.
    expect(packed.indexes.length).toBe(40 + 30 + 16 + 17);
    expect(JSON.parse(packed.strings)).toHaveLength(40 + 16);
    expect(packed.shape.members).toBeInstanceOf(Int32Array);
    expect(packed.shape.short).toEqual(['x', 'y']);
    expect(value.members).toEqual(ids('a', 40));
    expect(await unpackLists(sent(packed))).toEqual(value);
  });

  it('keeps keys such as __proto__ as entries', async () => {
    const value: Record<string, string[]> = {};
    for (const key of ['__proto__', 'constructor', 'a'])
      Object.defineProperty(value, key, { value: ids(key, 20), enumerable: true });
    const back = await unpackLists(sent(packLists(value)));
    expect(Object.keys(back)).toEqual(['__proto__', 'constructor', 'a']);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual(ids('__proto__', 20));
    expect(back['constructor']).toEqual(ids('constructor', 20));
  });

  it('lets the page breathe while it builds many lists', async () => {
    const value = { lists: Array.from({ length: 10 }, (_, i) => ids(`l${i}-`, 12_000)) };
    let pauses = 0;
    const back = await unpackLists(sent(packLists(value)), () => {
      pauses++;
      return Promise.resolve();
    });
    expect(pauses).toBe(2);
    expect(back).toEqual(value);
  });
});
