// The free columns of the actors' files (Actor.attributes, keyed by the header as written:
// "Catégorie FINESS", "Département", "Lits"…) as the map encodes and filters them: which
// columns there are, their most frequent values, their numbers. Headers and values are user
// text: they are only ever read through Object.hasOwn and kept in Maps, never used as keys
// of plain objects.
import type { Actor } from '../domain';
import type { MaillageGraph } from '../model';

/** Values of a column that get a colour of their own; the others share "others". */
export const COLUMN_COLOURS = 10;

/** A column is numeric when at least this share of its filled cells are numbers. */
const NUMERIC_SHARE = 0.8;

/** Legend keys of a column's categories: a value is `=` + the value, so that no value can
 * be taken for "others" (`other`) or "not given" (''). */
export const OTHER_VALUES = 'other';
export const valueKey = (value: string): string => `=${value}`;
/** The value of a value key, null for "others" and "not given". */
export const keyValue = (key: string): string | null => (key.startsWith('=') ? key.slice(1) : null);
/** Legend key of the i-th step of a column of numbers coloured as a scale. */
export const stepKey = (i: number): string => `#${i}`;
/** The step of a step key, null for any other key. */
export const keyStep = (key: string): number | null =>
  /^#\d+$/.test(key) ? Number(key.slice(1)) : null;

/** Steps of a column of numbers with more values than colours (about as many actors each). */
export const SCALE_STEPS = 5;

/** The cell of a free column, trimmed with its spaces collapsed ('' when absent). */
export function cellOf(actor: Actor, column: string): string {
  if (!Object.hasOwn(actor.attributes, column)) return '';
  const value = actor.attributes[column];
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

const SPACES = /[\s\u00A0\u202F\u2009']/g;

/**
 * A number as French (and English) spreadsheets write it: "3,5", "1 234,5" (spaces, no-break
 * spaces as thousands separators), "1.234,5", "1,234.5", "12 %", "-2". Null when the cell
 * is empty or not a number. A lone comma is a decimal comma ("3,500" is 3.5).
 */
export function parseNumber(cell: string): number | null {
  let t = cell.replace(SPACES, '').replace(/[%€]$/, '');
  if (t === '') return null;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$|^[+-]?\d{1,3}(,\d{3}){2,}$/.test(t)) {
    t = t.replace(/,/g, '');
  } else t = t.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

export interface ColumnInfo {
  /** The header as written. */
  name: string;
  /** Actors with a value in it. */
  filled: number;
  /** Mostly numbers: it can size the actors and be filtered by a range. */
  numeric: boolean;
}

/** The free columns present, in the order they are first met, with at least one value.
 * The type column's leftovers (the words of unknown types, also in Actor.typeText, which
 * the type encoding names) are not listed. */
export function freeColumns(graph: MaillageGraph): ColumnInfo[] {
  const filled = new Map<string, { filled: number; numbers: number; typeWords: number }>();
  graph.forEachNode((_, actor) => {
    for (const name of Object.keys(actor.attributes)) {
      const cell = cellOf(actor, name);
      const entry = filled.get(name) ?? { filled: 0, numbers: 0, typeWords: 0 };
      if (cell !== '') {
        entry.filled++;
        if (parseNumber(cell) !== null) entry.numbers++;
        if (actor.typeText !== undefined && cell === actor.typeText.trim()) entry.typeWords++;
      }
      filled.set(name, entry);
    }
  });
  return [...filled]
    .filter(([, e]) => e.filled > 0 && e.typeWords < e.filled)
    .map(([name, e]) => ({
      name,
      filled: e.filled,
      numeric: e.numbers >= NUMERIC_SHARE * e.filled,
    }));
}

export interface ColumnValue {
  value: string;
  count: number;
}

/** Every value of a column with its number of actors, most frequent first (then in
 * alphabetical order), and the number of actors with none. */
export function columnValues(
  graph: MaillageGraph,
  column: string,
): { values: ColumnValue[]; empty: number } {
  const counts = new Map<string, number>();
  let empty = 0;
  graph.forEachNode((_, actor) => {
    const cell = cellOf(actor, column);
    if (cell === '') empty++;
    else counts.set(cell, (counts.get(cell) ?? 0) + 1);
  });
  const values = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { values, empty };
}

/** How a column colours the map: its most frequent values each get a colour, in order; a
 * column of numbers with more values than colours is cut into steps of a scale instead. */
export interface ColumnCategories {
  column: string;
  /** The values with a colour of their own, most frequent first (none for a scale). */
  top: string[];
  /** How many other values share "others" (for a scale: the values that are no number). */
  othersDistinct: number;
  /** The steps of the scale, lowest first, each from its lowest number to its highest. */
  steps?: { low: number; high: number }[];
}

export function columnCategories(
  graph: MaillageGraph,
  column: string,
  max = COLUMN_COLOURS,
): ColumnCategories {
  const { values } = columnValues(graph, column);
  const numbers = values.flatMap((v) => {
    const n = parseNumber(v.value);
    return n === null ? [] : Array<number>(v.count).fill(n);
  });
  const filled = values.reduce((sum, v) => sum + v.count, 0);
  if (values.length > max && numbers.length >= NUMERIC_SHARE * filled) {
    const distinct = values.filter((v) => parseNumber(v.value) !== null).length;
    return { column, top: [], othersDistinct: values.length - distinct, steps: steps(numbers) };
  }
  // When one more value would fill the last colour, it gets it instead of an "others" of one.
  const keep = values.length <= max ? values.length : max - 1;
  return {
    column,
    top: values.slice(0, keep).map((v) => v.value),
    othersDistinct: values.length - keep,
  };
}

/** Steps holding about as many numbers each; equal numbers always share a step. */
function steps(numbers: number[]): { low: number; high: number }[] {
  const sorted = [...numbers].sort((a, b) => a - b);
  const out: { low: number; high: number }[] = [];
  for (let i = 0; i < SCALE_STEPS; i++) {
    const high = sorted[Math.floor(((i + 1) * sorted.length) / SCALE_STEPS) - 1];
    const previous = out.at(-1);
    if (high === undefined || (previous && previous.high >= high)) continue;
    const low = previous ? (sorted.find((n) => n > previous.high) ?? high) : (sorted[0] ?? high);
    out.push({ low, high });
  }
  return out;
}

/** The legend key of an actor under a column's categories. */
export function columnKey(actor: Actor, categories: ColumnCategories): string {
  const cell = cellOf(actor, categories.column);
  if (cell === '') return '';
  if (categories.steps) {
    const n = parseNumber(cell);
    const i = n === null ? -1 : categories.steps.findIndex((s) => n <= s.high);
    return i < 0 ? OTHER_VALUES : stepKey(i);
  }
  return categories.top.includes(cell) ? valueKey(cell) : OTHER_VALUES;
}

/** A function from actor to its number in a column (null: none), and the range seen. The
 * numbers are read once (sizing 10,000 actors asks for each of them). */
export function columnNumbers(
  graph: MaillageGraph,
  column: string,
): { value: (actor: Actor) => number | null; min: number; max: number; missing: number } {
  const numbers = new Map<Actor, number>();
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_, actor) => {
    const n = parseNumber(cellOf(actor, column));
    if (n === null) return;
    numbers.set(actor, n);
    min = Math.min(min, n);
    max = Math.max(max, n);
  });
  return {
    value: (actor) => numbers.get(actor) ?? parseNumber(cellOf(actor, column)),
    min: Number.isFinite(min) ? min : 0,
    max: Number.isFinite(max) ? max : 0,
    missing: graph.order - numbers.size,
  };
}
