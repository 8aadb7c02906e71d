// The one writer of the map's display states: keeps what changes them (display-state.ts
// `MarkInputs`), computes every element's marks on each change, and writes the marks that
// changed to Cytoscape (classes, selection) and to the links layer (bits) together. The
// map's setters only update inputs; nothing else adds or removes these classes.
import type { Core, ElementDefinition } from 'cytoscape';
import {
  displayStates,
  joinLinks,
  markClasses,
  markLinks,
  MARKS,
  NO_MARKS,
  type DisplayStates,
  type Mark,
  type MarkInputs,
  type MarkLink,
  type MarkLinks,
} from './display-state.ts';
import type { EdgeLayer } from './edge-layer.ts';

/** A suggested partnership's link id. */
function suggestedId(source: string, target: string): string {
  return `suggested:${source}|${target}`;
}

const NONE: DisplayStates = { nodes: new Uint16Array(0), links: new Uint16Array(0) };
const NO_LINKS: MarkLinks = markLinks([]);

export class MapMarks {
  private readonly cy: Core;
  private inputs: MarkInputs = NO_MARKS;
  private nodes: readonly string[] = [];
  /** The graph's links (first, as columns) and the suggested ones. */
  private graphLinks: MarkLinks = NO_LINKS;
  private suggested: MarkLink[] = [];
  /** Elements drawn for a comparison only (a lost actor or link): after all the others. */
  private extraNodes: string[] = [];
  private extraLinks: MarkLink[] = [];
  /** The marks computed last, and those Cytoscape's elements have. */
  private states: DisplayStates = NONE;
  private written: DisplayStates = NONE;
  /** The selection is to be written again (a tap may have changed Cytoscape's). */
  private selectionDue = false;
  /** Big maps on the canvas renderer: the graph's links are drawn by this layer. */
  private layer: EdgeLayer | null = null;
  /** The graph's links by their two ends, and its actors (built when first asked). */
  private pairIndex: Map<string, string> | null = null;
  private nodeSet: Set<string> | null = null;
  /** Big maps filling in: the still picture draws the actors' marks (filling.ts). */
  private picture: ((nodes: Uint16Array) => void) | null = null;

  constructor(cy: Core) {
    this.cy = cy;
  }

  get current(): MarkInputs {
    return this.inputs;
  }

  /** The map's elements (as toElements made them: the `order` actors, then the links). */
  setElements(elements: readonly ElementDefinition[], order: number): void {
    this.nodes = elements.slice(0, order).map((el) => el.data.id as string);
    // A new map: the comparison's own elements went with the old one.
    this.extraNodes = [];
    this.extraLinks = [];
    this.pairIndex = null;
    this.nodeSet = null;
    const links = elements.slice(order);
    this.graphLinks = {
      ids: links.map(({ data }) => data.id as string),
      sources: links.map(({ data }) => data.source as string),
      targets: links.map(({ data }) => data.target as string),
      suggested: new Uint8Array(links.length),
    };
    this.written = {
      nodes: new Uint16Array(this.nodes.length),
      links: new Uint16Array(links.length + this.suggested.length),
    };
  }

  /** The graph's links are drawn by `layer` from now on (not Cytoscape). */
  setLayer(layer: EdgeLayer | null): void {
    this.layer = layer;
  }

  /** The actors' marks go to `picture` too, on each write, in map order (null: no more). */
  setPicture(picture: ((nodes: Uint16Array) => void) | null): void {
    this.picture = picture;
    picture?.(this.states.nodes.subarray(0, this.nodes.length));
  }

  /** Draws suggested partnerships as dashed links (replacing those drawn before), with
   * their marks; pairs whose actors are not in Cytoscape are skipped. */
  setSuggested(pairs: readonly { source: string; target: string }[]): void {
    const { cy } = this;
    if (cy.destroyed()) return;
    const onMap = pairs.filter(
      (p) => cy.getElementById(p.source).nonempty() && cy.getElementById(p.target).nonempty(),
    );
    this.suggested = onMap.map(({ source, target }) => ({
      id: suggestedId(source, target),
      source,
      target,
      suggested: true,
    }));
    // The links just added have no marks yet.
    const graphLinks = this.graphLinks.ids.length;
    const links = new Uint16Array(graphLinks + this.suggested.length);
    links.set(this.written.links.subarray(0, graphLinks));
    this.written = { nodes: this.written.nodes, links };
    cy.batch(() => {
      cy.edges('.suggested').remove();
      const added = this.suggested.map(({ id, source, target }) => ({
        group: 'edges' as const,
        data: { id, source, target, width: 3 },
        classes: 'suggested',
      }));
      if (added.length) cy.add(added);
      this.write();
    });
  }

  /** The elements added to Cytoscape for a comparison (replacing those added before); they
   * have no marks yet. */
  setExtra(nodes: readonly string[], links: readonly MarkLink[]): void {
    this.extraNodes = [...nodes];
    this.extraLinks = [...links];
    const resized = (from: Uint16Array, kept: number, length: number) => {
      const to = new Uint16Array(length);
      to.set(from.subarray(0, Math.min(kept, length)));
      return to;
    };
    const baseLinks = this.graphLinks.ids.length + this.suggested.length;
    this.written = {
      nodes: resized(this.written.nodes, this.nodes.length, this.nodes.length + nodes.length),
      links: resized(this.written.links, baseLinks, baseLinks + links.length),
    };
  }

  /** Changes some inputs and writes the marks, if anything changed. */
  update(change: Partial<MarkInputs>): void {
    const keys = Object.keys(change) as (keyof MarkInputs)[];
    if ('selected' in change) this.selectionDue = true;
    if (keys.every((k) => change[k] === this.inputs[k]) && !this.selectionDue) return;
    this.inputs = { ...this.inputs, ...change };
    this.write();
  }

  /** Computes every element's marks and writes those that changed, to Cytoscape and to the
   * links layer together. */
  write(): void {
    // A map destroyed (its renderer gone) is written no more.
    if (this.cy.destroyed()) return;
    const more = this.suggested.concat(this.extraLinks);
    const links = more.length ? joinLinks(this.graphLinks, markLinks(more)) : this.graphLinks;
    const nodes = this.nodes.concat(this.extraNodes);
    const states = displayStates({ nodes, links }, this.inputs);
    this.states = states;
    const layered = this.layer ? this.graphLinks.ids.length : 0;
    this.cy.batch(() => {
      nodes.forEach((id, i) => this.writeClasses(id, i, states.nodes, this.written.nodes));
      for (let i = layered; i < links.ids.length; i++) {
        this.writeClasses(links.ids[i] as string, i, states.links, this.written.links);
      }
      if (this.selectionDue) this.writeSelection();
    });
    this.layer?.setStates(states.links.subarray(0, layered));
    this.picture?.(states.nodes.subarray(0, this.nodes.length));
  }

  /** Whether `id` is one of the map's actors (in Cytoscape yet or not: a big map fills in). */
  isActor(id: string): boolean {
    this.nodeSet ??= new Set(this.nodes);
    return this.nodeSet.has(id);
  }

  /** The id of the graph's link between two actors, either way (null: none). The graph
   * has one link per pair; on a big map it is on the links layer, not in Cytoscape. */
  graphLink(source: string, target: string): string | null {
    if (!this.pairIndex) {
      const { ids, sources, targets } = this.graphLinks;
      const index = new Map<string, string>();
      ids.forEach((id, i) => {
        index.set(`${sources[i]}\u0000${targets[i]}`, id);
        index.set(`${targets[i]}\u0000${sources[i]}`, id);
      });
      this.pairIndex = index;
    }
    return this.pairIndex.get(`${source}\u0000${target}`) ?? null;
  }

  /** The partners of actor `id` on the map, by any link (the graph's or suggested). */
  partners(id: string): string[] {
    const partners = new Set<string>();
    const add = (source: string, target: string) => {
      if (source === id) partners.add(target);
      else if (target === id) partners.add(source);
    };
    const { sources, targets } = this.graphLinks;
    sources.forEach((source, i) => add(source, targets[i] as string));
    for (const { source, target } of this.suggested) add(source, target);
    return [...partners];
  }

  /** Whether actor `id` has `mark` (as last written). */
  has(id: string, mark: Mark): boolean {
    const i = this.nodes.indexOf(id);
    return i >= 0 && ((this.states.nodes[i] ?? 0) & MARKS[mark]) !== 0;
  }

  /** The actors with `mark`, in map order. */
  nodesWith(mark: Mark): string[] {
    const bit = MARKS[mark];
    return this.nodes.filter((_, i) => ((this.states.nodes[i] ?? 0) & bit) !== 0);
  }

  private writeClasses(id: string, i: number, states: Uint16Array, written: Uint16Array): void {
    const after = (states[i] ?? 0) & ~MARKS.selected;
    const before = written[i] ?? 0;
    if (after === before) return;
    const element = this.cy.getElementById(id);
    // Not in Cytoscape yet (a big map filling in): written once it is.
    if (element.empty()) return;
    const removed = before & ~after;
    const added = after & ~before;
    if (removed) element.removeClass(markClasses(removed));
    if (added) element.addClass(markClasses(added));
    written[i] = after;
  }

  private writeSelection(): void {
    const id = this.inputs.selected;
    const node = id === null ? null : this.cy.getElementById(id);
    this.cy.$(':selected').unselect();
    if (node?.nonempty()) {
      node.select();
      this.selectionDue = false;
    } else {
      // Selected before the actor came to Cytoscape: selected once it is there.
      this.selectionDue = id !== null && this.nodes.includes(id);
    }
  }
}
