// Kumu's JSON export: {"elements": [...], "connections": [...]} → a table of actors and a
// table of links. An element has a label, a type, tags and free attributes, either at its top
// level or under "attributes" (Kumu writes both ways); a connection has from/to (an element's
// id or label), a type ("++", "+-" kept whole), a direction and attributes.
import type { InputFile } from '../domain';
import { kumuEmpty, kumuRecognised } from './messages/sources.ts';
import { info } from './report.ts';
import { failedSource, sheetSourceName, type Source, type TableRecord } from './source.ts';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Kumu export: an object with an array of elements or of connections, and no Maillage
 * workspace "format" field. */
export function isKumuJson(data: unknown): data is Json {
  return (
    isObject(data) &&
    data.format === undefined &&
    (Array.isArray(data.elements) || Array.isArray(data.connections))
  );
}

/** The text of a JSON value for a cell: lists joined with " | ", objects as JSON. */
function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(' | ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The fields of an item by lower-cased key (with the key as written): its top-level keys,
 * then those under "attributes" (not overriding). */
function fieldsOf(item: unknown): Map<string, { key: string; value: unknown }> {
  const fields = new Map<string, { key: string; value: unknown }>();
  if (!isObject(item)) return fields;
  const add = (key: string, value: unknown) => {
    if (!fields.has(key.toLowerCase())) fields.set(key.toLowerCase(), { key, value });
  };
  for (const [k, v] of Object.entries(item)) if (k !== 'attributes') add(k, v);
  if (isObject(item.attributes)) for (const [k, v] of Object.entries(item.attributes)) add(k, v);
  return fields;
}

/**
 * Items → a table: `known` columns first (header → the keys it reads, first present wins),
 * then every other key, as written, in the order first met. Line 0 is the header: item n is
 * on line n.
 */
function table(items: readonly unknown[], known: [string, string[]][]): TableRecord[] {
  const used = new Set(known.flatMap(([, keys]) => keys));
  const extra: { lower: string; header: string }[] = [];
  const rows = items.map(fieldsOf);
  for (const fields of rows) {
    for (const [lower, { key }] of fields) {
      if (!used.has(lower) && !lower.startsWith('_')) {
        used.add(lower);
        extra.push({ lower, header: key });
      }
    }
  }
  const records: TableRecord[] = [
    { line: 0, cells: [...known.map(([h]) => h), ...extra.map((x) => x.header)] },
  ];
  rows.forEach((fields, i) => {
    const cells = known.map(([, keys]) =>
      text(keys.map((k) => fields.get(k)?.value).find((v) => v !== undefined)),
    );
    for (const x of extra) cells.push(text(fields.get(x.lower)?.value));
    records.push({ line: i + 1, cells });
  });
  return records;
}

const ELEMENT_COLUMNS: [string, string[]][] = [
  ['Id', ['_id', 'id']],
  ['Label', ['label', 'name']],
  ['Type', ['element type', 'type']],
  ['Tags', ['tags']],
];
const CONNECTION_COLUMNS: [string, string[]][] = [
  ['From', ['from']],
  ['To', ['to']],
  ['Type', ['connection type', 'type']],
  ['Direction', ['direction']],
  ['Strength', ['strength', 'weight']],
  ['Tags', ['tags']],
];

/** The sources of a Kumu JSON export: its elements, then its connections. */
export function kumuSources(file: InputFile, data: Json): Source[] {
  const sources: Source[] = [];
  const elements = Array.isArray(data.elements) ? data.elements : [];
  const connections = Array.isArray(data.connections) ? data.connections : [];
  const recognised = info(
    { file: file.name },
    'tool-export',
    kumuRecognised(elements.length, connections.length),
  );
  if (elements.length > 0) {
    const name = sheetSourceName(file.name, 'elements');
    sources.push({
      name,
      bytes: new Uint8Array(0),
      role: 'actors',
      records: table(elements, ELEMENT_COLUMNS),
      notes: [{ ...recognised, file: name }],
      ownHeaders: true,
    });
  }
  if (connections.length > 0) {
    const name = sheetSourceName(file.name, 'connections');
    sources.push({
      name,
      bytes: new Uint8Array(0),
      role: 'links',
      records: table(connections, CONNECTION_COLUMNS),
      notes: sources.length === 0 ? [{ ...recognised, file: name }] : [],
      ownHeaders: true,
    });
  }
  if (sources.length === 0) {
    return [failedSource(file, 'kumu-empty', kumuEmpty(file.name))];
  }
  return sources;
}
