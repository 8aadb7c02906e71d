// Graph files of Gephi and other tools — GEXF and GraphML — → a table of actors (one row per
// node: id, label, attributes) and a table of links (source, target, attributes), read with
// graphology-gexf / graphology-graphml (their XML parser is @xmldom, so the same code runs in
// the app's worker, which has no DOMParser, and in the CLI). Loaded only when such a file
// arrives. Drawing data (colour, size, position) is not read: the map draws its own.
import type { InputFile } from '../domain';
import { graphFileUnreadable, graphRecognised } from './messages/sources.ts';
import { info } from './report.ts';
import { failedSource, sheetSourceName, type Source, type TableRecord } from './source.ts';

export type GraphFormat = 'gexf' | 'graphml';

/** A GEXF or GraphML file by its name, or by its root element. */
export function graphFormatOf(file: InputFile): GraphFormat | null {
  if (/\.gexf$/i.test(file.name)) return 'gexf';
  if (/\.graphml$/i.test(file.name)) return 'graphml';
  const head = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 600));
  if (!/^\ufeff?\s*</.test(head)) return null;
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  return null;
}

/** Attributes that say how a node is drawn, not what it is. */
const DRAWING = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'label']);
/** Fields Maillage's own export adds that the import makes again by itself. */
const MAILLAGE_DERIVED = new Set(['typeId', 'count']);

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(' | ');
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  return String(v);
}

/** Rows of attributes → a table; header on line 0, row n on line n. */
function table(
  first: string[],
  rows: { fixed: string[]; attributes: Record<string, unknown> }[],
  skip: Set<string>,
): TableRecord[] {
  const keys: string[] = [];
  const seen = new Set(skip);
  for (const r of rows) {
    for (const k of Object.keys(r.attributes)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const records: TableRecord[] = [{ line: 0, cells: [...first, ...keys] }];
  rows.forEach((r, i) => {
    records.push({ line: i + 1, cells: [...r.fixed, ...keys.map((k) => text(r.attributes[k]))] });
  });
  return records;
}

function unreadable(file: InputFile, format: GraphFormat, e: unknown): Source {
  const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
  const kind = format === 'gexf' ? 'GEXF' : 'GraphML';
  return failedSource(file, 'graph-file-unreadable', graphFileUnreadable(file.name, kind, detail));
}

/** The sources of a GEXF or GraphML file: its nodes (actors), then its edges (links). */
export async function graphFileSources(file: InputFile, format: GraphFormat): Promise<Source[]> {
  type Parsed = import('graphology').default;
  let graph: Parsed;
  try {
    const { default: Graph } = await import('graphology');
    const xml = new TextDecoder('utf-8').decode(file.bytes);
    // A parse error of @xmldom is reported through its error handler, not always thrown.
    if (!/<(gexf|graphml)[\s>]/.test(xml)) throw new Error(`no <${format}> element`);
    const lib =
      format === 'gexf'
        ? await import('graphology-gexf/node/index.js')
        : await import('graphology-graphml/node/index.js');
    graph = lib.parse(Graph, xml, {
      addMissingNodes: true,
      allowUndeclaredAttributes: true,
    } as never) as Parsed;
  } catch (e) {
    return [unreadable(file, format, e)];
  }
  const fromMaillage = graph.getAttribute('creator') === 'Maillage';
  const skip = new Set([...DRAWING, ...(fromMaillage ? MAILLAGE_DERIVED : [])]);
  const nodes = graph.mapNodes((id, a) => ({
    fixed: [id, text(a.label) || id],
    attributes: a,
  }));
  const edges = graph.mapEdges((_key, a, source, target, _s, _t, undirected) => ({
    fixed: [source, target],
    attributes: 'directed' in a || fromMaillage ? a : { ...a, directed: !undirected },
  }));
  const edgeSkip = new Set(
    fromMaillage ? [...MAILLAGE_DERIVED, 'weight'] : ['label', 'color', 'size'],
  );
  const tool = format === 'gexf' ? 'GEXF (Gephi)' : 'GraphML';
  const nodesName = sheetSourceName(file.name, 'nodes');
  const edgesName = sheetSourceName(file.name, 'edges');
  const note = (name: string) =>
    info({ file: name }, 'tool-export', graphRecognised(tool, graph.order, graph.size));
  const sources: Source[] = [
    {
      name: nodesName,
      bytes: new Uint8Array(0),
      role: 'actors',
      records: table(['Id', 'Label'], nodes, skip),
      notes: [note(nodesName)],
      ownHeaders: true,
    },
  ];
  if (graph.size > 0) {
    sources.push({
      name: edgesName,
      bytes: new Uint8Array(0),
      role: 'links',
      records: table(['Source', 'Target'], edges, edgeSkip),
      ownHeaders: true,
    });
  }
  return sources;
}
