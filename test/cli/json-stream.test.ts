import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/json-stream.ts';

const cases: [string, unknown][] = [
  ['a number', 42],
  ['a string with quotes and newlines', 'a "b"\nc'],
  ['null', null],
  ['an empty object', {}],
  ['an empty array', []],
  [
    'nested data with undefined and empty containers',
    {
      summary: { actors: 2, density: 0.5 },
      actors: [
        { id: 'a', sectors: [], schemes: { CLS: ['copil'] }, skip: undefined },
        { id: 'b', sectors: ['logement'], schemes: {}, deep: { x: [1, [2, { y: 3 }]] } },
      ],
      list: [1, undefined, 'x'],
      empty: { inner: [] },
    },
  ],
];

describe('jsonChunks', () => {
  it.each(cases)('writes %s exactly as JSON.stringify(value, null, 2)', (_name, value) => {
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2) + '\n');
  });

  it('cuts a large document into chunks of about the requested size', () => {
    const value = { actors: Array.from({ length: 5000 }, (_, i) => ({ id: `actor-${i}`, n: i })) };
    const chunks = [...jsonChunks(value, 10_000)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(10_200);
    expect(JSON.parse(chunks.join(''))).toEqual(value);
  });
});
