// The actors' part of the command's JSON, written while the centrality kernel runs: every
// actor's text but its betweenness and closeness, so that once the kernel ends only those
// two figures are put in (a few milliseconds at 10,000 actors, against the 100–300 ms of
// writing every actor anew, with one core idle). The text is the very text `jsonChunks`
// writes for the actors of `toJson` (test/cli/actors-ahead.test.ts compares them).
import type { Analysis, AnalysisDraft } from '../analysis';
import type { MaillageGraph } from '../model';
import { actorFields } from './to-json.ts';

/** Where the actors' array sits: a value of the document's top-level object, its items one
 * level deeper, as JSON.stringify(document, null, 2) indents them. */
const ITEM = '    ';
const FIELD = `${ITEM}  `;
/** Above this many actors the command writes them after the kernel, as before: the text
 * held while the kernel runs would add to its peak memory (1 GB at 50,000 actors). */
export const AHEAD_MAX_ACTORS = 20_000;

/** Actors per piece of text: pieces of a few hundred kilobytes. */
const GROUP = 1000;

/**
 * The actors' text from the draft of the analysis (`analyze`'s `onDraft`); the function it
 * returns gives the array's text, in pieces, once the centralities are known (once: each
 * actor's text is let go as it is written).
 */
export function actorsAhead(
  graph: MaillageGraph,
  draft: AnalysisDraft,
): (analysis: Analysis) => Iterable<string> {
  const ids: string[] = [];
  // Per actor: its text up to its betweenness, and from after its closeness to its end.
  const heads: string[] = [];
  const tails: string[] = [];
  let i = 0;
  graph.forEachNode((id, actor) => {
    const metrics = draft.actors[i++];
    const fields = JSON.stringify(
      actorFields(id, actor, metrics?.degree ?? 0, metrics?.weightedDegree ?? 0),
      null,
      2,
    );
    // The fields' object without its closing brace, indented as an item of the array.
    const open = fields.slice(0, fields.length - 2).replace(/\n/g, `\n${ITEM}`);
    ids.push(id);
    heads.push(`${ITEM}${open},\n${FIELD}"betweenness": `);
    tails.push(`,\n${FIELD}"community": ${JSON.stringify(metrics?.community ?? null)}\n${ITEM}}`);
  });
  return function* (analysis) {
    if (ids.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let from = 0; from < ids.length; from += GROUP) {
      const to = Math.min(ids.length, from + GROUP);
      let text = '';
      for (let k = from; k < to; k++) {
        const metrics = analysis.actors[ids[k] as string];
        text +=
          (heads[k] as string) +
          JSON.stringify(metrics?.betweenness ?? 0) +
          `,\n${FIELD}"closeness": ` +
          JSON.stringify(metrics?.closeness ?? 0) +
          (tails[k] as string) +
          (k < ids.length - 1 ? ',\n' : '\n');
        // Written once: the text goes as it is written, not held to the end.
        heads[k] = '';
        tails[k] = '';
      }
      yield text;
    }
    yield '  ]';
  };
}
