// Anonymous mode: the actors that are persons are shown by their role or type, never by
// name, wherever the app or an export shows them. One function decides who is a person and
// one builds the names to show, so the map, the tables, the panels and the files agree.
import type { Actor, Lang, ReferenceData } from './types.ts';

/** Types that name a person when the inventory has no `person` column (DESIGN.md). */
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
