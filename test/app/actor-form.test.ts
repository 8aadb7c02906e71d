import { describe, expect, it } from 'vitest';
import { attributesOf, fieldsOf, inputOf } from '../../src/app/actor-form.ts';
import { smallGraph } from '../map/helpers.ts';

describe('the actor form', () => {
  const actor = smallGraph().getNodeAttributes('b');
  it('gives only the fields changed', () => {
    const before = fieldsOf(actor);
    expect(inputOf(before, before)).toEqual({});
    const after = { ...before, type: 'association', territory: ' ', sectors: ['logement'] };
    expect(inputOf(after, before)).toEqual({
      type: 'association',
      territory: null,
      sectors: ['logement'],
    });
  });
  it('gives every field for a new actor', () => {
    const input = inputOf({ ...fieldsOf(null), name: 'X' }, null);
    expect(input.name).toBe('X');
    expect(input.schemes).toEqual({});
    expect(input.attributes).toEqual({});
  });
  it('reads "Column: value" lines, hostile keys kept as plain data', () => {
    const read = attributesOf('Contact: a@b.fr\nno colon\n__proto__: x\nRemarque : deux: points');
    expect(Object.entries(read)).toEqual([
      ['Contact', 'a@b.fr'],
      ['__proto__', 'x'],
      ['Remarque', 'deux: points'],
    ]);
  });
});
