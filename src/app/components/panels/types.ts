// What every analysis panel receives from the app shell. Panels read the analysis, write
// nothing but through these callbacks, and show names through `names` (anonymous mode).
import type { Analysis, Coverage } from '../../../analysis';
import type {
  CrossSchemeRuleSettings,
  ExpectedComposition,
  Lang,
  ReferenceData,
} from '../../../domain';
import type { Highlight } from '../../state.ts';
import type { Workspace } from '../../workspace.ts';

export interface PanelProps {
  workspace: Workspace;
  analysis: Analysis;
  /** The reference lists, with the expected composition as edited in the app. */
  ref_: ReferenceData;
  lang: Lang;
  /** Actor id → the name to show (the role or type of a person in anonymous mode). */
  names: ReadonlyMap<string, string>;
  highlight: Highlight | null;
  /** Lights actors on the map (null: none). A second click on the same row turns it off. */
  onHighlight: (highlight: Highlight | null) => void;
  /** Opens an actor's details. */
  onSelect: (id: string | null) => void;
}

export interface CoveragePanelProps extends PanelProps {
  /** Coverage under the edited expected composition (analysis.coverage when unedited). */
  coverage: Coverage;
  /** The expected composition in force, and whether it differs from the reference one. */
  expected: ExpectedComposition[];
  edited: boolean;
  /** null restores the reference composition. */
  onExpected: (expected: ExpectedComposition[] | null) => void;
  /** The cross-scheme rules as switched and composed (null: the defaults). */
  rules: CrossSchemeRuleSettings | null;
  onRules: (rules: CrossSchemeRuleSettings) => void;
}

export interface LinksPanelProps extends PanelProps {
  /** Suggested links drawn dashed on the map, as "source|target". */
  suggested: readonly string[];
  onSuggested: (pairs: string[]) => void;
}

export interface ArticulationPanelProps extends PanelProps {
  whatIf: string | null;
  onWhatIf: (id: string | null) => void;
}
