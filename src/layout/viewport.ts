// The viewport that shows a set of actors: plain arithmetic on their positions and sizes,
// so the map can fit before Cytoscape has measured anything.

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport that shows circles (x, y, diameter triples) in a `width` × `height` screen
 * with `padding` pixels around and `labelRoom` screen pixels below for names.
 */
export function fitViewport(
  circles: readonly number[],
  width: number,
  height: number,
  padding: number,
  labelRoom: number,
  minZoom: number,
  maxZoom: number,
): Viewport | null {
  if (circles.length < 3 || width <= 0 || height <= 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i + 2 < circles.length; i += 3) {
    const [x, y, diameter] = [circles[i] ?? 0, circles[i + 1] ?? 0, circles[i + 2] ?? 0];
    x1 = Math.min(x1, x - diameter / 2);
    x2 = Math.max(x2, x + diameter / 2);
    y1 = Math.min(y1, y - diameter / 2);
    y2 = Math.max(y2, y + diameter / 2);
  }
  const w = Math.max(x2 - x1, 1);
  const h = Math.max(y2 - y1, 1);
  const zoom = Math.min(
    maxZoom,
    Math.max(minZoom, Math.min((width - 2 * padding) / w, (height - 2 * padding - labelRoom) / h)),
  );
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: (height - labelRoom) / 2 - cy * zoom } };
}
