// The form that adds or edits a link: its two ends (the actor it was opened from fixed, the
// other chosen by name, or both fixed when a link is edited or was drawn on the map), its
// natures, strength, schemes and direction, checked by the edit engine. Adding a link that
// exists already is refused by the engine: the form says so and offers to edit that link.
import { useId, useMemo, useState } from 'react';
import type { Edit, EditIssue, LinkAttributes } from '../../../model';
import { useApp } from '../../app-context.ts';
import { catalogues, type Catalogue } from '../../i18n/index.ts';
import { useText } from '../../i18n/text-context.tsx';
import {
  endCandidates,
  LINK_FIELD_ORDER,
  linkBetween,
  linkFieldsOf,
  linkInputOf,
  natureChoices,
  type LinkFields,
} from '../../link-form.ts';
import { schemeLabel } from '../../workspace.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { EditDialog, errorsOf, FieldErrors } from './EditParts.tsx';

interface Props {
  /** The actor the form was opened from (or a drawn link's first end): fixed. */
  from: string;
  /** The other end when known (a link edited, a link drawn): fixed too. */
  to?: string | null;
  onClose: () => void;
}

/** What the form edits: a new link from `from`, or the link `link` (its ends as it has them). */
type Target = { kind: 'new' } | { kind: 'existing'; link: LinkAttributes };

/** A message of the app's own, in both languages (as the engine gives its messages). */
const bothLanguages = (text: (t: Catalogue) => string) => ({
  fr: text(catalogues.fr),
  en: text(catalogues.en),
});

const noEnd = (): EditIssue => ({
  severity: 'error',
  code: 'missing-end',
  field: 'target',
  message: bothLanguages((t) => t.linkChooseTo),
});

export function LinkForm({ from, to = null, onClose }: Props) {
  const t = useText();
  const lang = t.lang;
  const { state, ref, model, actions } = useApp();
  const graph = state.workspace!.graph;
  const names = model.names;
  const id = useId();
  const nameOf = (n: string) => names.get(n) ?? graph.getNodeAttribute(n, 'name');
  const [target, setTarget] = useState<Target>(() => {
    const link = to === null ? null : linkBetween(graph, from, to);
    return link ? { kind: 'existing', link } : { kind: 'new' };
  });
  const candidates = useMemo(() => endCandidates(graph, names, from), [graph, names, from]);
  const [chosen, setChosen] = useState(() => candidates.find((c) => c.id === to) ?? null);
  const [before, setBefore] = useState(() =>
    target.kind === 'existing' ? linkFieldsOf(target.link) : null,
  );
  const [fields, setFields] = useState<LinkFields>(() => before ?? linkFieldsOf(null));
  const [issues, setIssues] = useState<EditIssue[]>([]);
  const natures = useMemo(() => natureChoices(graph, lang), [graph, lang]);
  const set = (patch: Partial<LinkFields>) => setFields((f) => ({ ...f, ...patch }));
  const toggle = (list: string[], item: string, on: boolean) =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

  const ends =
    target.kind === 'existing'
      ? { source: target.link.source, target: target.link.target }
      : { source: from, target: chosen?.id ?? null };
  const save = (): boolean => {
    if (ends.target === null) {
      setIssues([noEnd()]);
      return false;
    }
    const input = linkInputOf(fields, before);
    const edit: Edit =
      target.kind === 'existing'
        ? { kind: 'update-link', source: ends.source, target: ends.target, link: input }
        : { kind: 'add-link', link: { ...input, source: ends.source, target: ends.target } };
    const result = actions.edit(edit);
    if (!result.ok) setIssues(result.issues);
    return result.ok;
  };
  /** "link-exists": the form now edits the link that is there. */
  const editExisting = () => {
    const link = chosen && linkBetween(graph, from, chosen.id);
    if (!link) return;
    const fieldsNow = linkFieldsOf(link);
    setTarget({ kind: 'existing', link });
    setBefore(fieldsNow);
    setFields(fieldsNow);
    setIssues([]);
  };

  const title =
    target.kind === 'existing'
      ? t.linkEditTitle(nameOf(ends.source), nameOf(ends.target!))
      : t.linkAddTitle(nameOf(from));
  const toErrors = errorsOf(issues, 'target');
  const exists = issues.some((i) => i.code === 'link-exists');
  const described = (field: string, hint?: string) =>
    [hint, errorsOf(issues, field).length ? `${id}-${field}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldErrors = (field: string) => (
    <FieldErrors
      id={`${id}-${field}-error`}
      testId={`link-${field}-error`}
      errors={errorsOf(issues, field)}
      lang={lang}
    />
  );
  return (
    <EditDialog
      titleId={`${id}-title`}
      title={title}
      testId="link-form"
      issues={issues}
      fieldOrder={LINK_FIELD_ORDER}
      onSave={save}
      onClose={onClose}
    >
      <fieldset className="link-ends">
        <legend>{t.linkEnds}</legend>
        <p className="edit-field">
          <span className="link-end-label">{t.linkFrom}</span>
          <bdi data-testid="link-from">{nameOf(ends.source)}</bdi>
        </p>
        <div className="edit-field" data-field="target">
          {target.kind === 'existing' || to !== null ? (
            <>
              <span className="link-end-label">{t.linkTo}</span>
              <bdi data-testid="link-to-fixed">
                {nameOf(target.kind === 'existing' ? ends.target! : to!)}
              </bdi>
            </>
          ) : (
            <>
              <label htmlFor={`${id}-target`}>{t.linkTo}</label>
              <ActorPicker
                id={`${id}-target`}
                candidates={candidates}
                chosen={chosen}
                onChoose={(c) => {
                  setChosen(c);
                  setIssues([]);
                }}
                describedBy={described('target', `${id}-target-hint`)!}
                invalid={toErrors.length > 0}
              />
              <span id={`${id}-target-hint`} className="hint">
                {t.linkToHint}
              </span>
            </>
          )}
          <FieldErrors
            id={`${id}-target-error`}
            testId="link-target-error"
            errors={toErrors}
            lang={lang}
          >
            {exists && (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button"
                  data-testid="link-edit-existing"
                  onClick={editExisting}
                >
                  {t.linkEditExisting}
                </button>
              </>
            )}
          </FieldErrors>
        </div>
      </fieldset>
      <fieldset
        data-field="types"
        className="edit-choices"
        data-testid="link-types"
        aria-describedby={described('types')}
      >
        <legend>{t.linkNatures}</legend>
        {natures.map((n) => (
          <label key={n}>
            <input
              type="checkbox"
              value={n}
              checked={fields.types.includes(n)}
              onChange={(e) => set({ types: toggle(fields.types, n, e.target.checked) })}
            />
            <bdi>{n}</bdi>
          </label>
        ))}
      </fieldset>
      <p className="edit-field">
        <label htmlFor={`${id}-other-types`}>{t.linkOtherNatures}</label>
        <input
          id={`${id}-other-types`}
          data-testid="link-other-types"
          dir="auto"
          value={fields.otherTypes}
          onChange={(e) => set({ otherTypes: e.target.value })}
        />
      </p>
      {fieldErrors('types')}
      <fieldset
        data-field="strength"
        className="edit-choices"
        data-testid="link-strength"
        aria-describedby={described('strength')}
      >
        <legend>{t.linkStrength}</legend>
        {[null, 1, 2, 3].map((s) => (
          <label key={s ?? 0}>
            <input
              type="radio"
              name={`${id}-strength`}
              value={s ?? ''}
              checked={fields.strength === s}
              onChange={() => set({ strength: s })}
            />
            {s === null ? t.linkStrengthNone : t.linkStrengthLevel(s)}
          </label>
        ))}
      </fieldset>
      {fieldErrors('strength')}
      <fieldset
        data-field="schemes"
        className="edit-choices"
        data-testid="link-schemes"
        aria-describedby={described('schemes')}
      >
        <legend>{t.linkSchemes}</legend>
        {ref.schemes.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              value={s.id}
              checked={fields.schemes.includes(s.id)}
              onChange={(e) => set({ schemes: toggle(fields.schemes, s.id, e.target.checked) })}
            />
            <abbr title={s.longLabel[lang]}>{schemeLabel(ref, s.id, lang)}</abbr>
          </label>
        ))}
      </fieldset>
      {fieldErrors('schemes')}
      <p className="edit-field">
        <label>
          <input
            type="checkbox"
            data-testid="link-directed"
            checked={fields.directed}
            onChange={(e) => set({ directed: e.target.checked })}
          />
          {t.linkDirected(nameOf(ends.source), ends.target === null ? '…' : nameOf(ends.target))}
        </label>
      </p>
    </EditDialog>
  );
}
