// The names of the groups of a grouped layout, over the map: one name above each group's
// actors, large and haloed so that it reads on a projector, following pan and zoom. Plain
// elements laid over Cytoscape's canvas, out of reach of the pointer and of screen readers
// (the legend says how the map is grouped).
import type { Core, NodeSingular } from 'cytoscape';
import {
  GROUP_NAME_LINE,
  GROUP_NAME_PX,
  nameLines,
  nameWidths,
  placeGroupNames,
  type NameLines,
  type PlacedName,
} from '../layout';
import type { NodeBox } from './declutter.ts';
import type { Grouping } from './groups.ts';
import { canvasMeasure } from './labels.ts';

/** On screen, a name grows with the zoom up to this size, and is not drawn below that one
 * (the map is then too far out to read anything). */
const LARGEST_PX = 30;
const SMALLEST_PX = 7;
/** Height of the map's toolbar, over the map's top (screen pixels, about). */
const TOOLBAR = 48;
/** Screen pixels the map keeps around the whole map when it fits it (camera.ts, about). */
const MARGIN = 90;

export class GroupNames {
  private readonly cy: Core;
  private readonly container: HTMLElement;
  /** Made with the first names to show (a map by forces has none). */
  private layer: HTMLDivElement | null = null;
  private grouping: Grouping | null = null;
  private ids: readonly string[] = [];
  private placed: PlacedName[] = [];
  /** Each group's name in lines, in the app's language. */
  private lines: NameLines[] = [];
  /** How many actors the names were placed around. */
  private around = 0;
  private words: (key: string) => string = (key) => key;
  /** The zoom the map was last fitted whole at (null: none yet, estimated from the screen). */
  private wholeZoom: number | null = null;

  constructor(cy: Core, container: HTMLElement) {
    this.cy = cy;
    this.container = container;
    cy.on('viewport', () => this.follow());
    cy.on('dragfree', 'node', () => this.measure());
  }

  /** The groups of actors `ids` (null: no grouping, no names). */
  set(grouping: Grouping | null, ids: readonly string[]): void {
    this.grouping = grouping;
    this.ids = ids;
    // Until the map is fitted whole again, the names' size is estimated.
    this.wholeZoom = null;
    this.measure();
  }

  /** The words of each group key (the app's language). */
  setWords(words: (key: string) => string): void {
    this.words = words;
    this.measure();
  }

  /** The map was just fitted whole: the names are placed again for this zoom, where they
   * should read GROUP_NAME_PX high (the actors' names, the same size on screen whatever the
   * zoom, take 1 / zoom as much room as at zoom 1). */
  fitted(): boolean {
    if (!this.grouping) return false;
    this.wholeZoom = this.cy.zoom();
    const before = JSON.stringify(this.placed);
    this.measure();
    return JSON.stringify(this.placed) !== before;
  }

  /** The names' boxes as drawn at this zoom (model pixels), for the actors' names to keep
   * off them: the groups' names come first. */
  boxes(): NodeBox[] {
    const zoom = this.cy.zoom();
    return this.placed.flatMap((p, i) => {
      const px = Math.min(LARGEST_PX, p.font * zoom);
      if (px < SMALLEST_PX) return [];
      const k = px / zoom / p.font;
      const [x, w, h] = [(p.x1 + p.x2) / 2, ((p.x2 - p.x1) / 2) * k, (p.y2 - p.y1) * k];
      // declutter.ts shrinks an obstacle to 80 % about its centre: given 1 / 0.8 as large.
      const [hw, hh] = [w / 0.8, h / 2 / 0.8];
      const cy = p.y2 - h / 2;
      return [{ id: `group-name-${i}`, x1: x - hw, x2: x + hw, y1: cy - hh, y2: cy + hh }];
    });
  }

  /** The widths of the names of `grouping`'s groups, for the layout to keep room for them. */
  widths(grouping: Grouping): Float64Array {
    return nameWidths(grouping.keys.map((key) => nameLines(this.words(key), canvasMeasure)));
  }

  /** The names' places from where the actors shown stand now: above each group, as large
   * as the whole map's zoom on this screen asks and the room there allows. */
  measure(): void {
    const { grouping } = this;
    this.placed = [];
    this.around = 0;
    if (grouping) {
      this.lines = grouping.keys.map((key) => nameLines(this.words(key), canvasMeasure));
      const groups = new Int32Array(this.ids.length).fill(-1);
      const boxes = new Float64Array(this.ids.length * 4);
      const shown: { i: number; node: NodeSingular }[] = [];
      let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
      this.ids.forEach((id, i) => {
        const node = this.cy.getElementById(id) as NodeSingular;
        if (node.empty() || node.hasClass('hidden')) return;
        groups[i] = grouping.groups[i] ?? -1;
        shown.push({ i, node });
        const p = node.position();
        const r = Number(node.data('size')) / 2 || 0;
        [x1, y1] = [Math.min(x1, p.x - r), Math.min(y1, p.y - r)];
        [x2, y2] = [Math.max(x2, p.x + r), Math.max(y2, p.y + r)];
      });
      this.around = shown.length;
      // The zoom that shows the whole map on this screen (as last fitted, else estimated),
      // and the names' size there.
      const zoom =
        this.wholeZoom ??
        Math.min(
          Math.max(1, this.cy.width() - 2 * MARGIN) / Math.max(1, x2 - x1),
          Math.max(1, this.cy.height() - 2 * MARGIN) / Math.max(1, y2 - y1),
        );
      // Each actor's shape: the actors' names keep off the groups' names (names.ts).
      for (const { i, node } of shown) {
        const p = node.position();
        const r = Number(node.data('size')) / 2 || 0;
        boxes.set([p.x - r, p.y - r, p.x + r, p.y + r], 4 * i);
      }
      const widths = nameWidths(this.lines);
      this.placed = placeGroupNames({ groups, boxes, widths, font: GROUP_NAME_PX / zoom });
    }
    this.render();
  }

  /** The text of a name as placed: its one line, or its two. */
  private text(place: PlacedName): string {
    const lines = this.lines[place.group];
    if (!lines) return '';
    return place.lines === 2 && lines.two ? lines.two.join('\n') : lines.one;
  }

  private render(): void {
    if (!this.layer && this.placed.length === 0) return;
    if (!this.layer) {
      const layer = this.container.ownerDocument.createElement('div');
      layer.className = 'map-group-names';
      layer.dataset.testid = 'map-group-names';
      layer.setAttribute('aria-hidden', 'true');
      this.container.appendChild(layer);
      this.layer = layer;
    }
    const doc = this.layer.ownerDocument;
    this.layer.replaceChildren(
      ...this.placed.map((place) => {
        const name = doc.createElement('span');
        name.className = 'map-group-name';
        name.textContent = this.text(place);
        return name;
      }),
    );
    this.follow();
  }

  /** Moves each name to its place on screen: as large as its room at this zoom (up to
   * LARGEST_PX), its bottom at its room's bottom, so it never leaves its room. */
  private follow(): void {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    this.placed.forEach((place, i) => {
      const name = this.layer?.children[i] as HTMLElement | undefined;
      if (!name) return;
      const px = Math.min(LARGEST_PX, place.font * zoom);
      name.hidden = px < SMALLEST_PX;
      const x = ((place.x1 + place.x2) / 2) * zoom + pan.x;
      const y = place.y2 * zoom + pan.y;
      name.style.fontSize = `${px.toFixed(1)}px`;
      name.style.lineHeight = String(GROUP_NAME_LINE);
      name.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -100%)`;
    });
  }

  /** The names' boxes as circles (x, y, diameter) along them, for framing the whole map with
   * its names, and the map's toolbar's height above them (it lies over the map's top); none
   * when `count` actors are fewer than those the names were placed around. */
  circles(count: number): number[] {
    if (count < this.around) return [];
    return this.placed.flatMap((p) => {
      // At the whole map's zoom the names are GROUP_NAME_PX high: 1 model pixel is about
      // GROUP_NAME_PX / font screen pixels.
      const top = p.y1 - TOOLBAR * (p.font / GROUP_NAME_PX);
      const d = p.y2 - top;
      const y = (top + p.y2) / 2;
      return [p.x1 + d / 2, y, d, p.x2 - d / 2, y, d];
    });
  }

  /** The names as they stand, for pictures: text and model position (their bottom centre). */
  get names(): { text: string; x: number; y: number }[] {
    return this.placed.map((p) => ({ text: this.text(p), x: (p.x1 + p.x2) / 2, y: p.y2 }));
  }

  /** Runs `draw` (a PNG or SVG picture of the map) with the groups' names in Cytoscape, as
   * label-only nodes of their own, each in its room as large as at the whole map's zoom;
   * then takes them out. */
  inPicture<T>(draw: () => T): T {
    if (this.placed.length === 0) return draw();
    const added = this.cy.collection();
    this.placed.forEach((place, i) => {
      const label = this.text(place);
      const name = this.cy.add({
        group: 'nodes',
        data: { id: `maillage-group-name-${i}`, label },
        position: { x: (place.x1 + place.x2) / 2, y: (place.y1 + place.y2) / 2 },
        classes: 'group-name',
        selectable: false,
        grabbable: false,
      });
      name.style({
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        label: 'data(label)',
        'font-size': place.font,
        'font-weight': 'bold',
        color: '#1e293b',
        'line-height': GROUP_NAME_LINE,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-outline-color': '#ffffff',
        'text-outline-width': place.font / 8,
        'text-wrap': 'wrap',
        'text-max-width': `${Math.ceil(place.x2 - place.x1 + place.font)}px`,
        'min-zoomed-font-size': 0,
      });
      added.merge(name);
    });
    try {
      return draw();
    } finally {
      added.remove();
    }
  }

  destroy(): void {
    this.layer?.remove();
  }
}
