// The actors' names on the map: their size (small maps keep it on screen whatever the zoom;
// presentation mode makes it bigger), which ones are drawn without overlapping
// (declutter.ts), and on big maps which actors get a name at all (those in view, once the
// zoom draws names).
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { labelSize, mapLabel } from '../layout';
import type { MaillageGraph } from '../model';
import { declutter, type LabelBox, type NodeBox } from './declutter.ts';
import type { EdgeLayer } from './edge-layer.ts';
import { BIG_MAP, LABEL_PX } from './elements.ts';
import { nameEveryone } from './export-image.ts';
import { canvasMeasure } from './labels.ts';
import type { RendererChoice } from './renderer.ts';
import { BIG_MIN_FONT, NAMED, styleBlocks } from './style.ts';
import type { Encodings } from './types.ts';

/** Up to this many actors, names keep the same size on screen whatever the zoom (the
 * stylesheet is rebuilt after each zoom) and are chosen again to avoid overlaps. */
export const SCREEN_LABELS_MAX = 400;

/** Names in presentation mode are this much bigger (read from the back of a room). */
const PRESENTATION_TEXT = 1.5;

/** What the names need of the map. */
export interface NamesHost {
  readonly cy: Core;
  readonly graph: MaillageGraph;
  readonly renderer: RendererChoice;
  labels(): Encodings['labels'];
  /** The elements are drawn and the map not destroyed. */
  live(): boolean;
  links(): EdgeLayer | null;
  /** The actors the filters keep. */
  visibleNodes(): NodeCollection;
  /** Boxes no name is drawn over (the groups' names of a grouped map), model pixels. */
  reserved?(): NodeBox[];
  /** Draws ahead the textures of Cytoscape's next frame (texture-warmup.ts): names sized or
   * chosen again would otherwise each be drawn into a texture and copied in turn. */
  warm?(): void;
}

export class MapNames {
  private readonly host: NamesHost;
  private readonly cy: Core;
  /** Label scale of the current stylesheet (1 / zoom on small maps). */
  private labelScale = 1;
  /** Presentation mode: bigger, high-contrast names. */
  private presenting = false;
  /** Big maps: the names are to be chosen again before they are next drawn. */
  private stale = false;
  private viewportTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: NamesHost) {
    this.host = host;
    this.cy = host.cy;
  }

  private get big(): boolean {
    return this.host.graph.order > BIG_MAP;
  }

  /** Names keep their size on screen (small maps). */
  get onScreen(): boolean {
    return this.host.graph.order <= SCREEN_LABELS_MAX;
  }

  get presentation(): boolean {
    return this.presenting;
  }

  /** How much bigger than usual names are (presentation mode). */
  textBoost(): number {
    return this.presenting ? PRESENTATION_TEXT : 1;
  }

  /** Names are drawn under the actors, at a size the framing must leave room for. */
  named(): boolean {
    return this.onScreen && this.host.labels() !== 'none';
  }

  /** Label scale of the stylesheet: the zoom compensation, times the projector boost. */
  private get textScale(): number {
    return this.labelScale * this.textBoost();
  }

  /** The stylesheet for the names as they are now. */
  style() {
    return styleBlocks({
      big: this.big,
      webgl: this.host.renderer.webgl,
      labelScale: this.textScale,
      presentation: this.presenting,
    });
  }

  /** Applies the stylesheet again (scale or presentation changed), links layer included. */
  private restyle(): void {
    const blocks = this.style();
    this.cy.style(blocks as unknown as import('cytoscape').StylesheetJson);
    this.host.links()?.setStyle(blocks);
  }

  /** Sets the label scale (1 / the zoom names are sized for) and restyles. */
  setScale(scale: number): void {
    this.labelScale = scale;
    this.restyle();
  }

  /** A pan or zoom: names sized and chosen again once the view has been still for 150 ms
   * (unless the map is `gone` by then). */
  afterViewport(gone: () => boolean): void {
    clearTimeout(this.viewportTimer);
    this.viewportTimer = setTimeout(() => {
      if (gone()) return;
      this.rescale();
      this.nameInView();
    }, 150);
  }

  /**
   * The actors shown, as a PNG data URL about `width` CSS pixels wide (drawn at twice that
   * for print), every actor named and the names sized as on a screen showing the whole
   * map; `picture` readies the map for a picture (NetworkMap.forPicture).
   */
  png(width: number, picture: (draw: () => string) => string): string {
    nameEveryone(this.cy);
    const bb = this.cy.elements(':visible').boundingBox({});
    const zoom = Math.min(width / Math.max(1, bb.w), (width * 0.8) / Math.max(1, bb.h), 2);
    return this.sizedFor(zoom, () =>
      picture(() =>
        this.cy.png({ output: 'base64uri', bg: '#ffffff', full: true, scale: 2 * zoom }),
      ),
    );
  }

  /** Runs `draw` (a picture at `zoom`) with names sized for it, as they would be on a
   * screen showing the whole map, whatever the zoom on screen now (small maps). */
  sizedFor<T>(zoom: number, draw: () => T): T {
    const before = this.labelScale;
    const resize = this.onScreen && !this.presenting;
    if (resize) {
      this.setScale(1 / zoom);
      this.declutter();
    }
    try {
      return draw();
    } finally {
      if (resize) {
        this.setScale(before);
        this.declutter();
      }
    }
  }

  /** Presentation mode on or off: names grow and darken, and are chosen again. */
  setPresentation(on: boolean): void {
    if (on === this.presenting) return;
    this.presenting = on;
    this.restyle();
    this.declutter('layout');
    this.nameInView();
  }

  /** Shows these names instead of the actors' own (anonymous mode); ids not in the map
   * keep their name. Labels are chosen again so they still do not overlap. */
  setNames(names: ReadonlyMap<string, string>): void {
    const { graph } = this.host;
    let changed = false;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const id = node.id();
        const name =
          names.get(id) ?? (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : null);
        if (name === null || node.data('name') === name) return;
        node.data({ name, label: mapLabel(name) });
        changed = true;
      });
    });
    if (changed) this.declutter('layout');
  }

  /** Names that must win the declutter: the selected actor, the articulation points while
   * they are highlighted, the partners of the selected actor. */
  private boost(node: NodeSingular): number {
    if (node.selected()) return 1e9;
    if (node.hasClass('critical')) return 1e8;
    if (node.hasClass('neighbour')) return 1e7;
    if (node.hasClass('lit') || node.hasClass('stranded')) return 1e6;
    return 0;
  }

  /**
   * Leaves out the names that would overlap, on maps of every size (big maps draw the names
   * kept only once zoomed in: `min-zoomed-font-size`). Label boxes are measured here
   * (labels.ts) rather than asked of Cytoscape, which would lay out every label and link
   * first.
   */
  declutter(cause: 'layout' | 'state' = 'state'): void {
    if (!this.host.live()) return;
    // Big maps choose again only when positions, names, their sizes or the actors shown
    // change: each choice restyles thousands of actors, and the selected, hovered and lit
    // ones show their names anyway.
    if (this.big && cause === 'state') return;
    // Nor do they choose while their names are too small to be drawn (a whole-map zoom):
    // the choice waits for a zoom that draws them (nameInView) or for a picture.
    if (this.big && !this.drawable()) {
      this.stale = true;
      return;
    }
    this.declutterNow();
  }

  /** Names about to be drawn in a picture: chosen now if they were left for later. */
  forPicture(): void {
    if (this.stale) this.declutterNow();
  }

  private declutterNow(): void {
    const started = performance.now();
    this.stale = false;
    if (this.host.labels() !== 'auto') {
      this.cy.nodes('.quiet').removeClass('quiet');
      return;
    }
    const k = this.textScale;
    const labels: LabelBox[] = [];
    this.host.visibleNodes().forEach((node) => {
      const tier = Number(node.data('tier'));
      const text = String(node.data('label'));
      if (!text) return;
      const font = (LABEL_PX[tier] as number) * k;
      // Presentation mode draws every name bold.
      const bold = tier === 3 || this.presenting;
      const box = labelSize(text, font, (tier === 3 ? 150 : 124) * k, bold, canvasMeasure);
      const p = node.position();
      const size = Number(node.data('size'));
      const top = p.y + size / 2 + 3 * k;
      labels.push({
        id: node.id(),
        x1: p.x - box.width / 2,
        x2: p.x + box.width / 2,
        y1: top,
        y2: top + box.height,
        priority: size + this.boost(node),
      });
    });
    // Names may cross links and other actors (their background keeps them legible) but
    // never another name.
    // nor a group's name (group-names.ts), which comes first.
    const kept = declutter(labels, this.host.reserved?.() ?? [], 4 * k);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const show = kept.has(node.id());
        if (show === node.hasClass('quiet')) {
          if (show) node.removeClass('quiet');
          else node.addClass('quiet');
        }
      });
    });
    // Names that came back on a big map get their label if they are in view.
    this.nameInView();
    performance.measure('maillage:declutter', { start: started, end: performance.now() });
  }

  /**
   * Big maps: gives their names to the actors in view (and a margin around) once names are
   * big enough on screen to be drawn. Names stay once given. Cytoscape draws a name when its
   * size at the zoom's texture level (the next power of two of zoom × pixel ratio) reaches
   * `min-zoomed-font-size`: the same test here, for the biggest names.
   */
  nameInView(): void {
    if (!this.big || !this.host.live() || !this.drawable()) return;
    if (this.stale) this.declutterNow();
    const { x1, y1, w, h } = this.cy.extent();
    const mx = w * 0.25;
    const my = h * 0.25;
    const unnamed = this.cy.nodes(':visible').filter((n) => {
      // A name left out by the declutter needs no label (hover and selection give it one).
      if (n.hasClass(NAMED) || n.hasClass('quiet')) return false;
      const p = n.position();
      return p.x >= x1 - mx && p.x <= x1 + w + mx && p.y >= y1 - my && p.y <= y1 + h + my;
    });
    if (unnamed.length > 0) unnamed.addClass(NAMED);
  }

  /** Canvas pixels per CSS pixel, as the renderer draws. */
  get pixelRatio(): number {
    const ratio = this.host.renderer.pixelRatio;
    return ratio === 'auto' ? window.devicePixelRatio || 1 : ratio;
  }

  /** Big maps: names are drawn at this zoom (the still picture then leaves the actors to
   * Cytoscape, picture-stand.ts). */
  namesDrawn(): boolean {
    return this.big && this.drawable();
  }

  /** Big maps: Cytoscape draws names at this zoom (the biggest ones at least). */
  private drawable(): boolean {
    const level = 2 ** Math.ceil(Math.log2(this.cy.zoom() * this.pixelRatio));
    return (LABEL_PX[3] as number) * this.textScale * level >= BIG_MIN_FONT;
  }

  /**
   * Small maps keep names the same size on screen whatever the zoom (a new stylesheet with
   * names scaled by 1 / zoom), then choose again which names fit: zooming in shows more of
   * them. Bigger maps keep fixed names (restyling every actor on each zoom would stall).
   */
  rescale(force = false): void {
    if (!this.host.live()) return;
    if (this.onScreen) {
      const scale = 1 / this.cy.zoom();
      const changed = Math.abs(scale - this.labelScale) / this.labelScale >= 0.04;
      if (!changed && !force) return;
      if (changed) this.setScale(scale);
    } else if (!force) {
      return;
    }
    this.declutter('layout');
    if (!this.big) this.host.warm?.();
  }
}
