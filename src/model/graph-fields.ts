// What the graph files (GEXF, GraphML) say about each actor and link: plain fields that
// Gephi and yEd can filter and colour by, with reference values written as their labels.
import { own, recordOf, type Actor, type Lang, type ReferenceData } from '../domain';
import type { LinkAttributes } from './graph.ts';

export type FieldValue = string | number | boolean | string[];

/** How an actor looks on the map, for the files that can say it. */
export interface NodeViz {
  /** CSS hex colour, "#RRGGBB". */
  color: string;
  size: number;
  x: number;
  y: number;
}

/** Field names the files use for the label, the look and the weight. */
const VISUAL = ['label', 'color', 'size', 'x', 'y', 'r', 'g', 'b', 'weight'];

/** Characters XML 1.0 does not allow, even escaped (outside its Char production): controls
 * but tab and line breaks, U+FFFE, U+FFFF, and surrogates left unpaired (a JSON workspace
 * file can hold them). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 cannot hold, for every XML file written. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

function labelIn(
  list: readonly { id: string; label: { fr: string; en: string } }[],
  id: string,
  lang: Lang,
) {
  return list.find((e) => e.id === id)?.label[lang] ?? id;
}

/** Free columns, under their header unless a field of ours already has that name. */
function withAttributes(
  fields: Record<string, FieldValue>,
  attributes: Record<string, string>,
): Record<string, FieldValue> {
  const out = recordOf(Object.entries(fields));
  for (const [key, value] of Object.entries(attributes)) {
    const name = Object.hasOwn(out, key) || VISUAL.includes(key) ? `${key} (colonne)` : key;
    out[xmlSafe(name)] = xmlSafe(value);
  }
  return out;
}

export function nodeFields(
  actor: Actor,
  ref: ReferenceData,
  lang: Lang,
): Record<string, FieldValue> {
  const bodies: string[] = [];
  for (const [scheme, ids] of Object.entries(actor.schemes)) {
    const bodyRefs = ref.schemes.find((s) => s.id === scheme)?.bodies ?? [];
    const groups = own(actor.groups, scheme) ?? [];
    for (const id of ids) {
      if (id === 'gt' && groups.length > 0) {
        for (const g of groups) bodies.push(`${scheme} GT ${g}`);
      } else bodies.push(`${scheme} ${labelIn(bodyRefs, id, lang)}`);
    }
  }
  const fields: Record<string, FieldValue> = {
    type: labelIn(ref.actorTypes, actor.type, lang),
    typeId: actor.type,
    sectors: actor.sectors.map((s) => labelIn(ref.sectors, s, lang)),
    schemes: Object.keys(actor.schemes),
    bodies,
  };
  if (actor.territory !== undefined) fields.territory = actor.territory;
  if (actor.role !== undefined) fields.role = actor.role;
  if (actor.person !== undefined) fields.person = actor.person;
  if (actor.influence !== undefined) fields.influence = actor.influence;
  if (actor.interest !== undefined) fields.interest = actor.interest;
  if (actor.siret !== undefined) fields.siret = actor.siret;
  if (actor.finess !== undefined) fields.finess = actor.finess;
  if (actor.rpps !== undefined) fields.rpps = actor.rpps;
  for (const key of Object.keys(fields)) {
    const v = fields[key]!;
    if (typeof v === 'string') fields[key] = xmlSafe(v);
    else if (Array.isArray(v)) fields[key] = v.map(xmlSafe);
  }
  return withAttributes(fields, actor.attributes);
}

export function edgeFields(link: LinkAttributes): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {
    types: link.types.map(xmlSafe),
    schemes: link.schemes,
    directed: link.directed,
    count: link.count,
  };
  if (link.strength !== undefined) fields.strength = link.strength;
  if (link.weight !== undefined) fields.weight = link.weight;
  if (link.reciprocal) fields.reciprocal = true;
  return withAttributes(fields, link.attributes);
}
