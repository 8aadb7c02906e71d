// The width of text as the map and its pictures draw it, measured with a canvas: the
// `Measure` that src/layout/text.ts wraps and sizes names with, so that the declutter and
// the legend of a picture know the text boxes without asking Cytoscape to lay out every label
// and link first. Where there is no canvas (unit tests in Node), the layer's estimate.
import { estimateWidth, type Measure } from '../layout';
import { FONT_STACK } from './style.ts';

let context: { measureText(text: string): { width: number }; font: string } | null | undefined;

function canvasContext(): typeof context {
  if (context === undefined) {
    try {
      context =
        typeof OffscreenCanvas !== 'undefined'
          ? new OffscreenCanvas(1, 1).getContext('2d')
          : typeof document !== 'undefined'
            ? document.createElement('canvas').getContext('2d')
            : null;
    } catch {
      context = null;
    }
  }
  return context;
}

const cache = new Map<string, number>();

/** Canvas text width in the map's fonts (cached: the declutter asks again at every zoom). */
export const canvasMeasure: Measure = (text, px, bold) => {
  const canvas = canvasContext();
  if (!canvas) return estimateWidth(text, px, bold);
  const font = `${bold ? '600 ' : ''}${px}px ${FONT_STACK}`;
  const key = `${font}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    canvas.font = font;
    width = canvas.measureText(text).width;
    if (cache.size > 50_000) cache.clear();
    cache.set(key, width);
  }
  return width;
};
