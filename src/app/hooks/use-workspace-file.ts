// What the workspace file and the autosave keep: the graph, the composition, the views,
// the settings and the positions on the map; and that file offered as a download.
import type { RefObject } from 'react';
import type { ReferenceData } from '../../domain';
import { positionsFromMap, type NetworkMap } from '../../map';
import { toWorkspaceFile, type WorkspaceContents } from '../../model';
import { downloadBlob, fileStem } from '../components/download.ts';
import type { WorkspaceSettings } from '../settings.ts';
import type { AppState } from '../state.ts';

export interface WorkspaceFile {
  /** What the workspace file keeps now (null without a workspace). */
  contents(): WorkspaceContents | null;
  /** The workspace file, offered where the app says the browser does not keep the work. */
  download(): void;
}

export function useWorkspaceFile(
  state: AppState,
  ref: ReferenceData,
  mapRef: RefObject<NetworkMap | null>,
): WorkspaceFile {
  const contents = (): WorkspaceContents | null => {
    const { workspace } = state;
    if (!workspace) return null;
    const map = mapRef.current;
    const settings: WorkspaceSettings = {
      encodings: state.encodings,
      filters: state.filters,
      anonymous: state.anonymous,
      lang: state.lang,
      demo: workspace.demo,
      camera: map && state.drawn ? map.view.camera() : null,
    };
    return {
      title: workspace.title,
      graph: workspace.graph,
      expected: state.expected,
      rules: state.rules,
      views: state.views,
      settings: { ...settings },
      positions: map && state.drawn ? positionsFromMap(map.cy) : null,
      report: workspace.report,
      mappings: state.mappings,
      versions: state.versions,
      history: state.history,
    };
  };
  const download = () => {
    const now = contents();
    if (!now) return;
    const text = toWorkspaceFile(now, { anonymous: state.anonymous, ref, lang: state.lang });
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      `${fileStem(now.title)}.maillage.json`,
    );
  };
  return { contents, download };
}
