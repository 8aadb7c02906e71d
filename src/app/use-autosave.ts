// Autosave: a moment after anything the workspace file keeps has changed (the workspace,
// its views, composition and settings, an actor moved by hand), the pipeline worker — which
// holds the graph — writes the file into IndexedDB, off the main thread. Nothing is saved
// while the map is being drawn or laid out. When the page is hidden or closed, the file is
// written at once from this thread (the worker may not outlive the page): a change made a
// second before closing, and the zoom and pan, are kept.
import { useEffect, useRef } from 'react';
import { positionsFromMap, type NetworkMap } from '../map';
import { positionsInOrder, toWorkspaceFile, type WorkspaceContents } from '../model';
import { saveAutosave, type PipelineClient } from '../workers';
import type { AppState } from './state.ts';

/** Autosave waits for this long after the last change (a big map's file takes a moment). */
const AUTOSAVE_DELAY = 1500;

export function useAutosave(
  state: AppState,
  /** What the file keeps now (read when the timer fires, so always the latest). */
  contents: () => WorkspaceContents | null,
  /** The import whose graph is on the map (the worker saves only that one). */
  importId: () => number | undefined,
  /** The workspace of this browser's list it is saved as (null: storage refused). */
  space: React.RefObject<string | null>,
  pipeline: React.RefObject<PipelineClient | null>,
  mapRef: React.RefObject<NetworkMap | null>,
): void {
  const { workspace } = state;
  const idle = state.drawn && !state.layout.running;
  const latest = useRef({ contents, importId, idle });
  latest.current = { contents, importId, idle };
  useEffect(() => {
    if (!workspace || !idle) return;
    const timer = setTimeout(() => {
      const c = latest.current.contents();
      const id = latest.current.importId();
      if (!c || id === undefined || !pipeline.current || !space.current) return;
      const map = mapRef.current;
      pipeline.current.autosave({
        id,
        space: space.current,
        title: c.title,
        expected: c.expected ?? null,
        rules: c.rules ?? null,
        views: c.views ?? [],
        settings: c.settings ?? {},
        positions: map ? positionsInOrder(workspace.graph.nodes(), positionsFromMap(map.cy)) : null,
        report: workspace.report,
        mappings: [...(c.mappings ?? [])],
        versions: [...(c.versions ?? [])],
        history: c.history ?? null,
      });
    }, AUTOSAVE_DELAY);
    return () => clearTimeout(timer);
  }, [
    workspace,
    idle,
    state.views,
    state.expected,
    state.rules,
    state.encodings,
    state.filters,
    state.anonymous,
    state.lang,
    state.moves,
    state.mappings,
    state.versions,
    state.history,
    pipeline,
    mapRef,
    space,
  ]);

  // Hidden (another tab, the phone locked) or closed (reload, tab closed): written now.
  useEffect(() => {
    const flush = () => {
      if (!latest.current.idle) return;
      const c = latest.current.contents();
      const id = space.current;
      if (c && id) {
        const saved = { id, title: c.title, actors: c.graph.order };
        void saveAutosave(saved, toWorkspaceFile(c), true);
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [space]);
}
