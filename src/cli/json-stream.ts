// JSON text in chunks: the same text as JSON.stringify(value, null, 2), produced piece by
// piece, so that the analysis of a 50 MB inventory is written without ever building one
// string longer than V8 allows (~512 MiB) or holding the whole text in memory.

// Below this depth each value is one JSON.stringify call (an actor, a body's coverage):
// fast, and never big enough to reach the string limit.
const STREAM_DEPTH = 2;

function stringifyIndented(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function* chunks(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= STREAM_DEPTH || value === null || typeof value !== 'object') {
    yield stringifyIndented(value, indent) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const item: unknown = value[i];
      // JSON.stringify writes null for undefined and functions inside arrays.
      if (item === undefined || typeof item === 'function') yield 'null';
      else yield* chunks(item, inner, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function',
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i]!;
    yield `${inner}${JSON.stringify(key)}: `;
    yield* chunks(item, inner, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** The pretty-printed JSON of `value` (plain data: no toJSON, no Map), in chunks of about
 * `size` characters, ending with a newline. */
export function* jsonChunks(value: unknown, size = 1 << 20): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of chunks(value, '', 0)) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  buffer.push('\n');
  yield buffer.join('');
}
