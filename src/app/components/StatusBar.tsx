// The status line (a failure, the pipeline's stage, the storage refused, the map ready)
// and, under it, the notice of the saved column mappings applied on their own.
import { useApp } from '../app-context.ts';
import { useText } from '../i18n/text-context.tsx';
import { StorageNotice } from './StorageNotice.tsx';

export function StatusBar() {
  const t = useText();
  const { state, session, sessionView, actions } = useApp();
  const { workspace } = state;
  const ready = state.drawn && workspace !== null;
  const stageText =
    state.stage === 'reading'
      ? t.stageReading
      : state.stage === 'graph'
        ? t.stageGraph
        : state.stage === 'analysis' && ready
          ? t.stageAnalysis
          : state.stage === 'analysis'
            ? t.stageGraph
            : null;
  const { applied, storage } = sessionView;
  return (
    <>
      <div className="status-bar" role="status" aria-live="polite" data-testid="status">
        {state.notice ? (
          <span className="notice error" data-testid="failure">
            {t.failure(state.notice.step, state.notice.detail)}
          </span>
        ) : stageText ? (
          <span className="busy">
            <span className="spinner" aria-hidden="true" /> {stageText}
          </span>
        ) : storage === 'refused' && workspace && !workspace.demo ? (
          <StorageNotice place="status" onDownload={actions.downloadWorkspace} />
        ) : ready && workspace ? (
          <span>{t.ready(workspace.graph.order, workspace.graph.size)}</span>
        ) : null}
      </div>
      {applied.length > 0 && (
        <div className="mapping-notice" data-testid="mapping-notice">
          <span>{t.mappingSavedApplied(applied.map((f) => f.name).join(', '))}</span>
          <button type="button" data-testid="mapping-undo" onClick={() => session.undoApplied()}>
            {t.mappingUndo}
          </button>
        </div>
      )}
    </>
  );
}
