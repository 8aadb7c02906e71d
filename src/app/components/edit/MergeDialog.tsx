// Merging two actors the import thought different: the other actor found by a search that
// also finds names written otherwise, the one kept chosen, and a preview of the merged
// actor as the engine makes it (a dry run of the same edit) before the one undoable edit.
// A native modal <dialog> (focus in, Escape closes, focus back to the opener), put under
// the page's body: opened from the import report, a dialog inside a dialog is not shown,
// and inside the details it would take their headings' style.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Actor } from '../../../domain';
import type { EditIssue } from '../../../model';
import { useApp } from '../../app-context.ts';
import { editableOf } from '../../editing.ts';
import {
  candidateIndex,
  mergeCandidates,
  mergePreview,
  type ComparedField,
  type FieldText,
  type MergePreview,
  type NamedActor,
} from '../../merging.ts';
import { useText } from '../../i18n/text-context.tsx';
import type { Catalogue } from '../../i18n/index.ts';
import { useModal } from '../../use-modal.ts';
import { actorTypeLabel, bodyLabel, schemeLabel, sectorLabel } from '../../workspace.ts';
import { DialogHead } from '../DialogHead.tsx';

interface Props {
  /** The actor the merge starts from (kept unless the user chooses the other). */
  first: string;
  /** The other actor when already known (a doubtful pair of the import report). */
  second?: string;
  onClose: () => void;
}

export function MergeDialog({ first, second, onClose }: Props) {
  const t = useText();
  const lang = t.lang;
  const { state, ref, actions } = useApp();
  const id = useId();
  const { dialog, closed, close } = useModal(onClose);
  const graph = state.workspace?.graph;
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<string | null>(second ?? null);
  const [kept, setKept] = useState(first);
  const [issues, setIssues] = useState<EditIssue[]>([]);
  const editable = useMemo(
    () => (graph ? editableOf(graph, state.expected, state.mappings) : null),
    [graph, state.expected, state.mappings],
  );
  const index = useMemo(() => candidateIndex(editable?.actors ?? []), [editable]);
  // The search runs on the text once typing pauses (a few tens of ms on 10,000 actors).
  const typed = useDeferredValue(query);
  const found = useMemo(() => mergeCandidates(index, typed, first), [index, typed, first]);
  // Before anything is typed: the pairs the import found doubtful with this actor.
  const doubtful = useMemo(() => {
    const pairs = state.workspace?.report.doubtful ?? [];
    const ids = pairs
      .filter((p) => p.a === first || p.b === first)
      .map((p) => (p.a === first ? p.b : p.a));
    return index.filter((e) => ids.includes(e.id)).map(({ id: i, name }) => ({ id: i, name }));
  }, [index, state.workspace, first]);
  const fieldText: FieldText = (actor, field) => textOf(actor, field, ref, t);
  const absorbed = other === null ? null : kept === first ? other : first;
  // The dry run of the merge, once per pair chosen (not at each letter typed).
  const result = useMemo(
    () =>
      editable && other !== null && absorbed !== null
        ? mergePreview(editable, kept, absorbed, ref, (a, f) => textOf(a, f, ref, t))
        : null,
    [editable, other, kept, absorbed, ref, t],
  );
  if (!graph || !graph.hasNode(first)) return null;
  const firstName = graph.getNodeAttribute(first, 'name');
  const titleId = `${id}-title`;
  const shown: NamedActor[] = typed.trim() === '' ? doubtful : found;
  const confirm = () => {
    if (other === null || absorbed === null) return;
    const merged = actions.edit({ kind: 'merge-actors', kept, absorbed }, kept);
    if (merged.ok) close();
    else setIssues(merged.issues);
  };
  const pairIds = other === null ? [] : [first, other];
  return createPortal(
    <dialog
      ref={dialog}
      className="dialog edit-dialog merge-dialog"
      aria-labelledby={titleId}
      data-testid="merge-dialog"
      // Its close is not the report's (React passes events up to the dialog it came from).
      onClose={(e) => {
        e.stopPropagation();
        closed();
      }}
      onCancel={(e) => e.stopPropagation()}
    >
      <DialogHead
        titleId={titleId}
        title={second === undefined ? t.mergeTitle(firstName) : t.mergeTitlePair}
        closeLabel={t.close}
        onClose={close}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        {second === undefined && (
          <>
            <p className="edit-field">
              <label htmlFor={`${id}-search`}>{t.mergeSearch}</label>
              <input
                id={`${id}-search`}
                type="search"
                data-testid="merge-search"
                autoComplete="off"
                dir="auto"
                value={query}
                aria-describedby={`${id}-search-hint`}
                onChange={(e) => setQuery(e.target.value)}
              />
              <span id={`${id}-search-hint`} className="hint">
                {t.mergeSearchHint}
              </span>
            </p>
            <p className="visually-hidden" role="status">
              {typed.trim() === '' ? '' : t.mergeFound(found.length)}
            </p>
            {shown.length > 0 ? (
              <fieldset className="edit-choices merge-found" data-testid="merge-found">
                <legend>
                  {typed.trim() === '' ? t.mergeDoubtful : t.mergeFound(found.length)}
                </legend>
                {shown.map((c) => (
                  <label key={c.id}>
                    <input
                      type="radio"
                      name={`${id}-other`}
                      value={c.id}
                      checked={other === c.id}
                      onChange={() => {
                        setOther(c.id);
                        setIssues([]);
                      }}
                    />
                    <bdi>{c.name}</bdi>
                  </label>
                ))}
              </fieldset>
            ) : (
              typed.trim() !== '' && <p className="muted">{t.mergeNoneFound}</p>
            )}
          </>
        )}
        {other !== null && graph.hasNode(other) && (
          <fieldset className="edit-choices" data-testid="merge-kept">
            <legend>{t.mergeKeptLegend}</legend>
            {pairIds.map((pid) => (
              <label key={pid}>
                <input
                  type="radio"
                  name={`${id}-kept`}
                  value={pid}
                  checked={kept === pid}
                  onChange={() => setKept(pid)}
                />
                {t.mergeKeep(graph.getNodeAttribute(pid, 'name'))}
              </label>
            ))}
          </fieldset>
        )}
        {issues.length > 0 && <Refused issues={issues} lang={lang} title={t.editRefused} />}
        {result === null ? (
          <p className="muted">{t.mergeChoose}</p>
        ) : result.ok ? (
          <Preview preview={result.preview} fieldText={fieldText} />
        ) : (
          <Refused issues={result.issues} lang={lang} title={t.editRefused} />
        )}
        <div className="dialog-actions">
          <span className="hint">{t.mergeUndoHint}</span>
          <span className="spacer" />
          <button type="button" onClick={close}>
            {t.editCancel}
          </button>
          <button
            type="submit"
            className="primary"
            data-testid="merge-confirm"
            disabled={result === null || !result.ok}
          >
            {t.mergeConfirm}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}

function Refused({
  issues,
  lang,
  title,
}: {
  issues: EditIssue[];
  lang: 'fr' | 'en';
  title: string;
}) {
  return (
    <div role="alert" className="edit-errors" data-testid="merge-errors">
      <p>{title}</p>
      <ul>
        {issues.map((i, n) => (
          <li key={n}>{i.message[lang]}</li>
        ))}
      </ul>
    </div>
  );
}

/** A compared field as words: the type by its label, yes/no for a person. */
function textOf(
  actor: Actor,
  field: ComparedField,
  ref: Parameters<typeof actorTypeLabel>[0],
  t: Catalogue,
): string | undefined {
  switch (field) {
    case 'type':
      return actorTypeLabel(ref, actor, t.lang);
    case 'person':
      return actor.person === undefined ? undefined : actor.person ? t.yes : t.no;
    default:
      return actor[field];
  }
}

const FIELD_LABELS: Record<ComparedField, (t: Catalogue) => string> = {
  name: (t) => t.editName,
  type: (t) => t.editType,
  territory: (t) => t.editTerritory,
  role: (t) => t.editRole,
  person: (t) => t.person,
  siret: () => 'SIRET',
  finess: () => 'FINESS',
  rpps: () => 'RPPS',
};

/** What the merged actor will hold: the engine's result, the values dropped said. */
function Preview({ preview, fieldText }: { preview: MergePreview; fieldText: FieldText }) {
  const t = useText();
  const lang = t.lang;
  const { ref } = useApp();
  const headId = useId();
  const { actor, links } = preview;
  const dropped = new Map(preview.differences.map((d) => [d.field, d.dropped]));
  const schemes = Object.entries(actor.schemes);
  const fields = (Object.keys(FIELD_LABELS) as ComparedField[]).filter(
    (f) => fieldText(actor, f) !== undefined,
  );
  return (
    <section className="merge-preview" data-testid="merge-preview" aria-labelledby={headId}>
      <h3 id={headId}>{t.mergeAfter}</h3>
      <dl className="facts">
        {fields.map((f) => {
          const value = fieldText(actor, f) ?? '';
          const other = dropped.get(f);
          return (
            <div className="fact" key={f} data-testid={`merge-field-${f}`}>
              <dt>{FIELD_LABELS[f](t)}</dt>
              <dd dir="auto">{other === undefined ? value : t.mergeKeptValue(value, other)}</dd>
            </div>
          );
        })}
        <div className="fact">
          <dt>{t.sectors}</dt>
          <dd>
            {actor.sectors.length
              ? actor.sectors.map((s) => sectorLabel(ref, s, lang)).join(' · ')
              : t.unknownValue}
          </dd>
        </div>
        <div className="fact">
          <dt>{t.schemesAndBodies}</dt>
          <dd>
            {schemes.length === 0
              ? t.notInAnyScheme
              : schemes
                  .map(
                    ([scheme, bodies]) =>
                      `${schemeLabel(ref, scheme, lang)} — ${
                        bodies.length
                          ? bodies.map((b) => bodyLabel(ref, scheme, b, lang)).join(', ')
                          : t.member
                      }`,
                  )
                  .join(' · ')}
          </dd>
        </div>
      </dl>
      <p data-testid="merge-links">
        {t.mergeLinks(links.after, links.shared)}{' '}
        <span className="muted">
          {t.mergeLinksEach(preview.kept.name, links.kept, preview.absorbed.name, links.absorbed)}
        </span>
      </p>
      {links.between && <p>{t.mergeBetween}</p>}
      <p data-testid="merge-files">{t.mergeFiles(preview.files.join(', '))}</p>
    </section>
  );
}
