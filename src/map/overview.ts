// A still picture of a big map, drawn on a plain canvas while Cytoscape takes its elements.
//
// At 10,000 actors / 40,000 links Cytoscape's canvas renderer needs several seconds (styles,
// bounding boxes, its texture caches) before its first frame; in software rasterisation the
// floor measured with a two-rule stylesheet was about 8 s (BENCHMARKS.md). The same actors
// and links, at the same positions, in the same colours, sizes and framing, stroked in one
// path per link width (links-drawing.ts) and filled in a few paths per colour, take a few tens
// of milliseconds. No library draws a graph in bulk on a bare 2D context, hence this small
// module; it is replaced by the interactive map as soon as that one is drawn.
import { drawingOrder, drawLinks, type LinkContext, type LinkScene } from './links-drawing.ts';
import type { NodeShape } from './palette.ts';

export interface OverviewNode {
  x: number;
  y: number;
  /** Diameter in model pixels. */
  size: number;
  colour: string;
  shape: NodeShape;
  /** Opacity (a state: faded, dimmed…); 0 leaves the actor out (hidden). Default 1. */
  alpha?: number;
  /** A border (selected, critical, lit…), in model pixels. */
  ring?: { width: number; colour: string; opacity: number };
}

export interface OverviewScene {
  nodes: readonly OverviewNode[];
  /** Node index pairs. */
  edges: Int32Array | readonly number[];
  /** Width of each link in model pixels (one per pair). */
  widths: readonly number[];
  edgeColour: string;
  edgeOpacity: number;
  /** The viewport the interactive map will open on. */
  viewport: { zoom: number; pan: { x: number; y: number } };
  /** Each actor's opacity for this drawing, over the node's own `alpha` (the still picture
   * writes its marks here, in a buffer kept from one drawing to the next). */
  alphas?: ArrayLike<number>;
  /** The borders for this drawing, by actor index, over the nodes' own `ring`. */
  rings?: ReadonlyMap<number, NonNullable<OverviewNode['ring']>>;
}

/** The part of CanvasRenderingContext2D the picture uses (tests pass a recorder). */
export type OverviewContext = LinkContext &
  Pick<CanvasRenderingContext2D, 'arc' | 'rect' | 'fill' | 'closePath'> & {
    fillStyle: CanvasRenderingContext2D['fillStyle'];
  };

/** Draws the links, then the actors (links under actors, as Cytoscape does). */
export function drawOverview(ctx: OverviewContext, scene: OverviewScene): void {
  const { zoom, pan } = scene.viewport;
  const sx = (x: number) => x * zoom + pan.x;
  const sy = (y: number) => y * zoom + pan.y;
  const { nodes, alphas, rings } = scene;
  const alphaOf = (i: number) => (alphas ? (alphas[i] as number) : (nodes[i]?.alpha ?? 1));

  // Links, in bulk, as the big map's link layer draws them (none when a layer has them).
  if (scene.edges.length > 0) {
    const xy = new Float64Array(2 * nodes.length);
    nodes.forEach((node, i) => {
      xy[2 * i] = node.x;
      xy[2 * i + 1] = node.y;
    });
    const links: LinkScene = {
      xy,
      pairs: Int32Array.from(scene.edges),
      widths: Float64Array.from(scene.widths),
      states: null,
      looks: [{ colour: scene.edgeColour, opacity: scene.edgeOpacity, width: null, dash: null }],
      viewport: scene.viewport,
      screen: { width: Infinity, height: Infinity },
    };
    drawLinks(ctx, links, drawingOrder(links));
  }

  // Actors, a few paths per colour and opacity: their indices grouped by colour, then by
  // opacity (no key string nor list copied per actor: 50,000 actors are drawn at each mark).
  const byColour = new Map<string, Map<number, number[]>>();
  for (let i = 0; i < nodes.length; i++) {
    const alpha = alphaOf(i);
    if (!(alpha > 0)) continue;
    const colour = (nodes[i] as OverviewNode).colour;
    let byAlpha = byColour.get(colour);
    if (!byAlpha) byColour.set(colour, (byAlpha = new Map()));
    let list = byAlpha.get(alpha);
    if (!list) byAlpha.set(alpha, (list = []));
    list.push(i);
  }
  const radius = (node: OverviewNode) => Math.max(0.5, (node.size * zoom) / 2);
  for (const [colour, byAlpha] of byColour) {
    for (const [alpha, list] of byAlpha) {
      ctx.globalAlpha = alpha;
      ctx.fillStyle = colour;
      for (let start = 0; start < list.length; start += SHAPES_PER_PATH) {
        ctx.beginPath();
        const end = Math.min(list.length, start + SHAPES_PER_PATH);
        for (let k = start; k < end; k++) {
          const node = nodes[list[k] as number] as OverviewNode;
          // At least a pixel across, so that every actor shows.
          shapePath(ctx, sx(node.x), sy(node.y), radius(node), node.shape);
        }
        ctx.fill();
      }
    }
  }
  // Borders (a handful of marked actors), over the fills.
  const ringed: Iterable<[number, OverviewNode['ring']]> =
    rings ?? nodes.map((node, i) => [i, node.ring] as [number, OverviewNode['ring']]);
  for (const [i, ring] of ringed) {
    const node = nodes[i];
    const alpha = alphaOf(i);
    if (!node || !ring || ring.width <= 0 || alpha <= 0) continue;
    ctx.globalAlpha = alpha * ring.opacity;
    ctx.strokeStyle = ring.colour;
    // At a whole-map zoom a marked actor still shows: 2 pixels of border around 3 at least.
    ctx.lineWidth = Math.max(2, ring.width * zoom);
    ctx.beginPath();
    shapePath(ctx, sx(node.x), sy(node.y), Math.max(3, radius(node)), node.shape);
    ctx.closePath();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** A colour's actors are filled this many per path: Chromium's path operations grow with the
 * path (closePath alone made 100,000 triangles a 14 s task), short paths keep each cheap. */
export const SHAPES_PER_PATH = 2000;

/** Corners of a regular polygon of radius 1 with `sides` sides, point up (as Cytoscape's). */
function regular(sides: number): number[] {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const a = start + i * step;
    points.push(Math.cos(a), -Math.sin(a));
  }
  return points;
}

const POLYGONS: Partial<Record<NodeShape, number[]>> = {
  triangle: regular(3),
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  pentagon: regular(5),
  hexagon: regular(6),
  'concave-hexagon': regular(6),
  heptagon: regular(7),
  octagon: regular(8),
  star: star(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

function star(): number[] {
  const points: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 1 : 0.382;
    points.push(r * Math.cos(a), -r * Math.sin(a));
  }
  return points;
}

/** Adds one actor's outline to the current path (rectangles for the rectangle family). */
export function shapePath(
  ctx: Pick<OverviewContext, 'moveTo' | 'lineTo' | 'arc' | 'rect'>,
  x: number,
  y: number,
  r: number,
  shape: NodeShape,
): void {
  if (shape === 'ellipse') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  const polygon = POLYGONS[shape];
  if (!polygon) {
    ctx.rect(x - r, y - r, 2 * r, 2 * r);
    return;
  }
  ctx.moveTo(x + (polygon[0] as number) * r, y + (polygon[1] as number) * r);
  for (let i = 2; i < polygon.length; i += 2) {
    ctx.lineTo(x + (polygon[i] as number) * r, y + (polygon[i + 1] as number) * r);
  }
  // No closePath: fill() closes the outline, and in Chromium closePath costs time in
  // proportion to the whole path (quadratic over a colour's actors).
}

/**
 * The CSS transform (origin at the top left) that moves a picture drawn for viewport
 * `drawn` to where the map now is at `zoom` and `pan`: a model point drawn at
 * s₀ = m·z₀ + p₀ must show at m·z + p = k·s₀ + (p − k·p₀), with k = z / z₀.
 */
export function followTransform(
  drawn: { zoom: number; pan: { x: number; y: number } },
  zoom: number,
  pan: { x: number; y: number },
): string {
  const k = zoom / drawn.zoom;
  return `translate(${pan.x - drawn.pan.x * k}px, ${pan.y - drawn.pan.y * k}px) scale(${k})`;
}
