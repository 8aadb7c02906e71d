// The graph as a GEXF 1.3 file for Gephi, written by graphology-gexf: every actor with its
// fields (graph-fields.ts) and, when the caller gives them, the colour, size and position it
// has on the map, so that Gephi opens the map as it looks here (Gephi's y axis points up,
// the map's down: y is turned over).
import write from 'graphology-gexf/common/writer.js';
import type { Lang, ReferenceData } from '../domain';
import type { MaillageGraph } from './graph.ts';
import { edgeFields, nodeFields, xmlSafe, type NodeViz } from './graph-fields.ts';

export interface GraphFileOptions {
  ref: ReferenceData;
  lang: Lang;
  /** Actor id → its look on the map. */
  viz?: ReadonlyMap<string, NodeViz>;
  title?: string;
  /** Written as the file's date (default: now). */
  date?: Date;
}

export function toGexf(graph: MaillageGraph, options: GraphFileOptions): string {
  const copy = graph.copy();
  const date = (options.date ?? new Date()).toISOString().slice(0, 10);
  // graphology-gexf writes the graph's scalar attributes as the file's <meta>.
  copy.replaceAttributes({
    creator: 'Maillage',
    description: xmlSafe(options.title ?? ''),
    lastModifiedDate: date,
  } as never);
  return write(copy, {
    version: '1.3',
    formatNode: (id, actor) => {
      const viz = options.viz?.get(id);
      return {
        label: xmlSafe(actor.name),
        attributes: nodeFields(actor, options.ref, options.lang),
        ...(viz ? { viz: { color: viz.color, size: viz.size, x: viz.x, y: -viz.y } } : {}),
      };
    },
    formatEdge: (_key, link) => ({
      // The file's own weight when it had one outside 1–3 (Gephi, Kumu), else the strength.
      weight: link.weight ?? link.strength ?? 1,
      attributes: edgeFields(link),
    }),
  });
}
