// Where the network hangs on one actor or one link, in words a coordinator can read aloud to
// elected officials: "Si « Coordination ASV » se retire, 7 acteurs sont coupés du reste du
// réseau". Names are passed in (the app's shown names, anonymous mode included).
import { type Localized, pluralEn, pluralFr } from '../domain';
import type { MaillageGraph } from '../model';

export interface BridgeCut {
  source: string;
  target: string;
  /** Actors on the smaller side of the link (the side of `target` when equal), actor order:
   * without the link, they lose the rest of the network. */
  cutOff: string[];
}

/**
 * For each bridge, the actors it alone connects to the rest: both sides are explored in
 * turn and the first to run out is the smaller one, so a link to a leaf costs one step
 * even in a big network. Largest cut first, then the order given.
 */
export function bridgeCuts(
  graph: MaillageGraph,
  bridges: readonly (readonly [string, string])[],
): BridgeCut[] {
  const cuts = bridges.map(([source, target]) => ({
    source,
    target,
    cutOff: smallerSide(graph, source, target),
  }));
  return cuts.sort((a, b) => b.cutOff.length - a.cutOff.length);
}

function smallerSide(graph: MaillageGraph, source: string, target: string): string[] {
  // Index 0: the target's side, expanded first (it wins a tie).
  const starts = [target, source];
  const seen = [new Set([target]), new Set([source])];
  const queues = [[target], [source]];
  const heads = [0, 0];
  for (;;) {
    for (const side of [0, 1]) {
      const queue = queues[side] as string[];
      const head = heads[side] as number;
      const mine = seen[side] as Set<string>;
      if (head >= queue.length) {
        return graph.filterNodes((id) => mine.has(id));
      }
      const node = queue[head] as string;
      heads[side] = head + 1;
      for (const next of graph.neighbors(node)) {
        // The bridge itself is not crossed.
        if (node === starts[side] && next === starts[1 - side]) continue;
        if (!mine.has(next)) {
          mine.add(next);
          queue.push(next);
        }
      }
    }
  }
}

const quote = (name: string): Localized => ({ fr: `« ${name} »`, en: `“${name}”` });

/** "A, B et C" / "A, B and C"; past `max` names: "A, B et 5 autres". */
export function listNames(names: readonly string[], max = 12): Localized {
  if (names.length === 0) return { fr: '', en: '' };
  if (names.length > max) {
    const shown = names.slice(0, max).join(', ');
    const rest = names.length - max;
    return {
      fr: `${shown} et ${rest} ${pluralFr(rest, 'autre', 'autres')}`,
      en: `${shown} and ${rest} ${pluralEn(rest, 'other', 'others')}`,
    };
  }
  if (names.length === 1) return { fr: names[0] as string, en: names[0] as string };
  const head = names.slice(0, -1).join(', ');
  const last = names[names.length - 1] as string;
  return { fr: `${head} et ${last}`, en: `${head} and ${last}` };
}

function actorsCut(n: number): Localized {
  return n > 1
    ? { fr: `${n} acteurs sont coupés`, en: `${n} actors are cut off` }
    : { fr: `${n} acteur est coupé`, en: `${n} actor is cut off` };
}

/** "Si « X » se retire, 7 acteurs sont coupés du reste du réseau." */
export function withdrawalSentence(name: string, cutOff: number): Localized {
  const q = quote(name);
  const cut = actorsCut(cutOff);
  return {
    fr: `Si ${q.fr} se retire, ${cut.fr} du reste du réseau.`,
    en: `If ${q.en} withdraws, ${cut.en} from the rest of the network.`,
  };
}

/** What the map shows during a "what if": who is cut off, by name. */
export function strandedSentence(name: string, stranded: readonly string[]): Localized {
  const q = quote(name);
  if (stranded.length === 0) {
    return {
      fr: `Sans ${q.fr}, le reste du réseau reste relié.`,
      en: `Without ${q.en}, the rest of the network stays connected.`,
    };
  }
  const list = listNames(stranded);
  const n = stranded.length;
  return n > 1
    ? {
        fr: `Sans ${q.fr}, ces ${n} acteurs sont coupés du reste du réseau : ${list.fr}.`,
        en: `Without ${q.en}, these ${n} actors are cut off from the rest of the network: ${list.en}.`,
      }
    : {
        fr: `Sans ${q.fr}, cet acteur est coupé du reste du réseau : ${list.fr}.`,
        en: `Without ${q.en}, this actor is cut off from the rest of the network: ${list.en}.`,
      };
}

/** "Le lien entre « A » et « B » est le seul chemin … : sans lui, 4 acteurs sont coupés du
 * reste du réseau (C, D, E et F)." */
export function bridgeSentence(a: string, b: string, cutOff: readonly string[]): Localized {
  const [qa, qb] = [quote(a), quote(b)];
  const cut = actorsCut(cutOff.length);
  const list = listNames(cutOff);
  return {
    fr: `Le lien entre ${qa.fr} et ${qb.fr} est le seul chemin entre deux parties du réseau : sans lui, ${cut.fr} du reste (${list.fr}).`,
    en: `The link between ${qa.en} and ${qb.en} is the only path between two parts of the network: without it, ${cut.en} from the rest (${list.en}).`,
  };
}
