// Holding Cytoscape's drawing: its frames still run their pre-draw work (styles, label
// sizes, link geometry of the elements added since the last frame) but do not draw. The
// big maps' filling, the layouts' placing and the textures drawn ahead hold it. Written
// here because Cytoscape has no such switch: it relies on the canvas renderer's `render`
// method (Cytoscape 3.x), and does nothing without it.
import type { Core } from 'cytoscape';

export class DrawingHold {
  private holds = 0;
  /** The renderer's own `render` (or its prototype's) put aside while held. */
  private heldOwn = false;
  private heldRender: unknown = undefined;

  constructor(
    private readonly cy: Core,
    private readonly destroyed: () => boolean,
  ) {}

  /** Stops Cytoscape's drawing; the returned function draws again. Holds may overlap
   * (filling in, then a layout's end): the first stops drawing, the last release starts it. */
  hold(): () => void {
    const renderer = (this.cy as unknown as { renderer(): { render?: unknown } | null }).renderer();
    if (!renderer || typeof renderer.render !== 'function') return () => undefined;
    if (this.holds === 0) {
      this.heldOwn = Object.prototype.hasOwnProperty.call(renderer, 'render');
      this.heldRender = renderer.render;
      renderer.render = () => undefined;
    }
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      if (this.holds > 0) return;
      if (this.heldOwn) renderer.render = this.heldRender;
      else delete renderer.render;
      if (!this.destroyed()) this.cy.forceRender();
    };
  }
}
