// The merge's places in an actor's details: « Fusionner avec… » (the merge dialog), and for
// an actor that came from a merge still in effect, « Issu de la fusion de A et B » with
// « Séparer » (the engine's unmerge, itself undoable; refused with its message when the
// merged actor or its links changed since).
import { useState } from 'react';
import { isPerson } from '../../../domain';
import type { EditIssue } from '../../../model';
import { useApp } from '../../app-context.ts';
import { mergesInto, type MergeOrigin } from '../../merging.ts';
import { actorTypeLabel } from '../../workspace.ts';
import { useText } from '../../i18n/text-context.tsx';
import { MergeDialog } from './MergeDialog.tsx';

/** « Fusionner avec… »: opens the merge dialog from this actor. */
export function MergeButton({ id }: { id: string }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="merge-actor" onClick={() => setOpen(true)}>
        {t.mergeOpen}
      </button>
      {open && <MergeDialog first={id} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The merges that made this actor, each with « Séparer ». */
export function MergedFrom({ id }: { id: string }) {
  const t = useText();
  const { state, actions, model, ref } = useApp();
  const [refused, setRefused] = useState<EditIssue[]>([]);
  // Anonymous mode: the actor by the name shown everywhere, a person absorbed by role or type.
  const shown = (m: MergeOrigin) =>
    state.anonymous
      ? {
          keptName: model.names.get(id) ?? m.keptName,
          absorbedName:
            m.absorbed && isPerson(m.absorbed)
              ? (m.absorbed.role ?? actorTypeLabel(ref, m.absorbed, t.lang))
              : m.absorbedName,
        }
      : m;
  const merges = mergesInto(state.history, id).map((m) => ({ ...m, ...shown(m) }));
  if (merges.length === 0) return null;
  return (
    <div className="merged-from" data-testid="merged-from">
      {merges.map((m) => (
        <p key={m.entry.at + m.absorbedName}>
          {t.mergedFrom(m.keptName, m.absorbedName)}{' '}
          <button
            type="button"
            data-testid="merge-split"
            aria-label={t.mergeSplitLabel(m.keptName, m.absorbedName)}
            onClick={() => {
              const result = actions.unmerge(m.entry);
              setRefused(result.ok ? [] : result.issues);
            }}
          >
            {t.mergeSplit}
          </button>
        </p>
      ))}
      {refused.length > 0 && (
        <div role="alert" className="edit-errors" data-testid="merge-split-refused">
          <p>{t.mergeSplitRefused}</p>
          <ul>
            {refused.map((i, n) => (
              <li key={n}>{i.message[t.lang]}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** « Fusionner » beside a pair the import found doubtful (both actors still there). */
export function MergePairButton({ a, b }: { a: string; b: string }) {
  const t = useText();
  const { state } = useApp();
  const [open, setOpen] = useState(false);
  const graph = state.workspace?.graph;
  if (!graph?.hasNode(a) || !graph.hasNode(b)) return null;
  return (
    <>
      <button
        type="button"
        className="link-button"
        data-testid="merge-pair"
        aria-label={t.mergePairLabel(
          graph.getNodeAttribute(a, 'name'),
          graph.getNodeAttribute(b, 'name'),
        )}
        onClick={() => setOpen(true)}
      >
        {t.mergeConfirm}
      </button>
      {open && <MergeDialog first={a} second={b} onClose={() => setOpen(false)} />}
    </>
  );
}
