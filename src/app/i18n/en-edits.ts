// The English text of merging two actors and of the actor form's checks: the same keys as
// fr-edits.ts.
import type { EditsText } from './catalogue.ts';
import { numberOf, pluralOf } from '../../domain';

const plural = pluralOf('en');
const ne = numberOf('en');

export const enEdits: EditsText = {
  // -- merging two actors (keys merge*) --
  mergeOpen: 'Merge with…',
  mergeTitle: (name) => `Merge "${name}" with another actor`,
  mergeTitlePair: 'Merge two actors',
  mergeSearch: 'Other actor',
  mergeSearchHint:
    'Type a few letters of the name: names written differently are offered too ("Ville de" for "Mairie de", a typo).',
  mergeFound: (n) => `${ne(n)} ${plural(n, 'actor found', 'actors found')}`,
  mergeNoneFound: 'No actor of the inventory looks like this name.',
  mergeDoubtful: 'May be duplicates (found at import)',
  mergeKeptLegend: 'Which one to keep? (its id, and its values where the two differ)',
  mergeKeep: (name) => `Keep "${name}"`,
  mergeChoose: 'Choose the other actor to see what the merge will give.',
  mergeAfter: 'After the merge',
  mergeKeptValue: (value, dropped) => `${value} (kept; "${dropped}" is not taken)`,
  mergeLinks: (after, shared) =>
    `${ne(after)} ${plural(after, 'partner', 'partners')} after the merge: both actors' links are united${shared > 0 ? ` (${ne(shared)} ${plural(shared, 'shared partner has', 'shared partners have')} one link left)` : ''}.`,
  mergeLinksEach: (kept, keptLinks, absorbed, absorbedLinks) =>
    `"${kept}": ${ne(keptLinks)} ${plural(keptLinks, 'partner', 'partners')}; "${absorbed}": ${ne(absorbedLinks)}.`,
  mergeBetween: 'The link between the two goes (it would join the actor to itself).',
  mergeFiles: (files) => `Both actors' source files are kept: ${files}.`,
  mergeConfirm: 'Merge',
  mergeUndoHint: 'The merge can be undone (Ctrl+Z), and taken apart later with "Separate".',
  mergedFrom: (kept, absorbed) => `Made by merging "${kept}" and "${absorbed}".`,
  mergeSplit: 'Separate',
  mergeSplitLabel: (kept, absorbed) => `Separate "${kept}" and "${absorbed}"`,
  mergeSplitRefused: 'Cannot separate:',
  mergePairLabel: (a, b) => `Merge "${a}" and "${b}"`,
  // -- the actor form's checks (keys editCheck*) --
  editTypeWords: 'Type not in the list, in words',
  editTypeWordsHint: 'For the type "Other": the file’s words, read as at import.',
  editCheckTitle: 'Before saving (the change will be made this way):',
};
