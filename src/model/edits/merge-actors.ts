// Two actors the import thought different, made one: the kept actor takes the other's
// sectors, memberships, groups, attributes, files and rows; the other's links go to the kept
// one, and a link both had to a partner becomes one link (merged as the import merges
// parallel rows). The patch of the merge (patch.ts) undoes it exactly (unmerge, history.ts).
import type { Actor } from '../../domain';
import { addMembership } from '../../import';
import { mergeAttributes, mergeLink, type LinkAttributes } from '../graph.ts';
import { cloneActor, issueOf, TYPE_ATTRIBUTE, type EditIssue } from './fields.ts';
import { MERGE_IMPOSSIBLE } from './messages.ts';
import { linkKey, type EditableState } from './patch.ts';

const SCALARS = [
  'territory',
  'role',
  'influence',
  'interest',
  'person',
  'siret',
  'finess',
  'rpps',
] as const;

/** The actor `kept` with `absorbed`'s fields united into it. */
export function unitedActor(kept: Actor, absorbed: Actor): Actor {
  const out = cloneActor(kept);
  if (out.type === 'autre' && absorbed.type !== 'autre') {
    if (out.typeText !== undefined && out.attributes[TYPE_ATTRIBUTE] === out.typeText) {
      delete out.attributes[TYPE_ATTRIBUTE];
    }
    out.type = absorbed.type;
    delete out.typeText;
  } else if (out.type === 'autre' && out.typeText === undefined && absorbed.typeText) {
    out.typeText = absorbed.typeText;
  }
  out.sectors = [...new Set([...kept.sectors, ...absorbed.sectors])];
  for (const [scheme, bodies] of Object.entries(absorbed.schemes)) {
    addMembership(out, scheme, bodies, absorbed.groups[scheme] ?? []);
  }
  for (const key of SCALARS) {
    if (out[key] === undefined && absorbed[key] !== undefined) {
      (out as unknown as Record<string, unknown>)[key] = absorbed[key];
    }
  }
  out.attributes = mergeAttributes(out.attributes, absorbed.attributes);
  out.files = [...new Set([...kept.files, ...absorbed.files])];
  out.sources = [...kept.sources, ...absorbed.sources];
  return out;
}

export function mergeActors(
  state: EditableState,
  keptId: string,
  absorbedId: string,
): { state: EditableState } | { issue: EditIssue } {
  const kept = state.actors.find((a) => a.id === keptId);
  const absorbed = state.actors.find((a) => a.id === absorbedId);
  if (!kept || !absorbed || keptId === absorbedId) {
    return {
      issue: issueOf('error', 'merge-impossible', 'id', MERGE_IMPOSSIBLE),
    };
  }
  const united = unitedActor(kept, absorbed);
  const actors = state.actors
    .filter((a) => a.id !== absorbedId)
    .map((a) => (a.id === keptId ? united : a));
  // Links first re-pointed, then each pair's links merged into the first one's place.
  const links: LinkAttributes[] = [];
  const at = new Map<string, number>();
  for (const l of state.links) {
    const touches = l.source === absorbedId || l.target === absorbedId;
    const moved = touches
      ? {
          ...l,
          source: l.source === absorbedId ? keptId : l.source,
          target: l.target === absorbedId ? keptId : l.target,
        }
      : l;
    // The link between the two actors would join the merged actor to itself.
    if (moved.source === moved.target) continue;
    const key = linkKey(moved);
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, links.length);
      links.push(moved);
    } else {
      const first = links[index]!;
      const merged = mergeLink(first, moved);
      merged.count = first.count + moved.count;
      links[index] = merged;
    }
  }
  return { state: { ...state, actors, links } };
}
