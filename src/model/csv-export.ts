// Actors and links as CSV files in the input format: what the import reads back to the same
// actors and links (names, types, sectors, schemes and bodies, link types, strength…), and
// what Excel in French locale opens as it is (`;`, UTF-8 with BOM, CRLF, formulas
// neutralised by domain/csv.ts).
//
// Reference values are written as a label the import maps back to the same id (a label
// without the separators `splitList` cuts on, else the id); ids are kept in an
// "Identifiant" column, so views and positions still find their actors after a round trip.
import {
  csvText,
  own,
  buildLookup,
  indexReference,
  type ReferenceIndex,
  fold,
  type Actor,
  type Link,
  type ReferenceData,
  type ReferenceEntry,
} from '../domain';
import { GROUP_BODIES, splitList, findSchemes, matchColumns } from '../import';
import type { LinkAttributes, MaillageGraph } from './graph.ts';

const SEPARATORS = /[|;,/+\n]/;

/** The first label (or synonym, first when `short`) of an entry that maps back to it, else
 * its id. */
function cellName(entry: ReferenceEntry, lookup: Map<string, string>, short: boolean): string {
  const labels = [entry.label.fr, entry.label.en];
  const candidates = short ? [...entry.synonyms, ...labels] : [...labels, ...entry.synonyms];
  return (
    candidates.find((c) => !SEPARATORS.test(c) && lookup.get(fold(c)) === entry.id) ?? entry.id
  );
}

/** Id → cell text, for one reference list; bodies by their short name ("COPIL"). */
function namer(entries: readonly ReferenceEntry[], short = false): (id: string) => string {
  const lookup = buildLookup(entries);
  const names = new Map(entries.map((e) => [e.id, cellName(e, lookup, short)]));
  return (id) => names.get(id) ?? id;
}

/** The field a header would be read as (null: a free attribute). */
function fieldOf(header: string, role: 'actors' | 'links', index: ReferenceIndex): string | null {
  return matchColumns([header], role, index).mappings[0]?.field ?? null;
}

/** Free attribute headers, in order of first appearance. */
function attributeHeaders(items: readonly { attributes: Record<string, string> }[]): string[] {
  const headers = new Set<string>();
  for (const item of items) for (const key of Object.keys(item.attributes)) headers.add(key);
  return [...headers];
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'oui' : 'non');

/** A scheme cell: "x" for a plain member, else its bodies ("COPIL, GT Logement"). */
function schemeCell(
  bodies: readonly string[],
  groups: readonly string[],
  bodyName: (id: string) => string,
): string {
  if (bodies.length === 0 && groups.length === 0) return 'x';
  // A group name holding a separator is put in parentheses, which `splitList` does not cut.
  const gt = (group: string) => `GT ${SEPARATORS.test(group) ? `(${group})` : group}`;
  const parts: string[] = [];
  let groupsWritten = false;
  for (const body of bodies) {
    if (GROUP_BODIES.has(body) && groups.length > 0) {
      parts.push(...groups.map(gt));
      groupsWritten = true;
    } else parts.push(bodyName(body));
  }
  if (!groupsWritten) parts.push(...groups.map(gt));
  return parts.join(', ');
}

/** The actors of a graph as an actors CSV file. */
export function actorsToCsv(graph: MaillageGraph, ref: ReferenceData): string {
  const actors = graph.mapNodes((_id, actor) => actor);
  const index = indexReference(ref);
  const typeName = namer(ref.actorTypes);
  const sectorName = namer(ref.sectors);
  const used = new Set(actors.flatMap((a) => Object.keys(a.schemes)));
  const known = ref.schemes.filter((s) => used.has(s.id));
  const schemes = [
    ...known.map((s) => ({ id: s.id, header: s.label.fr, body: namer(s.bodies, true) })),
    ...[...used]
      .filter((id) => !known.some((s) => s.id === id))
      .map((id) => ({ id, header: id, body: (b: string) => b })),
  ];
  // An unknown type is kept by the import as a free attribute under the type column's
  // header: written back in the type column, it is read again the same way.
  const attributes = attributeHeaders(actors);
  const typeAttributes = attributes.filter((h) => fieldOf(h, 'actors', index) === 'type');
  const free = attributes.filter((h) => !typeAttributes.includes(h));

  const header = [
    'Identifiant',
    'Nom de la structure',
    "Type d'acteur",
    "Secteur(s) d'intervention",
    'Territoire',
    ...schemes.map((s) => s.header),
    'Rôle',
    'Influence',
    'Intérêt',
    'Personne physique',
    'SIRET',
    'N° FINESS',
    'RPPS',
    ...free,
  ];
  const rows = actors.map((a: Actor) => {
    const rawType =
      a.typeText ?? typeAttributes.map((h) => own(a.attributes, h)).find((v) => v !== undefined);
    return [
      a.id,
      a.name,
      a.type === 'autre' && rawType !== undefined ? rawType : typeName(a.type),
      a.sectors.map(sectorName).join(', '),
      a.territory ?? '',
      ...schemes.map((s) => {
        const bodies = own(a.schemes, s.id);
        return bodies ? schemeCell(bodies, own(a.groups, s.id) ?? [], s.body) : '';
      }),
      a.role ?? '',
      a.influence === undefined ? '' : String(a.influence),
      a.interest === undefined ? '' : String(a.interest),
      yesNo(a.person),
      a.siret ?? '',
      a.finess ?? '',
      a.rpps ?? '',
      ...free.map((h) => own(a.attributes, h) ?? ''),
    ];
  });
  return csvText([header, ...rows]);
}

/**
 * How each actor is named in the links file: by its name when the import finds that name
 * back to this actor alone (no actor has it as id, no other actor has the same name once
 * folded), else by its id.
 */
function endpointNames(actors: readonly Actor[]): Map<string, string> {
  const ids = new Set(actors.map((a) => a.id));
  const byName = new Map<string, number>();
  for (const a of actors) byName.set(fold(a.name), (byName.get(fold(a.name)) ?? 0) + 1);
  return new Map(
    actors.map((a) => {
      const unique = byName.get(fold(a.name)) === 1 && (!ids.has(a.name) || a.name === a.id);
      return [a.id, unique && a.name.trim() !== '' ? a.name : a.id];
    }),
  );
}

/** The links of a graph (one row per merged link) as a links CSV file. */
export function linksToCsv(graph: MaillageGraph, ref: ReferenceData): string {
  const actors = graph.mapNodes((_id, actor) => actor);
  const links = graph.mapEdges((_edge, link) => link);
  const index = indexReference(ref);
  const names = endpointNames(actors);
  const schemeName = namer(ref.schemes);
  // A scheme cell naming an unknown scheme is kept whole by the import as a free attribute
  // under the scheme column's header: it goes back into the scheme column.
  const attributes = attributeHeaders(links);
  const schemeAttributes = attributes.filter((h) => fieldOf(h, 'links', index) === 'scheme');
  const free = attributes.filter((h) => !schemeAttributes.includes(h));
  const schemesCell = (link: Link): string => {
    const raw = schemeAttributes.map((h) => own(link.attributes, h)).find((v) => v !== undefined);
    if (raw === undefined) return link.schemes.map(schemeName).join(', ');
    const named = splitList(raw).flatMap((v) => findSchemes(v, index).schemes);
    const extra = link.schemes.filter((s) => !named.includes(s)).map(schemeName);
    return [raw, ...extra].join(', ');
  };
  const header = [
    'Acteur 1',
    'Acteur 2',
    'Nature du lien',
    'Intensité',
    'Dispositif',
    'Orienté',
    ...free,
  ];
  // Weights a file had outside 1–3 (Gephi, Kumu), as written; read back as a free attribute.
  const weighted = links.some((l) => l.weight !== undefined);
  if (weighted) header.push('Poids d’origine');
  const row = (l: LinkAttributes, source: string, target: string) => [
    names.get(source) ?? source,
    names.get(target) ?? target,
    l.types.join(', '),
    l.strength === undefined ? '' : String(l.strength),
    schemesCell(l),
    yesNo(l.directed),
    ...free.map((h) => own(l.attributes, h) ?? ''),
    ...(weighted ? [l.weight === undefined ? '' : String(l.weight)] : []),
  ];
  // A reciprocal link goes out as its two directed rows, A→B and B→A.
  const rows = links.flatMap((l) =>
    l.reciprocal
      ? [row(l, l.source, l.target), row(l, l.target, l.source)]
      : [row(l, l.source, l.target)],
  );
  return csvText([header, ...rows]);
}
