// DrawingHold over a stand-in renderer: overlapping holds, what is restored, the redraw.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DrawingHold } from '../../src/map/drawing-hold.ts';

class Renderer {
  frames = 0;
  render(): void {
    this.frames++;
  }
}

function standIn(renderer: Renderer | null) {
  const forced: number[] = [];
  const cy = {
    renderer: () => renderer,
    forceRender: () => {
      forced.push(1);
      renderer?.render();
    },
  };
  return { cy: cy as unknown as Core, forced };
}

describe('DrawingHold', () => {
  it('draws nothing until the last of overlapping holds is released, then draws once', () => {
    const renderer = new Renderer();
    const { cy, forced } = standIn(renderer);
    const holding = new DrawingHold(cy, () => false);
    const filling = holding.hold();
    const warming = holding.hold();
    renderer.render();
    filling();
    filling();
    renderer.render();
    expect(renderer.frames).toBe(0);
    warming();
    expect(forced).toHaveLength(1);
    expect(renderer.frames).toBe(1);
    // The prototype's method is the renderer's again (no own copy left behind).
    expect(Object.prototype.hasOwnProperty.call(renderer, 'render')).toBe(false);
  });

  it("gives back a renderer's own render, and does not redraw a destroyed map", () => {
    const renderer = new Renderer();
    const own = () => (renderer.frames += 10);
    renderer.render = own;
    const { cy, forced } = standIn(renderer);
    holdAndRelease(new DrawingHold(cy, () => true));
    expect(renderer.render).toBe(own);
    expect(forced).toHaveLength(0);
  });

  it('does nothing without a canvas renderer', () => {
    const { cy, forced } = standIn(null);
    holdAndRelease(new DrawingHold(cy, () => false));
    expect(forced).toHaveLength(0);
  });
});

function holdAndRelease(holding: DrawingHold): void {
  holding.hold()();
}
