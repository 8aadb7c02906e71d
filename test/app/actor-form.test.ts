import { describe, expect, it } from 'vitest';
import {
  attributesOf,
  editWarnings,
  fieldsOf,
  FORM_FIELDS,
  inputOf,
} from '../../src/app/actor-form.ts';
import { firstInvalidField } from '../../src/app/editing.ts';
import { REF } from '../factory.ts';
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

describe('what the actor form says before saving', () => {
  const actor = smallGraph().getNodeAttributes('b');
  it('gives the engine’s warnings for the same edit, the actor unchanged', () => {
    const before = fieldsOf(actor);
    const fields = { ...before, type: 'autre', typeText: 'Tiers-lieu', siret: '123' };
    const warnings = editWarnings(actor, inputOf(fields, before), REF);
    expect(warnings.map((w) => w.code)).toEqual(['unknown-type', 'suspicious-identifier']);
    expect(warnings[0]?.message.fr).toContain('type d’acteur « Tiers-lieu » inconnu');
    expect(warnings[0]?.message.en).toContain('unknown actor type "Tiers-lieu"');
    expect(actor.type).toBe('ars');
    expect(editWarnings(actor, inputOf(before, before), REF)).toEqual([]);
  });
  it('reads a type in words as the import does', () => {
    const fields = { ...fieldsOf(null), name: 'X', typeText: 'Association' };
    expect(inputOf(fields, null).type).toBe('Association');
    expect(editWarnings(null, inputOf(fields, null), REF)).toEqual([]);
    // A listed type chosen: the words of « Autre » are not sent.
    expect(inputOf({ ...fields, type: 'ars' }, null).type).toBe('ars');
  });
  it('focuses the first field in error, in the order of the form', () => {
    const issue = (field: string, severity: 'error' | 'warning' = 'error') => ({
      severity,
      code: 'x',
      field,
      message: { fr: '', en: '' },
    });
    expect(firstInvalidField([issue('rpps'), issue('name')], FORM_FIELDS)).toBe('name');
    expect(firstInvalidField([issue('type', 'warning'), issue('siret')], FORM_FIELDS)).toBe(
      'siret',
    );
    expect(firstInvalidField([issue('type', 'warning')], FORM_FIELDS)).toBeNull();
  });
});
