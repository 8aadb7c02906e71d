// The three answers under the map: who is around the table, which links are missing, how
// CLS, CLSM and ASV articulate. A tab bar that stays visible; one panel open at a time.
// The tab list is one tab stop: the arrows, Home and End move along it; while a panel is
// open they open the tab they reach, while the drawer is closed Enter or Space opens it
// (opening takes room from the map).
import { useRef, useState } from 'react';
import type { PanelId } from '../state.ts';
import { onTabListKey } from '../tab-keys.ts';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  panel: PanelId | null;
  /** The analysis has arrived (the panels read it). */
  ready: boolean;
  onPanel: (panel: PanelId | null) => void;
  children: React.ReactNode;
}

const PANELS: PanelId[] = ['coverage', 'links', 'articulation', 'views'];

export function AnalysisDrawer({ panel, ready, onPanel, children }: Props) {
  const t = useText();
  // The matrices read better with more room: the drawer can take most of the height.
  const [tall, setTall] = useState(false);
  // The tab holding the list's tab stop while the drawer is closed.
  const [stop, setStop] = useState<PanelId>('coverage');
  const current = panel ?? stop;
  const tabList = useRef<HTMLDivElement>(null);
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
      id="maillage-analysis"
      data-testid="analysis-drawer"
    >
      <div className="drawer-head">
        <div
          ref={tabList}
          className="drawer-tabs"
          role="tablist"
          aria-label={t.analysisPanels}
          onKeyDown={(e) => {
            const target = onTabListKey(e);
            const id = target === null ? undefined : PANELS[target];
            if (!id) return;
            setStop(id);
            if (panel) onPanel(id);
          }}
        >
          {PANELS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={panel === id}
              aria-controls={panel === id ? `panel-${id}` : undefined}
              tabIndex={current === id ? 0 : -1}
              data-testid={`tab-${id}`}
              onClick={() => {
                setStop(id);
                onPanel(panel === id ? null : id);
              }}
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
            onClick={() => {
              // The close button goes: the focus goes back to the panel's tab.
              setStop(panel);
              onPanel(null);
              tabList.current?.querySelector<HTMLElement>(`#tab-${panel}`)?.focus();
            }}
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
