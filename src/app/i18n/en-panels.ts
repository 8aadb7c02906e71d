// The English text of the analysis panels, the presentation mode and the exports: the
// same keys as fr-panels.ts.
import type { PanelsText } from './catalogue.ts';
import { numberOf, pluralOf } from '../../domain';

const plural = pluralOf('en');
const ne = numberOf('en');

export const enPanels: PanelsText = {
  // -- coverage panel (keys cov*) --
  covViews: 'What to show?',
  covViewGaps: 'Gaps',
  covViewSectors: 'Sectors × bodies',
  covViewTypes: 'Actor types × bodies',
  covViewEditor: 'Expected composition',
  covSummary: (gaps, hints, broken) =>
    `${ne(gaps)} ${plural(gaps, 'gap', 'gaps')} (${plural(gaps, 'required rule', 'required rules')}) · ${ne(hints)} ${plural(hints, 'hint', 'hints')} (${plural(hints, 'recommendation', 'recommendations')})${broken ? ` · ${ne(broken)} cross-scheme ${plural(broken, 'rule', 'rules')} not met` : ''}`,
  covEditedBadge: 'expected composition edited',
  covClickHint:
    'Click a row to light the actors concerned on the map (for a gap: the members of the body); click again to turn them off.',
  covGapsTitle: 'Gaps: required rules not met',
  covHintsTitle: 'Hints: recommendations not followed',
  covNoGaps: 'No composition gap: every required rule is met.',
  covNoHints: 'Every recommendation is followed.',
  covRequired: 'required',
  covRecommended: 'recommended',
  covMembers: (n) =>
    n === 0 ? 'body without members' : `${ne(n)} ${plural(n, 'member', 'members')} to light`,
  covCrossTitle: 'Cross-scheme rules',
  covCrossIntro:
    'Each rule says who must sit in a body of another scheme. Tick those the territory has set itself; a rule is checked only when the inventory has the schemes it names.',
  covCrossUnknown: 'Cannot be checked',
  covCrossActors: (n) =>
    n === 0 ? 'no actor concerned found' : `light ${ne(n)} ${plural(n, 'actor', 'actors')}`,
  covRuleOff: 'Switched off: not checked.',
  covRuleNotApplicable: 'Not applicable: the inventory does not have the schemes the rule names.',
  covRuleRemove: 'Remove',
  covComposerTitle: 'Compose a rule',
  covComposerBy: 'An actor designated by',
  covComposerByType: 'their type',
  covComposerByRole: 'their role',
  covComposerType: 'of type',
  covComposerRole: 'whose role begins with',
  covComposerScheme: 'sits in the scheme',
  covComposerBody: 'in the body',
  covComposerAdd: 'Add the rule',
  covCrossOk: 'Met',
  covCrossKo: 'Not met',
  covNoSchemes:
    'No actor belongs to a scheme (the CLS, CLSM, ASV… columns are empty): nothing to check.',
  covSectorCaption:
    'Number of actors of each sector in each body, sectors grouped by health determinant (Dahlgren and Whitehead)',
  covTypeCaption: 'Number of actors of each type in each body',
  covSector: 'Sector',
  covType: 'Actor type',
  covOtherSectors: 'Other sectors',
  covTypesGroup: 'Actor types',
  covWhole: 'All',
  covWholeLong: 'All members',
  covBodyShort: {
    copil: 'COPIL',
    cotech: 'COTECH',
    gt: 'WG',
    coordination: 'Coord.',
    pleniere: 'Plenary',
  },
  covOutsideList: 'not in the list',
  covMissing: 'missing',
  covLegend: 'Key:',
  covLegendCount: 'number of actors (click to light them)',
  covLegendGap: 'missing, required',
  covLegendHint: 'missing, recommended',
  covLegendMet: 'expected and present',
  covLegendAlt: 'expected as one of several, covered by another',
  covCellExpected: (level) =>
    level === 'required' ? 'expected (required)' : 'expected (recommended)',
  covCellAlt: 'covered by another entry of the same rule',
  covCellTitle: (row, column, n) => `${row} — ${column}: ${ne(n)} ${plural(n, 'actor', 'actors')}`,
  covAndMore: (n) => `and ${ne(n)} ${plural(n, 'other', 'others')}`,
  covRowAll: (n) => `${ne(n)} ${plural(n, 'actor', 'actors')} in the schemes`,
  covSelection: (n) => `${ne(n)} ${plural(n, 'actor', 'actors')} lit:`,
  covEditorIntro:
    'Choose a body, then say for each sector and each actor type whether it is required, recommended or not expected there. The gaps update at once; the composition is kept with the workspace.',
  covEditorBody: 'Body',
  covEditorSectors: 'Expected sectors',
  covEditorTypes: 'Expected actor types',
  covEditorCombined: '“One or the other” rules',
  covEditorCombinedHint: 'Met as soon as an actor of one of the entries is present.',
  covEditorAlsoCombined: 'also in a “one or the other” rule',
  covEditorBodyGaps: 'Gaps and hints of this body',
  covEditorBodyOk: 'Nothing is missing in this body.',
  covChoiceRequired: 'Required',
  covChoiceRecommended: 'Recommended',
  covChoiceNone: 'Not expected',
  covReset: 'Back to the reference composition',
  covReference:
    'Reference composition (art. L.1434-10 of the Public Health Code, DIV/DGS circular of 13 June 2000…).',
  covChanges: (n) =>
    `Composition edited: ${ne(n)} ${plural(n, 'change', 'changes')} from the reference.`,
  covChange: (what, where, from, to) => `${what} — ${where}: ${from} → ${to}`,
  covOr: ' or ',
  covClear: 'Turn off the lit actors',
  covSchemesShown: 'Schemes shown:',
  // -- end coverage panel --
  // -- missing-links panel (keys ml*) --
  mlIntro:
    'What the network lacks: actors without links, groups apart, sectors that never talk, and partnerships to propose. Click a row to find the actors on the map.',
  mlSummary: (isolated, groups, pairs) =>
    `${ne(isolated)} isolated ${plural(isolated, 'actor', 'actors')} · ${ne(groups)} ${plural(groups, 'group', 'groups')} cut off from the main network · ${ne(pairs)} ${plural(pairs, 'pair', 'pairs')} of sectors without a link`,
  mlIsolatedTitle: (n) => `Isolated actors (${ne(n)})`,
  mlIsolatedNone: 'No isolated actor: every actor has at least one link.',
  mlLightAll: (n) => `Find all ${ne(n)} on the map`,
  mlGroupsTitle: (n) => `Groups cut off from the main network (${ne(n)})`,
  mlGroupsNone: 'No group apart: all linked actors form one network.',
  mlGroup: (n, names) => `Group of ${ne(n)} actors: ${names}`,
  mlSectorsTitle: 'Sectors that do not work together',
  mlPairsTitle: (n) => `Pairs of present sectors without any link (${ne(n)})`,
  mlPairsNone: 'Every pair of present sectors is joined by at least one link.',
  mlPair: (a, b) => `No link between “${a}” and “${b}”`,
  mlPairActors: (n) => `${ne(n)} ${plural(n, 'actor', 'actors')}`,
  mlMatrixCaption: 'Number of links between the actors of two sectors',
  mlMatrixHint:
    'Hatched “0” cells: no link between the two sectors. Click a cell to find the actors concerned.',
  mlMatrixCorner: 'Sector',
  mlCell: (a, b, n) =>
    n === 0
      ? `${a} and ${b}: no link, find the actors of both sectors`
      : `${a} and ${b}: ${ne(n)} ${plural(n, 'link', 'links')}, find the actors of these links`,
  mlSuggestTitle: (n) => `Suggested partnerships (${ne(n)})`,
  mlSuggestIntro:
    'Ranked by score: common partners (a partner with few links counts more), shared bodies and working groups, same territory.',
  mlSuggestNone: 'No partnership to suggest.',
  mlRank: 'Rank',
  mlPairColumn: 'Actors to bring together',
  mlScore: 'Score',
  mlReasons: 'Why',
  mlOnMap: 'On the map',
  mlOnMapLabel: (a, b) => `Show the suggested link between ${a} and ${b} on the map`,
  mlOnMapShort: 'show',
  mlTopCount: 'Number of suggestions',
  mlShowTop: (n) => `Show the first ${ne(n)} on the map`,
  mlClearSuggested: 'Remove from the map',
  mlShownCount: (n) =>
    n === 0
      ? 'No suggested link on the map.'
      : `${ne(n)} suggested ${plural(n, 'link', 'links')} dashed on the map.`,
  mlScoreValue: (s) =>
    s.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  mlShowAll: (n) => `Show all (${ne(n)})`,
  mlShowLess: 'Show fewer',
  // -- end missing-links panel --
  // -- articulation panel (keys art*) --
  artIntro:
    'Who sits in several schemes, how their members talk to each other, and where the network hangs on one actor or one link. Click a row to find the actors on the map.',
  artSummary: (multi, cross, points, bridges) =>
    `${ne(multi)} ${plural(multi, 'actor', 'actors')} in several schemes · ${ne(cross)} ${plural(cross, 'link', 'links')} across schemes · ${ne(points)} ${plural(points, 'actor', 'actors')} and ${ne(bridges)} ${plural(bridges, 'link', 'links')} the network depends on`,
  artCombTitle: 'Actors per combination of schemes',
  artCombCaption:
    'Number of actors who are members of exactly each combination of schemes (● member, ○ not a member)',
  artCombination: 'Combination',
  artActors: 'Actors',
  artMember: 'member',
  artNotMember: 'not a member',
  artOnly: (label) => `${label} only`,
  artSchemeTotal: (n) => `${ne(n)} in all`,
  artOutside: (n) => `${ne(n)} ${plural(n, 'actor is', 'actors are')} not a member of any scheme.`,
  artNoScheme: 'No actor belongs to a scheme in this inventory.',
  artMultiTitle: (n) => `Actors in several schemes (${ne(n)})`,
  artMultiNone: 'No actor is a member of two schemes or more.',
  artActor: 'Actor',
  artSchemes: 'Schemes',
  artSchemeCount: 'Number',
  artCrossTitle: (n) => `Links between members of different schemes (${ne(n)})`,
  artCrossIntro: 'Links between two actors who have no scheme in common.',
  artCrossNone: 'No link between members of different schemes.',
  artCrossPair: (a, b, n) => `${a} ↔ ${b}: ${ne(n)} ${plural(n, 'link', 'links')}`,
  artCrossLinks: 'See the links',
  artPointsTitle: (n) => `Actors whose withdrawal would split the network (${ne(n)})`,
  artPointsNone:
    'No actor is indispensable on their own: the network stays connected if any one withdraws.',
  artWhatIf: 'What if…?',
  artWhatIfOf: (name) => `What if “${name}” withdrew? (on the map)`,
  artBridgesTitle: (n) => `Links whose loss would split the network (${ne(n)})`,
  artBridgesNone: 'No link is indispensable on its own.',
  // -- end articulation panel --
  // -- presentation, views, exports (issue 5) --
  // Export menu (ExportMenu.tsx)
  exportMenu: 'Export',
  exportMenuLabel: 'Export the map and the data',
  exportImage: 'Picture of the map, with its legend',
  exportBackground: 'Background',
  exportWhite: 'white',
  exportTransparent: 'transparent',
  exportPngAt: (scale) => `PNG ${scale}×`,
  exportSvg: 'SVG',
  exportGraphFiles: 'Network for Gephi or yEd',
  exportGexf: 'GEXF',
  exportGraphml: 'GraphML',
  exportData: 'Data',
  exportWorkspace: 'Workspace (JSON)',
  exportActorsCsv: 'Actors CSV',
  exportLinksCsv: 'Links CSV',
  exportAnonymousNote:
    'Anonymous mode: in every file, persons appear by their role or type, never by their name.',
  exportDate: (d) =>
    `Map of ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  exportWorking: 'Preparing the file…',
  exportDone: (name) => `File "${name}" downloaded.`,
  exportFailed: (message) => `The export failed: ${message}`,
  exportNoMap: 'the map is not drawn yet',
  // -- end presentation --
  // -- versions and comparison (keys ver*, cmp*) --
  verButton: 'Versions',
  verTitle: 'Versions and comparison',
  verIntro:
    'Freeze the state of the network at a date ("2023 assessment", "2026 evaluation") to compare it later with another state: actors and links gained or lost, coverage of the bodies, isolated actors, articulation points.',
  verFreezeLabel: 'Name of the version',
  verFreeze: 'Freeze a version',
  verDefaultName: (d) =>
    `Version of ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  verFrozen: (name) => `Version "${name}" frozen.`,
  verListTitle: 'Frozen versions',
  verNone: 'No version frozen yet.',
  verDate: (iso) =>
    new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }),
  verCounts: (actors, links) =>
    `${ne(actors)} ${plural(actors, 'actor', 'actors')}, ${ne(links)} ${plural(links, 'link', 'links')}`,
  verRename: (name) => `Rename "${name}"`,
  verRenameLabel: (name) => `New name of "${name}"`,
  verSave: 'Save',
  verCancel: 'Cancel',
  verDelete: (name) => `Delete "${name}"`,
  verDeleteConfirm: (name) => `Delete the version "${name}"? It can no longer be compared.`,
  verDeleteYes: 'Delete the version',
  verCurrent: 'Current state',
  verCompareTitle: 'Compare two states',
  verBefore: 'Before',
  verAfter: 'After',
  verCompare: 'Compare',
  verSame: 'Choose two different states.',
  cmpTitle: (before, after) => `Comparison: ${before} → ${after}`,
  cmpSummaryCaption: 'Number of differences',
  cmpWhat: 'Difference',
  cmpGainedCol: 'Gained',
  cmpLostCol: 'Lost',
  cmpChangedCol: 'Changed',
  cmpRowActors: 'Actors',
  cmpRowLinks: 'Links (natures or strength changed)',
  cmpRowSectors: 'Sectors present in a body',
  cmpRowTypes: 'Actor types present in a body',
  cmpRowIsolated: 'Isolated actors (lost: found partners)',
  cmpRowPoints: 'Articulation points',
  cmpDetailCaption: 'All the differences',
  cmpExportCsv: 'Export the differences (CSV)',
  cmpShowOnMap: 'Show on the map',
  cmpLeaveMap: 'Leave the comparison on the map',
  cmpBack: 'Back to the comparison',
  cmpMapTitle: (before, after) => `Compared map: ${before} → ${after}`,
  cmpLegendTitle: 'Comparison',
  cmpGained: 'Gained (after only): thick solid line, double green border',
  cmpLost: 'Lost (before only): red dashes, dashed border',
  cmpKept: 'Unchanged: pale, thin line',
  cmpRulesCaption: 'Rules across schemes (as set for this territory)',
  cmpRule: 'Rule',
  reportCompareLabel: 'Comparison',
  reportCompareNone: 'No comparison',
  // -- end versions and comparison --
};
