// Dictionaries keyed by the user's text (column headers, names): an actor may be called
// `constructor` and a column `__proto__`. A plain object would read `constructor` as an
// inherited function and swallow a `__proto__` key; these records have no prototype, and
// `own` reads only what was put in (also from records that came through JSON or a worker
// message, which have Object.prototype again).

/** An empty record with no prototype: every key, `__proto__` included, is a plain key. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own entries copied into a record with no prototype. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = emptyRecord<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** The value put under `key`, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `record[key]` as an own, enumerable entry, a key named `__proto__` included: on an
 * object that has Object.prototype (built for a worker message or from JSON), a plain
 * assignment to `__proto__` would set the prototype instead. */
export function setOwn(record: object, key: string | number, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else (record as Record<string | number, unknown>)[key] = value;
}
