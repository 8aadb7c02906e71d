// Binds the import session (import-session.ts) to the app: one pipeline worker, started at
// the first import and ended with the page; the autosaved workspace (else the demo) opened
// first; what the screen shows of the session re-rendered as it changes.
import { useEffect, useRef, useState, useSyncExternalStore, type Dispatch } from 'react';
import type { CrossSchemeRuleSettings, ReferenceData } from '../domain';
import type { SavedMapping } from '../model';
import { clearAutosave, loadAutosave, PipelineClient, unpackGraph } from '../workers';
import { ImportSession } from './import-session.ts';
import type { SessionView } from './session-types.ts';
import { failed, type Action } from './state.ts';
import { demoFiles, readFiles } from './workspace.ts';

export interface ImportSessionHandle {
  session: ImportSession;
  view: SessionView;
  /** The worker, for the autosave (null before the first import). */
  pipeline: React.RefObject<PipelineClient | null>;
  /** The workspace of this browser's list that is open (null: storage refused). */
  space: React.RefObject<string | null>;
}

export function useImportSession(
  ref: ReferenceData,
  dispatch: Dispatch<Action>,
  mappings: readonly SavedMapping[],
  /** Freezes the workspace on screen as a version (the import's "keep as a version"). */
  keepAsVersion: React.RefObject<(name: string) => string | null>,
  /** The workspace's cross-scheme rules: the worker's analysis checks them. */
  rules: CrossSchemeRuleSettings | null,
): ImportSessionHandle {
  const pipeline = useRef<PipelineClient | null>(null);
  const space = useRef<string | null>(null);
  const savedMappings = useRef(mappings);
  useEffect(() => {
    savedMappings.current = mappings;
  }, [mappings]);
  const workspaceRules = useRef(rules);
  useEffect(() => {
    workspaceRules.current = rules;
  }, [rules]);
  const [session] = useState(
    () =>
      new ImportSession({
        run: (files, onReply) => {
          pipeline.current ??= new PipelineClient();
          // The map's screen area (both side panels are fixed-width), for the first layout.
          const aspect =
            Math.max(300, window.innerWidth - 632) / Math.max(300, window.innerHeight - 95);
          return pipeline.current.run(files, ref, aspect, onReply, workspaceRules.current);
        },
        shown: (id) => pipeline.current?.shown(id),
        build: unpackGraph,
        demoFiles,
        readFiles,
        clearAutosave: () => (space.current ? clearAutosave(space.current) : Promise.resolve()),
        dispatch,
        mappings: () => savedMappings.current,
        keepAsVersion: (name) => keepAsVersion.current(name),
      }),
  );
  const view = useSyncExternalStore(session.subscribe, session.snapshot);

  // Open on the workspace autosaved in this browser, else on the demo territory.
  useEffect(() => {
    let cancelled = false;
    loadAutosave()
      .then((saved) => {
        if (cancelled) return;
        // Storage refused: the saves are still tried (and refused), so the app says so.
        space.current = saved?.id ?? 'w-unsaved';
        if (saved?.text) session.openAutosave(saved.text);
        else return session.openDemo(() => cancelled);
      })
      .catch((e: unknown) => dispatch(failed('open', e)));
    return () => {
      cancelled = true;
    };
  }, [session, dispatch]);

  useEffect(
    () => () => {
      pipeline.current?.dispose();
      session.dispose();
    },
    [session],
  );

  return { session, view, pipeline, space };
}
