// Anonymous mode: the actors that are persons are shown by their role or type, never by
// name, wherever the app or an export shows them. One function decides who is a person and
// one builds the names to show, so the map, the tables, the panels and the files agree.
import { fold } from './text.ts';
import type { Actor, Lang, ReferenceData } from './types.ts';

/** Types that name a person when the inventory has no `person` column (docs/domain.md). */
const PERSON_TYPES = new Set(['habitant', 'professionnel']);

/** The row names a person: the `person` column when filled, else the actor's type. */
export function isPerson(actor: Pick<Actor, 'person' | 'type'>): boolean {
  return actor.person ?? PERSON_TYPES.has(actor.type);
}

/** What an anonymous person is called: their role when the inventory gives one, else the
 * anonymous label of their type ("Habitant·e"). */
export function anonymousLabel(
  actor: Pick<Actor, 'role' | 'type'>,
  ref: ReferenceData,
  lang: Lang,
): string {
  const role = actor.role?.trim();
  if (role) return role;
  const type = ref.actorTypes.find((t) => t.id === actor.type);
  return (
    type?.anonymousLabel?.[lang] ?? type?.label[lang] ?? (lang === 'fr' ? 'Personne' : 'Person')
  );
}

/**
 * The names to show for every actor, in input order: the name itself, or for a person in
 * anonymous mode the role or type, numbered when several persons share it ("Habitant·e 2")
 * so that rows and nodes can still be told apart.
 */
export function shownNames(
  actors: Iterable<Actor>,
  ref: ReferenceData,
  lang: Lang,
  anonymous: boolean,
): Map<string, string> {
  const list = [...actors];
  const names = new Map<string, string>();
  if (!anonymous) {
    for (const actor of list) names.set(actor.id, actor.name);
    return names;
  }
  const labels = new Map<string, string>();
  const total = new Map<string, number>();
  for (const actor of list) {
    if (!isPerson(actor)) continue;
    const label = anonymousLabel(actor, ref, lang);
    labels.set(actor.id, label);
    total.set(label, (total.get(label) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  for (const actor of list) {
    const label = labels.get(actor.id);
    if (label === undefined) {
      names.set(actor.id, actor.name);
      continue;
    }
    const k = (seen.get(label) ?? 0) + 1;
    seen.set(label, k);
    names.set(actor.id, (total.get(label) ?? 0) > 1 ? `${label} ${k}` : label);
  }
  return names;
}

/**
 * Homonyms told apart (two clinics of one name in two towns, kept as two actors): the actors
 * that would be shown under the same name get their commune after it, « Clinique Pasteur
 * (Bergerac) », or their id when the commune does not tell them apart. A person's place is
 * never shown. Changes those entries of `names` and returns it (an actor missing from
 * `names` is shown by its name): the callers pass the map they just built, and a copy of
 * it was a third of the cost at 50,000 actors.
 */
export function homonymsToldApart(
  names: Map<string, string>,
  actors: readonly Actor[],
): Map<string, string> {
  // One lookup per actor: each name shown keeps the index of its first actor, -1 once a
  // second one is met; only the actors of the names met twice or more go on (a few among
  // 50,000: a key string or a second lookup per actor was most of the cost).
  const firstAt = new Map<string, number>();
  const twice: number[] = [];
  actors.forEach((a, i) => {
    const name = names.get(a.id) ?? a.name;
    const first = firstAt.get(name);
    if (first === undefined) firstAt.set(name, i);
    else {
      if (first >= 0) twice.push(first);
      firstAt.set(name, -1);
      twice.push(i);
    }
  });
  if (twice.length === 0) return names;
  twice.sort((a, b) => a - b);
  const shown = twice.map((i) => {
    const a = actors[i] as Actor;
    return names.get(a.id) ?? a.name;
  });
  const placeKeys = shown.map(
    (name, k) => `${name}\u0000${actors[twice[k] as number]?.territory?.trim() ?? ''}`,
  );
  const byNameAndPlace = new Map<string, number>();
  for (const key of placeKeys) byNameAndPlace.set(key, (byNameAndPlace.get(key) ?? 0) + 1);
  shown.forEach((name, k) => {
    const a = actors[twice[k] as number] as Actor;
    if (isPerson(a)) return;
    const place = a.territory?.trim();
    const tellsApart = place && byNameAndPlace.get(placeKeys[k] as string) === 1;
    names.set(a.id, `${name} (${tellsApart ? place : a.id})`);
  });
  return names;
}

/** Civilities and titles that precede a name: not part of what identifies the person. */
const TITLES = new Set(
  'm mr mrs ms mme mmes mlle mle madame monsieur messieurs mesdames dr docteur docteure pr professeur professeure me maitre sr soeur pere'.split(
    ' ',
  ),
);
/** Particles of French surnames ("de La Fontaine"): too common to hide on their own. */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'van', 'von', 'et']);

/**
 * The folded words that identify a person in an actor's name, to hide them wherever they
 * appear in anonymous exports: the words before the first comma, parenthesis or dash, which
 * is where inventories put the name ("Mme Hélène Durand, vice-présidente…" → helene,
 * durand; "Fatima Benali (conseil citoyen)" → fatima, benali), without civilities, titles
 * particles and numbers. The whole name's words when that leaves nothing.
 */
export function personalWords(name: string): string[] {
  const head = name.split(/[,(;/|]| [-–—] /)[0] ?? '';
  const words = (text: string) =>
    fold(text)
      .split(' ')
      .filter((w) => w.length >= 2 && !/^\d+$/.test(w) && !TITLES.has(w) && !PARTICLES.has(w));
  const found = words(head);
  return [...new Set(found.length > 0 ? found : words(name))];
}

/**
 * The folded words of a person's surname, as inventories write it: the words in capitals
 * ("DUPONT Jean" → dupont), else the last capitalised word of the name part ("Dr Claire
 * Martin, médecin" → martin; "Saint-Martin" → saint, martin). Empty when the name has no
 * capitalised word ("habitante du quartier").
 */
/**
 * The row surely names someone: flagged as a person, or its name starts with a civility or
 * a title ("Mme", "Dr"). A person only by type ("Pharmacie de la Gare", "Conseil citoyen
 * des Tilleuls", a professional or residents' structure with the person cell left blank)
 * is still shown by its type, but its words are not hunted down in other actors' names:
 * they are most often place names ("Tilleuls", "Gare") that those names need.
 */
export function namesSomeone(actor: Pick<Actor, 'person' | 'name'>): boolean {
  if (actor.person === true) return true;
  const first = fold(actor.name).split(' ')[0] ?? '';
  return TITLES.has(first);
}

export function surnameWords(name: string): string[] {
  const head = name.split(/[,(;/|]| [-–—] /)[0] ?? '';
  const words = head
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !TITLES.has(fold(w)) && !PARTICLES.has(fold(w)));
  const capitals = words.filter((w) => /\p{L}{2}/u.test(w) && w === w.toUpperCase());
  const chosen = capitals.length > 0 && capitals.length < words.length ? capitals : words.slice(-1);
  return chosen.flatMap((w) => fold(w).split(' ')).filter((w) => w.length >= 2);
}
