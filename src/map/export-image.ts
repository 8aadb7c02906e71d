// The map as a picture to show or print: PNG at 1×, 2× or 4×, or SVG with its text kept as
// text (cytoscape-svg), each with a title, a date line and the legend beside the map. Also
// what the graph files need from the map: each actor's colour, size and position.
//
// Browser only (canvas, Image, Path2D, cytoscape-svg). The layout around the map is
// picture.ts; the legend's content is legend.ts `legendDocument`, the same lists as the
// on-screen legend.
import cytoscape, { type Core } from 'cytoscape';
import type { NodeViz } from '../model';
import { mapLabel } from '../layout';
import { composeSvg, layout, markPath, PAD, type ImageOptions, type Op } from './picture.ts';
import { FONT_STACK, NAMED } from './style.ts';

export type { Background, ImageOptions } from './picture.ts';

export interface PngOptions extends ImageOptions {
  scale: 1 | 2 | 4;
}

/** The map a picture is made of: its Cytoscape instance and a way to make it ready for the
 * picture (NetworkMap.forPicture: big maps lend their links and choose their names). */
export interface PictureSource {
  cy: Core;
  forPicture?: <T>(draw: () => T) => T;
}

/** The map part is at most this many CSS pixels on its longest side. */
const MAP_MAX = 2400;

// cytoscape-svg reads `window` as soon as it is evaluated: it is loaded with the first SVG
// export, so that the map's face can be imported where there is no window (unit tests, the
// app's pure modules under Node) and the first load does not carry it.
let registered: Promise<void> | null = null;
function register(): Promise<void> {
  registered ??= import('cytoscape-svg').then(({ default: svgExtension }) => {
    cytoscape.use(svgExtension);
  });
  return registered;
}

/** Scale of the map part: as on screen (labels keep their size), within MAP_MAX. */
function mapScale(cy: Core): number {
  const bb = cy.elements(':visible').boundingBox({});
  const longest = Math.max(1, bb.w, bb.h);
  return Math.min(cy.zoom(), MAP_MAX / longest);
}

/** Runs `draw` with the names of `names` on the map, then puts the map's own back. */
function withNames<T>(
  source: PictureSource,
  names: ReadonlyMap<string, string> | undefined,
  take: () => T,
): T {
  const { cy } = source;
  const draw = () => (source.forPicture ? source.forPicture(take) : take());
  // Big maps name only the actors that were in view (names.ts `nameInView`): a picture of the
  // whole map names every actor big enough in it, as the map would at that scale.
  nameEveryone(cy);
  if (!names) return draw();
  const saved = new Map<string, unknown>();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const name = names.get(node.id());
      if (name === undefined) return;
      const label = mapLabel(name);
      if (node.data('label') === label) return;
      saved.set(node.id(), node.data('label'));
      node.data('label', label);
    });
  });
  try {
    return draw();
  } finally {
    cy.batch(() => {
      for (const [id, label] of saved) cy.getElementById(id).data('label', label);
    });
  }
}

/** Gives every actor its name (big maps; a no-op on small ones, named by the stylesheet). */
export function nameEveryone(cy: Core): void {
  const unnamed = cy.nodes().not(`.${NAMED}`);
  if (unnamed.length > 0) unnamed.addClass(NAMED);
}

// ----------------------------------------------------------------------------------- PNG

/** The map as a PNG with its title, date and legend. */
export async function exportPng(source: PictureSource, options: PngOptions): Promise<Blob> {
  const { cy } = source;
  const k = mapScale(cy);
  const uri = withNames(source, options.names, () =>
    cy.png({
      output: 'base64uri',
      full: true,
      scale: k * options.scale,
      ...(options.background === 'white' ? { bg: '#ffffff' } : {}),
    }),
  );
  const image = new Image();
  image.src = uri;
  await image.decode();
  const map = {
    width: image.naturalWidth / options.scale,
    height: image.naturalHeight / options.scale,
  };
  const { ops, size, mapTop } = layout(options, map);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(size.width * options.scale);
  canvas.height = Math.ceil(size.height * options.scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D unavailable');
  if (options.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.scale(options.scale, options.scale);
  ctx.drawImage(image, PAD, mapTop, map.width, map.height);
  for (const op of ops) {
    if (op.kind === 'text') {
      ctx.font = `${op.bold ? '600 ' : ''}${op.size}px ${FONT_STACK}`;
      ctx.fillStyle = op.colour;
      ctx.fillText(op.text, op.x, op.y);
    } else drawMark(ctx, op);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

function drawMark(ctx: CanvasRenderingContext2D, op: Extract<Op, { kind: 'mark' }>): void {
  if (op.mark.kind === 'ring') {
    ctx.beginPath();
    ctx.arc(op.x, op.y, op.r - 2, 0, 2 * Math.PI);
    ctx.strokeStyle = op.mark.colour;
    ctx.lineWidth = 4;
    ctx.stroke();
    return;
  }
  const path = new Path2D(markPath(op.mark.shape, op.x, op.y, op.r));
  ctx.fillStyle = op.mark.colour;
  ctx.fill(path);
  ctx.strokeStyle = 'rgba(62, 74, 87, 0.7)';
  ctx.lineWidth = 1;
  ctx.stroke(path);
}

// ----------------------------------------------------------------------------------- SVG

/** The map as an SVG document with its title, date and legend, all text as <text>. */
export async function exportSvg(source: PictureSource, options: ImageOptions): Promise<string> {
  await register();
  const { cy } = source;
  const k = mapScale(cy);
  const drawn = withNames(source, options.names, () =>
    (cy as Core & { svg(o: object): string }).svg({ full: true, scale: k }),
  );
  return composeSvg(drawn, options);
}

// ---------------------------------------------------------------------- for graph files

/** Each actor's look on the map: fill colour, radius (Gephi's size) and position. */
export function vizFromMap(cy: Core): Map<string, NodeViz> {
  const viz = new Map<string, NodeViz>();
  cy.nodes().forEach((node) => {
    const p = node.position();
    viz.set(node.id(), {
      color: String(node.data('colour') ?? '#999999'),
      size: Number(node.data('size') ?? 20) / 2,
      x: Math.round(p.x * 100) / 100,
      y: Math.round(p.y * 100) / 100,
    });
  });
  return viz;
}

/** Each actor's position on the map, for the workspace file. */
export function positionsFromMap(cy: Core): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    const p = node.position();
    out[node.id()] = { x: p.x, y: p.y };
  });
  return out;
}
