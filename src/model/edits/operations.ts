// The edits a coordinator makes in the app, as commands (plain JSON, so that the history
// can be saved): each gives the next state and the patch between the two (patch.ts), or
// the errors that refuse it. Validation is the import's (fields.ts).
import {
  emptyRecord,
  recordOf,
  indexReference,
  fold,
  nameKey,
  safeId,
  type Actor,
  type ExpectedComposition,
  type ReferenceData,
  type CrossSchemeRuleSettings,
} from '../../domain';
import {
  newActorId,
  ImportContext,
  selfLinkWords,
  unknownActorWords,
  unknownSchemesWords,
  Report,
} from '../../import';
import type { SavedMapping } from '../column-mapping.ts';
import type { LinkAttributes } from '../graph.ts';
import { applyActorInput, issueOf, scoreIssue, type ActorInput, type EditIssue } from './fields.ts';
import { mergeActors } from './merge-actors.ts';
import {
  duplicateId,
  LINK_EXISTS,
  NO_SUCH_LINK,
  schemesIgnored,
  selfLink,
  unknownActor,
} from './messages.ts';
import { diffStates, linkKey, type EditableState, type Patch } from './patch.ts';

/** A link's fields as the app's forms give them (absent = unchanged; null = cleared). */
export interface LinkInput {
  /** Actor ids (or names, matched as at import when exactly one actor bears it). */
  source?: string;
  target?: string;
  /** Natures ("Convention", "Cofinancement"…). */
  types?: string[];
  /** 1–3. */
  strength?: number | null;
  /** Scheme ids or names. */
  schemes?: string[];
  directed?: boolean;
  attributes?: Record<string, string>;
}

export type Edit =
  | { kind: 'add-actor'; actor: ActorInput }
  | { kind: 'update-actor'; id: string; actor: ActorInput }
  | { kind: 'delete-actor'; id: string }
  | { kind: 'add-link'; link: LinkInput & { source: string; target: string } }
  | { kind: 'update-link'; source: string; target: string; link: LinkInput }
  | { kind: 'delete-link'; source: string; target: string }
  /** `absorbed` goes into `kept`: links united, files and attributes kept. */
  | { kind: 'merge-actors'; kept: string; absorbed: string }
  | { kind: 'set-expected'; expected: ExpectedComposition[] | null }
  /** New column mappings, with the actors and links the import then gives (re-import). */
  | {
      kind: 'set-mappings';
      mappings: SavedMapping[];
      actors?: Actor[];
      links?: LinkAttributes[];
    }
  | { kind: 'set-rules'; rules: CrossSchemeRuleSettings };

export type EditResult =
  | {
      ok: true;
      state: EditableState;
      patch: Patch;
      /** Warnings (what was done with an unknown type, sector…). */
      issues: EditIssue[];
      /** The new actor's id (add-actor). */
      id?: string;
    }
  | { ok: false; issues: EditIssue[] };

/** The look-ups of a reference, built once per reference (edits come one at a time). */
const contexts = new WeakMap<ReferenceData, ImportContext>();
function contextOf(ref: ReferenceData): ImportContext {
  let ctx = contexts.get(ref);
  if (!ctx) {
    ctx = new ImportContext(indexReference(ref), new Report());
    contexts.set(ref, ctx);
  }
  return ctx;
}

const refused = (issues: EditIssue[]): EditResult => ({ ok: false, issues });

function done(before: EditableState, after: EditableState, issues: EditIssue[], id?: string) {
  const result: EditResult = { ok: true, state: after, patch: diffStates(before, after), issues };
  if (id !== undefined) result.id = id;
  return result;
}

function unknownActorIssue(field: string, value: string): EditIssue {
  return issueOf('error', 'unknown-endpoint', field, unknownActor(unknownActorWords(value)));
}

/** Applies one edit to the state; the state given is never changed. */
export function applyEdit(state: EditableState, edit: Edit, ref: ReferenceData): EditResult {
  const ctx = contextOf(ref);
  switch (edit.kind) {
    case 'add-actor': {
      const taken = new Set(state.actors.map((a) => a.id));
      const blank: Actor = {
        id: '',
        name: '',
        type: 'autre',
        sectors: [],
        schemes: {},
        groups: {},
        attributes: {},
        files: [],
        sources: [],
      };
      const { actor, issues } = applyActorInput(blank, { name: '', ...edit.actor }, ctx);
      if (issues.some((i) => i.severity === 'error')) return refused(issues);
      const explicit = edit.actor.id?.trim();
      if (explicit) {
        const id = safeId(explicit);
        if (taken.has(id)) {
          return refused([...issues, issueOf('error', 'duplicate-id', 'id', duplicateId(id))]);
        }
        actor.id = id;
      } else actor.id = newActorId(actor, (id) => taken.has(id));
      return done(state, { ...state, actors: [...state.actors, actor] }, issues, actor.id);
    }
    case 'update-actor': {
      const index = state.actors.findIndex((a) => a.id === edit.id);
      if (index < 0) return refused([unknownActorIssue('id', edit.id)]);
      const { id: _id, ...input } = edit.actor;
      const { actor, issues } = applyActorInput(state.actors[index]!, input, ctx);
      if (issues.some((i) => i.severity === 'error')) return refused(issues);
      const actors = [...state.actors];
      actors[index] = actor;
      return done(state, { ...state, actors }, issues);
    }
    case 'delete-actor': {
      if (!state.actors.some((a) => a.id === edit.id))
        return refused([unknownActorIssue('id', edit.id)]);
      return done(
        state,
        {
          ...state,
          actors: state.actors.filter((a) => a.id !== edit.id),
          links: state.links.filter((l) => l.source !== edit.id && l.target !== edit.id),
        },
        [],
      );
    }
    case 'add-link':
      return addLink(state, edit.link, ctx);
    case 'update-link':
      return updateLink(state, edit.source, edit.target, edit.link, ctx);
    case 'delete-link': {
      const key = linkKey(edit);
      if (!state.links.some((l) => linkKey(l) === key)) return refused([noSuchLink()]);
      return done(state, { ...state, links: state.links.filter((l) => linkKey(l) !== key) }, []);
    }
    case 'merge-actors': {
      const merged = mergeActors(state, edit.kept, edit.absorbed);
      if ('issue' in merged) return refused([merged.issue]);
      return done(state, merged.state, []);
    }
    case 'set-expected':
      return done(state, { ...state, expected: edit.expected }, []);
    case 'set-mappings':
      return done(
        state,
        {
          ...state,
          mappings: edit.mappings,
          actors: edit.actors ?? state.actors,
          links: edit.links ?? state.links,
        },
        [],
      );
    case 'set-rules':
      return done(state, { ...state, rules: edit.rules }, []);
  }
}

function noSuchLink(): EditIssue {
  return issueOf('error', 'unknown-link', 'link', NO_SUCH_LINK);
}

/** The id an endpoint names: an id, else the one actor bearing that name (folded). */
function resolveEndpoint(state: EditableState, value: string): string | null {
  if (state.actors.some((a) => a.id === value)) return value;
  const key = nameKey(value);
  const named = state.actors.filter((a) => nameKey(a.name) === key);
  return named.length === 1 ? named[0]!.id : null;
}

function linkFields(
  link: LinkAttributes,
  input: LinkInput,
  ctx: ImportContext,
  issues: EditIssue[],
): void {
  if (input.types !== undefined) {
    const types: string[] = [];
    for (const t of input.types.map((x) => x.trim())) {
      if (t !== '' && !types.some((x) => fold(x) === fold(t))) types.push(t);
    }
    link.types = types;
  }
  if (input.strength !== undefined) {
    if (input.strength === null) delete link.strength;
    else {
      const problem = scoreIssue(input.strength, 3, 'strength');
      if (problem) issues.push(problem);
      else {
        link.strength = input.strength;
        delete link.weight;
      }
    }
  }
  if (input.schemes !== undefined) {
    const schemes: string[] = [];
    const unknown: string[] = [];
    for (const text of input.schemes) {
      const id = ctx.index.ref.schemes.some((s) => s.id === text) ? text : ctx.exactScheme(text);
      if (id) {
        if (!schemes.includes(id)) schemes.push(id);
      } else if (text.trim() !== '') unknown.push(text);
    }
    link.schemes = schemes;
    if (unknown.length > 0) {
      issues.push(
        issueOf(
          'warning',
          'unknown-scheme',
          'schemes',
          schemesIgnored(unknownSchemesWords(unknown)),
        ),
      );
    }
  }
  if (input.directed !== undefined) {
    link.directed = input.directed;
    if (!input.directed) delete link.reciprocal;
  }
  if (input.attributes !== undefined) {
    link.attributes = emptyRecord<string>();
    for (const [k, v] of Object.entries(input.attributes)) {
      if (v.trim() !== '') link.attributes[k] = v.trim();
    }
  }
}

/** Checks the two ends of a link; sets them on `link` when they are fine. */
function endpoints(
  state: EditableState,
  link: LinkAttributes,
  source: string,
  target: string,
  issues: EditIssue[],
): boolean {
  const s = resolveEndpoint(state, source);
  const t = resolveEndpoint(state, target);
  if (s === null) issues.push(unknownActorIssue('source', source));
  if (t === null) issues.push(unknownActorIssue('target', target));
  if (s === null || t === null) return false;
  if (s === t) {
    const name = state.actors.find((a) => a.id === s)?.name ?? s;
    issues.push(issueOf('error', 'self-link', 'target', selfLink(selfLinkWords(name))));
    return false;
  }
  link.source = s;
  link.target = t;
  return true;
}

function linkExists(): EditIssue {
  return issueOf('error', 'link-exists', 'target', LINK_EXISTS);
}

function addLink(
  state: EditableState,
  input: LinkInput & { source: string; target: string },
  ctx: ImportContext,
): EditResult {
  const issues: EditIssue[] = [];
  const link: LinkAttributes = {
    source: '',
    target: '',
    types: [],
    schemes: [],
    directed: false,
    attributes: emptyRecord<string>(),
    files: [],
    sources: [],
    count: 1,
  };
  if (!endpoints(state, link, input.source, input.target, issues)) return refused(issues);
  if (state.links.some((l) => linkKey(l) === linkKey(link))) return refused([linkExists()]);
  linkFields(link, input, ctx, issues);
  if (issues.some((i) => i.severity === 'error')) return refused(issues);
  return done(state, { ...state, links: [...state.links, link] }, issues);
}

function updateLink(
  state: EditableState,
  source: string,
  target: string,
  input: LinkInput,
  ctx: ImportContext,
): EditResult {
  const key = linkKey({ source, target });
  const index = state.links.findIndex((l) => linkKey(l) === key);
  if (index < 0) return refused([noSuchLink()]);
  const old = state.links[index]!;
  const issues: EditIssue[] = [];
  const link: LinkAttributes = structuredClone(old);
  link.attributes = recordOf(Object.entries(old.attributes));
  if (input.source !== undefined || input.target !== undefined) {
    const ok = endpoints(
      state,
      link,
      input.source ?? old.source,
      input.target ?? old.target,
      issues,
    );
    if (!ok) return refused(issues);
    if (linkKey(link) !== key && state.links.some((l) => linkKey(l) === linkKey(link))) {
      return refused([linkExists()]);
    }
  }
  linkFields(link, input, ctx, issues);
  if (issues.some((i) => i.severity === 'error')) return refused(issues);
  const links = [...state.links];
  links[index] = link;
  return done(state, { ...state, links }, issues);
}
