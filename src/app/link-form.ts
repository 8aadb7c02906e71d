// A link's fields as the link form holds them (ticks, a strength, a direction), the
// engine's input they give, and the look-ups the form needs: the actors the other end can
// be (found as the search finds names), the natures to offer, the link already between
// two actors. Plain TypeScript, tested without a browser.
import { fold, searchByWords } from '../domain';
import type { LinkAttributes, LinkInput, MaillageGraph } from '../model';

export interface LinkFields {
  /** Natures ticked, as written. */
  types: string[];
  /** More natures typed by the user, separated by commas or semicolons. */
  otherTypes: string;
  /** 1–3; null: not said. */
  strength: number | null;
  /** Scheme ids. */
  schemes: string[];
  directed: boolean;
}

/** The natures the data contract gives as examples, offered in every form (the inventory's
 * own natures are added to them). Natures are data, written as the inventories write them. */
export const COMMON_NATURES: readonly string[] = [
  'Convention',
  'Cofinancement',
  'Coordination',
  'Orientation',
  'Échange d’information',
  'Informel',
];

export function linkFieldsOf(link: LinkAttributes | null): LinkFields {
  return {
    types: [...(link?.types ?? [])],
    otherTypes: '',
    strength: link?.strength ?? null,
    schemes: [...(link?.schemes ?? [])],
    directed: link?.directed ?? false,
  };
}

/** The natures of the fields: those ticked, then those typed (each once, case and accents
 * ignored). */
export function naturesOf(fields: LinkFields): string[] {
  const out: string[] = [];
  const typed = fields.otherTypes.split(/[,;\n]/);
  for (const t of [...fields.types, ...typed].map((x) => x.trim())) {
    if (t !== '' && !out.some((x) => fold(x) === fold(t))) out.push(t);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The engine's input for the fields: every field for a new link (`before` null), only the
 * ones changed otherwise (an edit then says what it changed). */
export function linkInputOf(fields: LinkFields, before: LinkFields | null): LinkInput {
  const input: LinkInput = {};
  const types = naturesOf(fields);
  if (!before || !same(types, naturesOf(before))) input.types = types;
  if (!before || fields.strength !== before.strength) input.strength = fields.strength;
  if (!before || !same(fields.schemes, before.schemes)) input.schemes = [...fields.schemes];
  if (!before || fields.directed !== before.directed) input.directed = fields.directed;
  return input;
}

/** The natures to offer: the common ones, then those of the inventory (sorted), each once. */
export function natureChoices(graph: MaillageGraph, lang: string): string[] {
  const out = [...COMMON_NATURES];
  const seen = new Set(out.map(fold));
  const found: string[] = [];
  graph.forEachEdge((_key, link) => {
    for (const t of link.types) {
      const key = fold(t);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      found.push(t);
    }
  });
  return [...out, ...found.sort((a, b) => a.localeCompare(b, lang))];
}

/** An actor the other end of a link can be. */
export interface EndCandidate {
  id: string;
  name: string;
  /** Folded name (what the words typed are matched against). */
  key: string;
  /** Already linked to the fixed end (adding would be refused: the form offers to edit). */
  linked: boolean;
}

/** Every actor but `from`, named as on screen (anonymous mode: a person's role). */
export function endCandidates(
  graph: MaillageGraph,
  names: ReadonlyMap<string, string>,
  from: string,
): EndCandidate[] {
  const out: EndCandidate[] = [];
  graph.forEachNode((id, actor) => {
    if (id === from) return;
    const name = names.get(id) ?? actor.name;
    out.push({ id, name, key: fold(name), linked: graph.hasNode(from) && graph.hasEdge(from, id) });
  });
  return out;
}

/** The candidates matching the words typed, best first (the search's matching). */
export function findEnds(
  candidates: readonly EndCandidate[],
  query: string,
  limit = 12,
): EndCandidate[] {
  return searchByWords(candidates, query, limit);
}

/** The link between two actors, as the graph holds it (null: none). */
export function linkBetween(graph: MaillageGraph, a: string, b: string): LinkAttributes | null {
  if (!graph.hasNode(a) || !graph.hasNode(b) || !graph.hasEdge(a, b)) return null;
  return graph.getEdgeAttributes(graph.edge(a, b)!);
}

/** The form's fields in screen order, as the engine names them in its issues. */
export const LINK_FIELD_ORDER = ['source', 'target', 'types', 'strength', 'schemes', 'link'];
