import { actor, REF as ref } from '../factory.ts';
import { describe, expect, it } from 'vitest';
import {
  cellOf,
  columnCategories,
  columnKey,
  columnNumbers,
  columnValues,
  COLUMN_COLOURS,
  freeColumns,
  keyValue,
  keyStep,
  OTHER_VALUES,
  parseNumber,
  stepKey,
  valueKey,
} from '../../src/map/columns.ts';
import { CATEGORICAL, colourOf, NEUTRAL, OTHERS, SEQUENTIAL } from '../../src/map/palette.ts';
import { buildGraph } from '../../src/model/graph.ts';

/** Attributes as the import will hold them: an object with no prototype, so that headers
 * such as `__proto__` are plain keys. */
function attrs(entries: Record<string, string>): Record<string, string> {
  const o = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(entries)) o[k] = v;
  return o;
}

function withColumn(column: string, values: string[]) {
  return buildGraph(
    values.map((v, i) => actor(`a${i}`, { attributes: v === '∅' ? {} : attrs({ [column]: v }) })),
    [],
  );
}

describe('parseNumber', () => {
  it('reads French and English spreadsheet numbers', () => {
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('1 250')).toBe(1250);
    expect(parseNumber('1\u00A0234,5')).toBe(1234.5);
    expect(parseNumber('1\u202F234')).toBe(1234);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1,234,567')).toBe(1234567);
    expect(parseNumber('-2')).toBe(-2);
    expect(parseNumber(' 12 % ')).toBe(12);
    expect(parseNumber('0.5')).toBe(0.5);
    // A lone comma is a decimal comma.
    expect(parseNumber('3,500')).toBe(3.5);
  });

  it('says null for what is not a number', () => {
    for (const cell of ['', '  ', 'n.c.', '12 lits', '1,2,3', 'NaN', 'Infinity', '1e400', '--1']) {
      expect(parseNumber(cell), cell).toBeNull();
    }
  });
});

describe('free columns', () => {
  it('lists the columns with a value, in the order met, numbers told apart', () => {
    const g = buildGraph(
      [
        actor('a', { attributes: attrs({ Département: '17', Lits: '120', Vide: '' }) }),
        actor('b', { attributes: attrs({ Département: '2A', Lits: '3,5', Note: 'x' }) }),
        actor('c', { attributes: attrs({ Département: '16', Lits: '40' }) }),
      ],
      [],
    );
    expect(freeColumns(g)).toEqual([
      // 2 numbers out of 3: not "mostly" numbers.
      { name: 'Département', filled: 3, numeric: false },
      { name: 'Lits', filled: 3, numeric: true },
      { name: 'Note', filled: 1, numeric: false },
    ]);
  });

  it('leaves out the type column kept for the words of unknown types', () => {
    const g = buildGraph(
      [
        actor('a', {
          typeText: 'Point écoute',
          attributes: attrs({ Type: 'Point écoute', X: '1' }),
        }),
        actor('b', { typeText: 'Tiers-lieu', attributes: attrs({ Type: 'Tiers-lieu' }) }),
      ],
      [],
    );
    expect(freeColumns(g).map((c) => c.name)).toEqual(['X']);
  });

  it('counts the values, most frequent first, and the actors with none', () => {
    const g = withColumn('Catégorie', ['EHPAD', 'CMP', ' EHPAD ', '', '∅', 'Clinique', 'CMP']);
    expect(columnValues(g, 'Catégorie')).toEqual({
      values: [
        { value: 'CMP', count: 2 },
        { value: 'EHPAD', count: 2 },
        { value: 'Clinique', count: 1 },
      ],
      empty: 2,
    });
  });

  it('gives the palette to the most frequent values and folds the rest into "others"', () => {
    // 12 values: v00 × 13, v01 × 12, … v11 × 2.
    const values = Array.from({ length: 12 }, (_, i) =>
      Array<string>(13 - i).fill(`v${String(i).padStart(2, '0')}`),
    ).flat();
    const g = withColumn('Catégorie', [...values, '']);
    const cats = columnCategories(g, 'Catégorie');
    expect(cats.top).toHaveLength(COLUMN_COLOURS - 1);
    expect(cats.top[0]).toBe('v00');
    expect(cats.othersDistinct).toBe(3);
    const key = (id: string) => columnKey(g.getNodeAttributes(id), cats);
    expect(key('a0')).toBe(valueKey('v00'));
    expect(key(`a${values.length - 1}`)).toBe(OTHER_VALUES);
    expect(key(`a${values.length}`)).toBe('');
    expect(colourOf('column', valueKey('v00'), ref, cats)).toBe(CATEGORICAL[0]);
    expect(colourOf('column', valueKey('v08'), ref, cats)).toBe(CATEGORICAL[8]);
    expect(colourOf('column', OTHER_VALUES, ref, cats)).toBe(OTHERS);
    expect(colourOf('column', '', ref, cats)).toBe(NEUTRAL);
  });

  it('uses every colour rather than an "others" of one value', () => {
    const values = Array.from({ length: COLUMN_COLOURS }, (_, i) => `v${i}`);
    const cats = columnCategories(withColumn('X', values), 'X');
    expect(cats.top).toHaveLength(COLUMN_COLOURS);
    expect(cats.othersDistinct).toBe(0);
  });

  it('keeps a value literally called "other" apart from the "others" bucket', () => {
    const g = withColumn('X', ['other', 'other', '=other']);
    const cats = columnCategories(g, 'X');
    expect(columnKey(g.getNodeAttributes('a0'), cats)).toBe(valueKey('other'));
    expect(keyValue(valueKey('other'))).toBe('other');
    expect(keyValue(OTHER_VALUES)).toBeNull();
    expect(columnKey(g.getNodeAttributes('a2'), cats)).toBe(valueKey('=other'));
  });

  it('colours a column of many numbers as a scale of steps, light to dark', () => {
    // 20 capacities 10, 20 … 200, one "n.c.", one empty.
    const values = Array.from({ length: 20 }, (_, i) => String((i + 1) * 10));
    const g = withColumn('Lits', [...values, 'n.c.', '']);
    const cats = columnCategories(g, 'Lits');
    expect(cats.steps).toEqual([
      { low: 10, high: 40 },
      { low: 50, high: 80 },
      { low: 90, high: 120 },
      { low: 130, high: 160 },
      { low: 170, high: 200 },
    ]);
    expect(cats.othersDistinct).toBe(1);
    const key = (id: string) => columnKey(g.getNodeAttributes(id), cats);
    expect(key('a0')).toBe(stepKey(0));
    expect(key('a19')).toBe(stepKey(4));
    expect(key('a20')).toBe(OTHER_VALUES);
    expect(key('a21')).toBe('');
    expect(keyStep(stepKey(3))).toBe(3);
    expect(keyStep(valueKey('#3'))).toBeNull();
    expect(colourOf('column', stepKey(0), ref, cats)).toBe(SEQUENTIAL[0]);
    expect(colourOf('column', stepKey(4), ref, cats)).toBe(SEQUENTIAL[4]);
  });

  it('keeps equal numbers in one step', () => {
    const values = [
      ...Array<string>(15).fill('1'),
      ...Array.from({ length: 10 }, (_, i) => `${i + 2},5`),
    ];
    const cats = columnCategories(withColumn('X', values), 'X');
    expect(cats.steps?.[0]).toEqual({ low: 1, high: 1 });
    expect(cats.steps?.at(-1)?.high).toBe(11.5);
    for (const [a, b] of (cats.steps ?? []).slice(1).map((s, i) => [cats.steps?.[i], s])) {
      expect(b!.low).toBeGreaterThan(a!.high);
    }
  });

  it('reads numbers with their range and counts the actors with none', () => {
    const g = withColumn('Lits', ['1 250', '3,5', 'n.c.', '', '-2']);
    const n = columnNumbers(g, 'Lits');
    expect([n.min, n.max, n.missing]).toEqual([-2, 1250, 2]);
    expect(n.value(g.getNodeAttributes('a1'))).toBe(3.5);
    expect(n.value(g.getNodeAttributes('a2'))).toBeNull();
  });

  it('takes hostile headers and values as plain text', () => {
    const hostile = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__'];
    const g = buildGraph(
      hostile.map((h, i) =>
        actor(`a${i}`, { attributes: attrs(Object.fromEntries(hostile.map((k) => [k, h]))) }),
      ),
      [],
    );
    expect(freeColumns(g).map((c) => c.name)).toEqual(hostile);
    for (const column of hostile) {
      const { values, empty } = columnValues(g, column);
      expect(values.map((v) => v.value).sort()).toEqual([...hostile].sort());
      expect(empty).toBe(0);
      const cats = columnCategories(g, column);
      expect(cats.top).toHaveLength(hostile.length);
    }
    // An inherited name is never a column of a plain object.
    const plain = actor('p', { attributes: { Lits: '3' } });
    for (const name of hostile) expect(cellOf(plain, name)).toBe('');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
