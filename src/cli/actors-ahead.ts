// The actors' part of the command's JSON, written while the centrality kernel runs: every
// actor's text but its betweenness and closeness, so that once the kernel ends only those
// two figures are put in (a few milliseconds at 10,000 actors, against the 100–300 ms of
// writing every actor anew, with one core idle). The text is the very text `jsonChunks`
// writes for the actors of `toJson` (test/cli/actors-ahead.test.ts compares them).
import type { Analysis, AnalysisDraft } from '../analysis';
import type { MaillageGraph } from '../model';
import { actorFields, type actorJson } from './to-json.ts';

/** Where the actors' array sits: a value of the document's top-level object, its items one
 * level deeper, as JSON.stringify(document, null, 2) indents them. */
const FIELD = '      ';
/** Above this many actors the command writes them after the kernel, as before: the text
 * held while the kernel runs would add to its peak memory (1 GB at 50,000 actors). */
export const AHEAD_MAX_ACTORS = 20_000;

/** Actors per piece of text: pieces of a few hundred kilobytes. */
const GROUP = 1000;

/** An actor's centralities as the group's text holds them until they are known: at the
 * actor's own indentation (a nested value sits deeper, and a string holds no newline), so
 * the first one after an actor's start is that actor's. */
const BETWEENNESS = `\n${FIELD}"betweenness": `;
const CLOSENESS = `,\n${FIELD}"closeness": `;
const STAND_IN = `${BETWEENNESS}0${CLOSENESS}0`;

/**
 * The actors' text from the draft of the analysis (`analyze`'s `onDraft`); the function it
 * returns gives the array's text, in pieces, once the centralities are known (once: each
 * group's text is let go as it is written).
 *
 * A group of actors is one JSON.stringify call, wrapped in two arrays so that it indents
 * them as deep as they sit in the document (as `jsonChunks` writes groups of items), their
 * centralities written 0 and cut out: the text around them is kept as slices of the
 * group's text, not as a string or two per actor rendered and re-indented apart (tens of
 * thousands of short-lived strings on the main thread while the kernel runs).
 */
export function actorsAhead(
  graph: MaillageGraph,
  draft: AnalysisDraft,
): (analysis: Analysis) => Iterable<string> {
  const ids: string[] = [];
  // Per group: the text before its first actor's betweenness, then after each actor's
  // closeness up to the next one's betweenness (or the group's end).
  const groups: string[][] = [];
  let items: ReturnType<typeof actorJson>[] = [];
  const close = () => {
    groups.push(around(JSON.stringify([items], null, 2), items.length));
    items = [];
  };
  let i = 0;
  graph.forEachNode((id, actor) => {
    const metrics = draft.actors[i++];
    ids.push(id);
    items.push({
      ...actorFields(id, actor, metrics?.degree ?? 0, metrics?.weightedDegree ?? 0),
      betweenness: 0,
      closeness: 0,
      community: metrics?.community ?? null,
    });
    if (items.length === GROUP) close();
  });
  if (items.length > 0) close();
  return function* (analysis) {
    if (ids.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let g = 0; g < groups.length; g++) {
      const pieces = groups[g] as string[];
      // Written once: the group's text goes as it is written, not held to the end.
      groups[g] = [];
      if (pieces.length === 0) continue;
      let text = pieces[0] as string;
      for (let k = 0; k < pieces.length - 1; k++) {
        const metrics = analysis.actors[ids[g * GROUP + k] as string];
        text +=
          BETWEENNESS +
          JSON.stringify(metrics?.betweenness ?? 0) +
          CLOSENESS +
          JSON.stringify(metrics?.closeness ?? 0) +
          (pieces[k + 1] as string);
      }
      // The items' separator: after the group's last item, unless it is the array's last.
      yield text + (g < groups.length - 1 ? ',\n' : '\n');
    }
    yield '  ]';
  };
}

/** The pieces of a group's text (`[[items]]`, indented) around its actors' stand-in
 * centralities, without the two wrapping arrays' lines. */
function around(text: string, count: number): string[] {
  const head = '[\n  [\n'.length;
  const tail = '\n  ]\n]'.length;
  const pieces: string[] = [];
  let from = head;
  for (let k = 0; k < count; k++) {
    const at = text.indexOf(STAND_IN, from);
    pieces.push(text.slice(from, at));
    from = at + STAND_IN.length;
  }
  pieces.push(text.slice(from, text.length - tail));
  return pieces;
}
