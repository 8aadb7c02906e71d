// A stand-in for the page (a container, a canvas and its 2D context) and for Cytoscape, for
// the map's unit tests (edge-layer, marks, network-map). Cytoscape's part covers what the
// map asks of it: elements with data, positions, classes and selection, the selectors the
// map uses ('.a', '.a, .b', ':selected', ':visible', ':not(.a)'), events, viewport, batch.
import type { ElementDefinition } from 'cytoscape';

type Handler = (event?: unknown) => void;

/** A 2D context that counts the links stroked (one lineTo per link) and the pictures
 * copied onto it. */
export function fakeContext() {
  const ctx = {
    lines: 0,
    copies: 0,
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    setTransform: () => undefined,
    clearRect: () => {
      ctx.lines = 0;
    },
    beginPath: () => undefined,
    moveTo: () => undefined,
    lineTo: () => {
      ctx.lines++;
    },
    stroke: () => undefined,
    setLineDash: () => undefined,
    drawImage: () => {
      ctx.copies++;
    },
  };
  return ctx;
}

/** A canvas with a stand-in 2D context. */
function fakeCanvas(ctx = fakeContext()) {
  return {
    width: 0,
    height: 0,
    getContext: () => ctx,
  };
}

export function fakePage() {
  const ctx = fakeContext();
  const canvas = {
    /** Canvases made aside (a drawing in turns): each with its own context. */
    ownerDocument: { createElement: () => fakeCanvas() },
    width: 0,
    height: 0,
    className: '',
    dataset: {} as Record<string, string>,
    style: {} as Record<string, string>,
    removed: false,
    setAttribute: () => undefined,
    getContext: () => ctx,
    remove() {
      this.removed = true;
    },
  };
  const container = {
    firstChild: null,
    inserted: [] as unknown[],
    appended: [] as unknown[],
    ownerDocument: { createElement: () => canvas },
    insertBefore(child: unknown) {
      this.inserted.push(child);
    },
    appendChild(child: unknown) {
      this.appended.push(child);
    },
  };
  return { ctx, canvas, container };
}

/** One element of the stand-in Cytoscape. */
interface FakeElement {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  classes: Set<string>;
  position: { x: number; y: number };
  selected: boolean;
}

/** Does `el` match a simple selector (as the map writes them)? */
function matches(el: FakeElement, selector: string): boolean {
  return selector.split(',').some((part) => {
    const s = part.trim();
    if (s === ':selected') return el.selected;
    if (s === ':visible') return !el.classes.has('hidden');
    const not = /^:not\((.*)\)$/.exec(s);
    if (not) return !matches(el, not[1] as string);
    const [group, ...classes] = s.split('.');
    if (group === 'node' && el.group !== 'nodes') return false;
    if (group === 'edge' && el.group !== 'edges') return false;
    return classes.filter(Boolean).every((c) => el.classes.has(c));
  });
}

/** A collection of stand-in elements, with the methods the map calls. */
export class FakeCollection {
  readonly items: FakeElement[];
  private readonly remover: (items: FakeElement[]) => void;

  constructor(items: FakeElement[], remover: (items: FakeElement[]) => void) {
    this.items = items;
    this.remover = remover;
  }

  private wrap(items: FakeElement[]): FakeCollection {
    return new FakeCollection(items, this.remover);
  }

  get length(): number {
    return this.items.length;
  }
  empty = () => this.items.length === 0;
  nonempty = () => this.items.length > 0;
  isNode = () => this.items[0]?.group === 'nodes';
  id = () => String(this.items[0]?.data.id);
  data(key?: string | Record<string, unknown>): unknown {
    if (typeof key === 'object') {
      for (const el of this.items) Object.assign(el.data, key);
      return this;
    }
    return key === undefined ? this.items[0]?.data : this.items[0]?.data[key];
  }
  /** The first element's position; given one, every element is moved there. */
  position = (to?: { x: number; y: number }) => {
    if (to) for (const el of this.items) el.position = { x: to.x, y: to.y };
    return this.items[0]?.position ?? { x: 0, y: 0 };
  };
  selected = () => this.items[0]?.selected ?? false;
  hasClass = (name: string) => this.items[0]?.classes.has(name) ?? false;
  forEach(f: (el: FakeCollection, i: number) => void): void {
    this.items.forEach((el, i) => f(this.wrap([el]), i));
  }
  map<T>(f: (el: FakeCollection) => T): T[] {
    return this.items.map((el) => f(this.wrap([el])));
  }
  filter(f: string | ((el: FakeCollection) => boolean)): FakeCollection {
    const keep = (el: FakeElement) => (typeof f === 'string' ? matches(el, f) : f(this.wrap([el])));
    return this.wrap(this.items.filter(keep));
  }
  not(selector: string): FakeCollection {
    return this.wrap(this.items.filter((el) => !matches(el, selector)));
  }
  merge(other: FakeCollection): FakeCollection {
    for (const el of other.items) if (!this.items.includes(el)) this.items.push(el);
    return this;
  }
  slice(a: number, b?: number): FakeCollection {
    return this.wrap(this.items.slice(a, b));
  }
  addClass(names: string): FakeCollection {
    for (const el of this.items) for (const n of names.split(' ')) if (n) el.classes.add(n);
    return this;
  }
  removeClass(names: string): FakeCollection {
    for (const el of this.items) for (const n of names.split(' ')) el.classes.delete(n);
    return this;
  }
  select(): FakeCollection {
    for (const el of this.items) el.selected = true;
    return this;
  }
  unselect(): FakeCollection {
    for (const el of this.items) el.selected = false;
    return this;
  }
  remove(): FakeCollection {
    this.remover(this.items);
    return this;
  }
  boundingBox = () => ({ x1: 0, y1: 0, w: 100, h: 100 });
}

export function fakeCy() {
  const handlers = new Map<string, Handler[]>();
  const view = { zoom: 1, pan: { x: 0, y: 0 } };
  const elements: FakeElement[] = [];
  const remover = (gone: FakeElement[]) => {
    for (const el of gone) elements.splice(elements.indexOf(el), 1);
  };
  const all = (group?: 'nodes' | 'edges', selector?: string) =>
    new FakeCollection(
      elements.filter(
        (el) => (!group || el.group === group) && (!selector || matches(el, selector)),
      ),
      remover,
    );
  const cy = {
    on(event: string, selectorOrHandler: string | Handler, handler?: Handler) {
      const h = (handler ?? selectorOrHandler) as Handler;
      handlers.set(event, [...(handlers.get(event) ?? []), h]);
    },
    emit(event: string) {
      for (const h of handlers.get(event) ?? []) h();
    },
    width: () => 800,
    height: () => 600,
    zoom: (set?: { level: number }) => {
      if (set) view.zoom = set.level;
      return view.zoom;
    },
    pan: () => view.pan,
    minZoom: () => 0.02,
    maxZoom: () => 6,
    /** As Cytoscape does, the pan object `pan()` returned is changed in place. */
    viewport(v: { zoom: number; pan: { x: number; y: number } }) {
      view.zoom = v.zoom;
      view.pan.x = v.pan.x;
      view.pan.y = v.pan.y;
    },
    /** Animations land at once. */
    animate(v: { zoom?: number; pan?: { x: number; y: number } }) {
      if (v.zoom !== undefined && v.pan) cy.viewport({ zoom: v.zoom, pan: v.pan });
      cy.animations++;
    },
    animations: 0,
    stop: () => undefined,
    extent: () => ({
      x1: -view.pan.x / view.zoom,
      y1: -view.pan.y / view.zoom,
      w: 800 / view.zoom,
      h: 600 / view.zoom,
      x2: (800 - view.pan.x) / view.zoom,
      y2: (600 - view.pan.y) / view.zoom,
    }),
    styles: 0,
    style: () => {
      cy.styles++;
    },
    batch: (f: () => void) => f(),
    renderer: () => null,
    forceRender: () => undefined,
    dead: false,
    destroy: () => {
      cy.dead = true;
    },
    destroyed: () => cy.dead,
    view,
    elements,
    /** Ids a test says Cytoscape has (edge-layer's test has no elements). */
    present: [] as string[],
    added: [] as ElementDefinition[],
    hasElementWithId: (id: string) =>
      cy.present.includes(id) || elements.some((el) => el.data.id === id),
    add(defs: ElementDefinition | ElementDefinition[]) {
      const list = Array.isArray(defs) ? defs : [defs];
      cy.added.push(...list);
      const made = list.map((def) => ({
        group: (def.group ?? (def.data.source ? 'edges' : 'nodes')) as FakeElement['group'],
        data: { ...def.data },
        classes: new Set(
          String(def.classes ?? '')
            .split(' ')
            .filter(Boolean),
        ),
        position: def.position ?? { x: 0, y: 0 },
        selected: false,
      }));
      elements.push(...made);
      return new FakeCollection(made, remover);
    },
    nodes: (selector?: string) => all('nodes', selector),
    edges: (selector?: string) => all('edges', selector),
    $: (selector: string) => all(undefined, selector),
    collection: () => new FakeCollection([], remover),
    getElementById: (id: string) =>
      new FakeCollection(
        elements.filter((el) => el.data.id === id),
        remover,
      ),
    /** The classes of element `id`, sorted, space-separated. */
    classesOf: (id: string) =>
      [...(elements.find((el) => el.data.id === id)?.classes ?? [])].sort().join(' '),
  };
  return cy;
}
