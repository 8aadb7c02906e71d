// The import session: which import is the latest, which one's graph is on the map, the
// user's files kept to be read again (with the columns mapped by hand and the encoding
// chosen in the report), the saved mappings applied on their own, and the hand-offs with
// the pipeline worker (graph, full analysis, "the map is on screen"). Plain TypeScript:
// `use-import-session.ts` binds it to React, the tests drive it with a stand-in worker.
import type { ColumnMapping, FileReport, FileRole, InputFile } from '../domain';
import { FCOSE_MAX } from '../layout';
import {
  headerSignature,
  rememberMapping,
  canChooseEncoding,
  canMapColumns,
  copyFiles,
  firstUnmapped,
  reportHeaders,
  savedMappingsFor,
  withColumns,
  withEncoding,
  withoutColumns,
} from '../model';
import { type PackedMetrics, type PipelineReply, unpackAnalysis, unpackMetrics } from '../workers';
import { readSettings } from './settings.ts';
import { failed, type Action } from './state.ts';
import { pauseWhile, Superseded } from './workspace.ts';
import { openingActions } from './workspace-opening.ts';
import type { ImportChoice, SessionPorts, SessionView, ShownImport } from './session-types.ts';

/** The name the autosaved workspace is read under (it never appears as a file). */
export const AUTOSAVE_NAME = 'maillage-autosave.json';

export class ImportSession {
  private serial = 0;
  /** The latest import: only its replies count (and the analysis of the map shown). */
  private latest = 0;
  /** The import whose graph is (or is being) shown, and its workspace serial once built. */
  private current: ShownImport | null = null;
  /** The import whose graph is on screen: current again when a newer one fails or is moot. */
  private onScreen: ShownImport | null = null;
  /** The wait for the quick metrics of the import whose graph is being built, sent after
   * its graph. It always ends: the metrics arrive, the worker fails first (`failed`), or the
   * import is moot (a newer one, the session disposed: `arrived(null)`). */
  private quick: {
    id: number;
    arrived: (metrics: PackedMetrics | null) => void;
    failed: (e: Error) => void;
  } | null = null;
  /** The workspace whose map the worker waits for before its full analysis. */
  private awaited: { serial: number; id: number; actors: number } | null = null;
  private demo = true;
  /** The workspace on screen is the demo territory (an import into it does not ask). */
  private onDemo = true;
  /** The import reopens the workspace after an edit: the actor to show again. */
  private edited: { selected: string | null } | null = null;
  /** The import restores the autosave: its report does not pop up again. */
  private quiet = false;
  /** The user's files of the latest import (the app's own copies), with the choices made
   * in its report: read again when one changes. */
  private kept: InputFile[] | null = null;
  /** Files (by report name) whose mapping the user closed or undid: not offered again. */
  private declined = new Set<string>();
  /** The next report stays open (the user chose an encoding in it). */
  private keepReport = false;
  /** The files of the import waiting for the user's choice. */
  private waiting: InputFile[] | null = null;
  /** The next workspace is another territory: the views of the previous one go. */
  private newTerritory = false;
  /** The version the next workspace is compared with (kept as a version at its import). */
  private compareWith: string | null = null;
  private view: SessionView = { mapping: null, applied: [], storage: 'unknown', pending: null };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly ports: SessionPorts) {}

  /** For `useSyncExternalStore`. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly snapshot = (): SessionView => this.view;

  /** The import whose graph is on the map (the worker autosaves only that one). */
  importId(): number | undefined {
    return this.current?.id;
  }

  /** Opens the workspace autosaved in this browser (if it no longer opens, the demo). */
  openAutosave(text: string): void {
    this.quiet = true;
    this.run([{ name: AUTOSAVE_NAME, bytes: new TextEncoder().encode(text) }], false);
  }

  /** Shows the workspace as an edit left it (a workspace file the app wrote, with its
   * history and positions): the worker rebuilds the graph, keeps it for the autosave and
   * runs the analysis, as for a file opened; the map keeps the positions (no layout). */
  openEdited(text: string, selected: string | null): void {
    this.quiet = true;
    this.edited = { selected };
    this.run([{ name: AUTOSAVE_NAME, bytes: new TextEncoder().encode(text) }], this.demo);
  }

  /** Opens the demo territory, read through the same path as the user's files. */
  async openDemo(cancelled: () => boolean = () => false): Promise<void> {
    try {
      const files = await this.ports.demoFiles();
      if (!cancelled()) this.run(files, true);
    } catch (e) {
      this.ports.dispatch(failed('open', e));
    }
  }

  /** Imports the user's files (picked or dropped). Into a workspace that has data (not
   * the demo), the user is asked first: replace it, add to it, or keep it as a version. */
  async importFiles(list: readonly File[]): Promise<void> {
    if (list.length === 0) return;
    try {
      const read = await this.ports.readFiles(list);
      if (this.current && !this.onDemo) {
        this.waiting = read;
        this.update({ pending: { files: read.map((f) => f.name), choices: this.choices() } });
      } else this.importRead(read);
    } catch (e) {
      this.ports.dispatch(failed('import', e));
    }
  }

  /** What the app can do with files imported into the workspace on screen. Adding reads
   * the files of this session again with the new ones: offered only when it has them. */
  /** A newer inventory of the same territory is the likely case: comparing comes first. */
  private choices(): ImportChoice[] {
    const choices: ImportChoice[] = [];
    if (this.ports.keepAsVersion) choices.push('version');
    choices.push('replace');
    if (this.kept) choices.push('add');
    return choices;
  }

  /** The user's answer to the import's question (null: the import is cancelled).
   * `versionName` names the version kept when the choice is 'version'. */
  chooseImport(choice: ImportChoice | null, versionName = ''): void {
    const files = this.waiting;
    this.waiting = null;
    this.update({ pending: null });
    if (!files || !choice) return;
    if (choice === 'version') {
      // The same territory later: its views stay; once the new files are on screen, the
      // comparison opens (before: the version kept, after: the workspace now).
      this.importRead(files, this.ports.keepAsVersion?.(versionName) ?? null);
    }
    // As if all the files had been chosen together.
    else if (choice === 'add' && this.kept) this.importRead([...copyFiles(this.kept), ...files]);
    else {
      this.newTerritory = true;
      this.importRead(files);
    }
  }

  private importRead(read: InputFile[], compareWith: string | null = null): void {
    this.compareWith = compareWith;
    this.kept = copyFiles(read);
    this.declined = new Set();
    this.update({ applied: [] });
    this.run(read, false);
  }

  /** Forgets the workspace saved in this browser and opens the demo. */
  forgetAndOpenDemo(): void {
    this.quiet = false;
    this.kept = null;
    this.ports.dispatch({ type: 'forget' });
    void this.ports.clearAutosave().catch(() => undefined);
    void this.openDemo();
  }

  /** A workspace's map is on screen, as a still picture or `interactive`: its analysis may
   * start, on a map of at most FCOSE_MAX actors once it is interactive. Such a map becomes
   * interactive within a second of its picture, and on two cores the analysis' workers
   * would take the core its filling needs meanwhile (beside fcose's worker); on a bigger
   * map the analysis starts at the picture (shown-gate.ts). */
  mapShown(serial: number, interactive: boolean): void {
    const awaited = this.awaited;
    if (awaited?.serial !== serial) return;
    if (!interactive && awaited.actors <= FCOSE_MAX) return;
    this.awaited = null;
    this.ports.shown(awaited.id);
  }

  // Reading a file of the report again: its columns mapped by hand, another encoding.
  canMap(file: FileReport): boolean {
    return this.kept !== null && canMapColumns(this.kept, file);
  }
  canEncode(file: FileReport): boolean {
    return this.kept !== null && canChooseEncoding(this.kept, file);
  }
  offerMapping(file: FileReport): void {
    this.update({ mapping: file });
  }
  chooseEncoding(file: FileReport, encoding: NonNullable<InputFile['encoding']>): void {
    if (!this.kept) return;
    this.kept = withEncoding(this.kept, file, encoding);
    this.keepReport = true;
    this.rerun();
  }
  applyMapping(file: FileReport, columns: ColumnMapping[], role: FileRole): void {
    if (!this.kept) return;
    const saved = { signature: headerSignature(reportHeaders(file)), role, columns };
    this.ports.dispatch({
      type: 'mappings',
      mappings: rememberMapping(this.ports.mappings(), saved),
    });
    this.kept = withColumns(this.kept, file, columns, role);
    this.declined.delete(file.name);
    this.update({ mapping: null, applied: [] });
    this.ports.dispatch({ type: 'reportOpen', open: false });
    this.rerun();
  }
  /** The mapping dialog closed without applying: that file is not offered again. */
  closeMapping(): void {
    if (this.view.mapping) this.declined.add(this.view.mapping.name);
    this.update({ mapping: null });
  }
  /** Undoes the saved mappings applied on their own: the import's guess again. */
  undoApplied(): void {
    if (!this.kept) return;
    for (const f of this.view.applied) {
      this.declined.add(f.name);
      this.kept = withoutColumns(this.kept, f);
    }
    this.update({ applied: [] });
    this.rerun();
  }

  private update(patch: Partial<SessionView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }

  private rerun(): void {
    if (this.kept) this.run(copyFiles(this.kept), false);
  }

  private run(files: InputFile[], isDemo: boolean): void {
    performance.mark('maillage:files');
    // A graph still waiting for its quick metrics is moot: its wait ends.
    this.endQuickWait();
    if (files.some((f) => f.name !== AUTOSAVE_NAME)) {
      this.quiet = false;
      this.edited = null;
    }
    this.demo = isDemo;
    this.ports.dispatch({ type: 'stage', stage: 'reading' });
    try {
      this.latest = this.ports.run(files, this.onReply);
    } catch (e) {
      this.importFailed(e);
    }
  }

  /** The page is going (its worker ends with it): a wait for quick metrics ends, and the
   * replies still on their way are no one's. */
  dispose(): void {
    this.endQuickWait();
    this.latest = 0;
  }

  /** Ends the wait for quick metrics, if any: moot without `error`, else failed with it. */
  private endQuickWait(error?: Error): void {
    const quick = this.quick;
    this.quick = null;
    if (error) quick?.failed(error);
    else quick?.arrived(null);
  }

  /** An import that failed: an autosave that no longer opens is dropped for the demo. */
  private importFailed(e: unknown): void {
    this.compareWith = null;
    if (this.quiet) this.forgetAndOpenDemo();
    else this.ports.dispatch(failed('import', e));
  }

  private readonly onReply = (reply: PipelineReply): void => {
    if (reply.kind === 'quick') {
      if (this.quick?.id !== reply.id) return;
      this.quick.arrived(reply.metrics);
      this.quick = null;
      return;
    }
    // The worker failed (an error in its quick metrics, its `error` event) after sending a
    // graph: the graph's wait fails, and the failure is told once, where it is built.
    if (reply.kind === 'error' && this.quick?.id === reply.id) {
      this.endQuickWait(new Error(reply.message));
      return;
    }
    // Only the latest import speaks, except the analysis of the map on screen.
    if (reply.kind !== 'analysis' && reply.id !== this.latest) return;
    const ended = reply.kind === 'graph' || reply.kind === 'empty';
    let unmapped: FileReport | undefined;
    if (ended) {
      const mapping = this.mappingFor(reply.report);
      if (mapping === 'read again') return;
      unmapped = mapping;
    }
    const reportStays = this.keepReport && ended;
    if (ended) this.keepReport = false;
    switch (reply.kind) {
      case 'stage':
        this.ports.dispatch({ type: 'stage', stage: reply.stage });
        break;
      case 'graph':
        this.showGraph(reply, reportStays, unmapped);
        break;
      case 'analysis':
        this.showAnalysis(reply);
        break;
      case 'empty':
        this.compareWith = null;
        // An autosave that no longer opens is dropped, and the demo opens instead.
        if (this.quiet) {
          this.forgetAndOpenDemo();
          break;
        }
        this.ports.dispatch({ type: 'empty', report: reply.report });
        if (unmapped) this.update({ mapping: unmapped });
        break;
      case 'error':
        this.importFailed(reply.message);
        break;
      case 'saved':
        this.update({ storage: reply.kept ? 'kept' : 'refused' });
        break;
    }
  };

  /** The user's files (not the demo's, nor a workspace reopened), once read: a file whose
   * headers were mapped before is read again with that mapping ('read again'); else the
   * first file with no name column, for the mapping dialog. */
  private mappingFor(report: { files: FileReport[] }): FileReport | 'read again' | undefined {
    const files = !this.demo && !this.quiet ? this.kept : null;
    if (!files) return undefined;
    const offered = savedMappingsFor(files, report.files, this.ports.mappings(), this.declined);
    if (offered.length === 0) return firstUnmapped(files, report.files, this.declined);
    this.kept = offered.reduce(
      (all, o) => withColumns(all, o.report, o.mapping.columns, o.mapping.role),
      files,
    );
    this.update({ applied: [...this.view.applied, ...offered.map((o) => o.report)] });
    this.rerun();
    return 'read again';
  }

  /** The full analysis, for the workspace of the map on screen once it is built. */
  private showAnalysis(reply: Extract<PipelineReply, { kind: 'analysis' }>): void {
    // What let it start (the map on screen, or the worker's wait running out), for the
    // profiles and the tests.
    performance.mark(`maillage:analysis-started-on-${reply.startedOn}`);
    const entry = this.current;
    if (!entry || entry.id !== reply.id) return;
    // The figures' records are built a few thousand actors per task, until a newer graph
    // takes the map. A newer graph still being built does not stop them: it may fail, and
    // this map stay on screen (the worker does not send its analysis again), so what they
    // come to waits on the entry until then (`tell`).
    const pause = pauseWhile(() => this.current === entry || this.onScreen === entry);
    void Promise.all([
      entry.workspace,
      unpackMetrics(reply.metrics, pause),
      unpackAnalysis(reply.analysis, pause),
    ])
      .then(([serial, metrics, analysis]) => {
        if (serial !== null) this.tell(entry, { type: 'analysis', serial, metrics, analysis });
      })
      // Figures that cannot be read are told as the worker's own failures are.
      .catch((e: unknown) => {
        if (!(e instanceof Superseded)) this.tell(entry, failed('import', e));
      });
  }

  /** Tells the app what `entry`'s analysis came to: now if its map is the current one; once
   * it is current again if a newer import is being built over it; never if it is gone. */
  private tell(entry: ShownImport, action: Action): void {
    if (this.current === entry) this.ports.dispatch(action);
    else if (this.onScreen === entry) entry.waiting = action;
  }

  /** The map on screen is the current import again (a newer one failed or is moot): what its
   * analysis came to meanwhile is told now. */
  private backToScreen(): void {
    this.current = this.onScreen;
    const waiting = this.current?.waiting;
    if (!this.current || !waiting) return;
    this.current.waiting = undefined;
    this.ports.dispatch(waiting);
  }

  /** The graph is rebuilt in chunks (no long task); the analysis may arrive meanwhile and
   * waits for the workspace it belongs to. A newer import makes it moot. */
  private showGraph(
    reply: Extract<PipelineReply, { kind: 'graph' }>,
    reportStays: boolean,
    unmapped: FileReport | undefined,
  ): void {
    performance.mark('maillage:graph-message');
    const id = reply.id;
    const isCurrent = () => this.current?.id === id && this.latest === id;
    // Not shown (failed, or moot): the map on screen stays the current import's.
    const notShown = () => {
      if (this.current?.id === id) this.backToScreen();
      return null;
    };
    // The graph is rebuilt while the worker computes its quick metrics, sent after it.
    const quick = new Promise<PackedMetrics | null>((arrived, fail) => {
      this.endQuickWait();
      this.quick = { id, arrived, failed: fail };
    });
    // A newer import (or the page going) stops the rebuild at its next pause.
    const pause = pauseWhile(isCurrent);
    const built = Promise.all([
      this.ports.build(reply.graph, pause),
      quick.then((metrics) => metrics && unpackMetrics(metrics, pause)),
    ])
      .then(([graph, metrics]) => {
        if (!metrics || !isCurrent()) return notShown();
        this.onScreen = this.current;
        performance.mark('maillage:graph-built');
        const serial = ++this.serial;
        this.awaited = { serial, id, actors: graph.order };
        const demo = this.demo;
        const { restored } = reply;
        this.onDemo = restored ? readSettings(restored.settings).demo : demo;
        const opening = openingActions({
          reply,
          graph,
          metrics,
          serial,
          demo,
          quiet: this.quiet,
          reportStays,
          newTerritory: this.newTerritory,
          compareWith: this.compareWith,
          edited: this.edited,
        });
        for (const action of opening) this.ports.dispatch(action);
        this.newTerritory = false;
        this.compareWith = null;
        this.quiet = false;
        this.edited = null;
        if (unmapped) this.update({ mapping: unmapped });
        return serial;
      })
      .catch((e: unknown) => {
        if (e instanceof Superseded || !isCurrent()) return notShown();
        // Told once; the analysis and the autosaves of the map on screen still count.
        notShown();
        this.importFailed(e);
        return null;
      });
    this.current = { id, workspace: built };
  }
}
