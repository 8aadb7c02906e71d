// The app shell: the state (state.ts), the import session (import-session.ts), the derived
// chain (view-model.ts) and one hook per feature (hooks/: the focus moves, the workspace
// file, editing, versions, saved views), handed to the page through the app context.
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { defaultReference } from '../domain';
import type { NetworkMap } from '../map';
import { AppContext, type AppContextValue, type Printing } from './app-context.ts';
import { AppPage } from './components/AppPage.tsx';
import { useEditing } from './hooks/use-editing.ts';
import { useFocusMoves } from './hooks/use-focus-moves.ts';
import { useSavedViews } from './hooks/use-saved-views.ts';
import { useVersions } from './hooks/use-versions.ts';
import { useWorkspaceFile } from './hooks/use-workspace-file.ts';
import { catalogues } from './i18n/index.ts';
import { TextProvider } from './i18n/text-context.tsx';
import { initialState, reducer } from './state.ts';
import { installTestHooks } from './test-hooks.ts';
import { useAutosave } from './use-autosave.ts';
import { useDropFiles } from './use-drop-files.ts';
import { useImportSession } from './use-import-session.ts';
import { useViewModel } from './view-model.ts';

export function App() {
  const [state, dispatch] = useReducer(reducer, initialState);
  const ref = useMemo(() => defaultReference(), []);
  const mapRef = useRef<NetworkMap | null>(null);
  const [printing, setPrinting] = useState<Printing | null>(null);
  const [help, setHelp] = useState(false);
  const t = catalogues[state.lang];
  const model = useViewModel(state, ref, t.demoTerritory);
  const { comparison, keepAsVersion, ...versions } = useVersions(state, dispatch, model, t);
  const {
    session,
    view: sessionView,
    pipeline,
    space,
  } = useImportSession(ref, dispatch, state.mappings, keepAsVersion, state.rules);
  useEffect(() => {
    installTestHooks(() => ({ map: mapRef.current, state }));
  }, [state]);
  // Drag and drop anywhere on the page.
  const dragging = useDropFiles((files) => void session.importFiles(files ? [...files] : []));
  const { skipTo, ...focusMoves } = useFocusMoves(state, dispatch, mapRef);
  const file = useWorkspaceFile(state, ref, mapRef);
  const editing = useEditing(state, dispatch, ref, session, file.contents);
  useAutosave(state, file.contents, () => session.importId(), space, pipeline, mapRef);
  const captureView = useSavedViews(state, mapRef);

  const context: AppContextValue = {
    state,
    dispatch,
    ref,
    model,
    session,
    sessionView,
    space,
    mapRef,
    help,
    printing,
    actions: {
      ...focusMoves,
      ...versions,
      ...editing,
      help: setHelp,
      print: setPrinting,
      workspaceContents: file.contents,
      downloadWorkspace: file.download,
      captureView,
    },
    comparison,
  };
  return (
    <TextProvider lang={state.lang}>
      <AppContext.Provider value={context}>
        <AppPage dragging={dragging} onSkip={skipTo} />
      </AppContext.Provider>
    </TextProvider>
  );
}
