// Versions: freezing the workspace as it is now, the comparison asked for, and that
// comparison computed again when a side changes (the workspace now, a version).
import { useMemo, useRef, type Dispatch, type RefObject } from 'react';
import { freezeVersion } from '../../model';
import type { AppActions } from '../app-context.ts';
import { compareStates, type ShownComparison } from '../components/versions/comparison.ts';
import type { Catalogue } from '../i18n/index.ts';
import type { Action, AppState } from '../state.ts';
import type { ViewModel } from '../view-model.ts';

export interface Versions extends Pick<AppActions, 'freezeVersion' | 'compare'> {
  /** The comparison open, computed (null: none). */
  comparison: ShownComparison | null;
  /** The import's "keep as a version": freezes the workspace on screen, named or dated. */
  keepAsVersion: RefObject<(name: string) => string | null>;
}

export function useVersions(
  state: AppState,
  dispatch: Dispatch<Action>,
  model: ViewModel,
  t: Catalogue,
): Versions {
  const { workspace } = state;
  const currentName = t.verCurrent;
  const comparison = useMemo(
    () =>
      state.comparison
        ? compareStates(
            state.comparison,
            state.versions,
            workspace,
            model.ref,
            currentName,
            model.coverage,
            state.rules,
            model.namesIn,
          )
        : null,
    [
      state.comparison,
      state.versions,
      workspace,
      model.ref,
      currentName,
      model.coverage,
      state.rules,
      model.namesIn,
    ],
  );
  const freeze: Versions['freezeVersion'] = (name) => {
    if (!workspace) return null;
    const version = freezeVersion(workspace.graph, name, new Date(), state.versions);
    dispatch({ type: 'versions', versions: [...state.versions, version] });
    return version;
  };
  // Read by the import session: always the freezing of the workspace of this render.
  const keepAsVersion = useRef<(name: string) => string | null>(() => null);
  keepAsVersion.current = (name) => freeze(name.trim() || t.verDefaultName(new Date()))?.id ?? null;
  return {
    comparison,
    freezeVersion: freeze,
    compare: (before, after) => dispatch({ type: 'compare', comparison: { before, after } }),
    keepAsVersion,
  };
}
