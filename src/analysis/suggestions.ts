// Suggested partnerships: pairs of actors not yet linked, ranked by a score with its
// reasons in words.
//
// score = Adamic–Adar over common partners (Σ 1/ln(degree) of each partner the two share:
//         a partner shared by few counts more) — written here because graphology has none
//       + SHARED_GROUP for each named working group both sit in
//       + SHARED_BODY for each other governance body both sit in
//       + SAME_TERRITORY when both name the same territory.
// Candidates are never all n² pairs: partners of partners (skipping, as *generators*,
// hubs of more than HUB_DEGREE partners, which would pair everybody with everybody), plus
// co-members of bodies and working groups of at most BODY_CAP members. Each candidate's
// score is then exact, hubs included.
import { fold, WHOLE_SCHEME, type Localized, type ReferenceData } from '../domain';
import type { MaillageGraph } from '../model';
import { toCompact } from './compact.ts';
import { commonPartners, sameBody, sameGroup, sameTerritory } from './messages/suggestions.ts';

export interface Suggestion {
  /** The pair, in actor order. */
  source: string;
  target: string;
  score: number;
  reasons: Localized[];
}

export const SHARED_GROUP = 1;
export const SHARED_BODY = 0.5;
export const SAME_TERRITORY = 0.25;
export const HUB_DEGREE = 1000;
export const BODY_CAP = 100;
export const DEFAULT_SUGGESTIONS = 50;
/** The body whose members are split into named working groups (docs/domain.md). */
const WORKING_GROUP_BODY = 'gt';

/** One line per language: "3 partenaires en commun ; tous deux au GT Logement du CLSM". */
export function joinReasons(reasons: readonly Localized[]): Localized {
  return {
    fr: reasons.map((r) => r.fr).join(' ; '),
    en: reasons.map((r) => r.en).join('; '),
  };
}

interface Membership {
  /** `scheme\0body` keys (working groups excepted when named, see groups). */
  bodies: Set<string>;
  /** `scheme\0folded group name` → the name as written. */
  groups: Map<string, string>;
  territory: string;
}

export function suggestLinks(
  graph: MaillageGraph,
  ref: ReferenceData,
  limit = DEFAULT_SUGGESTIONS,
): Suggestion[] {
  const g = toCompact(graph);
  const { n, offsets, neighbors, ids } = g;
  if (limit <= 0 || n < 2) return [];
  const degree = (v: number): number => (offsets[v + 1] as number) - (offsets[v] as number);
  const members = ids.map((id) => membership(graph, id));
  const coMembers = smallBodies(members);

  const adamicAdar = new Float64Array(n);
  const common = new Int32Array(n);
  const isCandidate = new Uint8Array(n);
  const candidates = new Int32Array(n);
  const adjacent = new Int32Array(n).fill(-1);
  const top = new TopK(limit);

  for (let a = 0; a < n; a++) {
    let count = 0;
    const consider = (b: number): void => {
      if (b > a && adjacent[b] !== a && isCandidate[b] === 0) {
        isCandidate[b] = 1;
        candidates[count++] = b;
      }
    };
    for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++) {
      adjacent[neighbors[k] as number] = a;
    }
    // Partners of partners, through partners that are not hubs.
    for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++) {
      const z = neighbors[k] as number;
      if (degree(z) > HUB_DEGREE || degree(z) < 2) continue;
      const share = 1 / Math.log(degree(z));
      for (let q = offsets[z] as number; q < (offsets[z + 1] as number); q++) {
        const b = neighbors[q] as number;
        consider(b);
        if (b > a && adjacent[b] !== a) {
          adamicAdar[b] = (adamicAdar[b] as number) + share;
          common[b] = (common[b] as number) + 1;
        }
      }
    }
    // Co-members of small bodies and working groups.
    const mine = members[a] as Membership;
    for (const key of mine.bodies) for (const b of coMembers.get(key) ?? []) consider(b);
    for (const key of mine.groups.keys()) for (const b of coMembers.get(key) ?? []) consider(b);
    // Hubs shared with a candidate still count in its score.
    for (let k = offsets[a] as number; k < (offsets[a + 1] as number); k++) {
      const z = neighbors[k] as number;
      if (degree(z) <= HUB_DEGREE) continue;
      const share = 1 / Math.log(degree(z));
      for (let i = 0; i < count; i++) {
        const b = candidates[i] as number;
        if (hasNeighbor(g.offsets, g.neighbors, z, b)) {
          adamicAdar[b] = (adamicAdar[b] as number) + share;
          common[b] = (common[b] as number) + 1;
        }
      }
    }
    candidates.subarray(0, count).sort();
    for (let i = 0; i < count; i++) {
      const b = candidates[i] as number;
      const partners = common[b] as number;
      const theirs = members[b] as Membership;
      // Counted without building the shared context: hundreds of thousands of candidate
      // pairs at 10,000 actors, of which `limit` stay; theirs is built for those only.
      const score =
        (adamicAdar[b] as number) +
        SHARED_GROUP * sharedCount(mine.groups, theirs.groups) +
        SHARED_BODY * sharedCount(mine.bodies, theirs.bodies) +
        (sameTerritoryOf(mine, theirs) ? SAME_TERRITORY : 0);
      if (score > 0 && top.accepts(score)) {
        top.add({
          a,
          b,
          score,
          reasons: () =>
            reasons(ref, partners, sharedContext(mine, theirs), graph, ids[a] as string),
        });
      }
      adamicAdar[b] = 0;
      common[b] = 0;
      isCandidate[b] = 0;
    }
  }
  return top.sorted().map((s) => ({
    source: ids[s.a] as string,
    target: ids[s.b] as string,
    score: s.score,
    reasons: s.reasons(),
  }));
}

function membership(graph: MaillageGraph, id: string): Membership {
  const actor = graph.getNodeAttributes(id);
  const groups = new Map<string, string>();
  for (const [scheme, names] of Object.entries(actor.groups)) {
    for (const name of names) {
      const key = `${scheme}\0${fold(name)}`;
      if (fold(name) && !groups.has(key)) groups.set(key, name);
    }
  }
  const bodies = new Set<string>();
  for (const [scheme, list] of Object.entries(actor.schemes)) {
    for (const body of list) {
      if (body === WHOLE_SCHEME) continue;
      // Sitting in a named working group says more than "in some working group".
      const named = [...groups.keys()].some((k) => k.startsWith(`${scheme}\0`));
      if (body === WORKING_GROUP_BODY && named) continue;
      bodies.add(`${scheme}\0${body}`);
    }
  }
  return { bodies, groups, territory: fold(actor.territory ?? '') };
}

/** Body or group key → member indices, for the bodies small enough to pair everyone. */
function smallBodies(members: readonly Membership[]): Map<string, number[]> {
  const all = new Map<string, number[]>();
  members.forEach((m, i) => {
    for (const key of [...m.bodies, ...m.groups.keys()]) {
      const list = all.get(key);
      if (list) list.push(i);
      else all.set(key, [i]);
    }
  });
  for (const [key, list] of all) if (list.length > BODY_CAP) all.delete(key);
  return all;
}

/** How many keys of `mine` `theirs` holds too. */
function sharedCount(mine: Set<string> | Map<string, string>, theirs: typeof mine): number {
  let count = 0;
  for (const key of mine.keys()) if (theirs.has(key)) count++;
  return count;
}

function sameTerritoryOf(a: Membership, b: Membership): boolean {
  return a.territory !== '' && a.territory === b.territory;
}

interface Shared {
  groups: [string, string][]; // [scheme, name]
  bodies: [string, string][]; // [scheme, body]
  territory: boolean;
}

function sharedContext(a: Membership, b: Membership): Shared {
  const groups: [string, string][] = [];
  for (const [key, name] of a.groups) {
    if (b.groups.has(key)) groups.push([key.slice(0, key.indexOf('\0')), name]);
  }
  const bodies: [string, string][] = [];
  for (const key of a.bodies) {
    if (b.bodies.has(key)) {
      const cut = key.indexOf('\0');
      bodies.push([key.slice(0, cut), key.slice(cut + 1)]);
    }
  }
  return { groups, bodies, territory: sameTerritoryOf(a, b) };
}

function reasons(
  ref: ReferenceData,
  common: number,
  shared: Shared,
  graph: MaillageGraph,
  sourceId: string,
): Localized[] {
  const list: Localized[] = [];
  if (common > 0) {
    list.push(commonPartners(common));
  }
  for (const [scheme, name] of shared.groups) {
    list.push(sameGroup(schemeLabel(ref, scheme), name));
  }
  for (const [scheme, body] of shared.bodies) {
    const label = schemeLabel(ref, scheme);
    const bodyLabel = ref.schemes.find((s) => s.id === scheme)?.bodies.find((b) => b.id === body)
      ?.label ?? { fr: body, en: body };
    list.push(sameBody(label, bodyLabel));
  }
  if (shared.territory) {
    const territory = graph.getNodeAttribute(sourceId, 'territory') ?? '';
    list.push(sameTerritory(territory));
  }
  return list;
}

function schemeLabel(ref: ReferenceData, scheme: string): Localized {
  return ref.schemes.find((s) => s.id === scheme)?.label ?? { fr: scheme, en: scheme };
}

function hasNeighbor(
  offsets: Int32Array,
  neighbors: Int32Array,
  v: number,
  target: number,
): boolean {
  let lo = offsets[v] as number;
  let hi = (offsets[v + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = neighbors[mid] as number;
    if (value === target) return true;
    if (value < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

interface Ranked {
  a: number;
  b: number;
  score: number;
  /** Built only for the pairs that stay in the top. */
  reasons: () => Localized[];
}

/** The best `limit` pairs: score descending, then actor order. */
class TopK {
  private items: Ranked[] = [];
  constructor(private readonly limit: number) {}

  accepts(score: number): boolean {
    if (this.items.length < this.limit) return true;
    return score >= (this.items[this.items.length - 1] as Ranked).score;
  }

  add(item: Ranked): void {
    // Candidates arrive in actor order, so an equal score ranks after those already kept.
    let i = this.items.length;
    while (i > 0 && (this.items[i - 1] as Ranked).score < item.score) i--;
    if (i >= this.limit) return;
    this.items.splice(i, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }

  sorted(): Ranked[] {
    return this.items;
  }
}
