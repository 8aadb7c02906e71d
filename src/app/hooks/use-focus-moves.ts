// The actions that move the keyboard focus as they act. An actor picked from the search or
// the tables puts it on the details' heading, and closing the details puts it back where
// the actor was picked; leaving the presentation puts it back on the button that started
// it; a skip link puts it on the part of the page it names.
import { useCallback, useRef, type Dispatch, type RefObject } from 'react';
import type { NetworkMap } from '../../map';
import type { AppActions } from '../app-context.ts';
import type { SkipTarget } from '../components/SkipLinks.tsx';
import { focusedElement, focusSoon } from '../focus.ts';
import type { Action, AppState } from '../state.ts';

export interface FocusMoves extends Pick<
  AppActions,
  'select' | 'pickActor' | 'closeDetails' | 'selectOnMap' | 'centerOn' | 'present'
> {
  skipTo(target: SkipTarget): void;
}

const SKIP_FOCUS: Record<SkipTarget, string> = {
  map: '[data-testid="map"]',
  search: '[data-testid="search-input"]',
  details: '#details-title',
  analysis: '[data-testid="analysis-drawer"] [role="tab"][tabindex="0"]',
  tables: '[data-testid="tables"] [role="tab"][aria-selected="true"]',
};

export function useFocusMoves(
  state: AppState,
  dispatch: Dispatch<Action>,
  mapRef: RefObject<NetworkMap | null>,
): FocusMoves {
  const select = useCallback((id: string | null) => dispatch({ type: 'select', id }), [dispatch]);
  const detailsFrom = useRef<HTMLElement | null>(null);
  const presentedFrom = useRef<HTMLElement | null>(null);
  return {
    select,
    pickActor: (id) => {
      const from = focusedElement();
      if (from && !from.closest('[data-testid="details"]')) detailsFrom.current = from;
      select(id);
      focusSoon('#details-title');
    },
    closeDetails: () => {
      select(null);
      focusSoon(detailsFrom.current, '#details-title');
      detailsFrom.current = null;
    },
    selectOnMap: (id) => {
      detailsFrom.current = null;
      select(id);
    },
    centerOn: (id) => {
      dispatch({ type: 'view', view: 'map' });
      // After the map is shown again (and resized).
      requestAnimationFrame(() => mapRef.current?.select(id, { center: true }));
    },
    present: (index) => {
      if (state.presenting === null && index !== null) presentedFrom.current = focusedElement();
      dispatch({ type: 'present', index });
      if (index === null) focusSoon(presentedFrom.current, '[data-testid="present"]');
    },
    skipTo: (target) => {
      if (target === 'map' || target === 'tables') dispatch({ type: 'view', view: target });
      focusSoon(SKIP_FOCUS[target]);
    },
  };
}
