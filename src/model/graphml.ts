// The graph as a GraphML file (yEd, Gephi, Cytoscape desktop, NetworkX, igraph).
//
// Written by hand: graphology-graphml only parses (its writer is an open pull request,
// graphology#550, not published), and the format is small. Every field has its <key>,
// lists are joined with " | " (GraphML has no lists), and the look on the map is given
// twice: as data keys Gephi reads (label, x, y, size, r, g, b, color) and as yEd's own node
// graphics, which is the only way yEd shows colours and positions.
import type { MaillageGraph } from './graph.ts';
import type { GraphFileOptions } from './gexf.ts';
import { edgeFields, nodeFields, xmlSafe, type FieldValue } from './graph-fields.ts';

type KeyType = 'string' | 'boolean' | 'int' | 'double';

interface Key {
  id: string;
  name: string;
  type: KeyType;
}

/** XML text or attribute value: escaped, characters XML cannot hold removed. */
export function xmlEscape(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

function typeOf(values: readonly FieldValue[]): KeyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function text(value: FieldValue): string {
  return Array.isArray(value) ? value.join(' | ') : String(value);
}

/** Keys for every field name met, in order, with the type of their values. */
function keysOf(rows: readonly Record<string, FieldValue>[], prefix: string): Key[] {
  const values = new Map<string, FieldValue[]>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  }
  return [...values].map(([name, list], i) => ({ id: `${prefix}${i}`, name, type: typeOf(list) }));
}

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : null;
}

export function toGraphml(graph: MaillageGraph, options: GraphFileOptions): string {
  const nodes = graph.mapNodes((id, actor) => {
    const row: Record<string, FieldValue> = { label: actor.name };
    const viz = options.viz?.get(id);
    if (viz) {
      const [r, g, b] = rgb(viz.color) ?? [153, 153, 153];
      // Gephi's y axis points up, the map's down.
      Object.assign(row, { x: viz.x, y: -viz.y, size: viz.size, r, g, b, color: viz.color });
    }
    return { id, row: Object.assign(row, nodeFields(actor, options.ref, options.lang)) };
  });
  const edges = graph.mapEdges((key, link, source, target) => ({
    id: key,
    source,
    target,
    row: { weight: link.weight ?? link.strength ?? 1, ...edgeFields(link) } as Record<
      string,
      FieldValue
    >,
  }));
  const nodeKeys = keysOf(
    nodes.map((n) => n.row),
    'n',
  );
  const edgeKeys = keysOf(
    edges.map((e) => e.row),
    'e',
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    `  <!-- Maillage${options.title ? ` — ${xmlEscape(options.title).replace(/--/g, '‑‑')}` : ''}, ${(options.date ?? new Date()).toISOString().slice(0, 10)} -->`,
  ];
  const key = (k: Key, target: 'node' | 'edge') =>
    `  <key id="${k.id}" for="${target}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`;
  out.push(...nodeKeys.map((k) => key(k, 'node')), ...edgeKeys.map((k) => key(k, 'edge')));
  const yed = options.viz !== undefined;
  if (yed) out.push('  <key id="yed" for="node" yfiles.type="nodegraphics"/>');
  out.push('  <graph id="G" edgedefault="undirected">');
  const data = (keys: readonly Key[], row: Record<string, FieldValue>, indent: string) =>
    keys
      .filter((k) => k.name in row)
      .map((k) => `${indent}<data key="${k.id}">${xmlEscape(text(row[k.name]!))}</data>`);
  for (const n of nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">`, ...data(nodeKeys, n.row, '      '));
    const viz = options.viz?.get(n.id);
    if (viz) {
      const side = Math.max(1, viz.size * 2);
      out.push(
        '      <data key="yed"><y:ShapeNode>',
        `        <y:Geometry x="${viz.x - side / 2}" y="${viz.y - side / 2}" width="${side}" height="${side}"/>`,
        `        <y:Fill color="${xmlEscape(viz.color)}" transparent="false"/>`,
        `        <y:NodeLabel modelName="sides" modelPosition="s">${xmlEscape(String(n.row.label))}</y:NodeLabel>`,
        '        <y:Shape type="ellipse"/>',
        '      </y:ShapeNode></data>',
      );
    }
    out.push('    </node>');
  }
  for (const e of edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
      ...data(edgeKeys, e.row, '      '),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
