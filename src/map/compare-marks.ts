// A comparison of two versions on the map: the union of both — the elements of the map that
// are in one of them, plus the lost actors and links drawn for the time of the comparison —
// each marked gained, lost or kept through the one display-state writer (marks.ts).
import type { Core, ElementDefinition } from 'cytoscape';
import type { CompareStatus, MarkLink } from './display-state.ts';
import type { MapMarks } from './marks.ts';
import { RING_EMPTY } from './palette.ts';

/** What the map draws of a comparison (the analysis' VersionDiff `marks`). */
export interface CompareMarks {
  actors: readonly { key: string; name: string; status: CompareStatus }[];
  links: readonly { source: string; target: string; status: CompareStatus }[];
}

const EXTRA = 'compared';
const LOST_GREY = '#D1D5DB';

/** Draws `compare` on the map, or (null) puts the map back as it was. */
/** Whether the map shows actors only a comparison has (lost ones). */
export function comparedActors(cy: Core): boolean {
  return cy.nodes(`.${EXTRA}`).nonempty();
}

export function drawCompare(cy: Core, marks: MapMarks, compare: CompareMarks | null): void {
  if (cy.destroyed()) return;
  cy.batch(() => {
    cy.$(`.${EXTRA}`).remove();
    if (!compare) {
      marks.setExtra([], []);
      marks.update({ compare: null });
      return;
    }
    const nodes = new Map<string, CompareStatus>();
    const links = new Map<string, CompareStatus>();
    const added: ElementDefinition[] = [];
    const extraNodes: string[] = [];
    const extraLinks: MarkLink[] = [];
    const placed = new Map<string, { x: number; y: number }>();
    const box = cy.nodes().boundingBox();
    compare.actors.forEach((actor, i) => {
      nodes.set(actor.key, actor.status);
      if (marks.isActor(actor.key) || cy.getElementById(actor.key).nonempty()) return;
      // Near its partners on the map, else in a row under the map.
      const partners = compare.links
        .filter((l) => l.source === actor.key || l.target === actor.key)
        .map((l) => cy.getElementById(l.source === actor.key ? l.target : l.source))
        .filter((n) => n.nonempty());
      const position = partners.length
        ? {
            x: partners.reduce((s, n) => s + n.position('x'), 0) / partners.length + 70,
            y: partners.reduce((s, n) => s + n.position('y'), 0) / partners.length + 50,
          }
        : {
            x: (Number.isFinite(box.x1) ? box.x1 : 0) + i * 90,
            y: (Number.isFinite(box.y2) ? box.y2 : 0) + 80,
          };
      placed.set(actor.key, position);
      extraNodes.push(actor.key);
      added.push({
        group: 'nodes',
        classes: EXTRA,
        position,
        data: {
          id: actor.key,
          label: actor.name,
          name: actor.name,
          type: '',
          colour: LOST_GREY,
          shape: 'ellipse',
          size: 26,
          tier: 1,
          ring1: RING_EMPTY,
          ring2: RING_EMPTY,
          ring3: RING_EMPTY,
          ringSlice: 0,
          ringDiameter: 26,
        },
      });
    });
    if (added.length) cy.add(added);
    const extraEdges: ElementDefinition[] = [];
    for (const link of compare.links) {
      // A link of the map (in Cytoscape, or on a big map's links layer) is marked where it is.
      const onMap = marks.graphLink(link.source, link.target);
      if (onMap) {
        links.set(onMap, link.status);
        continue;
      }
      const source = cy.getElementById(link.source);
      const target = cy.getElementById(link.target);
      if (source.empty() || target.empty()) continue;
      const id = `${EXTRA}:${link.source}|${link.target}`;
      links.set(id, link.status);
      extraLinks.push({ id, source: link.source, target: link.target, suggested: false });
      extraEdges.push({
        group: 'edges',
        classes: EXTRA,
        data: { id, source: link.source, target: link.target, width: 2 },
      });
    }
    if (extraEdges.length) cy.add(extraEdges);
    marks.setExtra(extraNodes, extraLinks);
    marks.update({ compare: { nodes, links } });
  });
}
