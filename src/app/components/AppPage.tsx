// The page: skip links, header, status, the workspace (or, before the first one, what is
// being done or why nothing came) and the dialogs, with the page's language and title.
import { useEffect } from 'react';
import { useApp } from '../app-context.ts';
import { useText } from '../i18n/text-context.tsx';
import { AppDialogs } from './AppDialogs.tsx';
import { AppHeader } from './AppHeader.tsx';
import { Legend } from './Legend.tsx';
import { SkipLinks, type SkipTarget } from './SkipLinks.tsx';
import { StatusBar } from './StatusBar.tsx';
import { WorkspaceLayout } from './WorkspaceLayout.tsx';

interface Props {
  /** Files are being dragged over the page. */
  dragging: boolean;
  onSkip(target: SkipTarget): void;
}

export function AppPage({ dragging, onSkip }: Props) {
  const { state, ref, model, sessionView } = useApp();
  const t = useText();
  const { workspace } = state;
  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${t.appName} — ${t.tagline}`;
  }, [state.lang, t]);

  // One legend, shown beside the map, over the presentation and in the printable report.
  const legend = workspace ? (
    <Legend
      graph={workspace.graph}
      metrics={workspace.metrics}
      ref_={ref}
      encodings={state.encodings}
    />
  ) : null;
  const ready = state.drawn && workspace !== null;
  return (
    <div
      className={
        state.presenting !== null
          ? 'app presenting'
          : sessionView.applied.length > 0
            ? 'app with-notice'
            : 'app'
      }
      data-testid="app"
      data-ready={ready ? 'true' : 'false'}
      data-analysis={workspace?.metrics.centrality ? 'done' : 'pending'}
      data-layout={state.layout.running ? 'running' : 'idle'}
      data-busy={state.stage !== null && state.stage !== 'analysis' ? 'true' : 'false'}
    >
      {workspace && <SkipLinks onSkip={onSkip} />}
      <AppHeader />
      <StatusBar />
      {workspace && model.visible ? (
        <WorkspaceLayout workspace={workspace} visible={model.visible} legend={legend} />
      ) : (
        <div className="loading-screen" data-testid="loading">
          {state.notice ? (
            <span className="notice error">
              {t.failure(state.notice.step, state.notice.detail)}
            </span>
          ) : (
            <>
              <span className="spinner" aria-hidden="true" /> {t.loading}
            </>
          )}
        </div>
      )}
      <AppDialogs legend={legend} dragging={dragging} />
    </div>
  );
}
