// The header: the territory, its counts, the search, the import (with its help), the
// import report and the language switch.
import { useState } from 'react';
import { EditControls } from './edit/EditControls.tsx';
import { useApp } from '../app-context.ts';
import { useText } from '../i18n/text-context.tsx';
import { SearchBox } from './SearchBox.tsx';
import { WorkspacesDialog } from './workspaces/WorkspacesDialog.tsx';

// CSV inventories, workbooks, Kumu/Gephi exports, or a workspace saved by Maillage (JSON).
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.ods,.json,.gexf,.graphml,text/csv,application/json';

const formatCount = (n: number, lang: 'fr' | 'en') =>
  n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');

export function AppHeader() {
  const t = useText();
  const { state, dispatch, model, session, actions, space } = useApp();
  const [listing, setListing] = useState(false);
  const { workspace } = state;
  const { visible } = model;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="26" height="26">
            <circle cx="5" cy="6" r="3" />
            <circle cx="19" cy="5" r="2.5" />
            <circle cx="12" cy="13" r="3.5" />
            <circle cx="5" cy="19" r="2.5" />
            <circle cx="19" cy="19" r="3" />
            <path d="M5 6 L12 13 L19 5 M12 13 L5 19 M12 13 L19 19 M5 6 L19 5" />
          </svg>
        </span>
        <div className="brand-text">
          <h1>
            {t.appName}
            <span className="visually-hidden"> — {t.tagline}</span>
          </h1>
          <div className="territory-line">
            <p className="territory" data-testid="territory">
              {workspace
                ? workspace.demo
                  ? t.demoTerritory
                  : t.territoryOf(model.title)
                : t.loading}
            </p>
            {/* The territories kept in this browser open from the territory's own name, as a
                switcher: a header button of its own would push the header onto two rows. */}
            <button
              type="button"
              className="territory-switch"
              data-testid="workspaces-button"
              aria-label={t.workspacesButton}
              title={t.workspacesButton}
              aria-haspopup="dialog"
              onClick={() => setListing(true)}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <path d="M2 4h5l1.5 1.5H14v7.5H2z" />
                <path d="M5.5 9l2.5 2.5L10.5 9" />
              </svg>
            </button>
          </div>
          {state.anonymous && (
            <p
              className="anonymous-badge"
              data-testid="anonymous-badge"
              title={t.anonymousSwitchHint}
            >
              {t.anonymousBadge}
            </p>
          )}
        </div>
      </div>
      {workspace && (
        <p className="counts" aria-label={t.counts}>
          <span>
            <strong data-testid="actor-count" data-value={workspace.graph.order}>
              {formatCount(workspace.graph.order, state.lang)}
            </strong>{' '}
            {t.actorsWord(workspace.graph.order)}
          </span>
          <span aria-hidden="true"> · </span>
          <span>
            <strong data-testid="link-count" data-value={workspace.graph.size}>
              {formatCount(workspace.graph.size, state.lang)}
            </strong>{' '}
            {t.linksWord(workspace.graph.size)}
          </span>
          {model.filtering && visible && (
            <span className="shown" data-testid="visible-count">
              {t.shownOf(visible.nodes.size, workspace.graph.order)}
            </span>
          )}
        </p>
      )}
      {workspace && (
        <SearchBox graph={workspace.graph} names={model.names} onPick={actions.pickActor} />
      )}
      <div className="header-actions">
        {/* The import button with, under it, the help to prepare the files. */}
        <div className="import-group">
          <label className="button primary file-button">
            <input
              type="file"
              multiple
              accept={ACCEPT}
              data-testid="file-input"
              onChange={(e) => {
                const files = e.target.files ? [...e.target.files] : [];
                e.target.value = '';
                void session.importFiles(files);
              }}
            />
            <span>{t.importButton}</span>
          </label>
          <button
            type="button"
            className="link-button help-button"
            data-testid="help-button"
            onClick={() => actions.help(true)}
          >
            {t.helpButton}
          </button>
        </div>
        {workspace && <EditControls />}
        {state.report && (
          <button
            type="button"
            data-testid="report-button"
            onClick={() => dispatch({ type: 'reportOpen', open: true })}
          >
            {t.reportButton(state.report.issues.length)}
          </button>
        )}
        {listing && <WorkspacesDialog current={space.current} onClose={() => setListing(false)} />}
        <button
          type="button"
          lang={state.lang === 'fr' ? 'en' : 'fr'}
          data-testid="language-switch"
          aria-label={t.languageLabel}
          onClick={() => dispatch({ type: 'lang', lang: state.lang === 'fr' ? 'en' : 'fr' })}
        >
          {t.language}
        </button>
      </div>
    </header>
  );
}
