// The derived chain, in one direction: workspace → visible → view model → map marks.
//
// 1. the workspace (state.ts): the graph, its report, its metrics and analysis;
// 2. visible: the actors and links the filters keep (the map hides the others, the tables
//    list the same ones, the header counts them);
// 3. the view model: what the panels show, derived from the workspace and the settings —
//    the reference lists with the composition as edited and the coverage under it, the
//    analysis with the cross-scheme rules as switched and composed, the
//    names shown (anonymous mode: a person's role or type; homonyms told apart), the
//    redactor for free text and the redacted title, views and report, the actors a
//    "what if" would cut off;
// 4. the map marks: what MapView forwards to the NetworkMap as method calls.
// Each step is a plain function (tested in Node); `useViewModel` memoises them for the app.
import { useMemo } from 'react';
import {
  checkCrossSchemeRules,
  cutOffActors,
  coverageOfActors,
  type Analysis,
  type Coverage,
} from '../analysis';
import {
  homonymsToldApart,
  shownNames,
  type Actor,
  type CrossSchemeRuleSettings,
  type ExpectedComposition,
  type Lang,
  type ReferenceData,
} from '../domain';
import { isFiltering, visibleElements, type Visible, type Filters, type Encodings } from '../map';
import { nameRedactor, redactContacts, redactReport, type MaillageGraph } from '../model';
import type { ImportReport } from '../workers';
import type { AppState, Highlight } from './state.ts';
import type { SavedView } from './views.ts';
import type { Workspace } from './workspace.ts';

type Redact = (text: string) => string;
const asTyped: Redact = (text) => text;

/** Step 2: the actors and links the filters keep. */
export function visibleOf(workspace: Workspace | null, filters: Filters): Visible | null {
  return workspace ? visibleElements(workspace.graph, filters) : null;
}

/** The reference lists with the expected composition as the coordinator edited it. */
export function effectiveReference(
  ref: ReferenceData,
  expected: ExpectedComposition[] | null,
): ReferenceData {
  return expected ? { ...ref, expected } : ref;
}

/** The coverage under the edited composition (a linear pass over the actors), or the
 * analysis' own when the composition is the reference one; null before the analysis. */
export function coverageOf(
  workspace: Workspace | null,
  expected: ExpectedComposition[] | null,
  ref: ReferenceData,
): Coverage | null {
  const analysis = workspace?.analysis;
  if (!workspace || !analysis) return null;
  if (!expected) return analysis.coverage;
  return coverageOfActors(actorsOf(workspace.graph), effectiveReference(ref, expected));
}

export function actorsOf(graph: MaillageGraph | null): Actor[] {
  return graph ? graph.mapNodes((_, actor) => actor) : [];
}

/** The analysis with the cross-scheme rules as the user switched and composed them: the
 * worker checks the defaults; other settings are checked here (a linear pass over the
 * actors), as the coverage is for an edited composition. */
export function analysisWithRules(
  workspace: Workspace | null,
  rules: CrossSchemeRuleSettings | null,
): Analysis | null {
  const analysis = workspace?.analysis ?? null;
  if (!analysis || !workspace || !rules) return analysis;
  return { ...analysis, crossSchemeRules: checkCrossSchemeRules(workspace.graph, rules) };
}

/** The names shown everywhere, by actor id. */
export function namesOf(
  actors: readonly Actor[],
  ref: ReferenceData,
  lang: Lang,
  anonymous: boolean,
): Map<string, string> {
  return homonymsToldApart(shownNames(actors, ref, lang, anonymous), actors);
}

/** Anonymous mode also hides the persons' names quoted in free text (the import report's
 * messages, roles, territories, titles and comments), and the e-mails and phone numbers
 * typed in it, as the anonymous exports do. */
export function redactorOf(actors: readonly Actor[], anonymous: boolean): Redact {
  if (!anonymous) return asTyped;
  if (actors.length === 0) return redactContacts;
  const names = nameRedactor(actors);
  return (text) => redactContacts(names(text));
}

/** The views as shown: their titles and comments redacted (the views keep what was typed). */
export function shownViewsOf(views: SavedView[], anonymous: boolean, redact: Redact): SavedView[] {
  return anonymous
    ? views.map((v) => ({ ...v, title: redact(v.title), comment: redact(v.comment) }))
    : views;
}

export function shownReportOf(
  report: ImportReport | null,
  anonymous: boolean,
  redact: Redact,
): ImportReport | null {
  return report && anonymous ? redactReport(report, redact) : report;
}

/** The actors that "what if `whatIf` left" would cut off. */
export function strandedBy(graph: MaillageGraph | null, whatIf: string | null): string[] {
  return graph && whatIf && graph.hasNode(whatIf) ? cutOffActors(graph, whatIf) : [];
}

export interface ViewModel {
  /** The workspace's analysis with the cross-scheme rules in force (null until it arrives). */
  analysis: Analysis | null;
  visible: Visible | null;
  filtering: boolean;
  /** The reference lists with the composition as edited. */
  ref: ReferenceData;
  coverage: Coverage | null;
  names: ReadonlyMap<string, string>;
  /** Anonymous mode: the names shown for any graph (a comparison's versions); else null. */
  namesIn: ((graph: MaillageGraph) => ReadonlyMap<string, string>) | null;
  redact: Redact;
  /** The territory's title as shown ('' before the first workspace). */
  title: string;
  views: SavedView[];
  report: ImportReport | null;
  stranded: string[];
}

/** Step 4: what the map draws besides its workspace (MapView forwards each change). */
export interface MapMarks {
  encodings: Encodings;
  filters: Filters;
  selected: string | null;
  focus: boolean;
  /** Actors lit by a row of an analysis panel. */
  highlight: Highlight | null;
  /** Suggested links drawn dashed ("source|target"). */
  suggested: readonly string[];
  /** "What if" this actor left, and the actors it would cut off. */
  whatIf: string | null;
  stranded: readonly string[];
  /** The names shown (anonymous mode: the role or type of a person). */
  names: ReadonlyMap<string, string>;
  /** Presentation mode: large, high-contrast names. */
  presenting: boolean;
}

export function mapMarks(state: AppState, model: Pick<ViewModel, 'names' | 'stranded'>): MapMarks {
  return {
    encodings: state.encodings,
    filters: state.filters,
    selected: state.selected,
    focus: state.focus,
    highlight: state.highlight,
    suggested: state.suggested,
    whatIf: state.whatIf,
    stranded: model.stranded,
    names: model.names,
    presenting: state.presenting !== null,
  };
}

/** The chain for the app, each step memoised on what it reads. `demoTitle` is the demo
 * territory's name in the language shown. */
export function useViewModel(state: AppState, ref: ReferenceData, demoTitle: string): ViewModel {
  const { workspace, filters, expected, lang, anonymous } = state;
  // Keyed on the graph, not the workspace: the analysis arriving changes the workspace,
  // not its actors (nor the "what if" framing).
  const graph = workspace?.graph ?? null;
  const visible = useMemo(() => visibleOf(workspace, filters), [workspace, filters]);
  const effective = useMemo(() => effectiveReference(ref, expected), [ref, expected]);
  const coverage = useMemo(() => coverageOf(workspace, expected, ref), [workspace, expected, ref]);
  const analysis = useMemo(
    () => analysisWithRules(workspace, state.rules),
    [workspace, state.rules],
  );
  const actors = useMemo(() => actorsOf(graph), [graph]);
  const names = useMemo(
    () => namesOf(actors, ref, lang, anonymous),
    [actors, ref, lang, anonymous],
  );
  const namesIn = useMemo(
    () => (anonymous ? (other: MaillageGraph) => namesOf(actorsOf(other), ref, lang, true) : null),
    [ref, lang, anonymous],
  );
  const redact = useMemo(() => redactorOf(actors, anonymous), [actors, anonymous]);
  const views = useMemo(
    () => shownViewsOf(state.views, anonymous, redact),
    [state.views, anonymous, redact],
  );
  const report = useMemo(
    () => shownReportOf(state.report, anonymous, redact),
    [state.report, anonymous, redact],
  );
  const stranded = useMemo(() => strandedBy(graph, state.whatIf), [graph, state.whatIf]);
  const title = workspace ? redact(workspace.demo ? demoTitle : workspace.title) : '';
  return {
    analysis,
    visible,
    filtering: isFiltering(filters),
    ref: effective,
    coverage,
    names,
    namesIn,
    redact,
    title,
    views,
    report,
    stranded,
  };
}
