// Drawing a link on the map: in "Link" mode, pressing on an actor and releasing on another
// asks for a link between them (the app then opens its link form); a line follows the
// pointer meanwhile, Escape cancels. Actors cannot be moved in this mode (a press on an
// actor starts a link, not a move); the background still pans, a click still selects.
//
// Hand-written on Cytoscape's own tap events rather than with cytoscape-edgehandles: that
// extension adds its handle, preview and ghost edges as Cytoscape elements, which the big
// maps (links drawn on a layer of their own, edge-layer.ts; hit-testing over the picture)
// and the element counts would have to learn to skip; it brings two lodash packages; its
// 4.x dropped the handle UI and users report trouble with recent Cytoscape 3.3x releases.
// The gesture needed here is three events and a line.
import type { Core, EventObject, NodeSingular } from 'cytoscape';

const SVG = 'http://www.w3.org/2000/svg';

export interface LinkDrawingSetup {
  cy: Core;
  container: HTMLElement;
  /** Released on another actor: the two ends, the first pressed first. */
  onDrawn: (source: string, target: string) => void;
  /** Escape while no line is being drawn: the mode should end. */
  onStop: () => void;
  /** The actor at a model point on a big map's still picture, where Cytoscape draws no
   * actor (filling.ts, picture-stand.ts): its actors are tiny, the picture's hit index has
   * the pointer's slack. */
  actorAt?: (position: { x: number; y: number }) => string | null;
}

export class LinkDrawing {
  private readonly setup: LinkDrawingSetup;
  private readonly svg: SVGSVGElement;
  private readonly line: SVGLineElement;
  private from: NodeSingular | null = null;
  private readonly wasUngrabified: boolean;
  private readonly doc: Document;
  /** Panning was on before a line started from the picture (turned off meanwhile). */
  private panning: boolean | null = null;

  constructor(setup: LinkDrawingSetup) {
    this.setup = setup;
    const { cy, container } = setup;
    this.doc = container.ownerDocument;
    this.svg = this.doc.createElementNS(SVG, 'svg');
    this.svg.setAttribute('class', 'link-drawing-line');
    this.svg.setAttribute('aria-hidden', 'true');
    this.svg.dataset.testid = 'link-drawing-line';
    this.line = this.doc.createElementNS(SVG, 'line');
    this.line.setAttribute('stroke', '#1d4ed8');
    this.line.setAttribute('stroke-width', '2.5');
    this.line.setAttribute('stroke-dasharray', '6 4');
    this.svg.append(this.line);
    this.svg.style.display = 'none';
    container.append(this.svg);
    container.classList.add('linking');
    this.wasUngrabified = cy.autoungrabify();
    cy.autoungrabify(true);
    cy.on('tapstart', this.onStart);
    cy.on('tapdrag', this.onDrag);
    cy.on('tapend', this.onEnd);
    this.doc.addEventListener('keydown', this.onKey);
  }

  /** A line is being drawn. */
  get drawing(): boolean {
    return this.from !== null;
  }

  /** Leaves the mode: actors can be moved again. */
  stop(): void {
    const { cy, container } = this.setup;
    this.cancel();
    this.doc.removeEventListener('keydown', this.onKey);
    // The map may be gone already (a new workspace): nothing of it to give back then.
    if (!cy.destroyed()) {
      cy.off('tapstart', this.onStart);
      cy.off('tapdrag', this.onDrag);
      cy.off('tapend', this.onEnd);
      cy.autoungrabify(this.wasUngrabified);
    }
    container.classList.remove('linking');
    this.svg.remove();
  }

  /** Drops the line being drawn, if any. */
  cancel(): void {
    this.from = null;
    this.svg.style.display = 'none';
    const { cy } = this.setup;
    if (this.panning !== null && !cy.destroyed()) cy.userPanningEnabled(this.panning);
    this.panning = null;
  }

  /** The actor pressed: Cytoscape's element, else the picture's (the map not panned then). */
  private pressed(event: EventObject): NodeSingular | null {
    const { cy } = this.setup;
    const target = event.target as NodeSingular | Core;
    if (target !== cy) return (target as NodeSingular).isNode?.() ? (target as NodeSingular) : null;
    const id = this.setup.actorAt?.(event.position) ?? null;
    const node = id === null ? null : cy.getElementById(id);
    if (!node || node.empty()) return null;
    this.panning = cy.userPanningEnabled();
    cy.userPanningEnabled(false);
    return node;
  }

  private readonly onStart = (event: EventObject): void => {
    const from = this.pressed(event);
    if (!from) return;
    this.from = from;
    const p = this.from.renderedPosition();
    this.moveLine(p, p);
    this.svg.style.display = '';
  };

  private readonly onDrag = (event: EventObject): void => {
    if (!this.from) return;
    this.moveLine(this.from.renderedPosition(), event.renderedPosition);
  };

  private readonly onEnd = (event: EventObject): void => {
    const from = this.from;
    if (!from) return;
    this.cancel();
    const target = this.nodeAt(event);
    if (target && target.id() !== from.id()) this.setup.onDrawn(from.id(), target.id());
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // A dialog open (the link form after a drop) has its own Escape.
    if (this.doc.querySelector('dialog[open]')) return;
    if (this.drawing) this.cancel();
    else this.setup.onStop();
  };

  /** The actor under the pointer where it was released (touch reports the start's). */
  private nodeAt(event: EventObject): NodeSingular | null {
    const target = event.target as NodeSingular | Core;
    if (target !== this.setup.cy && (target as NodeSingular).isNode?.()) {
      const node = target as NodeSingular;
      if (node.id() !== this.from?.id()) return node;
    }
    const { x, y } = event.position;
    const id = this.setup.actorAt?.(event.position) ?? null;
    if (id !== null && id !== this.from?.id()) return this.setup.cy.getElementById(id);
    let found: NodeSingular | null = null;
    this.setup.cy.nodes(':visible').forEach((node) => {
      const box = node.boundingBox({ includeLabels: false });
      if (x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2) found = node;
    });
    return found;
  }

  private moveLine(a: { x: number; y: number }, b: { x: number; y: number }): void {
    this.line.setAttribute('x1', String(a.x));
    this.line.setAttribute('y1', String(a.y));
    this.line.setAttribute('x2', String(b.x));
    this.line.setAttribute('y2', String(b.y));
  }
}
