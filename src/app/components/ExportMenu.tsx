// The export menu: the map as a picture (PNG 1×/2×/4×, SVG) with its title, date and
// legend; the graph for Gephi and yEd (GEXF, GraphML); the workspace file (JSON); the
// actors and links as CSV files the import reads back. In anonymous mode every file goes
// through model/anonymize.ts, so no person's name leaves in any of them. The menu's keys and
// closing: ToolbarMenu.
import { useId, useState } from 'react';
import { shownNames, type ReferenceData } from '../../domain';
import {
  exportedKeys,
  exportGraph,
  actorsToCsv,
  linksToCsv,
  toGexf,
  type MaillageGraph,
  toGraphml,
  toWorkspaceFile,
  type WorkspaceContents,
} from '../../model';
import {
  exportPng,
  exportSvg,
  positionsFromMap,
  vizFromMap,
  type Background,
  type ImageOptions,
  BIG_MAP,
  colourColumnOf,
  legendDocument,
  type NetworkMap,
  type Encodings,
  type MapMetrics,
} from '../../map';
import type { Catalogue } from '../i18n/index.ts';
import { legendWords } from '../legend-words.ts';
import { downloadBlob, fileStem } from './download.ts';
import './ExportMenu.css';
import { useText } from '../i18n/text-context.tsx';
import { ToolbarMenu } from './ToolbarMenu.tsx';

interface Props {
  mapRef: React.RefObject<NetworkMap | null>;
  graph: MaillageGraph;
  metrics: MapMetrics | null;
  encodings: Encodings;
  ref_: ReferenceData;
  /** Persons shown by role or type in every file. */
  anonymous: boolean;
  /** The territory's title, on the pictures and in the file names. */
  title: string;
  /** What the workspace file holds; positions come from the map when not given. */
  workspaceFile: () => WorkspaceContents;
}

const CSV = 'text/csv;charset=utf-8';

/** One export: its button (test id and words), the file's name, how the file is made. */
interface Export {
  testId: string;
  label: string;
  file: string;
  make: () => Promise<Blob> | Blob;
}

export function ExportMenu(props: Props) {
  const { mapRef, graph, metrics, encodings, ref_, anonymous, title } = props;
  const t = useText();
  const [background, setBackground] = useState<Background>('white');
  // The outcome in words of the language shown now (a switch of language re-words it).
  const [status, setStatus] = useState<{ say: (t: Catalogue) => string; error: boolean } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const id = useId();
  const lang = t.lang;
  const stem = fileStem(title);
  const options = { anonymous, ref: ref_, lang };

  /** Runs one export, reports its outcome, never lets an error escape to the page. */
  const run = (name: string, make: () => Promise<Blob> | Blob) => async () => {
    setBusy(true);
    setStatus({ say: (t) => t.exportWorking, error: false });
    try {
      downloadBlob(await make(), name);
      setStatus({ say: (t) => t.exportDone(name), error: false });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setStatus({ say: (t) => t.exportFailed(detail), error: true });
    } finally {
      setBusy(false);
    }
  };

  const map = (): NetworkMap => {
    const m = mapRef.current;
    if (!m) throw new Error(t.exportNoMap);
    return m;
  };

  const imageOptions = (): ImageOptions => {
    const column = colourColumnOf(graph, encodings);
    const words = legendWords(t, encodings, ref_, graph.order <= BIG_MAP, graph, column);
    return {
      title,
      date: t.exportDate(new Date()),
      legend: legendDocument(encodings.colourBy, graph, metrics, ref_, words, column),
      background,
      ...(anonymous
        ? {
            names: shownNames(
              graph.mapNodes((_id, a) => a),
              ref_,
              lang,
              true,
            ),
          }
        : {}),
    };
  };

  const graphFile = (write: typeof toGexf) => () => {
    const exported = exportGraph(graph, options);
    const viz = mapRef.current ? exportedKeys(exported, vizFromMap(mapRef.current.cy)) : undefined;
    const text = write(exported.graph, {
      ref: ref_,
      lang,
      title: exported.redact(title),
      ...(viz ? { viz } : {}),
    });
    return new Blob([text], { type: 'application/xml' });
  };

  const workspace = () => {
    const contents = props.workspaceFile();
    const positions =
      contents.positions !== undefined || !mapRef.current
        ? contents.positions
        : positionsFromMap(mapRef.current.cy);
    const text = toWorkspaceFile({ ...contents, positions }, options);
    return new Blob([text], { type: 'application/json' });
  };

  const csv = (write: typeof actorsToCsv) => () =>
    new Blob([write(exportGraph(graph, options).graph, ref_)], { type: CSV });

  /** A row of export buttons, each making its file when pressed. */
  const buttons = (exports: readonly Export[]) => (
    <div className="export-menu-row">
      {exports.map((e) => (
        <button
          key={e.testId}
          type="button"
          disabled={busy}
          data-testid={e.testId}
          onClick={run(e.file, e.make)}
        >
          {e.label}
        </button>
      ))}
    </div>
  );

  return (
    <ToolbarMenu
      label={t.exportMenu}
      ariaLabel={t.exportMenuLabel}
      testId="export-menu"
      className="export-menu"
      panelClassName="export-menu-panel"
      panelLabelledBy={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        {t.exportMenuLabel}
      </h2>
      <section>
        <h3>{t.exportImage}</h3>
        <fieldset>
          <legend>{t.exportBackground}</legend>
          {(['white', 'transparent'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-background`}
                value={value}
                checked={background === value}
                onChange={() => setBackground(value)}
                data-testid={`export-background-${value}`}
              />{' '}
              {value === 'white' ? t.exportWhite : t.exportTransparent}
            </label>
          ))}
        </fieldset>
        {buttons([
          ...([1, 2, 4] as const).map((scale) => ({
            testId: scale === 1 ? 'export-png' : `export-png-${scale}`,
            file: `${stem}${scale === 1 ? '' : `@${scale}x`}.png`,
            make: () => exportPng(map(), { ...imageOptions(), scale }),
            label: t.exportPngAt(scale),
          })),
          {
            testId: 'export-svg',
            file: `${stem}.svg`,
            make: async () =>
              new Blob([await exportSvg(map(), imageOptions())], { type: 'image/svg+xml' }),
            label: t.exportSvg,
          },
        ])}
      </section>
      <section>
        <h3>{t.exportGraphFiles}</h3>
        {buttons([
          {
            testId: 'export-gexf',
            file: `${stem}.gexf`,
            make: graphFile(toGexf),
            label: t.exportGexf,
          },
          {
            testId: 'export-graphml',
            file: `${stem}.graphml`,
            make: graphFile(toGraphml),
            label: t.exportGraphml,
          },
        ])}
      </section>
      <section>
        <h3>{t.exportData}</h3>
        {buttons([
          {
            testId: 'export-workspace',
            file: `${stem}.maillage.json`,
            make: workspace,
            label: t.exportWorkspace,
          },
          {
            testId: 'export-actors-csv',
            file: `${stem}-acteurs.csv`,
            make: csv(actorsToCsv),
            label: t.exportActorsCsv,
          },
          {
            testId: 'export-links-csv',
            file: `${stem}-liens.csv`,
            make: csv(linksToCsv),
            label: t.exportLinksCsv,
          },
        ])}
      </section>
      {anonymous && <p className="export-menu-note">{t.exportAnonymousNote}</p>}
      <p
        className="export-menu-status"
        role="status"
        data-error={status?.error ? 'true' : 'false'}
        data-testid="export-status"
      >
        {status?.say(t) ?? ''}
      </p>
    </ToolbarMenu>
  );
}
