// The demo territory's layout, computed ahead: `npm run demo:layout` (bin/demo-layout.ts)
// runs the pipeline's own fcose on the demo's files in Node and keeps the positions in
// data/demo/layout.json, so that the demo opens without waiting for fcose (about 0.4 s of
// the worker's time). Used only for the demo's own files, byte for byte, giving the same
// actors: any other files, the demo's edited included, are laid out as usual. A unit test
// lays the demo out again and checks the file is what fcose computes today.
import type { InputFile } from '../domain';
import type { MaillageGraph } from '../model';
import { firstLayoutInput } from '../layout';
import { packComponents } from './layout-core.ts';
import layout from '../../data/demo/layout.json';

/** What a layout computed ahead keeps: the files' print, the actors (in the graph's order)
 * and their positions before the components are packed for the screen's shape. */
export interface LayoutAhead {
  files: string;
  ids: string[];
  xy: number[];
}

/** A print of the files' names and bytes (FNV-1a, 32 bits, each file), in name order. */
export function filesPrint(files: readonly InputFile[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => {
      let hash = 0x811c9dc5;
      for (const byte of file.bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
      return `${file.name}:${file.bytes.length}:${hash.toString(16)}`;
    })
    .join('|');
}

/** The positions kept for these files and this graph, packed for a map of this aspect
 * (as the pipeline's fcose packs them), or null when they are not the demo's. */
export function positionsAhead(
  files: readonly InputFile[],
  graph: MaillageGraph,
  aspect: number,
  ahead: LayoutAhead = layout,
): Float64Array | null {
  if (ahead.ids.length !== graph.order || ahead.xy.length !== 2 * graph.order) return null;
  if (filesPrint(files) !== ahead.files) return null;
  let i = 0;
  for (const id of graph.nodes()) if (id !== ahead.ids[i++]) return null;
  const xy = Float64Array.from(ahead.xy);
  // Packing moves whole components only, to places that depend on their boxes and the
  // aspect, not on where they were: packing again for this aspect gives what fcose gives.
  packComponents(xy, firstLayoutInput(graph, aspect));
  return xy;
}
