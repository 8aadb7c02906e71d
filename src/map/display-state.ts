// What each element of the map shows, from everything that changes it: the filters, the
// focus, the selection, the fragility switch, the rows lit by a panel, "what if" and the
// names switch. One pure function computes it for every actor and link; `marks.ts` writes
// the result to Cytoscape's classes and to the links layer's bits together, so the two
// drawings of a link never disagree. No Cytoscape here: the tests run it on plain lists.
import type { MaillageGraph } from '../model';
import { nodeClasses } from './elements.ts';
import { isFiltering, visibleElements } from './filters.ts';
import type { Filters, MapMetrics } from './types.ts';

/** A mark, as a bit. The first eight are the links layer's bits (edge-look.ts). */
export const MARKS = {
  faded: 1,
  neighbour: 2,
  dim: 4,
  critical: 8,
  unlit: 16,
  lit: 32,
  gone: 64,
  hidden: 128,
  stranded: 256,
  nolabel: 512,
  /** Not a class: Cytoscape's selection. */
  selected: 1024,
  /** Comparison of two versions: in the after version only, the before one only, both. */
  gained: 2048,
  lost: 4096,
  kept: 8192,
} as const;

/** An element's side in a comparison of two versions. */
export type CompareStatus = 'added' | 'removed' | 'kept';
const COMPARE_MARK = { added: MARKS.gained, removed: MARKS.lost, kept: MARKS.kept } as const;

export type Mark = keyof typeof MARKS;

/** The marks written as classes (all but the selection), in bit order. */
export const CLASS_MARKS = (Object.keys(MARKS) as Mark[]).filter((m) => m !== 'selected');

/** A link of the map: one of the graph's, or a suggested partnership (dashed). */
export interface MarkLink {
  id: string;
  source: string;
  target: string;
  suggested: boolean;
}

/** Links as columns (at 200,000 links, an object each was MBs of the page's heap). */
export interface MarkLinks {
  ids: readonly string[];
  sources: readonly string[];
  targets: readonly string[];
  /** 1 for a suggested partnership. */
  suggested: Uint8Array;
}

/** The columns of `links`, in their order. */
export function markLinks(links: readonly MarkLink[]): MarkLinks {
  return {
    ids: links.map((l) => l.id),
    sources: links.map((l) => l.source),
    targets: links.map((l) => l.target),
    suggested: Uint8Array.from(links, (l) => (l.suggested ? 1 : 0)),
  };
}

/** The links of `parts` one after the other. */
export function joinLinks(...parts: MarkLinks[]): MarkLinks {
  const suggested = new Uint8Array(parts.reduce((n, p) => n + p.ids.length, 0));
  let at = 0;
  for (const part of parts) {
    suggested.set(part.suggested, at);
    at += part.ids.length;
  }
  const [first, ...rest] = parts;
  return {
    ids: (first?.ids ?? []).concat(...rest.map((p) => p.ids)),
    sources: (first?.sources ?? []).concat(...rest.map((p) => p.sources)),
    targets: (first?.targets ?? []).concat(...rest.map((p) => p.targets)),
    suggested,
  };
}

/** The elements marked: the actors, and the links (the graph's, then the suggested ones). */
export interface MarkScene {
  nodes: readonly string[];
  links: MarkLinks;
}

/** Everything that changes what an element shows. null: the input is off. */
export interface MarkInputs {
  /** What the filters keep (null: everything). */
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** Only this actor and its partners are shown plainly. */
  focus: string | null;
  /** The selected actor: its partners and links are marked. */
  selected: string | null;
  /** Fragility switch: the cut vertices and bridges stand out, the rest is dimmed. */
  fragility: { cuts: ReadonlySet<string>; bridges: ReadonlySet<string> } | null;
  /** Actors lit by a panel's row (the links between them are lit too). */
  lit: ReadonlySet<string> | null;
  /** "What if this actor left": it is gone with its links, the actors it cuts off stranded. */
  whatIf: { id: string; stranded: ReadonlySet<string> } | null;
  /** No names at all. */
  nameless: boolean;
  /** A comparison drawn: each element's side, by id; the elements of neither are hidden. */
  compare: {
    nodes: ReadonlyMap<string, CompareStatus>;
    links: ReadonlyMap<string, CompareStatus>;
  } | null;
}

export const NO_MARKS: MarkInputs = {
  visible: null,
  focus: null,
  selected: null,
  fragility: null,
  lit: null,
  whatIf: null,
  nameless: false,
  compare: null,
};

/** What the filters keep (null: everything), as the marks take it. */
export function visibleInput(graph: MaillageGraph, filters: Filters): MarkInputs['visible'] {
  return isFiltering(filters) ? visibleElements(graph, filters) : null;
}

/** The fragility switch's cut vertices and bridges (null: off, or no metrics yet). */
export function fragilityInput(
  graph: MaillageGraph,
  metrics: MapMetrics | null,
  on: boolean,
): MarkInputs['fragility'] {
  if (!on || metrics === null) return null;
  const cuts = new Set(graph.filterNodes((id) => nodeClasses(id, metrics) === 'cut'));
  return { cuts, bridges: new Set(metrics.bridges) };
}

/** Whether two fragility inputs mark the same actors and links (a new analysis finds the
 * same cut vertices and bridges as the quick figures: nothing to write again). */
export function sameFragility(a: MarkInputs['fragility'], b: MarkInputs['fragility']): boolean {
  if (a === null || b === null) return a === b;
  const same = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
    x.size === y.size && [...x].every((v) => y.has(v));
  return same(a.cuts, b.cuts) && same(a.bridges, b.bridges);
}

/** The marks of every actor and link, in the scene's order. */
export interface DisplayStates {
  nodes: Uint16Array;
  links: Uint16Array;
}

/** The partners of `id` (by any link of the scene), or null when `id` is not an actor of it. */
function partnersOf(
  scene: MarkScene,
  present: ReadonlySet<string>,
  id: string | null,
): Set<string> | null {
  if (id === null || !present.has(id)) return null;
  const partners = new Set<string>();
  const { sources, targets } = scene.links;
  sources.forEach((source, i) => {
    const target = targets[i] as string;
    if (source === id) partners.add(target);
    else if (target === id) partners.add(source);
  });
  return partners;
}

/** The display state of every element of `scene` under `inputs`. Ids of `inputs` that are
 * not actors of the scene mark nothing (a lit row still dims the rest). */
export function displayStates(scene: MarkScene, inputs: MarkInputs): DisplayStates {
  const present = new Set(scene.nodes);
  const on = (id: string | null) => (id !== null && present.has(id) ? id : null);
  const focus = on(inputs.focus);
  const selected = on(inputs.selected);
  const gone = on(inputs.whatIf?.id ?? null);
  const around = partnersOf(scene, present, focus);
  const partners = partnersOf(scene, present, selected);
  const { visible, fragility, lit } = inputs;
  const stranded = gone === null ? null : (inputs.whatIf?.stranded ?? null);

  const nodes = new Uint16Array(scene.nodes.length);
  scene.nodes.forEach((id, i) => {
    let bits = 0;
    if (visible && !visible.nodes.has(id)) bits |= MARKS.hidden;
    if (focus !== null && id !== focus && !around?.has(id)) bits |= MARKS.faded;
    if (selected === id) bits |= MARKS.selected;
    else if (partners?.has(id)) bits |= MARKS.neighbour;
    if (fragility) bits |= fragility.cuts.has(id) ? MARKS.critical : MARKS.dim;
    if (lit) bits |= lit.has(id) ? MARKS.lit : MARKS.unlit;
    if (gone === id) bits |= MARKS.gone;
    if (stranded?.has(id)) bits |= MARKS.stranded;
    if (inputs.nameless) bits |= MARKS.nolabel;
    if (inputs.compare) {
      const status = inputs.compare.nodes.get(id);
      bits |= status ? COMPARE_MARK[status] : MARKS.hidden;
    }
    nodes[i] = bits;
  });

  const links = new Uint16Array(scene.links.ids.length);
  const { sources, targets } = scene.links;
  scene.links.ids.forEach((id, i) => {
    const source = sources[i] as string;
    const target = targets[i] as string;
    const suggested = scene.links.suggested[i] === 1;
    let bits = 0;
    const touches = (actor: string | null) =>
      actor !== null && (source === actor || target === actor);
    // A suggested link is not in the graph: it shows when both its actors do.
    const shown = !visible
      ? true
      : suggested
        ? visible.nodes.has(source) && visible.nodes.has(target)
        : visible.edges.has(id);
    if (!shown) bits |= MARKS.hidden;
    if (focus !== null && !touches(focus)) bits |= MARKS.faded;
    if (touches(selected)) bits |= MARKS.neighbour;
    if (fragility && !suggested) bits |= fragility.bridges.has(id) ? MARKS.critical : MARKS.dim;
    if (lit) {
      // A suggested link is lit between two lit actors, and never dimmed.
      if (lit.has(source) && lit.has(target)) bits |= MARKS.lit;
      else if (!suggested) bits |= MARKS.unlit;
    }
    if (touches(gone)) bits |= MARKS.gone;
    if (inputs.compare) {
      const status = inputs.compare.links.get(id);
      bits |= status ? COMPARE_MARK[status] : MARKS.hidden;
    }
    links[i] = bits;
  });
  return { nodes, links };
}

/** The classes of a mark set (the selection left out), space-separated. */
export function markClasses(bits: number): string {
  return CLASS_MARKS.filter((m) => (bits & MARKS[m]) !== 0).join(' ');
}
