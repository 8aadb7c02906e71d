import { describe, expect, it } from 'vitest';
import { jsonChunks, renderAhead } from '../../src/cli/json-stream.ts';

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

// Long enough that the actors are written in several groups, with text outside the BMP.
const manyActors = {
  actors: Array.from({ length: 3000 }, (_, i) => ({
    id: `actor-${i}`,
    name: i % 7 === 0 ? `Émile 𝒜 ${i}` : `acteur ${i}`,
    sectors: i % 3 === 0 ? [] : ['soins', 'logement'],
    schemes: { CLS: i % 2 ? ['copil'] : [] },
    skip: undefined,
  })),
  links: [1, undefined, () => 1, 'x', { a: [] }],
};

describe('jsonChunks', () => {
  it('writes thousands of items exactly as JSON.stringify, whatever the chunk size', () => {
    const expected = JSON.stringify(manyActors, null, 2) + '\n';
    for (const size of [1 << 20, 4096, 100]) {
      expect([...jsonChunks(manyActors, size)].join('')).toBe(expected);
    }
  });

  it('writes the values rendered ahead where they sit, the same text as rendered at the end', () => {
    const value = {
      summary: { actors: 3000 },
      actors: manyActors.actors,
      links: manyActors.links,
      empty: [],
      report: { files: [{ name: 'a.csv' }], issues: [] },
    };
    const ahead = renderAhead([value.actors, value.report, value.empty]);
    const expected = JSON.stringify(value, null, 2) + '\n';
    for (const size of [1 << 20, 4096]) {
      expect([...jsonChunks(value, size, ahead)].join('')).toBe(expected);
    }
    // Rendered ahead means not read again: a value changed since is written as it was.
    value.report.files.push({ name: 'b.csv' });
    expect([...jsonChunks(value, 1 << 20, ahead)].join('')).toBe(expected);
  });

  it('never cuts a chunk inside a surrogate pair (each chunk is written out on its own)', () => {
    const value = { name: '𝒜'.repeat(50) };
    const chunks = [...jsonChunks(value, 8)];
    expect(chunks.join('')).toBe(JSON.stringify(value, null, 2) + '\n');
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

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
