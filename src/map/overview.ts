// A still picture of a big map, drawn on a plain canvas while Cytoscape takes its elements.
//
// At 10,000 actors / 40,000 links Cytoscape's canvas renderer needs several seconds (styles,
// bounding boxes, its texture caches) before its first frame; in software rasterisation the
// floor measured with a two-rule stylesheet was about 8 s (BENCHMARKS.md). The same actors
// and links, at the same positions, in the same colours, sizes and framing, stroked in one
// path per link width and filled in one path per colour, take a few tens of milliseconds.
// No library draws a graph in bulk on a bare 2D context, hence this small module; it is
// replaced by the interactive map as soon as that one is drawn.
import type { NodeShape } from './palette.ts';

export interface OverviewNode {
  x: number;
  y: number;
  /** Diameter in model pixels. */
  size: number;
  colour: string;
  shape: NodeShape;
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
}

/** The part of CanvasRenderingContext2D the picture uses (tests pass a recorder). */
export type OverviewContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'arc' | 'rect' | 'fill' | 'stroke'
> & {
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  lineWidth: number;
  globalAlpha: number;
};

/** Below this many screen pixels a link is drawn at this width with less opacity, as a
 * canvas does with hairlines (so that a whole-map view is not a grey blot). */
const HAIRLINE = 1;

/** Draws the links, then the actors (links under actors, as Cytoscape does). */
export function drawOverview(ctx: OverviewContext, scene: OverviewScene): void {
  const { zoom, pan } = scene.viewport;
  const sx = (x: number) => x * zoom + pan.x;
  const sy = (y: number) => y * zoom + pan.y;
  const { nodes, edges, widths } = scene;

  // Links, one path per width.
  const byWidth = new Map<number, number[]>();
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i] as number;
    let list = byWidth.get(w);
    if (!list) byWidth.set(w, (list = []));
    list.push(i);
  }
  ctx.strokeStyle = scene.edgeColour;
  for (const [width, list] of byWidth) {
    const screen = width * zoom;
    ctx.lineWidth = Math.max(HAIRLINE, screen);
    ctx.globalAlpha = scene.edgeOpacity * Math.min(1, screen / HAIRLINE);
    ctx.beginPath();
    for (const i of list) {
      const a = nodes[edges[2 * i] as number];
      const b = nodes[edges[2 * i + 1] as number];
      if (!a || !b) continue;
      ctx.moveTo(sx(a.x), sy(a.y));
      ctx.lineTo(sx(b.x), sy(b.y));
    }
    ctx.stroke();
  }

  // Actors, one path per colour.
  ctx.globalAlpha = 1;
  const byColour = new Map<string, OverviewNode[]>();
  for (const node of nodes) {
    let list = byColour.get(node.colour);
    if (!list) byColour.set(node.colour, (list = []));
    list.push(node);
  }
  for (const [colour, list] of byColour) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (const node of list) {
      // At least a pixel across, so that every actor shows.
      shapePath(ctx, sx(node.x), sy(node.y), Math.max(0.5, (node.size * zoom) / 2), node.shape);
    }
    ctx.fill();
  }
}

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
function shapePath(ctx: OverviewContext, x: number, y: number, r: number, shape: NodeShape): void {
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
  ctx.closePath();
}
