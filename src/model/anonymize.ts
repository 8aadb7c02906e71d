// Anonymous exports: one pure function turns the workspace's graph into the copy every
// export writes (CSV, GEXF, GraphML, workspace file), so that no file can carry a person's
// name where another does not.
//
// A person (domain/person.ts `isPerson`) is shown by their role or type (`shownNames`), and
// their id, often a slug of their name (`dr-marie-durand`), becomes `personne-1`, `personne-2`…
// the same way in the actors, the links and anything else that names actors by id (views,
// positions). Their official identifiers (an RPPS names one practitioner) and their free
// columns (e-mail, phone…) are dropped. Everywhere else, free text (names of structures,
// roles, territories, free columns, working groups, link types, file names) is searched for
// the words of persons' names, which are replaced by "…". Surnames are always hidden, even
// in a structure's name ("Cabinet Zanotti"); another word of a person's name that also occurs
// in a structure's name ("Jean" in "Collège Jean Moulin") is too common to hide on its own
// and is hidden only as part of the person's full name ("Jean-Luc Moreau").
import {
  isPerson,
  namesSomeone,
  personalWords,
  shownNames,
  surnameWords,
  emptyRecord,
  recordOf,
  fold,
  type Actor,
  type DoubtfulPair,
  type ImportIssue,
  type Lang,
  type Link,
  type ReferenceData,
  type SourceRef,
} from '../domain';
import { wordSpans } from '../import';
import type { MaillageGraph } from './graph.ts';
import { graphContents, rebuildGraph } from './rebuild.ts';

/** What replaces a hidden word. */
export const MASK = '…';

export interface ExportOptions {
  anonymous: boolean;
  ref: ReferenceData;
  /** Language of the anonymous labels ("Habitant·e" / "Resident"). */
  lang: Lang;
}

/** The graph an export writes, and how to carry anything else that names its actors. */
export interface ExportGraph {
  graph: MaillageGraph;
  anonymous: boolean;
  /** Workspace id → exported id, for the ids that changed (persons, and structures whose
   * id held a person's name). */
  ids: ReadonlyMap<string, string>;
  /** Free text with persons' names hidden (the text itself when not anonymous). */
  redact: (text: string) => string;
}

/** French phone numbers as typed: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12…, 0033 6… */
const PHONE = /(?<![\d+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** A text typed by the user (a view's title, a comment) with phone numbers and e-mails masked. */
export function redactContacts(text: string): string {
  return text.replace(EMAIL, MASK).replace(PHONE, MASK);
}

/** The graph every export writes: the workspace's own, or its anonymised copy. */
export function exportGraph(graph: MaillageGraph, options: ExportOptions): ExportGraph {
  if (!options.anonymous) return { graph, anonymous: false, ids: new Map(), redact: (t) => t };
  return anonymizeGraph(graph, options.ref, options.lang);
}

/** An id as the export writes it. */
export function exportedId(exported: ExportGraph, id: string): string {
  return exported.ids.get(id) ?? id;
}

/** A map keyed by actor id (positions, colours), keyed as the export writes it. */
export function exportedKeys<T>(
  exported: ExportGraph,
  map: ReadonlyMap<string, T>,
): Map<string, T> {
  return new Map([...map].map(([id, value]) => [exportedId(exported, id), value]));
}

/**
 * Any JSON-like value the app keeps about actors (views, settings, positions), anonymised:
 * a string that is an actor id becomes the exported id, other strings are redacted (persons'
 * names, and phone numbers and e-mails typed in comments); object keys likewise.
 */
export function exportedValue(exported: ExportGraph, value: unknown): unknown {
  if (!exported.anonymous) return value;
  const walk = (v: unknown): unknown => {
    // Text the user typed (views' titles and comments): names, phones and e-mails hidden.
    if (typeof v === 'string') return exported.ids.get(v) ?? redactContacts(exported.redact(v));
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [exported.ids.get(k) ?? exported.redact(k), walk(x)]),
      );
    }
    return v;
  };
  return walk(value);
}

/**
 * A function hiding the words of persons' names in a text: each word of a person's name
 * (`personalWords`) that is in no structure's name, and the person's name words in a row
 * wherever they appear. Words are compared folded (case, accents), whole words only.
 */
export function nameRedactor(actors: readonly Actor[]): (text: string) => string {
  const vocabulary = new Set<string>();
  for (const a of actors) {
    if (!isPerson(a)) for (const w of fold(a.name).split(' ')) vocabulary.add(w);
  }
  const words = new Set<string>();
  /** First word → the persons' names (as word lists) starting with it. */
  const sequences = new Map<string, string[][]>();
  for (const a of actors) {
    if (!isPerson(a)) continue;
    const name = personalWords(a.name);
    for (const w of name) if (!vocabulary.has(w)) words.add(w);
    // The surname is hidden even when a structure bears it ("Cabinet Zanotti"), for rows
    // that surely name someone (person.ts, namesSomeone).
    const surname = namesSomeone(a) ? surnameWords(a.name) : [];
    if (surname.length === 1) words.add(surname[0]!);
    for (const sequence of [name, surname]) {
      if (sequence.length < 2) continue;
      const list = sequences.get(sequence[0]!) ?? [];
      list.push(sequence);
      sequences.set(sequence[0]!, list);
    }
  }
  if (words.size === 0 && sequences.size === 0) return (text) => text;
  return (text) => {
    if (text === '') return text;
    const spans = wordSpans(text);
    const hide = spans.map((s) => words.has(s.folded));
    spans.forEach((s, i) => {
      for (const name of sequences.get(s.folded) ?? []) {
        if (name.every((w, k) => spans[i + k]?.folded === w)) hide.fill(true, i, i + name.length);
      }
    });
    if (!hide.includes(true)) return text;
    // Several folded words may come from one run of letters ("Œuvre"): mask the run once;
    // hidden words in a row ("Marie Durand", "Jean-Luc") become one mask.
    let out = '';
    let from = 0;
    let masked = false;
    spans.forEach((s, i) => {
      if (s.start < from) return;
      if (!hide[i]) {
        masked = false;
        return;
      }
      const gap = text.slice(from, s.start);
      if (!(masked && /^[\s.'’-]*$/.test(gap))) out += gap + MASK;
      from = s.end;
      masked = true;
    });
    return out + text.slice(from);
  };
}

/** The anonymised copy of a graph (see the top of this file). */
export function anonymizeGraph(graph: MaillageGraph, ref: ReferenceData, lang: Lang): ExportGraph {
  const { actors, links } = graphContents(graph);
  const redact = nameRedactor(actors);
  const taken = new Set(actors.map((a) => a.id));
  const counters = new Map<string, number>();
  const fresh = (prefix: string): string => {
    let n = counters.get(prefix) ?? 0;
    let id: string;
    do id = `${prefix}-${++n}`;
    while (taken.has(id));
    counters.set(prefix, n);
    taken.add(id);
    return id;
  };
  const ids = new Map<string, string>();
  for (const a of actors) {
    if (isPerson(a)) ids.set(a.id, fresh('personne'));
    else if (redact(a.id) !== a.id) ids.set(a.id, fresh('acteur'));
  }
  const idOf = (id: string) => ids.get(id) ?? id;
  const list = (values: readonly string[]) => values.map(redact);
  const record = (values: Readonly<Record<string, string>>) =>
    recordOf(Object.entries(values).map(([k, v]) => [redact(k), redact(v)] as const));
  const lists = (values: Readonly<Record<string, string[]>>) =>
    recordOf(Object.entries(values).map(([k, v]) => [k, list(v)] as const));
  const sources = (refs: readonly SourceRef[]) =>
    refs.map((s) => ({ file: redact(s.file), line: s.line }));

  const copies = actors.map((a): Actor => {
    const person = isPerson(a);
    const copy: Actor = {
      id: idOf(a.id),
      name: person ? '' : redact(a.name),
      type: a.type,
      sectors: list(a.sectors),
      schemes: lists(a.schemes),
      groups: lists(a.groups),
      attributes: person ? emptyRecord() : record(a.attributes),
      files: list(a.files),
      sources: sources(a.sources),
    };
    if (a.territory !== undefined) copy.territory = redact(a.territory);
    if (a.role !== undefined) copy.role = redact(a.role);
    if (a.influence !== undefined) copy.influence = a.influence;
    if (a.interest !== undefined) copy.interest = a.interest;
    if (a.person !== undefined || person) copy.person = person;
    if (!person) {
      if (a.siret !== undefined) copy.siret = a.siret;
      if (a.finess !== undefined) copy.finess = a.finess;
      if (a.rpps !== undefined) copy.rpps = a.rpps;
    }
    return copy;
  });
  // Persons are named from their redacted role, so the label cannot repeat their name.
  const names = shownNames(copies, ref, lang, true);
  for (const copy of copies) if (copy.name === '') copy.name = names.get(copy.id) ?? copy.id;

  const linkCopies = links.map((l): Link & { count: number } => ({
    ...l,
    source: idOf(l.source),
    target: idOf(l.target),
    types: list(l.types),
    attributes: record(l.attributes),
    files: list(l.files),
    sources: sources(l.sources),
  }));
  return {
    graph: rebuildGraph(copies, linkCopies, graph.getAttribute('skipped')),
    anonymous: true,
    ids,
    redact,
  };
}

/** An import report as anonymous mode shows it: the persons' names quoted in its messages
 * ("did you mean « Dr Claire Martin » ?") and in its doubtful pairs are hidden. */
export function redactReport<
  R extends { issues: readonly ImportIssue[]; doubtful: readonly DoubtfulPair[] },
>(report: R, redact: (text: string) => string): R {
  return {
    ...report,
    issues: report.issues.map((issue) => ({
      ...issue,
      message: { fr: redact(issue.message.fr), en: redact(issue.message.en) },
    })),
    doubtful: report.doubtful.map((pair) => ({
      ...pair,
      a: redact(pair.a),
      b: redact(pair.b),
      reason: { fr: redact(pair.reason.fr), en: redact(pair.reason.en) },
    })),
  };
}
