// The form that adds or edits an actor: every field of the data contract, checked by the
// edit engine (the import's rules and messages). A native modal <dialog>: focus moves in
// and stays, Escape closes, the focus goes back to the button that opened it.
// The engine's warnings (unknown type, body, suspicious identifier…) are said in the form
// while typing, from a dry run of the same edit: they are read before saving, beside the
// fields they are about and above the save button, and the user can still correct them.
// A refused save moves the focus to the first field in error (aria-invalid, its message
// linked by aria-describedby).
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Actor } from '../../../domain';
import type { EditIssue } from '../../../model';
import {
  editWarnings,
  fieldsOf,
  FORM_FIELDS,
  inputOf,
  type ActorFields,
} from '../../actor-form.ts';
import { useApp } from '../../app-context.ts';
import { useText } from '../../i18n/text-context.tsx';
import { EditDialog, errorsOf, FieldErrors } from './EditParts.tsx';

interface Props {
  /** The actor edited (null: a new one). */
  actor: Actor | null;
  onClose: () => void;
}

export function ActorForm({ actor, onClose }: Props) {
  const t = useText();
  const lang = t.lang;
  const { ref, actions } = useApp();
  const id = useId();
  const [before] = useState(() => (actor ? fieldsOf(actor) : null));
  const [fields, setFields] = useState<ActorFields>(() => fieldsOf(actor));
  const [issues, setIssues] = useState<EditIssue[]>([]);
  const typed = useDeferredValue(fields);
  const warnings = useMemo(
    () => editWarnings(actor, inputOf(typed, before), ref),
    [actor, typed, before, ref],
  );
  const set = (patch: Partial<ActorFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    // A field changed is no longer the one refused: its error goes (the others stay).
    const touched = Object.keys(patch).map((k) => (k === 'typeText' ? 'type' : k));
    setIssues((list) => list.filter((i) => !touched.includes(i.field)));
  };
  const toggle = (list: string[], item: string, on: boolean) =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

  const save = () => {
    const input = inputOf(fields, before);
    const result = actor
      ? actions.edit({ kind: 'update-actor', id: actor.id, actor: input }, actor.id)
      : actions.edit({ kind: 'add-actor', actor: input }, 'added');
    if (!result.ok) setIssues(result.issues);
    return result.ok;
  };
  const errorOf = (field: string) => errorsOf(issues, field);
  const warningOf = (field: string) => warnings.filter((i) => i.field === field);
  /** A field's warnings, under it (its id describes the field). */
  const note = (field: string) => {
    const list = warningOf(field);
    if (list.length === 0) return null;
    return (
      <span
        id={`${id}-${field}-warning`}
        className="edit-warning"
        data-testid={`edit-${field}-warning`}
      >
        {list.map((w) => w.message[lang]).join(' ')}
      </span>
    );
  };
  /** The ids of a field's messages (its error, its warnings), for aria-describedby. */
  const describedBy = (field: string, ...more: string[]) =>
    [
      ...more,
      errorOf(field).length ? `${id}-${field}-error` : '',
      warningOf(field).length ? `${id}-${field}-warning` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const titleId = `${id}-title`;
  const title = actor ? t.editActorTitle(actor.name) : t.editAddActor;
  const text = (
    key: 'name' | 'territory' | 'role' | 'siret' | 'finess' | 'rpps',
    label: string,
  ) => {
    const errors = errorOf(key);
    return (
      <p className="edit-field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          data-testid={`edit-${key}`}
          value={fields[key]}
          dir="auto"
          data-field={key}
          aria-invalid={errors.length > 0}
          aria-describedby={describedBy(key)}
          onChange={(e) => set({ [key]: e.target.value })}
        />
        <FieldErrors
          id={`${id}-${key}-error`}
          testId={`edit-${key}-error`}
          errors={errors}
          lang={lang}
        />
        {note(key)}
      </p>
    );
  };

  return (
    <EditDialog
      titleId={titleId}
      title={title}
      testId="actor-form"
      issues={issues}
      fieldOrder={FORM_FIELDS}
      warnings={warnings}
      onSave={save}
      onClose={onClose}
    >
      {text('name', t.editName)}
      <p className="edit-field">
        <label htmlFor={`${id}-type`}>{t.editType}</label>
        <select
          id={`${id}-type`}
          data-testid="edit-type"
          data-field="type"
          value={fields.type}
          aria-describedby={describedBy('type')}
          onChange={(e) => set({ type: e.target.value })}
        >
          {ref.actorTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label[lang]}
            </option>
          ))}
        </select>
      </p>
      {fields.type === 'autre' && (
        <p className="edit-field">
          <label htmlFor={`${id}-typeText`}>{t.editTypeWords}</label>
          <input
            id={`${id}-typeText`}
            data-testid="edit-type-words"
            value={fields.typeText}
            dir="auto"
            aria-describedby={describedBy('type', `${id}-typeText-hint`)}
            onChange={(e) => set({ typeText: e.target.value })}
          />
          <span id={`${id}-typeText-hint`} className="hint">
            {t.editTypeWordsHint}
          </span>
        </p>
      )}
      {note('type')}
      <fieldset
        className="edit-choices"
        data-testid="edit-sectors"
        aria-describedby={describedBy('sectors')}
      >
        <legend>{t.editSectors}</legend>
        {ref.sectors.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              value={s.id}
              checked={fields.sectors.includes(s.id)}
              onChange={(e) => set({ sectors: toggle(fields.sectors, s.id, e.target.checked) })}
            />
            {s.label[lang]}
          </label>
        ))}
        {note('sectors')}
      </fieldset>
      {text('territory', t.editTerritory)}
      <fieldset
        className="edit-choices"
        data-testid="edit-schemes"
        aria-describedby={describedBy('schemes')}
      >
        <legend>{t.editSchemes}</legend>
        {ref.schemes.map((scheme) => {
          const bodies = fields.schemes[scheme.id];
          const setBodies = (next: string[] | undefined) => {
            const schemes = { ...fields.schemes };
            if (next === undefined) delete schemes[scheme.id];
            else schemes[scheme.id] = next;
            set({ schemes });
          };
          return (
            <div key={scheme.id} className="edit-scheme">
              <label>
                <input
                  type="checkbox"
                  checked={bodies !== undefined}
                  onChange={(e) => setBodies(e.target.checked ? [] : undefined)}
                />
                <abbr title={scheme.longLabel[lang]}>{scheme.label[lang]}</abbr> ({t.editMember})
              </label>
              {scheme.bodies.map((body) => (
                <label key={body.id}>
                  <input
                    type="checkbox"
                    data-testid={`edit-body-${scheme.id}-${body.id}`}
                    checked={bodies?.includes(body.id) ?? false}
                    onChange={(e) => setBodies(toggle(bodies ?? [], body.id, e.target.checked))}
                  />
                  {scheme.label[lang]} {body.label[lang]}
                </label>
              ))}
            </div>
          );
        })}
        {note('schemes')}
      </fieldset>
      {text('role', t.editRole)}
      <p className="edit-field">
        <label>
          <input
            type="checkbox"
            checked={fields.person}
            onChange={(e) => set({ person: e.target.checked })}
          />
          {t.editPerson}
        </label>
      </p>
      <fieldset className="edit-ids">
        <legend>{t.editIds}</legend>
        {text('siret', 'SIRET')}
        {text('finess', 'FINESS')}
        {text('rpps', 'RPPS')}
      </fieldset>
      <p className="edit-field">
        <label htmlFor={`${id}-attributes`}>{t.editAttributes}</label>
        <textarea
          id={`${id}-attributes`}
          rows={3}
          value={fields.attributes}
          onChange={(e) => set({ attributes: e.target.value })}
        />
      </p>
    </EditDialog>
  );
}
