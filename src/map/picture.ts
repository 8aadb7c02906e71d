// The picture around the map: title, date line and legend laid out beside the map, drawn
// as a list of text and mark instructions that the PNG writer paints on a canvas and the SVG
// writer turns into <text> and <path> elements. No Cytoscape here, so it runs anywhere.
import { wrapLines } from '../layout';
import { xmlSafe } from '../model';
import { canvasMeasure } from './labels.ts';
import type { LegendDocument, LegendLine } from './legend.ts';
import { shapePoints, type NodeShape } from './palette.ts';
import { FONT_STACK } from './style.ts';

export type Background = 'white' | 'transparent';

export interface ImageOptions {
  title: string;
  /** The date line, already written in the user's language. */
  date: string;
  legend: LegendDocument;
  background: Background;
  /** Names to draw instead of the map's own (anonymous mode: persons by role or type). */
  names?: ReadonlyMap<string, string>;
}

// Layout of the picture in CSS pixels (multiplied by the PNG scale).
export const PAD = 24;
const HEADER = 78;
const GAP = 28;
const LEGEND_WIDTH = 280;
const INK = '#1F2933';
const MUTED = '#52606D';

export interface Box {
  width: number;
  height: number;
}

/** A drawing instruction of the header and legend, shared by the PNG and SVG writers. */
export type Op =
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      colour: string;
    }
  | { kind: 'mark'; x: number; y: number; r: number; mark: LegendLine['mark'] };

/** Words of a text on lines of at most `width` pixels, as the picture's canvas measures them. */
function wrap(text: string, size: number, width: number, bold = false): string[] {
  return wrapLines(text, size, width, bold, canvasMeasure);
}

/** Header (title, date) and legend (to the right of a map of `map` size), as drawing ops. */
export function layout(options: ImageOptions, map: Box): { ops: Op[]; size: Box; mapTop: number } {
  const ops: Op[] = [];
  const titleLines = wrap(options.title, 22, map.width + GAP + LEGEND_WIDTH, true).slice(0, 2);
  let y = PAD + 22;
  for (const line of titleLines) {
    ops.push({ kind: 'text', x: PAD, y, text: line, size: 22, bold: true, colour: INK });
    y += 28;
  }
  ops.push({ kind: 'text', x: PAD, y: y - 4, text: options.date, size: 13, colour: MUTED });
  const top = Math.max(HEADER, y + 14);

  const x = PAD + map.width + GAP;
  const textWidth = LEGEND_WIDTH - 26;
  let ly = top + 16;
  ops.push({
    kind: 'text',
    x,
    y: ly,
    text: options.legend.title,
    size: 16,
    bold: true,
    colour: INK,
  });
  ly += 10;
  for (const section of options.legend.sections) {
    ly += 20;
    for (const line of wrap(section.heading, 13, LEGEND_WIDTH, true)) {
      ops.push({ kind: 'text', x, y: ly, text: line, size: 13, bold: true, colour: INK });
      ly += 17;
    }
    for (const entry of section.lines) {
      const label = entry.count === undefined ? entry.label : `${entry.label} (${entry.count})`;
      const lines = wrap(label, 12, textWidth);
      ops.push({ kind: 'mark', x: x + 8, y: ly + 1, r: 7, mark: entry.mark });
      for (const line of lines) {
        ops.push({ kind: 'text', x: x + 24, y: ly + 5, text: line, size: 12, colour: INK });
        ly += 16;
      }
      ly += 3;
    }
  }
  ly += 8;
  for (const note of options.legend.notes) {
    for (const line of wrap(note, 11.5, LEGEND_WIDTH)) {
      ops.push({ kind: 'text', x, y: ly + 4, text: line, size: 11.5, colour: MUTED });
      ly += 15;
    }
    ly += 5;
  }
  const width = x + LEGEND_WIDTH + PAD;
  const height = Math.max(top + map.height, ly) + PAD;
  return { ops, size: { width: Math.ceil(width), height: Math.ceil(height) }, mapTop: top };
}

/** A legend mark as SVG path data, centred on (x, y), radius r. */
export function markPath(shape: NodeShape, x: number, y: number, r: number): string {
  if (shape === 'ellipse') {
    return `M ${x - r} ${y} A ${r} ${r} 0 1 0 ${x + r} ${y} A ${r} ${r} 0 1 0 ${x - r} ${y} Z`;
  }
  if (shape === 'round-rectangle' || shape === 'barrel') {
    const k = r * 0.45;
    return `M ${x - r + k} ${y - r} H ${x + r - k} Q ${x + r} ${y - r} ${x + r} ${y - r + k} V ${y + r - k} Q ${x + r} ${y + r} ${x + r - k} ${y + r} H ${x - r + k} Q ${x - r} ${y + r} ${x - r} ${y + r - k} V ${y - r + k} Q ${x - r} ${y - r} ${x - r + k} ${y - r} Z`;
  }
  const points = shapePoints(shape) ?? [];
  const out: string[] = [];
  for (let i = 0; i < points.length; i += 2) {
    out.push(
      `${i === 0 ? 'M' : 'L'} ${(x + points[i]! * r).toFixed(2)} ${(y + points[i + 1]! * r).toFixed(2)}`,
    );
  }
  return out.join(' ') + ' Z';
}

function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A map drawn as SVG (cytoscape-svg's output) with the title, date and legend around it. */
export function composeSvg(drawn: string, options: ImageOptions): string {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(drawn)?.[1] ?? 0);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)/.exec(drawn)?.[1] ?? 0);
  const { ops, size, mapTop } = layout(options, { width, height });
  // cytoscape-svg escapes markup (XMLSerializer) but keeps characters XML cannot hold.
  const map = xmlSafe(drawn)
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^<svg/, `<svg x="${PAD}" y="${mapTop}"`);
  const parts = ops.map((op) => {
    if (op.kind === 'text') {
      return `<text x="${op.x}" y="${op.y}" font-size="${op.size}"${op.bold ? ' font-weight="600"' : ''} fill="${op.colour}">${escapeXml(op.text)}</text>`;
    }
    if (op.mark.kind === 'ring') {
      return `<circle cx="${op.x}" cy="${op.y}" r="${op.r - 2}" fill="none" stroke="${op.mark.colour}" stroke-width="4"/>`;
    }
    return `<path d="${markPath(op.mark.shape, op.x, op.y, op.r)}" fill="${op.mark.colour}" stroke="#3E4A57" stroke-opacity="0.7"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<title>${escapeXml(options.title)}</title>`,
    options.background === 'white' ? `<rect width="100%" height="100%" fill="#ffffff"/>` : '',
    map,
    `<g class="legend" font-family="${escapeXml(FONT_STACK)}">`,
    ...parts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
