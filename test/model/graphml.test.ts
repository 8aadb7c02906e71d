import { demo, REF } from '../factory.ts';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/model/graphml.ts';
import type { NodeViz } from '../../src/model/graph-fields.ts';
import {
  importTexts,
  invalidXmlChars,
  XML_HOSTILE_NAMES,
  xmlHostileGraph,
  xmlProblems,
} from './helpers.ts';

function xml(text: string) {
  expect(xmlProblems(text)).toEqual([]);
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}

/** The data of an element by key name, from the <key> declarations. */
function dataOf(doc: ReturnType<typeof xml>, element: Element): Record<string, string> {
  const names = new Map<string, string>();
  const keys = doc.getElementsByTagName('key');
  for (let i = 0; i < keys.length; i++) {
    names.set(keys[i]!.getAttribute('id')!, keys[i]!.getAttribute('attr.name') ?? '');
  }
  const out: Record<string, string> = {};
  const data = element.getElementsByTagName('data');
  for (let i = 0; i < data.length; i++) {
    const d = data[i]!;
    if (d.parentNode === element) out[names.get(d.getAttribute('key')!)!] = d.textContent ?? '';
  }
  return out;
}

describe('GraphML', () => {
  it('is well-formed, declares a key for each field and has every actor and link', () => {
    const { graph } = demo();
    const viz = new Map<string, NodeViz>(
      graph.nodes().map((id, i) => [id, { color: '#0072B2', size: 12, x: i, y: 2 * i }]),
    );
    const doc = xml(toGraphml(graph, { ref: REF, lang: 'fr', viz, title: 'Démo' }));
    expect(doc.getElementsByTagName('node').length).toBe(graph.order);
    expect(doc.getElementsByTagName('edge').length).toBe(graph.size);
    const keys = doc.getElementsByTagName('key');
    const declared = new Set<string>();
    for (let i = 0; i < keys.length; i++) declared.add(keys[i]!.getAttribute('id')!);
    const data = doc.getElementsByTagName('data');
    for (let i = 0; i < data.length; i++) expect(declared).toContain(data[i]!.getAttribute('key'));

    const node = doc.getElementsByTagName('node')[1]!;
    const id = node.getAttribute('id')!;
    const fields = dataOf(doc, node);
    expect(fields.label).toBe(graph.getNodeAttribute(id, 'name'));
    expect([fields.x, fields.y, fields.r, fields.g, fields.b]).toEqual([
      '1',
      '-2',
      '0',
      '114',
      '178',
    ]);
    expect(node.getElementsByTagName('y:Fill')[0]!.getAttribute('color')).toBe('#0072B2');
    const weights = [...Array(keys.length).keys()]
      .map((i) => keys[i]!)
      .find((k) => k.getAttribute('attr.name') === 'weight');
    expect(weights?.getAttribute('for')).toBe('edge');
    expect(weights?.getAttribute('attr.type')).toBe('int');
  });

  it('escapes < & " and \' in names, ids, headers and values', () => {
    const name = `Ateliers <"santé"> & 'bien-être'`;
    const { graph } = importTexts({
      'a.csv': `Identifiant;Nom;"Note <&>"\r\n"a&<b";"${name.replace(/"/g, '""')}";"x < y & ""z"""\r\nb;B;\r\n`,
      'l.csv': 'Source;Cible\r\n"a&<b";b\r\n',
    });
    const text = toGraphml(graph, { ref: REF, lang: 'fr' });
    expect(text).toContain('&lt;&quot;santé&quot;&gt; &amp; &apos;bien-être&apos;');
    const doc = xml(text);
    const node = doc.getElementsByTagName('node')[0]!;
    expect(node.getAttribute('id')).toBe('a&<b');
    expect(dataOf(doc, node)).toMatchObject({ label: name, 'Note <&>': 'x < y & "z"' });
    expect(doc.getElementsByTagName('edge')[0]!.getAttribute('source')).toBe('a&<b');
  });

  it('writes a file that parses for hostile names, control characters and lone surrogates', () => {
    const text = toGraphml(xmlHostileGraph(), {
      ref: REF,
      lang: 'fr',
      title: XML_HOSTILE_NAMES.join(' '),
    });
    expect(invalidXmlChars(text)).toEqual([]);
    const doc = xml(text);
    const nodes = doc.getElementsByTagName('node');
    expect(nodes.length).toBe(XML_HOSTILE_NAMES.length);
    const labels = Array.from({ length: nodes.length }, (_, i) => dataOf(doc, nodes[i]!).label);
    expect(labels).toContain('<script>alert(1)</script>');
    expect(labels).toContain('fin de CDATA ]]> ici');
    expect(labels).toContain('demi  paire  seule');
    expect(labels).toContain('emoji 🙂 gardé');
  });
});
