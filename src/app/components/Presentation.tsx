// Presentation mode for restitution meetings: the map fills the screen, names are large
// and dark, the editing chrome is gone; the title and comment of the current view, its
// number and the legend stay. Arrow keys (or Page Up/Down, space) step through the views,
// Escape leaves.
import { useEffect, useRef, useState } from 'react';
import type { SavedView } from '../views.ts';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  views: readonly SavedView[];
  /** The view shown; -1 when presenting the map as it is (no saved view). */
  index: number;
  /** Title shown when no view is saved (the territory). */
  fallbackTitle: string;
  /** Anonymous mode is on: it stays visible while presenting. */
  anonymous: boolean;
  legend: React.ReactNode;
  onStep: (index: number) => void;
  onExit: () => void;
}

export function Presentation({
  views,
  index,
  fallbackTitle,
  anonymous,
  legend,
  onStep,
  onExit,
}: Props) {
  const t = useText();
  const view = views[index];
  const latest = useRef({ index, count: views.length, onStep, onExit });
  latest.current = { index, count: views.length, onStep, onExit };
  const region = useRef<HTMLDivElement>(null);
  // The legend can step aside (button or the L key) when a view needs the whole screen.
  const [legendShown, setLegendShown] = useState(true);
  const toggleLegend = useRef(() => setLegendShown((on) => !on));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { index: i, count, onStep: step, onExit: exit } = latest.current;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      // Space and Enter press the focused button (Quitter, ←, →) rather than step.
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button')) return;
      const next = ['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(e.key);
      const previous = ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key);
      if (e.key === 'Escape') exit();
      else if (next && i < count - 1) step(i + 1);
      else if (previous && i > 0) step(i - 1);
      else if (e.key === 'Home' && count) step(0);
      else if (e.key === 'End' && count) step(count - 1);
      else if (e.key === 'l' || e.key === 'L') toggleLegend.current();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Full screen when the browser allows it; leaving it (Escape, F11) leaves the mode.
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    if (!document.fullscreenElement && root.requestFullscreen) {
      root
        .requestFullscreen()
        .then(() => {
          entered = true;
        })
        .catch(() => {
          // Refused (no user gesture, headless): the page-wide layout is enough.
        });
    }
    const onChange = () => {
      if (entered && !document.fullscreenElement) latest.current.onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    region.current?.focus();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const count = views.length;
  return (
    <div
      className="presentation"
      ref={region}
      tabIndex={-1}
      role="region"
      aria-label={t.presentationMode}
      data-testid="presentation"
    >
      <div className="presentation-caption" aria-live="polite" data-testid="presentation-caption">
        {count > 0 && (
          <p className="presentation-step" data-testid="presentation-step">
            {t.stepOf(index + 1, count)}
          </p>
        )}
        <h2 data-testid="presentation-title">{view?.title ?? fallbackTitle}</h2>
        {anonymous && (
          <p className="anonymous-badge" data-testid="presentation-anonymous">
            {t.anonymousBadge}
          </p>
        )}
        {view?.comment && <p className="presentation-comment">{view.comment}</p>}
      </div>
      {legendShown && <div className="presentation-legend">{legend}</div>}
      <div className="presentation-controls">
        <button
          type="button"
          disabled={index <= 0}
          aria-label={t.previousView}
          title={t.previousView}
          onClick={() => onStep(index - 1)}
        >
          ←
        </button>
        <button
          type="button"
          disabled={index >= count - 1}
          aria-label={t.nextView}
          title={t.nextView}
          data-testid="presentation-next"
          onClick={() => onStep(index + 1)}
        >
          →
        </button>
        <button
          type="button"
          aria-pressed={legendShown}
          data-testid="presentation-legend"
          onClick={() => toggleLegend.current()}
        >
          {t.legendToggle}
        </button>
        <button type="button" data-testid="presentation-exit" onClick={onExit}>
          {t.exitPresentation}
        </button>
      </div>
    </div>
  );
}
