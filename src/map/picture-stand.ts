// Big maps keep their still picture as the actors' layer once Cytoscape holds every actor,
// while the view shows many of them: Cytoscape's frame of a whole 10,000-actor map is one
// task of 0.6 s on two cores (`drawCachedElements`, a drawImage of each actor's texture),
// the picture's a few tens of milliseconds (overview.ts). Cytoscape keeps the actors (its
// hit test, its classes and the exports go on as before) with its drawing held; once the
// coordinator zooms in on fewer actors than STAND_ACTORS, or far enough for names to be
// drawn, Cytoscape draws again (it culls what is out of view: such frames are cheap) and
// the picture steps aside; zooming out brings it back.
import type { Core } from 'cytoscape';

/**
 * Above this many actors in view the picture draws them. Cytoscape's frame costs about
 * 0.06 ms an actor on this machine at a whole-map zoom (656 ms for 10,000 actors, quiet
 * machine), more once zoomed in (textures made, names): about 100 ms at 1,500 actors.
 */
export const STAND_ACTORS = 1500;

/** Whether the picture stands for Cytoscape: many actors in view, and no names to draw
 * (the names chosen by the declutter are Cytoscape's to draw). */
export function pictureStands(inView: number, namesDrawn: boolean, most = STAND_ACTORS): boolean {
  return inView > most && !namesDrawn;
}

/** The viewport rests this long (ms) before the layer is chosen again. */
const REST = 150;

/** What the stand needs of the map. */
export interface StandHost {
  readonly cy: Core;
  readonly container: HTMLElement;
  /** Holds Cytoscape's drawing (filling.ts holdDrawing); the function returned releases. */
  hold(): () => void;
  /** Puts the picture on screen (true) or away (false). */
  show(on: boolean): void;
  /** The actors shown in the viewport (the picture's hit index). */
  inView(): number;
  /** Cytoscape would draw names at this zoom (names.ts). */
  namesDrawn(): boolean;
  /** Something the picture does not draw is on the map (a comparison's lost actors). */
  aside(): boolean;
  /** Resolves once Cytoscape has drawn what was asked before the call. */
  drawn(): Promise<void>;
  /** The picture stands on a view of more than this many actors (default STAND_ACTORS;
   * lower while the actors wait for their layout and glide to it, picture-glide.ts). */
  most?(): number | undefined;
  destroyed(): boolean;
}

/** Cytoscape's own canvases of actors (its drag layer and its node layer). */
function cytoscapeLayers(container: HTMLElement): HTMLCanvasElement[] {
  return [
    ...container.querySelectorAll<HTMLCanvasElement>(
      'canvas[data-id="layer1-drag"], canvas[data-id="layer2-node"]',
    ),
  ];
}

export class PictureStand {
  private readonly host: StandHost;
  private release: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the switches, so that a late handover is dropped when another came since. */
  private turn = 0;

  constructor(host: StandHost) {
    this.host = host;
    // Cytoscape's drawing is held still (the filling's hold): either way is taken now.
    this.choose(true);
  }

  /** The picture draws the actors now. */
  get standing(): boolean {
    return this.release !== null;
  }

  /** The viewport moved: the layer is chosen again once it rests. */
  viewportMoved(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.choose(), REST);
  }

  /** Chooses which layer draws the actors, for the view as it is now (`first`: the picture
   * is on screen and Cytoscape's canvases are shown, whatever the choice before). */
  choose(first = false): void {
    const { host } = this;
    if (host.destroyed()) return;
    const most = host.most?.() ?? STAND_ACTORS;
    const stand = !host.aside() && pictureStands(host.inView(), host.namesDrawn(), most);
    if (stand === this.standing && !first) return;
    const turn = ++this.turn;
    if (stand) {
      this.release = host.hold();
      host.show(true);
      this.showCytoscape(false);
      return;
    }
    const release = this.release;
    this.release = null;
    release?.();
    // Cytoscape draws in the next frame (on its canvases, hidden still); then they show and
    // the picture goes: no frame without actors.
    void host.drawn().then(() => {
      if (turn !== this.turn || host.destroyed()) return;
      this.showCytoscape(true);
      host.show(false);
    });
  }

  private showCytoscape(on: boolean): void {
    for (const canvas of cytoscapeLayers(this.host.container)) {
      canvas.style.visibility = on ? '' : 'hidden';
    }
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.turn++;
    const release = this.release;
    this.release = null;
    release?.();
    this.showCytoscape(true);
  }
}
