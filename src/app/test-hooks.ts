// Test hooks: in builds made for the end-to-end tests and the benchmark (VITE_TEST_HOOKS=1),
// `window.__maillage` exposes the Cytoscape instance and the app state, read-only. Other
// builds expose nothing.
import type { NetworkMap } from '../map';
import type { AppState } from './state.ts';

export interface TestHooks {
  readonly map: NetworkMap | null;
  readonly state: AppState;
}

export function installTestHooks(get: () => { map: NetworkMap | null; state: AppState }): void {
  if (import.meta.env.VITE_TEST_HOOKS !== '1') return;
  const w = window as unknown as { __maillage?: TestHooks };
  w.__maillage = {
    get map() {
      return get().map;
    },
    get state() {
      return get().state;
    },
  };
}
