import { describe, expect, it } from 'vitest';
import { positionRecord, positionsInOrder } from '../../src/model/positions.ts';

describe('positions', () => {
  const ids = ['b', 'a', 'c'];
  const record = { a: { x: 1, y: 2 }, b: { x: -3, y: 4.5 }, c: { x: 0, y: 0 } };

  it('go from a record to an array in node order and back', () => {
    const xy = positionsInOrder(ids, record);
    expect([...(xy ?? [])]).toEqual([-3, 4.5, 1, 2, 0, 0]);
    expect(positionRecord(ids, xy)).toEqual(record);
  });

  it('are all or nothing: a missing or non-finite position gives null', () => {
    expect(positionsInOrder(ids, { a: record.a, b: record.b })).toBeNull();
    expect(positionsInOrder(ids, { ...record, c: { x: NaN, y: 0 } })).toBeNull();
    expect(positionsInOrder(ids, null)).toBeNull();
    expect(positionRecord(ids, new Float64Array(4))).toBeNull();
    expect(positionRecord(ids, null)).toBeNull();
  });
});
