// Saved views: capturing the map as it is now, and framing a view shown (or presented) as
// it was framed once the map has its new size and the view's filters.
import { useEffect, type RefObject } from 'react';
import type { NetworkMap } from '../../map';
import type { AppActions } from '../app-context.ts';
import type { AppState } from '../state.ts';

/** Room taken by the legend (right) and the caption (bottom) in presentation mode. */
const PRESENTATION_INSETS = { right: 340, bottom: 170 };

export function useSavedViews(
  state: AppState,
  mapRef: RefObject<NetworkMap | null>,
): AppActions['captureView'] {
  const shown = state.shownView;
  const presentingNow = state.presenting !== null;
  const shownLit = state.highlight?.ids;
  useEffect(() => {
    if (!shown) return;
    const view = state.views[shown.index];
    if (!view) return;
    const id = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        mapRef.current?.view.frameView(
          view.camera,
          shownLit ?? [],
          // The legend and the caption of presentation mode cover part of the screen.
          presentingNow ? PRESENTATION_INSETS : undefined,
        );
      }),
    );
    return () => cancelAnimationFrame(id);
    // Keyed on the tick: showing the same view twice frames it again, and editing the
    // views or lighting other actors afterwards must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown?.tick, presentingNow]);
  return (base) => ({
    ...base,
    filters: state.filters,
    encodings: state.encodings,
    lit: state.highlight?.ids ?? [],
    camera: mapRef.current?.view.camera() ?? null,
    selected: state.selected,
  });
}
