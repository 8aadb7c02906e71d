// The face of src/analysis: what the other layers use of the analysis. Files of this layer
// import each other directly; every other layer imports from here.

// The whole analysis of a graph, in one call.
export {
  analyze,
  CENTRALITY_PARTS,
  startCentrality,
  type Analysis,
  type AnalysisDraft,
  type AnalysisSummary,
  type AnalyzeOptions,
} from './analyze.ts';
// Exact centralities: the in-thread runner, and what every pool of centrality threads shares.
export { inThreadRunner, type CentralityRunner } from './centrality.ts';
export {
  answerRange,
  jobRunner,
  laneRunner,
  workOnJob,
  type CentralityJob,
  type CentralityJobAnswer,
  type CentralityRequest,
} from './centrality-lanes.ts';
export type { BrandesPartial } from './brandes.ts';
// Per-actor figures the map and the workers read.
export type { MapMetrics, NodeMetrics, WorkerMetrics } from './map-metrics.ts';
export { communities, components, weightedDegree, type ActorMetrics } from './metrics.ts';
export { withSeededRandom } from './random.ts';
// Coverage of the bodies: per actor, the matrix of schemes × bodies, the gaps.
export { coverageOfActors, type Coverage } from './coverage.ts';
export {
  OTHER_GROUP,
  coverageGaps,
  coverageMatrix,
  type CellState,
  type CoverageGap,
  type CoverageMatrix,
  type MatrixCell,
  type MatrixColumn,
} from './coverage-matrix.ts';
// The expected composition of the bodies, as the user edits it.
export {
  combinedRules,
  compositionChanges,
  sameComposition,
  singleLevel,
  withCombinedLevel,
  withSingleLevel,
  type RuleKind,
} from './expected-edit.ts';
export {
  ASV_COORDINATOR_IN_CLSM_COPIL,
  checkCrossSchemeRules,
  type CrossSchemeRuleResult,
} from './cross-scheme-rules.ts';
export { CROSS_SCHEME_RULES, composeRule, ruleSwitches } from './cross-scheme-rule-list.ts';
// Weak points: articulation points, bridges, and their sentences.
export { cutOffActors, cutPoints, type ArticulationPoint } from './articulation.ts';
export {
  bridgeCuts,
  bridgeSentence,
  listNames,
  strandedSentence,
  withdrawalSentence,
} from './weak-points.ts';
// Schemes shared by actors: groups, multi-scheme actors, the UpSet chart.
export {
  crossSchemeGroups,
  multiSchemeActors,
  upsetChart,
  type UpsetChart,
} from './scheme-overlap.ts';
// Links between sectors, missing links and suggestions.
export {
  actorsOfSectorCell,
  actorsOfSectors,
  pairKey,
  shortLabel,
  toggleKey,
  topSuggestionKeys,
} from './sector-links.ts';
export type { SectorMatrix } from './missing-links.ts';
export { joinReasons, type Suggestion } from './suggestions.ts';
// The findings in words.
export { coverageFindings, networkFindings, type Finding } from './findings.ts';
// Two versions of a territory compared: the differences, in words and as CSV.
export {
  compareVersions,
  versionOf,
  type ActorRef,
  type KeptActor,
  type BodyCoverageDiff,
  type PresenceChange,
  type VersionDiff,
} from './compare.ts';
export type { LinkEnds } from './compare-links.ts';
export { actorChangeWords, diffCsv, diffRows, diffSentences } from './compare-words.ts';
export { ruleChanges, type RuleChange } from './compare-rules.ts';
