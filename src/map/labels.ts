// The size of a name as Cytoscape draws it (`text-wrap: wrap` at whitespace, within
// `text-max-width`), measured with a canvas so that the declutter knows the label boxes
// without asking Cytoscape to lay out every label and link first.
import { FONT_STACK } from './style.ts';

/** Line height, as in the stylesheet. */
export const LINE_HEIGHT = 1.15;

type Measure = (text: string, font: string) => number;

let context: { measureText(text: string): { width: number }; font: string } | null | undefined;

/** Canvas text width; a rough estimate where there is no canvas (unit tests in Node). */
const canvasMeasure: Measure = (text, font) => {
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
  if (!context) {
    const px = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
    return text.length * px * 0.55;
  }
  context.font = font;
  return context.measureText(text).width;
};

const cache = new Map<string, number>();

function width(text: string, font: string, measure: Measure): number {
  const key = `${font}|${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    w = measure(text, font);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, w);
  }
  return w;
}

/** Lines of `text` wrapped at spaces to `maxWidth` (a longer word keeps its own line). */
export function wrapLines(text: string, font: string, maxWidth: number, measure = canvasMeasure) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate, font, measure) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function labelSize(
  text: string,
  fontPx: number,
  maxWidth: number,
  bold = false,
  measure: Measure = canvasMeasure,
): { width: number; height: number; lines: number } {
  const font = `${bold ? '600 ' : ''}${fontPx}px ${FONT_STACK}`;
  const lines = wrapLines(text, font, maxWidth, measure);
  const w = Math.max(0, ...lines.map((l) => width(l, font, measure)));
  return { width: w, height: lines.length * fontPx * LINE_HEIGHT, lines: lines.length };
}
