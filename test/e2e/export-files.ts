// Reading the files the app exports, strictly: XML (SVG, GEXF, GraphML) with every parser
// error reported, colours, and PNG decoded by hand from its chunks (zlib is Node's): enough to
// check sizes, transparency and that a picture is not blank.
import { inflateSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import { expect } from 'vitest';
import { xmlProblems } from '../model/helpers.ts';

/** A strict XML parse (xmlProblems, then xmldom with every error reported). */
export function xml(text: string): Document {
  expect(xmlProblems(text)).toEqual([]);
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

/** The lines of text of an SVG document, whitespace collapsed. */
export function svgTexts(doc: Document): string[] {
  return elements(doc, 'text').map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The elements of a tag (xmldom's lists are not iterable). */
export function elements(doc: Document, tag: string): Element[] {
  const list = doc.getElementsByTagName(tag);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

/** `#rrggbb` in lower case, from `#RGB`, `#RRGGBB` or `rgb(r, g, b)`. */
export function hex(colour: string): string {
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(colour.trim());
  if (rgb) {
    return `#${rgb
      .slice(1, 4)
      .map((c) => Number(c).toString(16).padStart(2, '0'))
      .join('')}`;
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour.trim());
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return colour.trim().toLowerCase();
}

// ---------------------------------------------------------------------------------- PNG

export interface Png {
  width: number;
  height: number;
  colourType: number;
  /** RGBA, row by row. */
  rgba: Uint8Array;
}

/** Width, height, bit depth and colour type from the PNG signature and IHDR chunk. */
export function pngHeader(bytes: Buffer) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24]!,
    colourType: bytes[25]!,
    interlace: bytes[28]!,
  };
}

/** Decodes an 8-bit, non-interlaced greyscale/RGB/RGBA PNG (what Chromium's canvas writes). */
export function decodePng(bytes: Buffer): Png {
  const header = pngHeader(bytes);
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[header.colourType];
  if (!channels || header.bitDepth !== 8 || header.interlace !== 0) {
    throw new Error(`PNG not decoded here: ${JSON.stringify(header)}`);
  }
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const { width, height } = header;
  const stride = width * channels;
  expect(raw.length).toBe(height * (stride + 1));
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const from = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[row + x - channels]! : 0;
      const b = y > 0 ? data[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? data[row - stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`PNG filter ${filter} on row ${y}`);
      data[row + x] = (raw[from + x]! + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = data.subarray(i * channels, (i + 1) * channels);
    const grey = channels <= 2;
    rgba[i * 4] = p[0]!;
    rgba[i * 4 + 1] = grey ? p[0]! : p[1]!;
    rgba[i * 4 + 2] = grey ? p[0]! : p[2]!;
    rgba[i * 4 + 3] = channels === 2 ? p[1]! : channels === 4 ? p[3]! : 255;
  }
  return { width, height, colourType: header.colourType, rgba };
}

/** Distinct colours, and the share of pixels that are neither white nor transparent, in
 * the columns [x0, x1). */
export function inkOf(png: Png, x0 = 0, x1 = png.width) {
  const colours = new Set<number>();
  let ink = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b, a] = [png.rgba[i]!, png.rgba[i + 1]!, png.rgba[i + 2]!, png.rgba[i + 3]!];
      colours.add(((r << 24) | (g << 16) | (b << 8) | a) >>> 0);
      if (a > 0 && !(r === 255 && g === 255 && b === 255)) ink++;
    }
  }
  return { colours: colours.size, ink: ink / (png.height * (x1 - x0)) };
}

export const pixel = (png: Png, x: number, y: number) => [
  ...png.rgba.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4),
];
