// The three answers under the map: who is around the table, which links are missing, how
// CLS, CLSM and ASV articulate. A tab bar that stays visible; one panel open at a time.
import { useState } from 'react';
import type { PanelId } from '../state.ts';
import type { Catalogue } from '../i18n.ts';

interface Props {
  panel: PanelId | null;
  /** The analysis has arrived (the panels read it). */
  ready: boolean;
  t: Catalogue;
  onPanel: (panel: PanelId | null) => void;
  children: React.ReactNode;
}

const PANELS: PanelId[] = ['coverage', 'links', 'articulation', 'views'];

export function AnalysisDrawer({ panel, ready, t, onPanel, children }: Props) {
  // The matrices read better with more room: the drawer can take most of the height.
  const [tall, setTall] = useState(false);
  const titles: Record<PanelId, string> = {
    coverage: t.panelCoverage,
    links: t.panelLinks,
    articulation: t.panelArticulation,
    views: t.panelViews,
  };
  return (
    <section
      className={`analysis-drawer${panel ? ' open' : ''}${panel && tall ? ' tall' : ''}`}
      aria-label={t.analysisPanels}
      data-testid="analysis-drawer"
    >
      <div className="drawer-head">
        <div className="drawer-tabs" role="tablist" aria-label={t.analysisPanels}>
          {PANELS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={panel === id}
              aria-controls={panel === id ? `panel-${id}` : undefined}
              data-testid={`tab-${id}`}
              onClick={() => onPanel(panel === id ? null : id)}
            >
              {titles[id]}
            </button>
          ))}
        </div>
        {panel && (
          <button
            type="button"
            className="drawer-size"
            aria-pressed={tall}
            data-testid="drawer-size"
            onClick={() => setTall(!tall)}
          >
            {tall ? t.drawerSmaller : t.drawerTaller}
          </button>
        )}
        {panel && (
          <button
            type="button"
            className="drawer-close"
            data-testid="drawer-close"
            aria-label={t.closePanel}
            title={t.closePanel}
            onClick={() => onPanel(null)}
          >
            ×
          </button>
        )}
      </div>
      {panel && (
        <div
          className="drawer-body"
          role="tabpanel"
          id={`panel-${panel}`}
          aria-labelledby={`tab-${panel}`}
          data-testid={`panel-${panel}`}
          tabIndex={0}
        >
          {/* Saved views need the map only; the three answers need the analysis. */}
          {ready || panel === 'views' ? children : <p className="muted">{t.stageAnalysis}</p>}
        </div>
      )}
    </section>
  );
}
