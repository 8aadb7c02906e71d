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

/** The text of some values of a document rendered ahead (`renderAhead`), by identity; each
 * is written once. */
export type RenderedAhead = ReadonlyMap<unknown, Iterable<string>>;

function* chunks(
  value: unknown,
  indent: string,
  depth: number,
  ahead?: RenderedAhead,
): Generator<string> {
  const rendered = ahead?.get(value);
  if (rendered) {
    yield* rendered;
    return;
  }
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
    if (depth + 1 >= STREAM_DEPTH) {
      yield* itemsInGroups(value, depth + 1);
    } else {
      for (let i = 0; i < value.length; i++) {
        yield inner;
        const item: unknown = value[i];
        // JSON.stringify writes null for undefined and functions inside arrays.
        if (item === undefined || typeof item === 'function') yield 'null';
        else yield* chunks(item, inner, depth + 1, ahead);
        yield i < value.length - 1 ? ',\n' : '\n';
      }
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
    yield* chunks(item, inner, depth + 1, ahead);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** Characters of JSON that one JSON.stringify call of a group of items aims at. */
const GROUP_TEXT = 1 << 18;

/**
 * The items of an array at `depth` (each a plain JSON.stringify, as above), as the lines
 * between the array's brackets, ending with a newline: a group of items per JSON.stringify
 * call rather than one call and one re-indenting pass per item (tens of thousands of actors
 * and links). The group is wrapped in `depth − 1` arrays so that JSON.stringify itself
 * indents its items as deep as they sit in the document; the wrapping lines are cut off.
 */
function* itemsInGroups(items: readonly unknown[], depth: number): Generator<string> {
  let head = '';
  let tail = '';
  for (let level = 0; level < depth; level++) {
    head += `${'  '.repeat(level)}[\n`;
    tail = `\n${'  '.repeat(level)}]${tail}`;
  }
  let size = 1;
  for (let from = 0; from < items.length;) {
    const to = Math.min(items.length, from + size);
    let wrapped: unknown = items.slice(from, to);
    for (let level = 1; level < depth; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    yield text.slice(head.length, text.length - tail.length);
    yield to < items.length ? ',\n' : '\n';
    // The next group: about GROUP_TEXT characters, from the length of this one's items.
    size = Math.max(1, Math.min(4096, Math.floor((GROUP_TEXT * (to - from)) / text.length)));
    from = to;
  }
}

/**
 * The text of `values`, each a value of a document's top-level object (plain objects or
 * arrays), rendered now as `jsonChunks` would write it there: the command renders the parts
 * that do not wait for the centralities while its threads compute them, and hands them to
 * `jsonChunks` with the document.
 */
export function renderAhead(values: readonly object[]): RenderedAhead {
  return new Map(values.map((value) => [value, [...chunks(value, '  ', 1)]]));
}

/** The pretty-printed JSON of `value` (plain data: no toJSON, no Map), in chunks of at most
 * about `size` characters, ending with a newline; the values of `ahead` found in it (by
 * identity) are written as rendered there. */
export function* jsonChunks(
  value: unknown,
  size = 1 << 20,
  ahead?: RenderedAhead,
): Generator<string> {
  // Small pieces are joined; a piece of `size` or more (a group of items) goes out as it is
  // or cut, never copied into a larger string first: joining and cutting 20 MB of groups
  // cost several times their JSON.stringify.
  let buffer: string[] = [];
  let length = 0;
  for (const piece of chunks(value, '', 0, ahead)) {
    if (length + piece.length > size && length > 0) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
    if (piece.length <= size) {
      buffer.push(piece);
      length += piece.length;
      continue;
    }
    // Longer than a chunk: cut, never inside a surrogate pair.
    let from = 0;
    while (piece.length - from > size) {
      const code = piece.charCodeAt(from + size - 1);
      const cut = code >= 0xd800 && code <= 0xdbff ? from + size - 1 : from + size;
      yield piece.slice(from, cut);
      from = cut;
    }
    buffer = [piece.slice(from)];
    length = piece.length - from;
  }
  buffer.push('\n');
  yield buffer.join('');
}
