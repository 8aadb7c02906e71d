// Ids of actors that share a name (homonyms): the import's (merge.ts) and the app's new
// actors (model/edits) are named the same way.
import { slug, type Actor } from '../domain';
import { identifierKey, OFFICIAL_IDS } from './identifiers.ts';

/** `id-2`, `id-3`…: the first one not taken. */
export function numberedId(id: string, taken: (id: string) => boolean): string {
  let n = 2;
  while (taken(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** A readable id for one of several homonyms: its commune, else its official id, else a number. */
export function homonymId(
  a: Pick<Actor, 'name' | 'territory' | 'siret' | 'finess' | 'rpps'>,
  taken: (id: string) => boolean,
): string {
  const base = slug(a.name);
  const tails = [
    a.territory,
    ...OFFICIAL_IDS.map((k) => (a[k] === undefined ? undefined : identifierKey(a[k]))),
  ];
  for (const tail of tails) {
    const id = tail === undefined ? '' : `${base}-${slug(tail)}`;
    if (id !== `${base}-` && id !== '' && !taken(id)) return id;
  }
  return numberedId(base, taken);
}

/** The id of a new actor: from its name (`slug`), told apart from the ids taken. */
export function newActorId(
  a: Pick<Actor, 'name' | 'territory' | 'siret' | 'finess' | 'rpps'>,
  taken: (id: string) => boolean,
): string {
  const id = slug(a.name);
  return taken(id) ? homonymId(a, taken) : id;
}
