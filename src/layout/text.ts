// The size of a name as the map draws it (wrapped at whitespace within a maximum width, 1.15
// line height), without the DOM: the width of a piece of text comes from a `Measure` the
// caller gives. The map gives a canvas; where there is none (the pipeline worker's first
// layout, unit tests), an average glyph width of 0.55 em is close enough.
import { LABEL_PX } from './sizes.ts';

/** Line height, as in the stylesheet. */
export const LINE_HEIGHT = 1.15;

/** Longest label drawn on the map; the full name is in the details panel and the tables. */
export const LABEL_MAX = 64;

/** The width in pixels of `text` at `px` pixels, bold or not. */
export type Measure = (text: string, px: number, bold: boolean) => number;

/** An estimate from the text's length: 0.55 em a character. */
export const estimateWidth: Measure = (text, px) => text.length * px * 0.55;

/** A name as the map shows it: whitespace collapsed, cut at LABEL_MAX characters. */
export function mapLabel(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  return clean.length > LABEL_MAX ? `${clean.slice(0, LABEL_MAX - 1).trimEnd()}…` : clean;
}

/** Lines of `text` wrapped at spaces to `maxWidth` (a longer word keeps its own line). */
export function wrapLines(
  text: string,
  px: number,
  maxWidth: number,
  bold = false,
  measure: Measure = estimateWidth,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, px, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The box of `text` wrapped to `maxWidth`. */
export function labelSize(
  text: string,
  px: number,
  maxWidth: number,
  bold = false,
  measure: Measure = estimateWidth,
): { width: number; height: number; lines: number } {
  const lines = wrapLines(text, px, maxWidth, bold, measure);
  const width = Math.max(0, ...lines.map((l) => measure(l, px, bold)));
  return { width, height: lines.length * px * LINE_HEIGHT, lines: lines.length };
}

/** Widest a name runs at zoom 1 before it wraps, as the layout keeps room for it. */
export const NAME_WIDTH = 124;

/** The box of an actor's label under it at zoom 1, as the layout keeps room for it, for the
 * label tier of the actor's size (`tierFor`): tier 3 names are bold. */
export function nameBox(
  label: string,
  tier: number,
  measure: Measure = estimateWidth,
): { width: number; height: number } {
  return labelSize(label, LABEL_PX[tier] ?? 12, NAME_WIDTH, tier === 3, measure);
}
