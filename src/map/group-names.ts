// The names of the groups of a grouped layout, over the map: one name above each group's
// actors, large and haloed so that it reads on a projector, following pan and zoom. Plain
// elements laid over Cytoscape's canvas, out of reach of the pointer and of screen readers
// (the legend says how the map is grouped).
import type { Core, NodeSingular } from 'cytoscape';
import type { Grouping } from './groups.ts';

/** A group's name, placed in model coordinates above its actors. */
interface Placed {
  key: string;
  x: number;
  y: number;
  /** Width of the group's actors (model pixels): a name is not much wider on screen. */
  width: number;
}

/** The names' size on screen (as the stylesheet says) and a glyph's average width. */
const NAME_PX = 18;
const GLYPH = 0.6;
/** A name is never drawn higher than this on the map (screen pixels from its top): the
 * map's toolbar is above. */
const TOP = 88;

export class GroupNames {
  private readonly cy: Core;
  private readonly container: HTMLElement;
  /** Made with the first names to show (a map by forces has none). */
  private layer: HTMLDivElement | null = null;
  private grouping: Grouping | null = null;
  private ids: readonly string[] = [];
  private placed: Placed[] = [];
  private words: (key: string) => string = (key) => key;

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
    this.measure();
  }

  /** The words of each group key (the app's language). */
  setWords(words: (key: string) => string): void {
    this.words = words;
    this.render();
  }

  /** The names' places from where the actors shown stand now: above each group's box. */
  measure(): void {
    const { grouping } = this;
    this.placed = [];
    if (grouping) {
      const boxes = grouping.keys.map(() => ({ x1: Infinity, x2: -Infinity, y1: Infinity }));
      this.ids.forEach((id, i) => {
        const node = this.cy.getElementById(id) as NodeSingular;
        if (node.empty() || node.hasClass('hidden')) return;
        const box = boxes[grouping.groups[i] ?? -1];
        if (!box) return;
        const p = node.position();
        const r = Number(node.data('size')) / 2 || 0;
        box.x1 = Math.min(box.x1, p.x - r);
        box.x2 = Math.max(box.x2, p.x + r);
        box.y1 = Math.min(box.y1, p.y - r);
      });
      boxes.forEach((box, g) => {
        if (box.x1 <= box.x2) {
          const key = grouping.keys[g] ?? '';
          this.placed.push({ key, x: (box.x1 + box.x2) / 2, y: box.y1, width: box.x2 - box.x1 });
        }
      });
    }
    this.render();
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
        name.textContent = this.words(place.key);
        return name;
      }),
    );
    this.follow();
  }

  /** Moves each name to its group on screen, cut to about its group's width; a name that
   * would cover a bigger group's name waits for a closer zoom (groups come biggest first). */
  private follow(): void {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const shown: { x1: number; x2: number; y1: number; y2: number }[] = [];
    this.placed.forEach((place, i) => {
      const name = this.layer?.children[i] as HTMLElement | undefined;
      if (!name) return;
      const x = place.x * zoom + pan.x;
      const y = Math.max(TOP, place.y * zoom + pan.y - 8);
      const room = Math.max(180, place.width * zoom + 40);
      const width = Math.min(room, (name.textContent ?? '').length * NAME_PX * GLYPH);
      const box = { x1: x - width / 2, x2: x + width / 2, y1: y - NAME_PX * 1.3, y2: y };
      const free = shown.every(
        (b) => b.x2 < box.x1 || box.x2 < b.x1 || b.y2 < box.y1 || box.y2 < b.y1,
      );
      if (free) shown.push(box);
      name.hidden = !free;
      name.style.maxWidth = `${Math.round(room)}px`;
      name.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -100%)`;
    });
  }

  /** The names as they stand, for pictures: text and model position. */
  get names(): { text: string; x: number; y: number }[] {
    return this.placed.map((p) => ({ text: this.words(p.key), x: p.x, y: p.y }));
  }

  /** Runs `draw` (a PNG or SVG picture of the map) with the groups' names in Cytoscape, as
   * label-only nodes of their own, about as large in the picture as on screen; then takes
   * them out. */
  inPicture<T>(draw: () => T): T {
    const shown = this.placed.filter((_, i) => {
      const name = this.layer?.children[i] as HTMLElement | undefined;
      return name !== undefined && !name.hidden;
    });
    if (shown.length === 0) return draw();
    // As large as on screen, or down to 60 % of that where the group is narrower than its
    // name.
    const screenPx = NAME_PX / Math.max(0.05, this.cy.zoom());
    const added = this.cy.collection();
    shown.forEach((place, i) => {
      const label = this.words(place.key);
      const fits = (place.width + 40) / Math.max(1, label.length * GLYPH);
      const px = Math.max(0.6 * screenPx, Math.min(screenPx, fits));
      const name = this.cy.add({
        group: 'nodes',
        data: { id: `maillage-group-name-${i}`, label },
        position: { x: place.x, y: place.y - px },
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
        'font-size': px,
        'font-weight': 'bold',
        color: '#1e293b',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-outline-color': '#ffffff',
        'text-outline-width': px / 8,
        'text-wrap': 'none',
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
